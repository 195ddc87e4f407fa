#include "annex_table_model.h"

#include "domain/annex_validation.h"
#include "domain/rates.h"
#include "io/cell_parsing.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace yufang {

namespace {
QVariant rawCount(const Count& c) {
    return c ? QVariant(*c) : QVariant();
}

QVariant rawRate(std::optional<double> v) {
    return v ? QVariant(*v) : QVariant();
}
} // namespace

AnnexTableModel::AnnexTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AnnexTableModel::setTable(const AnnexTable& table, RateDenominator denominator,
                               bool readOnly) {
    beginResetModel();
    m_table = table;
    m_saved = table;
    m_denominator = denominator;
    m_readOnly = readOnly;
    endResetModel();
    revalidate();
    Q_EMIT modifiedChanged(false);
}

void AnnexTableModel::revertEdits() {
    beginResetModel();
    m_table = m_saved;
    endResetModel();
    revalidate();
    Q_EMIT modifiedChanged(false);
}

void AnnexTableModel::setMeta(const AnnexMeta& meta) {
    const bool was = isModified();
    m_table.meta = meta;
    if (was != isModified())
        Q_EMIT modifiedChanged(isModified());
}

std::optional<CountField> AnnexTableModel::countFieldOf(int column) {
    switch (column) {
    case EnterprisesColumn:
        return CountField::Enterprises;
    case InsuredEnterprisesColumn:
        return CountField::InsuredEnterprises;
    case EmployeesColumn:
        return CountField::Employees;
    case InsuredPersonsColumn:
        return CountField::InsuredPersons;
    case AccidentsColumn:
        return CountField::Accidents;
    default:
        return std::nullopt;
    }
}

int AnnexTableModel::columnOf(const QString& fieldKey) {
    for (int c = 0; c < ColumnCount; ++c)
        if (const auto f = countFieldOf(c); f && countFieldKey(*f) == fieldKey)
            return c;
    return fieldKey == QLatin1String("remark") ? RemarkColumn : IndustryColumn;
}

bool AnnexTableModel::addLocalIndustry(const QString& name, QString* error) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed == QStringLiteral("合计")) {
        *error = tr("Enter the name of the key industry.");
        return false;
    }
    for (const AnnexRow& row : m_table.rows) {
        if (normaliseLabel(row.industry) == normaliseLabel(trimmed)) {
            *error = tr("%1 is already on the form.").arg(row.industry);
            return false;
        }
    }
    const bool was = isModified();
    const int at = int(m_table.rows.size());
    beginInsertRows({}, at, at);
    m_table.rows.append(AnnexRow{trimmed, true, {}, {}});
    endInsertRows();
    revalidate();
    afterEdit(was);
    return true;
}

bool AnnexTableModel::removeLocalIndustry(int row) {
    if (m_readOnly || row < 0 || row >= m_table.rows.size() || !m_table.rows.at(row).local)
        return false;
    const bool was = isModified();
    beginRemoveRows({}, row, row);
    m_table.rows.removeAt(row);
    endRemoveRows();
    revalidate();
    afterEdit(was);
    return true;
}

int AnnexTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size()) + 1;
}

int AnnexTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnexTableModel::display(const AnnexRow& row, bool total, int column) const {
    switch (column) {
    case IndustryColumn:
        return total ? tr("Total") : row.industry;
    case CoverageRateColumn:
        return rates::formatCoverageRate(row.counts);
    case AccidentRateColumn:
        return rates::formatAccidentRate(row.counts, m_denominator);
    case RemarkColumn:
        return row.remark;
    default:
        break;
    }
    const Count c = countValue(row.counts, *countFieldOf(column));
    return c ? QLocale().toString(*c) : QString();
}

const Diagnostic* AnnexTableModel::worstAt(int row, int column) const {
    const Diagnostic* worst = nullptr;
    for (const Diagnostic& d : m_diagnostics) {
        if (d.row != row || columnOf(d.field) != column)
            continue;
        if (!worst || int(d.severity) < int(worst->severity))
            worst = &d;
    }
    return worst;
}

