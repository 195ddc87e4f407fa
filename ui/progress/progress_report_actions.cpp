#include "progress_report_actions.h"
#include "status_messages.h"

#include "print/report_renderer.h"
#include "prompter.h"
#include "session.h"

#include "report/progress_report.h"
#include "services/progress_charts.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace yufang {

ProgressReportActions::ProgressReportActions(Session& session, Prompter& prompter, QWidget* window)
    : QObject(window), m_session(session), m_prompter(prompter), m_window(window) {
    m_preview = new QAction(tr("&Progress report…"), this);
    // Ctrl+P is 文件 → 打印 (the form); a shared key would make Qt ignore both.
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_preview->setStatusTip(tr("Print preview of the progress report of the selected unit"));
    m_pdf = new QAction(tr("Progress report as P&DF…"), this);
    connect(m_preview, &QAction::triggered, this, &ProgressReportActions::preview);
    connect(m_pdf, &QAction::triggered, this, &ProgressReportActions::exportPdfDialog);
}

std::optional<ReportDocument> ProgressReportActions::document(QString* error) const {
    if (!m_session.hasDatabase() || m_session.unitCode().isEmpty()) {
        if (error)
            *error = tr("Select a unit first.");
        return std::nullopt;
    }
    const ProgressService service(m_session.connection());
    const auto progress = service.unitProgress(m_session.unitCode(), error);
    if (!progress)
        return std::nullopt;
    const int latest = progress->latestYear();
    const QList<ChildProgress> children = service.childrenRanked(progress->unit.code, latest);
    QList<ChartSpec> charts{progress_charts::accidentRateChart(*progress),
                            progress_charts::industryReductionChart(*progress, latest)};
    if (!children.isEmpty())
        charts << progress_charts::childrenChart(*progress, children, latest);
    return progressReport(*progress, children, charts);
}

bool ProgressReportActions::exportPdf(const QString& path, QString* error) const {
    const auto doc = document(error);
    if (!(doc && ReportRenderer::writePdf(*doc, path, error)))
        return false;
    status::fileWritten(m_window, path);
    return true;
}

void ProgressReportActions::preview() {
    QString error;
    const auto doc = document(&error);
    if (!doc) {
        m_prompter.warning(m_window, tr("Progress report"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(doc->landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(doc->name);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(doc->name);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { ReportRenderer::paint(*doc, p); });
    if (dialog.exec() == QDialog::Accepted) // the print button prints, then accepts
        status::printed(m_window, doc->name, printer);
}

void ProgressReportActions::exportPdfDialog() {
    QString error;
    const auto unit = m_session.unit();
    const QString suggested =
        unit ? tr("Progress report %1.pdf").arg(unit->name) : QStringLiteral("progress.pdf");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Progress report as PDF"),
                                                      suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportPdf(path, &error))
        m_prompter.warning(m_window, tr("Progress report"), error);
}

} // namespace yufang
