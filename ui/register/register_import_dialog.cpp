#include "register_import_dialog.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QtConcurrent>

namespace yufang {

RegisterImportRunner::RegisterImportRunner(QString databasePath, QWidget* dialogParent,
                                           QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_dialogParent(dialogParent) {
    connect(&m_watcher, &QFutureWatcher<QList<RegisterImportResult>>::finished, this, [this] {
        if (m_progress) {
            m_progress->reset();
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        Q_EMIT finished(m_watcher.result());
    });
}

RegisterImportRunner::~RegisterImportRunner() {
    cancel();
    m_watcher.waitForFinished();
}

void RegisterImportRunner::start(const QStringList& files, bool replace) {
    m_cancel.store(false);
    if (m_dialogParent) {
        m_progress = new QProgressDialog(tr("Importing the enterprise register…"), tr("Cancel"), 0,
                                         1000, m_dialogParent);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        connect(m_progress, &QProgressDialog::canceled, this, &RegisterImportRunner::cancel);
        connect(this, &RegisterImportRunner::progressed, m_progress, &QProgressDialog::setValue);
    }
    // The destructor cancels and waits for the worker, so `self` outlives it.
    RegisterImportRunner* self = this;
    const QString dbPath = m_databasePath;
    const bool readOnly = m_readOnly;
    std::atomic_bool* cancelFlag = &m_cancel;
    m_watcher.setFuture(QtConcurrent::run([self, dbPath, readOnly, files, replace, cancelFlag] {
        QList<RegisterImportResult> results;
        Database db(dbPath);
        db.setReadOnly(readOnly);
        QString error;
        if (!db.open(&error)) {
            RegisterImportResult r;
            r.file = dbPath;
            r.errors = 1;
            r.diagnostics << Diagnostic{Severity::Error, error, {}, dbPath, 0, -1};
            results << r;
            return results;
        }
        RegisterImportOptions options;
        options.replace = replace;
        options.cancel = cancelFlag;
        for (int i = 0; i < files.size() && !cancelFlag->load(); ++i) {
            options.progress = [self, i, n = files.size()](qint64 done, qint64 total) {
                const int permille = total > 0 ? int((i * 1000 + done * 1000 / total) / n) : 0;
                QMetaObject::invokeMethod(
                    self, [self, permille] { Q_EMIT self->progressed(permille); },
                    Qt::QueuedConnection);
            };
            results << RegisterImport(db.connection()).importFile(files.at(i), options);
        }
        return results;
    }));
}

} // namespace yufang
