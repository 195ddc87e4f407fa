#include "annex_form_table.h"

namespace yufang {

namespace {
const QString kRemark = QStringLiteral("remark");
} // namespace

FormTable annexAsFormTable(const AnnexTable& table) {
    FormTable out{QStringLiteral("annex"), table.unitCode, table.year, {}, {}};
    for (const AnnexRow& r : table.rows) {
        FormRow row;
        row.key = r.industry;
        row.local = r.local;
        for (int f = 0; f < kCountFieldCount; ++f) {
            const auto field = static_cast<CountField>(f);
            row.setNumber(countFieldKey(field), countValue(r.counts, field));
        }
        row.setText(kRemark, r.remark);
        out.rows << row;
    }
    const auto put = [&](const QString& key, const QString& value) {
        if (!value.isEmpty())
            out.fields.insert(key, value);
    };
    put(form_fields::kPreparer, table.meta.preparer);
    put(form_fields::kPhone, table.meta.phone);
    put(form_fields::kFilledOn, table.meta.filledOn.toString(Qt::ISODate));
    return out;
}

AnnexTable formTableAsAnnex(const FormTable& table) {
    AnnexTable a;
    a.unitCode = table.unitCode;
    a.year = table.year;
    for (const FormRow& r : table.rows) {
        AnnexRow row{r.key, r.local, {}, r.text(kRemark)};
        for (int f = 0; f < kCountFieldCount; ++f) {
            const auto field = static_cast<CountField>(f);
            countRef(row.counts, field) = r.number(countFieldKey(field));
        }
        a.rows << row;
    }
    a.meta.preparer = table.field(form_fields::kPreparer);
    a.meta.phone = table.field(form_fields::kPhone);
    a.meta.filledOn = QDate::fromString(table.field(form_fields::kFilledOn), Qt::ISODate);
    return a;
}

const FormDefinition& annexStackDefinition() {
    static const FormDefinition d = [] {
        FormDefinition out;
        out.code = QStringLiteral("annex");
        for (int f = 0; f < kCountFieldCount; ++f) {
            const auto field = static_cast<CountField>(f);
            out.columns << FormColumn::count(countFieldKey(field), countFieldCaption(field, 0),
                                             QString());
        }
        FormColumn remark;
        remark.key = kRemark;
        remark.caption = QStringLiteral("备注");
        remark.type = FormColumnType::Text;
        out.columns << remark;
        out.footerFields = form_fields::standardFooter();
        return out;
    }();
    return d;
}

} // namespace yufang
