#pragma once

#include "domain/diagnostic.h"
#include "domain/form_definition.h"
#include "domain/form_table.h"

#include <QAbstractTableModel>

namespace yufang {

// Any form of the form engine as an editable table, laid out entirely by its FormDefinition:
// the row column (and the group column of an industry × category form), then one column per
// definition column, then 合计. Derived columns and the total row are computed, never edited;
// every edit re-validates (domain/form_validation) and marks cells with errors (red) and
// warnings (yellow), the rule's message as tooltip.
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
    void revert();
    // Header and footer values (填报人, 联系电话, 填报日期 and the form's own) by key.
    void setField(const QString& key, const QString& value);

    const Diagnostics& diagnostics() const { return m_diagnostics; }
    bool isTotalRow(int row) const { return row == m_table.rows.size(); }
    // Model column of a definition column key ("row" and "group" name the label columns).
    int columnOf(const QString& key) const;
    // The definition column shown at a model column, nullptr for the label columns.
    const FormColumn* formColumnAt(int column) const;
    int labelColumns() const { return m_definition.hasGroups() ? 2 : 1; }

    // Rows the unit adds: any row of a Free form; a local row where the definition allows one.
    bool canAddRows() const;
    bool addRow(const QString& key, QString* error);
    bool removeRow(int row);
    bool canRemoveRow(int row) const;

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
    QVariant display(const FormRow& row, bool total, int column) const;
    const Diagnostic* worstAt(int row, int column) const;

    FormDefinition m_definition;
    FormTable m_table;
    FormTable m_saved;
    bool m_readOnly = true;
    Diagnostics m_diagnostics;
};

} // namespace yufang
