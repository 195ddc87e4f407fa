#pragma once

#include <QString>

class QWidget;

namespace yufang {

class Prompter;
class Session;

// Opens a database for the window the way a clerk expects: takes the lock that says "this
// copy edits it" (DatabaseLock); when another copy holds it, says which (program, process,
// computer) and offers to open it read-only (Open), to take over a lock left by a copy on
// another computer that is known to be closed (Ignore, asked only then), or to cancel.
// On success the session holds the database (and the lock, when editing). Errors and
// questions go through prompter.
bool openDatabaseFor(Session& session, Prompter& prompter, QWidget* parent, const QString& path);

} // namespace yufang
