#include "form_table_model.h"

#include "domain/form_validation.h"
#include "io/cell_parsing.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace yufang {

namespace {
const QString kRowKey = QStringLiteral("row");
const QString kGroupKey = QStringLiteral("group");

int decimalsOf(const FormColumn& c) {
    return c.type == FormColumnType::Decimal ? c.decimals : 0;
}
} // namespace

FormTableModel::FormTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FormTableModel::setForm(const FormDefinition& definition, const FormTable& table,
                             bool readOnly) {
    beginResetModel();
    m_definition = definition;
    m_table = table;
    m_saved = table;
    m_readOnly = readOnly;
    endResetModel();
    revalidate();
    Q_EMIT modifiedChanged(false);
}

void FormTableModel::markSaved() {
    m_saved = m_table;
    Q_EMIT modifiedChanged(false);
}

void FormTableModel::revert() {
    beginResetModel();
    m_table = m_saved;
    endResetModel();
    revalidate();
    Q_EMIT modifiedChanged(false);
}

void FormTableModel::setField(const QString& key, const QString& value) {
    const bool was = isModified();
    if (value.isEmpty())
        m_table.fields.remove(key);
    else
        m_table.fields.insert(key, value);
    afterEdit(was);
}

int FormTableModel::columnOf(const QString& key) const {
    if (key == kGroupKey && m_definition.hasGroups())
        return 0;
    if (key == kRowKey)
        return labelColumns() - 1;
    const int i = m_definition.columnIndex(key);
    return i < 0 ? labelColumns() - 1 : labelColumns() + i;
}

const FormColumn* FormTableModel::formColumnAt(int column) const {
    const int i = column - labelColumns();
    return i >= 0 && i < m_definition.columns.size() ? &m_definition.columns.at(i) : nullptr;
}

bool FormTableModel::canAddRows() const {
    // Rows from the annex (培训, 职业病): a local industry is added on the 基本情况表, so a
    // typo here never becomes an industry, as the import refuses one.
    if (m_readOnly || m_definition.hasGroups() || m_definition.localRowsFromAnnex)
        return false;
    return m_definition.rowKind == FormRowKind::Free || m_definition.localRowsAllowed;
}

bool FormTableModel::canRemoveRow(int row) const {
    if (m_readOnly || row < 0 || row >= m_table.rows.size() || m_definition.localRowsFromAnnex)
        return false;
    return m_definition.rowKind == FormRowKind::Free || m_table.rows.at(row).local;
}

bool FormTableModel::addRow(const QString& key, QString* error) {
    const QString name = key.simplified();
    if (!canAddRows()) {
        *error = tr("This form takes no rows of its own.");
        return false;
    }
    if (name.isEmpty() || name == QStringLiteral("合计")) {
        *error =
            tr("Enter the name of the row (%1).")
                .arg(m_definition.rowCaption.isEmpty() ? tr("row name") : m_definition.rowCaption);
        return false;
    }
    for (const FormRow& r : m_table.rows)
        if (normaliseLabel(r.key) == normaliseLabel(name)) {
            *error = tr("%1 is already on the form.").arg(r.key);
            return false;
        }
    const bool was = isModified();
    const int at = int(m_table.rows.size());
    beginInsertRows({}, at, at);
    FormRow row;
    row.key = name;
    // A free form's rows are the form itself; elsewhere an added row is the unit's own.
    row.local = m_definition.rowKind != FormRowKind::Free;
    m_table.rows << row;
    endInsertRows();
    revalidate();
    afterEdit(was);
    return true;
}

bool FormTableModel::removeRow(int row) {
    if (!canRemoveRow(row))
        return false;
    const bool was = isModified();
    beginRemoveRows({}, row, row);
    m_table.rows.removeAt(row);
    endRemoveRows();
    revalidate();
    afterEdit(was);
    return true;
}

int FormTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size()) + 1;
}

int FormTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : labelColumns() + int(m_definition.columns.size());
}

QVariant FormTableModel::display(const FormRow& row, bool total, int column) const {
    if (column < labelColumns()) {
        if (total)
            return column == 0 ? tr("Total") : QVariant();
        if (m_definition.hasGroups() && column == 0)
            return row.group;
        return row.local ? row.key + tr(" (local)") : row.key;
    }
    const FormColumn* c = formColumnAt(column);
    if (!c)
        return {};
    if (c->type == FormColumnType::Count || c->type == FormColumnType::Sum) {
        const auto v = c->type == FormColumnType::Sum ? sumValue(row, *c) : row.number(c->key);
        return v ? QLocale().toString(*v) : QString();
    }
    const QString text = formatFormCell(m_definition, row, *c);
    if (c->type == FormColumnType::Derived && text.isEmpty())
        return QStringLiteral("—");
    return text;
}

const Diagnostic* FormTableModel::worstAt(int row, int column) const {
    const Diagnostic* worst = nullptr;
    for (const Diagnostic& d : m_diagnostics) {
        if (d.row != row || columnOf(d.field) != column)
            continue;
        if (!worst || int(d.severity) < int(worst->severity))
            worst = &d;
    }
    return worst;
}

