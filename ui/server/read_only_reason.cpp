#include "read_only_reason.h"

#include "session.h"

#include "storage/database.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyReason)
};
} // namespace

QString readOnlyReason(const Session& session) {
    if (!session.isReadOnly())
        return {};
    if (session.database()->isReadOnly())
        return Text::tr("Read-only: another copy of Yufang is editing this database.");
    const server::LoginRights& rights = session.rights();
    const UnitRepository units(session.connection());
    const auto own = units.find(rights.unitCode());
    const auto shown = units.find(session.unitCode());
    return Text::tr("Read-only: the login %1 changes only the data of %2; the server refuses "
                    "changes to %3.")
        .arg(rights.login(), own ? own->name : rights.unitCode(),
             shown ? shown->name : session.unitCode());
}

} // namespace yufang
