#include "annex_validation.h"

#include <QCoreApplication>
#include <QSet>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AnnexValidation)
};

Diagnostic make(Severity s, int row, CountField field, const QString& message) {
    Diagnostic d;
    d.severity = s;
    d.row = row;
    d.field = countFieldKey(field);
    d.message = message;
    return d;
}
} // namespace

Diagnostics validateAnnexRow(const AnnexRow& row, int rowIndex) {
    Diagnostics out;
    const AnnexCounts& c = row.counts;
    for (int f = 0; f < kCountFieldCount; ++f) {
        const auto field = static_cast<CountField>(f);
        const Count v = countValue(c, field);
        if (v && *v < 0)
            out << make(Severity::Error, rowIndex, field,
                        Text::tr("%1: %2 must not be negative (found %3)")
                            .arg(row.industry, countFieldCaption(field, 0))
                            .arg(*v));
    }
    if (c.enterprises && c.insuredEnterprises && *c.insuredEnterprises > *c.enterprises)
        out << make(Severity::Error, rowIndex, CountField::InsuredEnterprises,
                    Text::tr("%1: insured enterprises (%2) exceed enterprises (%3)")
                        .arg(row.industry)
                        .arg(*c.insuredEnterprises)
                        .arg(*c.enterprises));
    if (c.accidents && c.insuredPersons && *c.accidents > *c.insuredPersons)
        out << make(Severity::Error, rowIndex, CountField::Accidents,
                    Text::tr("%1: accidents (%2) exceed insured persons (%3)")
                        .arg(row.industry)
                        .arg(*c.accidents)
                        .arg(*c.insuredPersons));
    if (c.accidents && *c.accidents > 0 && !c.insuredPersons)
        out << make(
            Severity::Warning, rowIndex, CountField::InsuredPersons,
            Text::tr("%1: accidents are given but insured persons are empty, so the accident "
                     "rate cannot be computed")
                .arg(row.industry));
    if (c.employees && c.insuredPersons && *c.insuredPersons > *c.employees)
        out << make(
            Severity::Warning, rowIndex, CountField::InsuredPersons,
            Text::tr("%1: insured persons (%2) exceed employees (%3); possible when projects "
                     "insure workers by project (按项目参保)")
                .arg(row.industry)
                .arg(*c.insuredPersons)
                .arg(*c.employees));
    return out;
}

Diagnostics validateAnnexTable(const AnnexTable& table) {
    Diagnostics out;
    QSet<QString> seen;
    for (int i = 0; i < table.rows.size(); ++i) {
        const AnnexRow& row = table.rows.at(i);
        if (row.industry.trimmed().isEmpty()) {
            Diagnostic d;
            d.row = i;
            d.field = QStringLiteral("industry");
            d.message = Text::tr("row %1: the key industry name is empty").arg(i + 1);
            out << d;
            continue;
        }
        if (seen.contains(row.industry)) {
            Diagnostic d;
            d.row = i;
            d.field = QStringLiteral("industry");
            d.message = Text::tr("%1: the key industry appears more than once").arg(row.industry);
            out << d;
        }
        seen.insert(row.industry);
        out << validateAnnexRow(row, i);
    }
    return out;
}

} // namespace yufang