QVariant FormTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() > m_table.rows.size() || index.column() >= columnCount())
        return {};
    const bool total = isTotalRow(index.row());
    const FormRow totalRow = total ? m_table.total(m_definition) : FormRow();
    const FormRow& row = total ? totalRow : m_table.rows.at(index.row());
    const int column = index.column();
    const FormColumn* c = formColumnAt(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, total, column);
    case Qt::EditRole:
        if (!c)
            return column == 0 && m_definition.hasGroups() ? row.group : row.key;
        if (c->isNumber()) {
            const auto v = row.number(c->key);
            return v ? QVariant(formatScaled(*v, decimalsOf(*c))) : QVariant();
        }
        return display(row, total, column);
    case RawValueRole:
        if (c && c->isNumber()) {
            const auto v = row.number(c->key);
            return v ? QVariant(*v) : QVariant();
        }
        if (c && c->type == FormColumnType::Derived) {
            const auto v = derivedValue(m_definition, row, *c);
            return v ? QVariant(*v) : QVariant();
        }
        if (c && c->type == FormColumnType::Sum) {
            const auto v = sumValue(row, *c);
            return v ? QVariant(*v) : QVariant();
        }
        return display(row, total, column);
    case LocalRowRole:
        return row.local;
    case ColumnKeyRole:
        return c ? c->key : (m_definition.hasGroups() && column == 0 ? kGroupKey : kRowKey);
    case Qt::TextAlignmentRole:
        if (!c || c->type == FormColumnType::Text)
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
        if (!total) {
            const Diagnostic* d = worstAt(index.row(), column);
            if (d && d->severity == Severity::Error)
                return QBrush(QColor(0xFD, 0xD8, 0xD8));
            if (d && d->severity == Severity::Warning)
                return QBrush(QColor(0xFF, 0xF1, 0xC2));
        }
        if (total || (c && c->isComputed()))
            return QBrush(QColor(0xF3, 0xF4, 0xF6)); // computed: visibly not editable
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
        if (lines.isEmpty() && c && c->type == FormColumnType::Derived) {
            const FormColumn* n = m_definition.column(c->numeratorKey);
            const FormColumn* dn = m_definition.column(c->denominatorKey);
            lines << tr("Computed: %1 ÷ %2 × %3")
                         .arg(n ? n->caption : c->numeratorKey,
                              dn ? dn->caption : c->denominatorKey)
                         .arg(c->scale);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

bool FormTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const bool was = isModified();
    FormRow& row = m_table.rows[index.row()];
    const FormColumn* c = formColumnAt(index.column());
    if (!c) {
        const QString name = value.toString().simplified();
        if (name.isEmpty() || name == row.key)
            return false;
        for (const FormRow& other : m_table.rows)
            if (&other != &row && other.group == row.group &&
                normaliseLabel(other.key) == normaliseLabel(name))
                return false;
        row.key = name;
    } else if (c->type == FormColumnType::Text) {
        row.setText(c->key, value.toString().trimmed());
    } else {
        // What clerks type: thousands separators, full-width digits; a minus sign is kept so
        // the validation can say what is wrong instead of the cell refusing silently.
        QString text = toHalfWidth(value.toString()).trimmed();
        const bool negative = text.startsWith(QLatin1Char('-'));
        if (negative)
            text = text.mid(1);
        const ParsedCount parsed =
            c->type == FormColumnType::Decimal ? parseDecimal(text, c->decimals) : parseCount(text);
        if (parsed.kind == ParsedCount::Kind::Invalid)
            return false;
        row.setNumber(c->key, parsed.kind == ParsedCount::Kind::Empty
                                  ? std::optional<qint64>()
                                  : std::optional<qint64>(negative ? -parsed.value : parsed.value));
    }
    revalidate();
    // Derived cells of this row and the whole total row follow the edit.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    const int totalRow = int(m_table.rows.size());
    Q_EMIT dataChanged(this->index(totalRow, 0), this->index(totalRow, columnCount() - 1));
    afterEdit(was);
    return true;
}

void FormTableModel::afterEdit(bool wasModified) {
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

void FormTableModel::revalidate() {
    m_diagnostics = validateFormTable(m_definition, m_table);
    if (!m_table.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_table.rows.size()) - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole});
    Q_EMIT diagnosticsChanged();
}

Qt::ItemFlags FormTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly || isTotalRow(index.row()))
        return f;
    const FormColumn* c = formColumnAt(index.column());
    if (!c) // a row's name: only the unit's own rows are named by the unit
        return canRemoveRow(index.row()) && index.column() == labelColumns() - 1
                   ? f | Qt::ItemIsEditable
                   : f;
    if (c->isComputed()) // a rate or a sum (新发病例合计) follows the row; it is never typed
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant FormTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < labelColumns()) {
        if (m_definition.hasGroups() && section == 0)
            return m_definition.groupCaption;
        return m_definition.rowCaption.isEmpty() ? tr("Row") : m_definition.rowCaption;
    }
    const FormColumn* c = formColumnAt(section);
    return c ? columnHeader(*c) : QVariant();
}

} // namespace yufang
