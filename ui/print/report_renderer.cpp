#include "report_renderer.h"

#include "io/file_output.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QIODevice>
#include <QPageLayout>
#include <QPdfWriter>

namespace yufang {

QString ReportRenderer::fontFamily() {
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& preferred :
             {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
              QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")})
            if (families.contains(preferred))
                return preferred;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

void ReportRenderer::paint(const ReportDocument& report, QPagedPaintDevice* device) {
    PagedPainter::paint(report, device);
}

void ReportRenderer::setUp(QPdfWriter& writer, const ReportDocument& report) {
    writer.setTitle(report.name);
    writer.setCreator(QStringLiteral("Yufang"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

QList<PrintedPage> ReportRenderer::pages(const ReportDocument& report) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, report);
    return PagedPainter::layout(report, &writer);
}

bool ReportRenderer::writePdf(const ReportDocument& report, const QString& path, QString* error) {
    FileOutput file(path);
    if (!file.open(error))
        return false;
    {
        QPdfWriter writer(file.device());
        setUp(writer, report);
        paint(report, &writer);
    }
    // A painter that could not begin writes nothing: an empty PDF is a failure, not a file.
    if (file.device()->pos() == 0) {
        if (error)
            *error =
                QCoreApplication::translate("ReportRenderer", "%1: cannot write the PDF").arg(path);
        return false;
    }
    return file.commit(error); // every write of the PDF engine is checked there
}

} // namespace yufang
