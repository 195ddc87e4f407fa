#pragma once

#include <QString>

namespace yufang {

class Session;

// Why the selected unit's data is read-only, for the editors' banner ("" when it is not): the
// file is being edited by another copy of Yufang, or the server's login may not change that
// unit (docs/server.md, "In the window").
QString readOnlyReason(const Session& session);

} // namespace yufang
