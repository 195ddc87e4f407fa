#pragma once

#include "services/register_import.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace yufang {

// Imports register files off the GUI thread: a worker opens its own connection to the same
// database file (an SQLite connection belongs to one thread), each file in one transaction.
// A progress dialog shows the bytes read; Cancel rolls the current file back, so nothing
// is half imported. finished() carries one result per file tried.
class RegisterImportRunner : public QObject {
    Q_OBJECT
public:
    RegisterImportRunner(QString databasePath, QWidget* dialogParent, QObject* parent = nullptr);
    ~RegisterImportRunner() override;

    void start(const QStringList& files, bool replace);
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }
    bool showsProgress() const { return m_dialogParent != nullptr; }
    // The worker opens its own connection: read-only too when the window's is.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

Q_SIGNALS:
    void progressed(int permille);
    void finished(const QList<yufang::RegisterImportResult>& results);

private:
    QString m_databasePath;
    bool m_readOnly = false; // the window's copy opened the database read-only
    QWidget* m_dialogParent;
    QProgressDialog* m_progress = nullptr;
    std::atomic_bool m_cancel{false};
    QFutureWatcher<QList<RegisterImportResult>> m_watcher;
};

} // namespace yufang
