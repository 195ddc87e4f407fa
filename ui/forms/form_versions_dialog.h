#pragma once

#include "domain/form_definition.h"
#include "domain/form_diff.h"
#include "storage/form_versions.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QTableView;

namespace yufang {

// The differences between two versions of a form, one row per changed value, named by the
// form's definition (its columns' and fields' captions).
class FormChangesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, FieldColumn, OldValueColumn, NewValueColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 }; // canonical field key, or the value text

    FormChangesModel(const FormDefinition& definition, QObject* parent = nullptr);
    void setChanges(const QList<FormChange>& changes);
    const QList<FormChange>& changes() const { return m_changes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FormDefinition m_definition;
    QList<FormChange> m_changes;
};

// Every saved version of a unit's form for a year (基本情况表, 培训, 职业病 or any form of 报表);
// pick two and see what changed, value by value.
class FormVersionsDialog : public QDialog {
    Q_OBJECT
public:
    FormVersionsDialog(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                       int year, QWidget* parent = nullptr);

    QComboBox* olderBox() const { return m_older; }
    QComboBox* newerBox() const { return m_newer; }
    FormChangesModel* model() const { return m_model; }
    int versionCount() const { return int(m_versions.size()); }

private:
    void compare();

    FormDefinition m_definition;
    QList<FormVersion> m_versions;
    QComboBox* m_older;
    QComboBox* m_newer;
    QLabel* m_summary;
    FormChangesModel* m_model;
    QTableView* m_view = nullptr;
};

} // namespace yufang
