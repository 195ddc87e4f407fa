#pragma once

#include "domain/task_status.h"

#include <QSqlDatabase>
#include <QString>

namespace yufang {

// Evidence files of task records, copied into a folder beside the database (<db>.files/) so they
// survive the original being moved or deleted, and travel with the database when the folder is
// copied along. The database keeps paths relative to that folder.
class EvidenceStore {
public:
    EvidenceStore(QSqlDatabase db, QString databasePath);

    static QString filesFolder(const QString& databasePath); // "<db>.files"
    QString absolutePath(const QString& storedPath) const;

    // Copies sourcePath in and records it; on failure nothing is left behind.
    bool attach(const TaskRecord& key, const QString& sourcePath, QString* storedPath,
                QString* error) const;
    // Forgets the file and deletes the copy.
    bool detach(const TaskRecord& key, const QString& storedPath, QString* error) const;

private:
    QSqlDatabase m_db;
    QString m_folder;
};

} // namespace yufang
