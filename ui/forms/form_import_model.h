#pragma once

#include "domain/form_definition.h"
#include "services/form_table_import.h"

#include <QAbstractTableModel>

namespace yufang {

// The rows one file of any form would write, as the import preview shows them: unit, year,
// the row (and group), then the form's columns as its definition has them, derived columns
// computed from the row's numbers (never the file's own values).
class FormImportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        // unit code, year, qint64 number (decimals scaled), double derived value; invalid
        // when empty
        RawValueRole = Qt::UserRole + 1,
        LocalRowRole, // bool: becomes or is a local row (a local key industry) of the unit
    };

    explicit FormImportModel(QObject* parent = nullptr);

    // definitions: per table of the import, the definition its unit's plan has for the year.
    void setImport(const FormTableFileImport& import, const QList<FormDefinition>& definitions);

    // The column of "unit", "year", "group", "row" or a column key of the form; -1 if none.
    int columnOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int table; // index in m_import.tables
        int row;   // index in that table's rows
    };
    FormTableFileImport m_import;
    QList<FormDefinition> m_definitions;
    QStringList m_keys; // per model column
    QList<Row> m_rows;
};

} // namespace yufang
