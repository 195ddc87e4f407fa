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

FormTableModel::FormTableModel(QObject* parent) : QAbstractTableModel(parent) {
    m_lines = formTableLines(m_definition, m_table); // 合计 alone until a form is set
}

void FormTableModel::setForm(const FormDefinition& definition, const FormTable& table,
                             bool readOnly) {
    beginResetModel();
    m_definition = definition;
    m_table = table;
    m_saved = table;
    m_readOnly = readOnly;
    m_lines = formTableLines(m_definition, m_table);
    endResetModel();
    revalidate();
    Q_EMIT modifiedChanged(false);
}

void FormTableModel::markSaved() {
    m_saved = m_table;
    Q_EMIT modifiedChanged(false);
}

void FormTableModel::revertEdits() {
    beginResetModel();
    m_table = m_saved;
    m_lines = formTableLines(m_definition, m_table);
    endResetModel();
    revalidate();
    Q_EMIT modifiedChanged(false);
}

void FormTableModel::setExtraChecks(std::function<Diagnostics(const FormTable&)> checks) {
    m_extraChecks = std::move(checks);
    revalidate();
}

bool FormTableModel::isComputedRow(int line) const {
    return line >= 0 && line < m_lines.size() && m_lines.at(line).isComputed();
}

int FormTableModel::tableRowOf(int line) const {
    return line >= 0 && line < m_lines.size() ? m_lines.at(line).tableRow : -1;
}

int FormTableModel::lineOf(int tableRow) const {
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).tableRow == tableRow && !m_lines.at(i).isComputed())
            return i;
    return -1;
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

bool FormTableModel::canRemoveRow(int line) const {
    const int row = tableRowOf(line);
    if (m_readOnly || row < 0 || m_definition.localRowsFromAnnex)
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
    // Rows are added only to forms without groups, so without subtotals: the new row's line
    // is the one before 合计.
    const int at = int(m_lines.size()) - 1;
    beginInsertRows({}, at, at);
    FormRow row;
    row.key = name;
    // A free form's rows are the form itself; elsewhere an added row is the unit's own.
    row.local = m_definition.rowKind != FormRowKind::Free;
    m_table.rows << row;
    m_lines = formTableLines(m_definition, m_table);
    endInsertRows();
    revalidate();
    afterEdit(was);
    return true;
}

bool FormTableModel::removeRow(int line) {
    if (!canRemoveRow(line))
        return false;
    const bool was = isModified();
    // A removable row is a local or free row of a form without groups: no subtotal follows it.
    beginRemoveRows({}, line, line);
    m_table.rows.removeAt(tableRowOf(line));
    m_lines = formTableLines(m_definition, m_table);
    endRemoveRows();
    revalidate();
    afterEdit(was);
    return true;
}

int FormTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int FormTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : labelColumns() + int(m_definition.columns.size());
}

QVariant FormTableModel::display(const FormTableLine& line, int column) const {
    const FormRow& row = line.row;
    if (column < labelColumns()) {
        const bool groupColumn = m_definition.hasGroups() && column == 0;
        switch (line.kind) {
        case FormTableLine::Kind::Total:
            return column == 0 ? tr("Total") : QVariant();
        case FormTableLine::Kind::GroupSubtotal:
            return groupColumn ? row.group : tr("Subtotal");
        case FormTableLine::Kind::KeySubtotal:
            return groupColumn ? tr("Total") : row.key;
        case FormTableLine::Kind::Row:
            break;
        }
        // A local row is the unit's own: on a grouped form its group (the local industry).
        if (groupColumn)
            return row.local ? row.group + tr(" (local)") : row.group;
        return row.local && !m_definition.hasGroups() ? row.key + tr(" (local)") : row.key;
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

const Diagnostic* FormTableModel::worstAt(int tableRow, int column) const {
    const Diagnostic* worst = nullptr;
    if (tableRow < 0)
        return worst; // a computed line
    for (const Diagnostic& d : m_diagnostics) {
        if (d.row != tableRow || columnOf(d.field) != column)
            continue;
        if (!worst || int(d.severity) < int(worst->severity))
            worst = &d;
    }
    return worst;
}

QVariant FormTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= columnCount())
        return {};
    const FormTableLine& line = m_lines.at(index.row());
    const bool computed = line.isComputed();
    const FormRow& row = line.row;
    const int column = index.column();
    const FormColumn* c = formColumnAt(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column);
    case Qt::EditRole:
        if (!c)
            return column == 0 && m_definition.hasGroups() ? row.group : row.key;
        if (c->isNumber()) {
            const auto v = row.number(c->key);
            return v ? QVariant(formatScaled(*v, decimalsOf(*c))) : QVariant();
        }
        return display(line, column);
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
        return display(line, column);
    case LocalRowRole:
        return row.local;
    case ColumnKeyRole:
        return c ? c->key : (m_definition.hasGroups() && column == 0 ? kGroupKey : kRowKey);
    case Qt::TextAlignmentRole:
        if (!c || c->type == FormColumnType::Text)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (computed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole: {
        if (!computed) {
            const Diagnostic* d = worstAt(line.tableRow, column);
            if (d && d->severity == Severity::Error)
                return QBrush(QColor(0xFD, 0xD8, 0xD8));
            if (d && d->severity == Severity::Warning)
                return QBrush(QColor(0xFF, 0xF1, 0xC2));
        }
        if (computed || (c && c->isComputed()))
            return QBrush(QColor(0xF3, 0xF4, 0xF6)); // computed: visibly not editable
        return {};
    }
    case SeverityRole:
        if (const Diagnostic* d = computed ? nullptr : worstAt(line.tableRow, column))
            return int(d->severity);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Diagnostic& d : m_diagnostics)
            if (!computed && d.row == line.tableRow && columnOf(d.field) == column)
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
    FormRow& row = m_table.rows[tableRowOf(index.row())];
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
    // Derived cells of this row, the subtotals and 合计 follow the edit. The lines stay, unless
    // a renamed row of a grouped form starts a per-key subtotal of its own.
    QList<FormTableLine> lines = formTableLines(m_definition, m_table);
    if (lines.size() != m_lines.size()) {
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
    } else {
        m_lines = std::move(lines);
    }
    revalidate();
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    afterEdit(was);
    return true;
}

void FormTableModel::afterEdit(bool wasModified) {
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

void FormTableModel::revalidate() {
    m_diagnostics = validateFormTable(m_definition, m_table);
    if (m_extraChecks)
        m_diagnostics << m_extraChecks(m_table);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole});
    Q_EMIT diagnosticsChanged();
}

Qt::ItemFlags FormTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly || isComputedRow(index.row()))
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
    return c ? displayHeader(*c) : QVariant();
}

} // namespace yufang
