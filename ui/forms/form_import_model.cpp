#include "form_import_model.h"

#include "domain/form_table.h"

#include <algorithm>

namespace yufang {

namespace {
const QString kUnit = QStringLiteral("unit");
const QString kYear = QStringLiteral("year");
const QString kGroup = QStringLiteral("group");
const QString kRow = QStringLiteral("row");
} // namespace

FormImportModel::FormImportModel(QObject* parent) : QAbstractTableModel(parent) {}

void FormImportModel::setImport(const FormTableFileImport& import,
                                const QList<FormDefinition>& definitions) {
    beginResetModel();
    m_import = import;
    m_definitions = definitions;
    m_rows.clear();
    m_keys = QStringList{kUnit, kYear};
    if (!m_definitions.isEmpty()) {
        const FormDefinition& d = m_definitions.first();
        if (d.hasGroups())
            m_keys << kGroup;
        m_keys << kRow;
        for (const FormColumn& c : d.columns)
            m_keys << c.key;
    }
    // The rows the file lists, in the order they will be stored.
    for (int t = 0; t < m_import.tables.size() && t < m_definitions.size(); ++t) {
        QList<int> listed = m_import.listed.value(t);
        std::sort(listed.begin(), listed.end());
        for (const int r : listed)
            m_rows << Row{t, r};
    }
    endResetModel();
}

int FormImportModel::columnOf(const QString& key) const {
    return static_cast<int>(m_keys.indexOf(key));
}

int FormImportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FormImportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

QVariant FormImportModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_keys.size())
        return {};
    const Row at = m_rows.at(index.row());
    const FormTable& table = m_import.tables.at(at.table);
    const FormRow& row = table.rows.at(at.row);
    const FormDefinition& d = m_definitions.at(at.table);
    const Unit unit = m_import.units.value(at.table);
    const QString key = m_keys.at(index.column());
    const FormColumn* column = d.column(key);
    if (role == LocalRowRole)
        return row.local;
    if (role == Qt::TextAlignmentRole)
        return column && column->type != FormColumnType::Text
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    if (key == kUnit)
        return role == RawValueRole ? QVariant(unit.code) : QVariant(unit.name);
    if (key == kYear)
        return role == RawValueRole ? QVariant(table.year) : QVariant(QString::number(table.year));
    if (key == kGroup)
        return row.group;
    if (key == kRow) {
        if (role == Qt::ToolTipRole && row.local)
            return tr("A local row of %1").arg(unit.name);
        return row.key;
    }
    if (!column)
        return {};
    if (role == RawValueRole) {
        if (column->isNumber()) {
            const auto v = row.number(column->key);
            return v ? QVariant(*v) : QVariant();
        }
        if (column->type == FormColumnType::Derived) {
            const auto v = derivedValue(d, row, *column);
            return v ? QVariant(*v) : QVariant();
        }
        if (column->type == FormColumnType::Sum) {
            const auto v = sumValue(row, *column);
            return v ? QVariant(*v) : QVariant();
        }
        return row.text(column->key);
    }
    return formatFormCell(d, row, *column);
}

QVariant FormImportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_keys.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString key = m_keys.at(section);
    if (key == kUnit)
        return tr("Unit");
    if (key == kYear)
        return tr("Year");
    if (m_definitions.isEmpty())
        return {};
    const FormDefinition& d = m_definitions.first();
    if (key == kGroup)
        return d.groupCaption;
    if (key == kRow)
        return d.rowCaption;
    if (const FormColumn* c = d.column(key))
        return displayHeader(*c);
    return {};
}

} // namespace yufang
