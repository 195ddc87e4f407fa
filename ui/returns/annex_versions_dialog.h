#pragma once

#include "domain/annex_diff.h"
#include "storage/annex_version_repository.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QTableView;

namespace yufang {

// The differences between two versions, one row per changed value.
class AnnexChangesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IndustryColumn, FieldColumn, OldValueColumn, NewValueColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 }; // canonical field key, or the value text

    explicit AnnexChangesModel(QObject* parent = nullptr);
    void setChanges(const QList<AnnexChange>& changes);
    const QList<AnnexChange>& changes() const { return m_changes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AnnexChange> m_changes;
};

// Every saved version of a unit's form for a year; pick two and see what changed, cell by cell.
class AnnexVersionsDialog : public QDialog {
    Q_OBJECT
public:
    AnnexVersionsDialog(const QSqlDatabase& db, const QString& unitCode, int year,
                        QWidget* parent = nullptr);

    QComboBox* olderBox() const { return m_older; }
    QComboBox* newerBox() const { return m_newer; }
    AnnexChangesModel* model() const { return m_model; }
    int versionCount() const { return int(m_versions.size()); }

private:
    void compare();

    QList<AnnexVersion> m_versions;
    QComboBox* m_older;
    QComboBox* m_newer;
    QLabel* m_summary;
    AnnexChangesModel* m_model;
};

} // namespace yufang