QVariant AnnexTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() > m_table.rows.size() || index.column() >= ColumnCount)
        return {};
    const bool total = isTotalRow(index.row());
    const AnnexRow totalRow{QString(), false, m_table.total(), QString()};
    const AnnexRow& row = total ? totalRow : m_table.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, total, column);
    case Qt::EditRole:
        if (const auto f = countFieldOf(column))
            return rawCount(countValue(row.counts, *f));
        return display(row, total, column);
    case RawValueRole:
        if (const auto f = countFieldOf(column))
            return rawCount(countValue(row.counts, *f));
        if (column == CoverageRateColumn)
            return rawRate(rates::coverageRatePercent(row.counts));
        if (column == AccidentRateColumn)
            return rawRate(rates::accidentRatePerMille(row.counts, m_denominator));
        return display(row, total, column);
    case LocalIndustryRole:
        return row.local;
    case Qt::TextAlignmentRole:
        if (column == IndustryColumn || column == RemarkColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole: {
        if (total || column == CoverageRateColumn || column == AccidentRateColumn)
            return QBrush(QColor(0xF3, 0xF4, 0xF6)); // computed: visibly not editable
        const Diagnostic* d = worstAt(index.row(), column);
        if (d && d->severity == Severity::Error)
            return QBrush(QColor(0xFD, 0xD8, 0xD8));
        if (d && d->severity == Severity::Warning)
            return QBrush(QColor(0xFF, 0xF1, 0xC2));
        return {};
    }
    case SeverityRole:
        if (const Diagnostic* d = total ? nullptr : worstAt(index.row(), column))
            return int(d->severity);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Diagnostic& d : m_diagnostics)
            if (!total && d.row == index.row() && columnOf(d.field) == column)
                lines << d.message;
        if (lines.isEmpty() && row.local && column == IndustryColumn)
            lines << tr("Local key industry of this unit");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

bool AnnexTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const bool was = isModified();
    AnnexRow& row = m_table.rows[index.row()];
    if (index.column() == RemarkColumn) {
        row.remark = value.toString();
    } else if (index.column() == IndustryColumn) {
        const QString name = value.toString().simplified();
        if (name.isEmpty() || name == row.industry)
            return false;
        for (const AnnexRow& other : m_table.rows)
            if (&other != &row && normaliseLabel(other.industry) == normaliseLabel(name))
                return false;
        row.industry = name;
    } else {
        Count& target = countRef(row.counts, *countFieldOf(index.column()));
        QString text = value.toString().trimmed();
        const bool negative = text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0xFF0D));
        if (negative)
            text = text.mid(1);
        const ParsedCount parsed = parseCount(text);
        if (parsed.kind == ParsedCount::Kind::Invalid)
            return false;
        target = parsed.kind == ParsedCount::Kind::Empty
                     ? Count()
                     : Count(negative ? -parsed.value : parsed.value);
    }
    revalidate();
    // The rates of this row and the whole total row follow the edit.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    const int totalRow = int(m_table.rows.size());
    Q_EMIT dataChanged(this->index(totalRow, 0), this->index(totalRow, ColumnCount - 1));
    afterEdit(was);
    return true;
}

void AnnexTableModel::afterEdit(bool wasModified) {
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

void AnnexTableModel::revalidate() {
    m_diagnostics = validateAnnexTable(m_table);
    if (!m_table.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_table.rows.size()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole});
    Q_EMIT diagnosticsChanged();
}

Qt::ItemFlags AnnexTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly || isTotalRow(index.row()))
        return f;
    const int c = index.column();
    if (c == CoverageRateColumn || c == AccidentRateColumn)
        return f;
    if (c == IndustryColumn && !m_table.rows.at(index.row()).local)
        return f; // the plan's industries keep the plan's names
    return f | Qt::ItemIsEditable;
}

QVariant AnnexTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndustryColumn:
        return tr("Key industry");
    case EnterprisesColumn:
        return tr("Enterprises");
    case InsuredEnterprisesColumn:
        return tr("Insured\nenterprises");
    case EmployeesColumn:
        return tr("Employees");
    case InsuredPersonsColumn:
        return tr("Insured\npersons");
    case CoverageRateColumn:
        return tr("Coverage\nrate (%)");
    case AccidentsColumn:
        return tr("Accidents\nin %1").arg(m_table.year);
    case AccidentRateColumn:
        return tr("Accident\nrate (‰)");
    case RemarkColumn:
        return tr("Remark");
    default:
        return {};
    }
}

} // namespace yufang
