#include "training_export.h"

#include "services/unit_bureau.h"
#include "training_progress.h"

#include "domain/training_layout.h"
#include "io/training_csv.h"
#include "storage/training_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingExport)
};

QString count(const Count& c) {
    return c ? QString::number(*c) : QString();
}

ReportTable table(const TrainingTable& t) {
    ReportTable out;
    out.header = trainingHeader();
    out.header[4] = QStringLiteral("培训覆盖率（%）");
    out.numericColumns = {2, 3, 4, 5, 6, 7, 8};
    out.columnWeights = {14, 14, 8, 9, 8, 8, 7, 7, 7, 12};
    for (const TrainingLine& line : trainingLines(t)) {
        QString industry = line.industry;
        QString category = line.category;
        if (line.kind == TrainingLine::Kind::IndustrySubtotal)
            category = QStringLiteral("小计");
        else if (line.kind == TrainingLine::Kind::CategoryTotal)
            industry = QStringLiteral("合计");
        else if (line.kind == TrainingLine::Kind::GrandTotal)
            industry = QStringLiteral("合计");
        const TrainingCounts& c = line.counts;
        if (line.isTotal())
            out.boldRows << int(out.rows.size());
        out.rows << QStringList{industry,
                                category,
                                count(c.keyPersonnel),
                                count(c.trained),
                                rates::formatTrainingCoverage(c),
                                count(c.sessions),
                                count(c.onlineSessions),
                                count(c.offlineSessions),
                                count(c.classHours),
                                line.remark};
    }
    return out;
}
} // namespace

std::optional<ReportDocument> TrainingExport::report(const QString& unitCode, int year,
                                                     QString* error) const {
    const UnitRepository units(m_db);
    const auto unit = units.find(unitCode);
    const TrainingProgress progress(m_db);
    const auto plan = unit ? progress.planOf(unitCode) : std::nullopt;
    if (!unit || !plan) {
        if (error)
            *error = !unit ? Text::tr("unknown unit %1").arg(unitCode)
                           : Text::tr("%1 follows no plan").arg(unit->name);
        return std::nullopt;
    }
    const bool consolidated = units.hasChildren(unitCode);
    const TrainingTable t = TrainingRepository(m_db).figures(unitCode, year);
    const TrainingAssessment a = progress.assess(unitCode, year);
    ReportDocument doc;
    doc.name = QStringLiteral("培训情况表-%1-%2").arg(unit->name).arg(year);
    // The bureau signs the form (the place is only the unit): 填报单位 and every page name it,
    // as the annex does (domain/bureau_name).
    const QString bureau = bureauName(m_db, unitCode);
    doc.runningHeader.issuer = bureau;
    doc.title(trainingFormTitle(*plan));
    doc.paragraph(QStringLiteral("填报单位：%1　　年度：%2%3")
                      .arg(bureau)
                      .arg(year)
                      .arg(consolidated ? QStringLiteral("（汇总本级及所属单位）") : QString()));
    doc.table(table(t));
    const QString expected =
        a.expected ? rates::Ratio{qint64(std::llround(*a.expected * 1e6)), 1000000}.format(100)
                   : rates::notApplicable();
    doc.paragraph(QStringLiteral("培训覆盖率：%1%　应达进度：%2%　目标：%3%　状态：%4")
                      .arg(a.coverage ? a.coverage->format(100) : rates::notApplicable(), expected)
                      .arg(a.target * 100.0, 0, 'f', 0)
                      .arg(trainingStatusOfficialName(a.status)));
    doc.paragraph(QStringLiteral("填报人：%1　　联系电话：%2").arg(t.meta.preparer, t.meta.phone),
                  true);
    for (const QString& note : trainingNotes())
        doc.footnote(note);
    doc.footnote(rates::trainingCoverageDefinition());
    return doc;
}

} // namespace yufang
