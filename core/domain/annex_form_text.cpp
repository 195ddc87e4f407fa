#include "annex_form_text.h"

#include "annex.h"

namespace yufang {

QStringList annexFormHeader(int year) {
    return {QStringLiteral("重点行业名称"),
            countFieldCaption(CountField::Enterprises, year),
            countFieldCaption(CountField::InsuredEnterprises, year),
            countFieldCaption(CountField::Employees, year),
            countFieldCaption(CountField::InsuredPersons, year),
            QStringLiteral("工伤保险参保率（%）"),
            countFieldCaption(CountField::Accidents, year),
            QStringLiteral("工伤事故发生率（‰）"),
            QStringLiteral("备注")};
}

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
