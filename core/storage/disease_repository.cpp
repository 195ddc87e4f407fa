#include "disease_repository.h"

#include "annex_repository.h"
#include "audit_log.h"
#include "form_repository.h"
#include "sql_values.h"
#include "transaction.h"
#include "unit_repository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
// The table lives in the form engine's storage as the form `disease` (migration 12); these are
// its stored columns, the keys the plans' `disease` definitions use.
const QString kForm = QStringLiteral("disease");
const QString kRemark = QStringLiteral("remark");

// What the adapter reads and writes: the stored columns, without the plan's rows (Free), since
// the rows of the 职业病 table are the unit's industries of the year, laid out below as always.
FormDefinition storedColumns() {
    FormDefinition d;
    d.code = kForm;
    d.rowKind = FormRowKind::Free;
    for (int f = 0; f < kDiseaseFieldCount; ++f) {
        const auto field = static_cast<DiseaseField>(f);
        d.columns << FormColumn::count(diseaseFieldKey(field), diseaseFieldCaption(field), {});
    }
    d.columns << FormColumn::textColumn(kRemark, QStringLiteral("备注"));
    return d;
}

DiseaseRow& rowFor(DiseaseTable& t, const QString& industry, const QStringList& planIndustries) {
    for (DiseaseRow& r : t.rows)
        if (r.industry == industry)
            return r;
    t.rows.append(DiseaseRow{industry, !planIndustries.contains(industry), {}, {}});
    return t.rows.last();
}

// The stored rows of a form table into the disease table, after the rows it already lists.
void fillFrom(DiseaseTable& t, const FormTable& form, const QStringList& planIndustries) {
    for (const FormRow& stored : form.rows) {
        DiseaseRow& r = rowFor(t, stored.key, planIndustries);
        for (int f = 0; f < kDiseaseFieldCount; ++f) {
            const auto field = static_cast<DiseaseField>(f);
            diseaseRef(r.counts, field) = stored.number(diseaseFieldKey(field));
        }
        r.remark = stored.text(kRemark);
    }
}

FormTable toForm(const DiseaseTable& table) {
    FormTable form;
    form.formCode = kForm;
    form.unitCode = table.unitCode;
    form.year = table.year;
    for (const DiseaseRow& r : table.rows) {
        FormRow row;
        row.key = r.industry;
        row.local = r.local;
        for (int f = 0; f < kDiseaseFieldCount; ++f) {
            const auto field = static_cast<DiseaseField>(f);
            row.setNumber(diseaseFieldKey(field), diseaseValue(r.counts, field));
        }
        row.setText(kRemark, r.remark);
        form.rows << row;
    }
    if (!table.preparer.isEmpty())
        form.fields.insert(form_fields::kPreparer, table.preparer);
    if (!table.phone.isEmpty())
        form.fields.insert(form_fields::kPhone, table.phone);
    return form;
}
} // namespace

DiseaseTable DiseaseRepository::load(const QString& unitCode, int year) const {
    DiseaseTable t;
    t.unitCode = unitCode;
    t.year = year;
    const AnnexRepository annexes(m_db);
    const QStringList plan = annexes.planIndustriesOf(unitCode, year);
    for (const QString& i : annexes.industriesOf(unitCode, year))
        rowFor(t, i, plan);
    const FormTable form = FormRepository(m_db).load(storedColumns(), unitCode, year);
    fillFrom(t, form, plan);
    t.preparer = form.field(form_fields::kPreparer);
    t.phone = form.field(form_fields::kPhone);
    return t;
}

DiseaseTable DiseaseRepository::consolidated(const QString& unitCode, int year) const {
    DiseaseTable t;
    t.unitCode = unitCode;
    t.year = year;
    const AnnexRepository annexes(m_db);
    const QStringList plan = annexes.planIndustriesOf(unitCode, year);
    for (const AnnexRow& r : annexes.consolidated(unitCode, year).rows)
        rowFor(t, r.industry, plan);
    fillFrom(t, FormRepository(m_db).consolidated(storedColumns(), unitCode, year), plan);
    for (DiseaseRow& r : t.rows)
        r.remark.clear(); // a sum has no remark
    return t;
}

DiseaseTable DiseaseRepository::figures(const QString& unitCode, int year) const {
    return UnitRepository(m_db).hasChildren(unitCode) ? consolidated(unitCode, year)
                                                      : load(unitCode, year);
}

bool DiseaseRepository::hasData(const QString& unitCode, int year) const {
    return FormRepository(m_db).hasData(kForm, unitCode, year);
}

int DiseaseRepository::unitsWithSource(const QString& unitCode, int year,
                                       const QString& source) const {
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT COUNT(*) FROM form_record m"
                                            " JOIN sub ON m.unit_code = sub.code"
                                            " WHERE m.form_code = :form AND m.year = :year"
                                            " AND m.source = :source"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), kForm);
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":source"), source);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool DiseaseRepository::saveWithinTransaction(const DiseaseTable& table, const QString& source,
                                              QString* error, RevisionTicket* ticket,
                                              const QString& action) {
    return FormRepository(m_db).saveWithinTransaction(toForm(table), source, action, error, ticket);
}

} // namespace yufang
