#include "annex_form_text.h"

namespace yufang {

QStringList annexDefinitionNotes(const QStringList& planNotes, int baselineYear) {
    QStringList notes = planNotes;
    if (!notes.isEmpty())
        notes[0].replace(QStringLiteral("%1年底").arg(baselineYear), QStringLiteral("{year}年底"));
    return notes;
}

} // namespace yufang
