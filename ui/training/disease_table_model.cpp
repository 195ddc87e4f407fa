#include "disease_table_model.h"

#include "io/cell_parsing.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace yufang {

DiseaseTableModel::DiseaseTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DiseaseTableModel::setTable(const DiseaseTable& table, bool readOnly) {
    beginResetModel();
    m_table = table;
    m_saved = table;
    m_readOnly = readOnly;
    endResetModel();
    revalidate();
    Q_EMIT modifiedChanged(false);
}

void DiseaseTableModel::markSaved() {
    m_saved = m_table;
    Q_EMIT modifiedChanged(false);
}

void DiseaseTableModel::setMeta(const QString& preparer, const QString& phone) {
    const bool was = isModified();
    m_table.preparer = preparer;
    m_table.phone = phone;
    if (was != isModified())
        Q_EMIT modifiedChanged(isModified());
}

std::optional<DiseaseField> DiseaseTableModel::fieldOf(int column) {
    switch (column) {
    case PneumoconiosisColumn:
        return DiseaseField::Pneumoconiosis;
    case OtherColumn:
        return DiseaseField::OtherDiseases;
    case DustExposedColumn:
        return DiseaseField::DustExposed;
    default:
        return std::nullopt;
    }
}

int DiseaseTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size()) + 1;
}

int DiseaseTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiseaseTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() > m_table.rows.size() || index.column() >= ColumnCount)
        return {};
    const bool total = index.row() == m_table.rows.size();
    const DiseaseRow row =
        total ? DiseaseRow{tr("Total"), false, m_table.total(), {}} : m_table.rows.at(index.row());
    const int column = index.column();
    const auto field = fieldOf(column);
    const Count value = field                      ? diseaseValue(row.counts, *field)
                        : column == NewCasesColumn ? row.counts.newCases()
                                                   : Count();
    const Diagnostic* worst = nullptr;
    if (!total)
        for (const Diagnostic& d : m_diagnostics)
            if (d.row == index.row() && field && d.field == diseaseFieldKey(*field))
                worst = (!worst || int(d.severity) < int(worst->severity)) ? &d : worst;
    switch (role) {
    case Qt::DisplayRole:
        if (column == IndustryColumn)
            return row.industry;
        if (column == RemarkColumn)
            return row.remark;
        return value ? QLocale().toString(*value) : QString();
    case Qt::EditRole:
    case RawValueRole:
        if (column == IndustryColumn || column == RemarkColumn)
            return data(index, Qt::DisplayRole);
        return value ? QVariant(*value) : QVariant();
    case CountCellRole:
        return field.has_value();
    case SeverityRole:
        return worst ? QVariant(int(worst->severity)) : QVariant();
    case Qt::ToolTipRole:
        return worst ? QVariant(worst->message) : QVariant();
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
    case Qt::BackgroundRole:
        if (total || column == NewCasesColumn)
            return QBrush(QColor(0xF3, 0xF4, 0xF6));
        if (worst)
            return QBrush(worst->severity == Severity::Error ? QColor(0xFD, 0xD8, 0xD8)
                                                             : QColor(0xFF, 0xF1, 0xC2));
        return {};
    default:
        return {};
    }
}

bool DiseaseTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const bool was = isModified();
    DiseaseRow& row = m_table.rows[index.row()];
    if (index.column() == RemarkColumn) {
        row.remark = value.toString();
    } else {
        QString text = value.toString().trimmed();
        const bool negative = text.startsWith(QLatin1Char('-'));
        const ParsedCount parsed = parseCount(negative ? text.mid(1) : text);
        if (parsed.kind == ParsedCount::Kind::Invalid)
            return false;
        diseaseRef(row.counts, *fieldOf(index.column())) =
            parsed.kind == ParsedCount::Kind::Empty
                ? Count()
                : Count(negative ? -parsed.value : parsed.value);
    }
    revalidate();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    const int totalRow = int(m_table.rows.size());
    Q_EMIT dataChanged(this->index(totalRow, 0), this->index(totalRow, ColumnCount - 1));
    if (was != isModified())
        Q_EMIT modifiedChanged(isModified());
    return true;
}

void DiseaseTableModel::revalidate() {
    m_diagnostics.clear();
    for (int i = 0; i < m_table.rows.size(); ++i)
        m_diagnostics << validateDiseaseRow(m_table.rows.at(i), i);
}

Qt::ItemFlags DiseaseTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly || index.row() == m_table.rows.size())
        return f;
    return fieldOf(index.column()) || index.column() == RemarkColumn ? f | Qt::ItemIsEditable : f;
}

QVariant DiseaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndustryColumn:
        return tr("Key industry");
    case PneumoconiosisColumn:
        return tr("New cases of\npneumoconiosis");
    case OtherColumn:
        return tr("New cases of other\noccupational diseases");
    case NewCasesColumn:
        return tr("New cases\ntotal");
    case DustExposedColumn:
        return tr("Workers exposed\nto dust");
    case RemarkColumn:
        return tr("Remark");
    default:
        return {};
    }
}

} // namespace yufang
