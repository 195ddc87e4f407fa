#pragma once

#include "domain/diagnostic.h"
#include "storage/record_revisions.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QWidget;

namespace yufang {

class Prompter;

// What the clerk chose after a save was refused because someone else saved the same record
// since it was loaded here (another copy of the app, or yufang-cli).
enum class ConflictChoice {
    NotAConflict, // the save failed for another reason: show the error as usual
    Reload,       // drop the edits and show what is stored now
    Overwrite,    // the ticket now holds the current revision and a reason: save again
    KeepEditing,  // nothing changes; the edits stay on screen
};

// The one conflict dialog of every editor. When the record behind `key` changed since `ticket`
// was taken, says who changed it and when (the same account and time the audit trail holds),
// shows `differences` when the editor can compute them, and asks: 放弃 (reload theirs), 保存
// (overwrite with mine, asking a reason that the audit trail records) or 取消 (keep editing).
// `what` names the record for the clerk ("兰山区 2025 基本情况表").
ConflictChoice resolveSaveConflict(Prompter& prompter, QWidget* parent, const QSqlDatabase& db,
                                   const RecordKey& key, RevisionTicket& ticket,
                                   const QString& what, const QString& differences = {});

// An editor's save with the conflict dialog around it: runs save(ticket, error) and, when it
// is refused because of a newer change, asks the clerk (resolveSaveConflict): Reload calls
// reload(), Overwrite runs save again with the reason. Returns true when saved; false with
// *error set when the save failed for another reason (the caller shows it), false with
// *error empty when the clerk chose to reload or to keep editing.
struct GuardedSave {
    RecordKey key;
    QString what;                         // names the record for the clerk
    std::function<QString()> differences; // optional: their changes and yours, as text
    std::function<void()> reload;         // drops the edits and shows what is stored
};
bool saveGuarded(Prompter& prompter, QWidget* parent, const QSqlDatabase& db,
                 RevisionTicket& ticket, const GuardedSave& guarded,
                 const std::function<bool(RevisionTicket*, QString*)>& save, QString* error);

// The save of every form editor (基本情况表, 报表, 培训, 职业病), once: refused with the first
// error (diagnostics) while the edits have errors; else saveGuarded, and a failure that is no
// conflict is shown as "Saving failed; nothing was changed." True when saved; false when
// refused, failed, or the clerk chose to reload or keep editing.
bool saveEdits(Prompter& prompter, QWidget* parent, const QSqlDatabase& db, RevisionTicket& ticket,
               const GuardedSave& guarded, const Diagnostics& diagnostics,
               const std::function<bool(RevisionTicket*, QString*)>& save);

} // namespace yufang
