#include "register_figures.h"

#include "register_derivation.h"

#include "form_definitions.h"

#include "domain/disease.h"
#include "domain/training.h"
#include "domain/training_validation.h"
#include "storage/audit_log.h"
#include "storage/form_repository.h"
#include "storage/register_summary.h"
#include "storage/transaction.h"
#include "storage/unit_plans.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterFiguresDerivation)
};

struct StoredMeta {
    QString source;
    QString preparer;
    QString phone;
};

// The form_record of a form (`training`, `disease`) of the subtree's units for the year.
QHash<QString, StoredMeta> storedMeta(const QSqlDatabase& db, const QString& formCode,
                                      const QString& unitCode, int year) {
    QHash<QString, StoredMeta> out;
    QSqlQuery q(db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT m.unit_code, m.source, m.preparer, m.phone"
                                            " FROM form_record m JOIN sub ON m.unit_code = sub.code"
                                            " WHERE m.form_code = :form AND m.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), formCode);
    q.bindValue(QStringLiteral(":year"), year);
    if (q.exec())
        while (q.next())
            out.insert(
                q.value(0).toString(),
                StoredMeta{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QString countText(const Count& c) {
    return c ? QString::number(*c) : QStringLiteral("—");
}

const QString kTraining = QStringLiteral("training");
const QString kDisease = QStringLiteral("disease");
const QString kRemark = QStringLiteral("remark");

// The unit's stored form for the year, read with the definition of the plan it follows then
// (as its tab shows it); without one, exactly the rows stored.
FormTable storedForm(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                     int year) {
    FormDefinition stored;
    stored.code = formCode;
    stored.rowKind = FormRowKind::Free;
    return FormRepository(db).load(
        FormDefinitions(db).forUnit(unitCode, formCode, year).value_or(stored), unitCode, year);
}

// 填报人 and 联系电话 kept from the stored form, only where stated.
void keepFooter(FormTable& table, const StoredMeta& m) {
    if (!m.preparer.isEmpty())
        table.fields.insert(form_fields::kPreparer, m.preparer);
    if (!m.phone.isEmpty())
        table.fields.insert(form_fields::kPhone, m.phone);
}
} // namespace

QString RegisterFiguresDerivation::source() {
    return RegisterDerivation::source(); // one provenance for everything the register fills
}

QString RegisterFiguresDerivation::category() {
    return QStringLiteral("全部重点人员（企业名录）");
}

QString RegisterFiguresDerivation::diseaseRemark() {
    return QStringLiteral("企业名录未分病种：新发病例均计入其他职业病");
}

QList<const DerivedFigures*> RegisterFiguresPlan::conflicts() const {
    QList<const DerivedFigures*> out;
    for (const DerivedFigures& u : units)
        if (u.differs())
            out << &u;
    return out;
}

RegisterFiguresPlan RegisterFiguresDerivation::compute(const QString& unitCode, int year,
                                                       QString* error) const {
    RegisterFiguresPlan plan;
    plan.unitCode = unitCode;
    plan.year = year;
    QString why;
    const QList<RegisterUnitTotals> totals = readRegisterSummary(m_db, unitCode, year, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return plan;
    }
    const QHash<QString, StoredMeta> training = storedMeta(m_db, kTraining, unitCode, year);
    const QHash<QString, StoredMeta> disease = storedMeta(m_db, kDisease, unitCode, year);
    UnitPlans units(m_db);
    for (const RegisterUnitTotals& t : totals) {
        DerivedFigures d;
        d.unitCode = t.unitCode;
        d.unitName = units.nameOf(t.unitCode);
        const QStringList& planIndustries = units.planIndustriesOf(t.unitCode, year);
        d.training = FormTable{kTraining, t.unitCode, year, {}, {}};
        d.disease = FormTable{kDisease, t.unitCode, year, {}, {}};
        auto add = [&](const QString& industry, bool local, qint64 keyPersonnel, qint64 trained,
                       qint64 cases) {
            FormRow row;
            row.group = industry;
            row.key = category();
            row.local = local;
            row.setNumber(trainingFieldKey(TrainingField::KeyPersonnel), keyPersonnel);
            row.setNumber(trainingFieldKey(TrainingField::Trained), trained);
            d.training.rows << row;
            FormRow disease;
            disease.key = industry;
            disease.local = local;
            disease.setNumber(diseaseFieldKey(DiseaseField::OtherDiseases), cases);
            disease.setText(kRemark, diseaseRemark());
            d.disease.rows << disease;
        };
        for (const QString& industry : planIndustries) {
            qint64 keyPersonnel = 0, trained = 0, cases = 0;
            for (const RegisterIndustryTotals& i : t.industries)
                if (i.industry == industry) {
                    keyPersonnel = i.keyPersonnel;
                    trained = i.keyPersonnelTrained;
                    cases = i.occupationalDiseaseCases;
                }
            add(industry, false, keyPersonnel, trained, cases);
        }
        for (const RegisterIndustryTotals& i : t.industries)
            if (!planIndustries.contains(i.industry))
                add(i.industry, true, i.keyPersonnel, i.keyPersonnelTrained,
                    i.occupationalDiseaseCases);
        // The footers stay; a typed or imported table with figures is shown before replacing.
        if (const auto m = training.constFind(t.unitCode); m != training.constEnd()) {
            keepFooter(d.training, *m);
            if (m->source != source()) {
                const FormTable stored = storedForm(m_db, kTraining, t.unitCode, year);
                if (stored.hasFigures())
                    d.existingTraining = stored;
            }
        }
        if (const auto m = disease.constFind(t.unitCode); m != disease.constEnd()) {
            keepFooter(d.disease, *m);
            if (m->source != source()) {
                const FormTable stored = storedForm(m_db, kDisease, t.unitCode, year);
                if (stored.hasFigures())
                    d.existingDisease = stored;
            }
        }
        plan.units << d;
    }
    return plan;
}

bool RegisterFiguresDerivation::apply(const RegisterFiguresPlan& plan, bool replace,
                                      QString* error) const {
    const QList<const DerivedFigures*> conflicts = plan.conflicts();
    if (!conflicts.isEmpty() && !replace) {
        QStringList names;
        for (const DerivedFigures* u : conflicts)
            names << QStringLiteral("%1 %2").arg(u->unitCode, u->unitName);
        if (error)
            *error = Text::tr("%1 unit(s) hold typed or imported training or occupational-disease "
                              "figures for %2: %3")
                         .arg(conflicts.size())
                         .arg(plan.year)
                         .arg(names.join(QStringLiteral(", ")));
        return false;
    }
    return inTransaction(m_db, error, [&] {
        FormRepository forms(m_db);
        for (const DerivedFigures& u : plan.units)
            if (!forms.saveWithinTransaction(u.training, source(), audit::kFormSaved, error) ||
                !forms.saveWithinTransaction(u.disease, source(), audit::kFormSaved, error))
                return false;
        return true;
    });
}

QStringList RegisterFiguresDerivation::describeConflicts(const RegisterFiguresPlan& plan) {
    QStringList out;
    for (const DerivedFigures* u : plan.conflicts()) {
        out << QStringLiteral("%1 %2:").arg(u->unitCode, u->unitName);
        if (u->existingTraining) {
            const TrainingTable derived = trainingTableOf(u->training);
            const TrainingTable existing = trainingTableOf(*u->existingTraining);
            for (const QString& industry : derived.industries) {
                const TrainingCounts now = derived.totalOfIndustry(industry);
                const TrainingCounts before = existing.totalOfIndustry(industry);
                out << Text::tr("  training, %1: key personnel %2 → %3, trained %4 → %5")
                           .arg(industry, countText(before.keyPersonnel),
                                countText(now.keyPersonnel), countText(before.trained),
                                countText(now.trained));
            }
            const TrainingCounts before = existing.total();
            if (before.sessions || before.classHours)
                out << Text::tr("  training: sessions (%1) and class hours (%2) typed by "
                                "category are not in the register and would be dropped")
                           .arg(countText(before.sessions), countText(before.classHours));
        }
        if (u->existingDisease) {
            for (const FormRow& row : u->disease.rows) {
                const FormRow* old = u->existingDisease->find(row.key);
                out << Text::tr("  occupational disease, %1: new cases %2 → %3")
                           .arg(row.key,
                                old ? countText(diseaseCountsOf(*old).newCases())
                                    : QStringLiteral("—"),
                                countText(diseaseCountsOf(row).newCases()));
            }
        }
    }
    return out;
}

} // namespace yufang
