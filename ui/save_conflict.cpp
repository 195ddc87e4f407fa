#include "save_conflict.h"

#include "prompter.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SaveConflict)
};
} // namespace

ConflictChoice resolveSaveConflict(Prompter& prompter, QWidget* parent, const QSqlDatabase& db,
                                   const RecordKey& key, RevisionTicket& ticket,
                                   const QString& what, const QString& differences) {
    const RevisionStamp now = RecordRevisions(db).current(key);
    if (now.number == ticket.loaded || RecordRevisions::isReadOnly(db))
        return ConflictChoice::NotAConflict;
    const QString when =
        now.changedAt.isValid()
            ? now.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : Text::tr("an unknown time");
    QString text = Text::tr("%1 was changed by %2 at %3, after you opened it here (in another copy "
                            "of Yufang or with the command-line tool). Your changes were not "
                            "saved.")
                       .arg(what, now.account.isEmpty() ? Text::tr("someone") : now.account, when);
    if (!differences.isEmpty())
        text += QStringLiteral("\n\n") + differences;
    text += QStringLiteral("\n\n") +
            Text::tr("Discard: drop your changes and show the stored version.\n"
                     "Save: overwrite the other change with yours (you will be asked why; the "
                     "reason is recorded in the audit trail).\n"
                     "Cancel: keep your changes on screen without saving.");
    const auto answer = prompter.question(
        parent, Text::tr("Changed by someone else"), text,
        QMessageBox::Discard | QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        return ConflictChoice::Reload;
    if (answer != QMessageBox::Save)
        return ConflictChoice::KeepEditing;
    const auto reason = prompter.text(
        parent, Text::tr("Overwrite"),
        Text::tr("Why must your version replace the change %1 made? The reason is recorded in "
                 "the audit trail.")
            .arg(now.account));
    if (!reason || reason->trimmed().isEmpty())
        return ConflictChoice::KeepEditing;
    ticket.loaded = now.number;
    ticket.overwriteReason = reason->trimmed();
    return ConflictChoice::Overwrite;
}

bool saveGuarded(Prompter& prompter, QWidget* parent, const QSqlDatabase& db,
                 RevisionTicket& ticket, const GuardedSave& guarded,
                 const std::function<bool(RevisionTicket*, QString*)>& save, QString* error) {
    for (;;) {
        error->clear();
        if (save(&ticket, error))
            return true;
        const QString differences = guarded.differences ? guarded.differences() : QString();
        switch (resolveSaveConflict(prompter, parent, db, guarded.key, ticket, guarded.what,
                                    differences)) {
        case ConflictChoice::Overwrite:
            continue;
        case ConflictChoice::Reload:
            error->clear();
            if (guarded.reload)
                guarded.reload();
            return false;
        case ConflictChoice::KeepEditing:
            error->clear();
            return false;
        case ConflictChoice::NotAConflict:
            return false;
        }
    }
}

bool saveEdits(Prompter& prompter, QWidget* parent, const QSqlDatabase& db, RevisionTicket& ticket,
               const GuardedSave& guarded, const Diagnostics& diagnostics,
               const std::function<bool(RevisionTicket*, QString*)>& save) {
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error) {
            prompter.warning(parent, Text::tr("Cannot save"),
                             Text::tr("The form has errors (marked in red). Correct them "
                                      "before saving:\n%1")
                                 .arg(d.message));
            return false;
        }
    QString error;
    if (saveGuarded(prompter, parent, db, ticket, guarded, save, &error))
        return true;
    if (!error.isEmpty())
        prompter.warning(parent, Text::tr("Cannot save"),
                         Text::tr("Saving failed; nothing was changed.\n%1").arg(error));
    return false;
}

} // namespace yufang
