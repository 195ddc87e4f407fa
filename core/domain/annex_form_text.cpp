#include "annex_form_text.h"

namespace yufang {

QString annexFormTitle(const Plan& plan) {
    return QStringLiteral("《%1》重点行业企业基本情况表").arg(plan.title);
}

QStringList annexDefinitionNotes(const QStringList& planNotes, int baselineYear) {
    QStringList notes = planNotes;
    if (!notes.isEmpty())
        notes[0].replace(QStringLiteral("%1年底").arg(baselineYear), QStringLiteral("{year}年底"));
    return notes;
}

} // namespace yufang
