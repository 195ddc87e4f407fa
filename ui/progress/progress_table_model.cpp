#include "progress_table_model.h"

#include "status_style.h"

#include "domain/status_glossary.h"
#include "report/progress_report.h"

#include <QFont>

namespace yufang {

namespace {
QVariant rawRatio(const std::optional<rates::Ratio>& r, double scale) {
    const auto v = r ? r->value(scale) : std::nullopt;
    return v ? QVariant(*v) : QVariant();
}
QVariant rawCount(const Count& c) {
    return c ? QVariant(*c) : QVariant();
}
QString textRatio(const std::optional<rates::Ratio>& r, int scale) {
    return r ? r->format(scale) : rates::notApplicable();
}
// "应报 15，已报 15/13": expected, then reported in the baseline year and the year.
QString reportingText(const ReportingCoverage& c) {
    using namespace glossary;
    const QString reported =
        c.year == c.baselineYear
            ? QString::number(c.reportedYear)
            : QStringLiteral("%1/%2").arg(c.reportedBaseline).arg(c.reportedYear);
    return ProgressTableModel::tr("%1 %2, %3 %4")
        .arg(label(Term::Expected))
        .arg(c.expected)
        .arg(label(Term::Reported), reported);
}
} // namespace

ProgressTableModel::ProgressTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_nameHeader(tr("Key industry")) {}

void ProgressTableModel::setNameHeader(const QString& header) {
    m_nameHeader = header;
    Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

void ProgressTableModel::setBaselineYear(int year) {
    m_baselineYear = year;
    Q_EMIT headerDataChanged(Qt::Horizontal, ReportingColumn, ReportingColumn);
}

void ProgressTableModel::setDenominator(RateDenominator denominator) {
    m_denominator = denominator;
    Q_EMIT headerDataChanged(Qt::Horizontal, InsuredPersonsColumn, InsuredPersonsColumn);
}

Count ProgressTableModel::denominatorOf(const ProgressFigure& f) const {
    return m_denominator == RateDenominator::Employees ? f.counts.employees
                                                       : f.counts.insuredPersons;
}

void ProgressTableModel::setRows(const QList<Row>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ProgressTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressTableModel::raw(const Row& row, int column) const {
    const ProgressFigure& f = row.figure;
    switch (column) {
    case NameColumn:
        return row.name;
    case AccidentsColumn:
        return rawCount(f.counts.accidents);
    case InsuredPersonsColumn:
        return rawCount(denominatorOf(f));
    case CoverageColumn:
        return rawRatio(f.coverage, 100.0);
    case AccidentRateColumn:
        return rawRatio(f.accidentRate, 1000.0);
    case BaselineRateColumn:
        return rawRatio(f.baselineRate, 1000.0);
    case ReductionColumn:
        return rawRatio(f.matchedReduction, 100.0);
    case AllReportedReductionColumn:
        return rawRatio(f.reduction, 100.0);
    case ReportingColumn:
        return f.reporting.matched;
    case ExpectedColumn:
        return rawRatio(f.glidePath, 100.0);
    case TargetColumn:
        return rawRatio(f.target, 100.0);
    case StatusColumn:
        return int(f.status);
    }
    return {};
}

QString ProgressTableModel::text(const Row& row, int column) const {
    const ProgressFigure& f = row.figure;
    switch (column) {
    case NameColumn:
        return row.name;
    case AccidentsColumn:
        return f.counts.accidents ? QString::number(*f.counts.accidents) : rates::notApplicable();
    case InsuredPersonsColumn:
        return denominatorOf(f) ? QString::number(*denominatorOf(f)) : rates::notApplicable();
    case CoverageColumn:
        return textRatio(f.coverage, 100);
    case AccidentRateColumn:
        return textRatio(f.accidentRate, 1000);
    case BaselineRateColumn:
        return textRatio(f.baselineRate, 1000);
    case ReductionColumn:
        return textRatio(f.matchedReduction, 100);
    case AllReportedReductionColumn:
        return textRatio(f.reduction, 100);
    case ReportingColumn:
        return reportingText(f.reporting);
    case ExpectedColumn:
        return f.glidePath.format(100);
    case TargetColumn:
        return f.target.format(100);
    case StatusColumn:
        return progressStatusLabel(f.status);
    }
    return {};
}

QVariant ProgressTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case RawValueRole:
        return raw(row, index.column());
    case StatusKeyRole:
        return progressStatusKey(row.figure.status);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn || index.column() == StatusColumn ||
                       index.column() == ReportingColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn || index.column() == ReductionColumn)
            return progressStatusColor(row.figure.status);
        if (index.column() == ReportingColumn && !row.figure.reporting.isComplete())
            return progressStatusColor(ProgressStatus::Behind); // a partial figure stands out
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReportingColumn)
            return coverageSentence(row.figure.reporting);
        return {};
    case Qt::FontRole:
        if (row.bold || index.column() == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return m_nameHeader;
    case AccidentsColumn:
        return tr("Accidents");
    case InsuredPersonsColumn:
        return m_denominator == RateDenominator::Employees ? tr("Employees")
                                                           : tr("Insured persons");
    case CoverageColumn:
        return tr("Coverage (%)");
    case AccidentRateColumn:
        return tr("Accident rate (‰)");
    case BaselineRateColumn:
        return tr("Baseline rate (‰)");
    case ReductionColumn:
        return tr("Reduction, %1 (%)").arg(glossary::label(glossary::Term::LikeForLike));
    case AllReportedReductionColumn:
        return tr("Reduction, %1 (%)").arg(glossary::label(glossary::Term::AllReported));
    case ReportingColumn:
        return tr("Reporting (%1: %2/year)")
            .arg(glossary::label(glossary::Term::Reported))
            .arg(m_baselineYear);
    case ExpectedColumn:
        return tr("Expected (%)");
    case TargetColumn:
        return tr("Target (%)");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace yufang
