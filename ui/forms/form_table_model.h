#pragma once

#include "domain/diagnostic.h"
#include "domain/form_definition.h"
#include "domain/form_table.h"

#include <QAbstractTableModel>

#include <functional>

namespace yufang {

// Any form of the form engine as an editable table, laid out entirely by its FormDefinition:
// the row column (and the group column of an industry × category form), then one column per
// definition column; the lines are the form's rows, the subtotals the definition asks for (a
// 小计 after each group, a 合计 per row key: domain formTableLines, as printed) and 合计. Derived
// and sum columns, the subtotals and the total are computed, never edited, and follow every edit;
// every edit re-validates (domain/form_validation) and marks cells with errors (red) and
// warnings (yellow), the rule's message as tooltip. A model row is a line: tableRowOf() and
// lineOf() translate between lines and the rows of table() (the same numbers for a form
// without subtotals).
class FormTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // exact scaled number (qint64), text, or invalid
        SeverityRole,                    // int(Severity) of the worst finding, or invalid
        LocalRowRole,                    // bool
        ColumnKeyRole,                   // the definition column's key; "row"/"group" otherwise
    };

    explicit FormTableModel(QObject* parent = nullptr);

    void setForm(const FormDefinition& definition, const FormTable& table, bool readOnly);
    const FormDefinition& definition() const { return m_definition; }
    const FormTable& table() const { return m_table; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return m_table != m_saved; }
    const FormTable& savedTable() const { return m_saved; }
    void markSaved();
    // Back to the form as loaded or last saved. Not QAbstractItemModel::revert(): a view calls
    // that when an editor is cancelled (Escape), which must drop only that cell's typing.
    void revertEdits();
    // Header and footer values (填报人, 联系电话, 填报日期 and the form's own) by key.
    void setField(const QString& key, const QString& value);

    // Checks a tab adds to the definition's rules for what no rule can say (the 培训 tab: trained
    // below last year's figure); run on every edit, their findings marked like the rules'.
    void setExtraChecks(std::function<Diagnostics(const FormTable&)> checks);

    const Diagnostics& diagnostics() const { return m_diagnostics; }
    // The line of 合计, the last one.
    bool isTotalRow(int line) const { return line == m_lines.size() - 1; }
    // A subtotal or 合计: computed, never edited.
    bool isComputedRow(int line) const;
    // The row of table() a line shows, -1 for a computed line.
    int tableRowOf(int line) const;
    // The line showing a row of table(), -1 when none.
    int lineOf(int tableRow) const;
    // Model column of a definition column key ("row" and "group" name the label columns).
    int columnOf(const QString& key) const;
    // The definition column shown at a model column, nullptr for the label columns.
    const FormColumn* formColumnAt(int column) const;
    int labelColumns() const { return m_definition.hasGroups() ? 2 : 1; }

    // Rows the unit adds: any row of a Free form; a local row where the definition allows one.
    bool canAddRows() const;
    bool addRow(const QString& key, QString* error);
    // `line`: a model row.
    bool removeRow(int line);
    bool canRemoveRow(int line) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void diagnosticsChanged();

private:
    void revalidate();
    void afterEdit(bool wasModified);
    QVariant display(const FormTableLine& line, int column) const;
    const Diagnostic* worstAt(int tableRow, int column) const;

    FormDefinition m_definition;
    FormTable m_table;
    FormTable m_saved;
    QList<FormTableLine>
        m_lines; // formTableLines(m_definition, m_table), refreshed on every change
    bool m_readOnly = true;
    Diagnostics m_diagnostics;
    std::function<Diagnostics(const FormTable&)> m_extraChecks;
};

} // namespace yufang
