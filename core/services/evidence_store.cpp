#include "evidence_store.h"

#include "io/file_output.h"
#include "storage/record_revisions.h"
#include "storage/task_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)
};
} // namespace

EvidenceStore::EvidenceStore(QSqlDatabase db, QString databasePath)
    : m_db(std::move(db)), m_folder(filesFolder(databasePath)) {}

QString EvidenceStore::filesFolder(const QString& databasePath) {
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".files");
}

QString EvidenceStore::absolutePath(const QString& storedPath) const {
    return QDir(m_folder).filePath(storedPath);
}

bool EvidenceStore::attach(const TaskRecord& key, const QString& sourcePath, QString* storedPath,
                           QString* error) const {
    const QFileInfo source(sourcePath);
    if (!RecordRevisions::refuseReadOnly(m_db, error)) // before copying anything
        return false;
    if (!source.isFile()) {
        if (error)
            *error = Text::tr("%1: no such file").arg(sourcePath);
        return false;
    }
    const QString relDir =
        QStringLiteral("tasks/%1/%2/%3").arg(key.unitCode).arg(key.year).arg(key.obligationId);
    QDir dir(m_folder);
    if (!dir.mkpath(relDir)) {
        if (error)
            *error = Text::tr("%1: cannot create the folder").arg(dir.filePath(relDir));
        return false;
    }
    // Same name attached twice (e.g. two "通知.pdf"): keep both, numbered.
    QString name = source.fileName();
    for (int n = 2; QFileInfo::exists(dir.filePath(relDir + QLatin1Char('/') + name)); ++n)
        name = QStringLiteral("%1 (%2)%3")
                   .arg(source.completeBaseName())
                   .arg(n)
                   .arg(source.suffix().isEmpty() ? QString() : QLatin1Char('.') + source.suffix());
    const QString rel = relDir + QLatin1Char('/') + name;
    const QString target = dir.filePath(rel);
    // Through FileOutput: a full disk leaves no truncated copy behind, and says so.
    if (!copyFileAtomically(sourcePath, target, error))
        return false;
    if (!TaskRepository(m_db).addEvidence(key, rel, source.fileName(), error)) {
        QFile::remove(target);
        return false;
    }
    if (storedPath)
        *storedPath = rel;
    return true;
}

bool EvidenceStore::detach(const TaskRecord& key, const QString& storedPath, QString* error) const {
    if (!TaskRepository(m_db).removeEvidence(key, storedPath, error))
        return false;
    QFile::remove(absolutePath(storedPath)); // a copy already gone is no reason to fail
    return true;
}

} // namespace yufang
