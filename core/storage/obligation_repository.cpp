#include "obligation_repository.h"

#include "form_definition_repository.h"
#include "plan_repository.h"
#include "record_revisions.h"
#include "sql_values.h"
#include "transaction.h"
#include "unit_repository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ObligationRepository)
};

const QString kColumns = QStringLiteral("id, plan_id, code, title, applies_to, recurrence, "
                                        "due_date, due_month_day, recipient, annex_kind, position, "
                                        "form_code");
const QString kMetaFlag = QStringLiteral("preset_obligations");

Obligation obligationAt(const QSqlQuery& q) {
    Obligation o;
    o.id = q.value(0).toLongLong();
    o.planId = q.value(1).toLongLong();
    o.code = q.value(2).toString();
    o.title = q.value(3).toString();
    o.scope = obligationScopeFromKey(q.value(4).toString());
    o.recurrence = recurrenceFromKey(q.value(5).toString());
    o.dueDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    const QStringList md = q.value(7).toString().split(QLatin1Char('-'));
    if (md.size() == 2) {
        o.dueMonth = md.at(0).toInt();
        o.dueDay = md.at(1).toInt();
    }
    o.recipient = q.value(8).toString();
    o.annexKind = annexKindFromKey(q.value(9).toString());
    o.position = q.value(10).toInt();
    o.formCode = q.value(11).toString();
    return o;
}

QVariant orNull(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// code, title, applies_to, recurrence, due_date, due_month_day, recipient, annex_kind,
// position, form_code: the columns add() and saveForPlan() write, in that order.
void bindFields(QSqlQuery& q, const Obligation& o) {
    q.addBindValue(o.code);
    q.addBindValue(o.title);
    q.addBindValue(obligationScopeKey(o.scope));
    q.addBindValue(recurrenceKey(o.recurrence));
    q.addBindValue(o.recurrence == Recurrence::Once ? orNull(o.dueDate.toString(Qt::ISODate))
                                                    : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(o.recurrence == Recurrence::Yearly
                       ? QVariant(QStringLiteral("%1-%2")
                                      .arg(o.dueMonth, 2, 10, QLatin1Char('0'))
                                      .arg(o.dueDay, 2, 10, QLatin1Char('0')))
                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(notNullText(o.recipient));
    q.addBindValue(notNullText(annexKindKey(o.annexKind)));
    q.addBindValue(o.position);
    q.addBindValue(o.formCode.isNull() ? QStringLiteral("") : o.formCode);
}

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}

bool insertObligation(const QSqlDatabase& db, const Obligation& o, QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO plan_obligation (plan_id, code, title, applies_to, "
                             "recurrence, due_date, due_month_day,"
                             " recipient, annex_kind, position, form_code)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON "
                             "CONFLICT (plan_id, code) DO NOTHING"));
    q.addBindValue(o.planId);
    bindFields(q, o);
    if (q.exec())
        return true;
    if (error)
        *error = Text::tr("storing the obligation %1 failed: %2").arg(o.code, q.lastError().text());
    return false;
}
// The years a copy's one-off deadlines move: the difference of the two plans' first years (a
// 2021-2025 plan's 2021-07-15 is 2026-07-15 in its 2026-2030 copy).
int yearShift(const QSqlDatabase& db, qint64 fromPlanId, qint64 toPlanId) {
    const PlanRepository plans(db);
    const auto from = plans.find(fromPlanId);
    const auto to = plans.find(toPlanId);
    return from && to ? to->startYear - from->startYear : 0;
}

// An obligation as another plan's: a one-off deadline moved by yearShift, a yearly month-day
// kept. The one place a copy moves deadlines (a plan's copy, a form's).
Obligation copiedFor(Obligation o, qint64 toPlanId, int yearShift) {
    o.id = 0;
    o.planId = toPlanId;
    if (o.recurrence == Recurrence::Once && o.dueDate.isValid())
        o.dueDate = o.dueDate.addYears(yearShift);
    return o;
}
} // namespace

QList<Obligation> ObligationRepository::ofPlan(qint64 planId) const {
    QList<Obligation> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM plan_obligation WHERE plan_id = ? ORDER BY position, id")
            .arg(kColumns));
    q.addBindValue(planId);
    if (q.exec())
        while (q.next())
            out << obligationAt(q);
    return out;
}

std::optional<Obligation> ObligationRepository::find(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM plan_obligation WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return obligationAt(q);
    return std::nullopt;
}

std::optional<Obligation> ObligationRepository::findByCode(qint64 planId,
                                                           const QString& code) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM plan_obligation WHERE plan_id = ? AND code = ?")
                  .arg(kColumns));
    q.addBindValue(planId);
    q.addBindValue(code);
    if (q.exec() && q.next())
        return obligationAt(q);
    return std::nullopt;
}

bool ObligationRepository::add(const Obligation& o, QString* error) {
    return insertObligation(m_db, o, error);
}

QStringList ObligationRepository::validate(const QList<Obligation>& obligations,
                                           const QStringList& formCodes) {
    QStringList problems;
    QSet<QString> codes;
    for (int i = 0; i < obligations.size(); ++i) {
        const Obligation& o = obligations.at(i);
        const QString row = Text::tr("row %1").arg(i + 1);
        if (o.title.trimmed().isEmpty())
            problems << Text::tr("%1: the obligation needs a title").arg(row);
        if (!o.code.isEmpty() && codes.contains(o.code))
            problems << Text::tr("%1: the code %2 is used twice").arg(row, o.code);
        codes.insert(o.code);
        if (o.recurrence == Recurrence::Once && !o.dueDate.isValid())
            problems << Text::tr("%1: a one-off return needs its due date").arg(row);
        // 02-29 is allowed: it falls on 02-28 in common years (deadlines::dueIn).
        if (o.recurrence == Recurrence::Yearly && !QDate(2024, o.dueMonth, o.dueDay).isValid())
            problems << Text::tr("%1: %2-%3 is not a day of the year")
                            .arg(row)
                            .arg(o.dueMonth)
                            .arg(o.dueDay);
        // An import records a return only for a form the units following the plan file.
        if (!o.formCode.isEmpty() && !formCodes.contains(o.formCode))
            problems << Text::tr("%1: the form %2 is not a form of this plan").arg(row, o.formCode);
        else if (!o.formCode.isEmpty() && o.annexKind == AnnexKind::None)
            problems << Text::tr("%1: say whether the baseline year's form %2 or each year's "
                                 "counts as the return")
                            .arg(row, o.formCode);
    }
    return problems;
}

QStringList ObligationRepository::validateForPlan(qint64 planId,
                                                  const QList<Obligation>& obligations) const {
    QStringList formCodes{
        QString()}; // the annex: its importer records returns without a plan's definition
    for (const StoredFormDefinition& d : FormDefinitionRepository(m_db).ofPlan(planId))
        formCodes << obligationFormCode(d.code);
    return validate(obligations, formCodes);
}

bool ObligationRepository::saveForPlan(qint64 planId, const QList<Obligation>& obligations,
                                       QString* error, RevisionTicket* ticket) const {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return RecordRevisions(m_db).claim(RecordKey::plan(planId), t, error) &&
               saveForPlanWithinTransaction(planId, obligations, error);
    });
}

bool ObligationRepository::saveForPlanWithinTransaction(qint64 planId,
                                                        const QList<Obligation>& obligations,
                                                        QString* error) const {
    if (const QStringList problems = validateForPlan(planId, obligations); !problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    const QList<Obligation> before = ofPlan(planId);
    QSet<qint64> kept;
    QSet<QString> codes;
    for (const Obligation& o : obligations) {
        kept.insert(o.id);
        codes.insert(o.code);
    }
    QSqlQuery q(m_db);
    for (const Obligation& old : before) {
        if (kept.contains(old.id))
            continue;
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM return_record WHERE obligation_id = ?"));
        q.addBindValue(old.id);
        if (!q.exec() || !q.next())
            return fail(q, error);
        if (q.value(0).toLongLong() > 0) {
            if (error)
                *error = Text::tr("%1 cannot be removed: returns were recorded against it")
                             .arg(old.title);
            return false;
        }
        q.prepare(QStringLiteral("DELETE FROM plan_obligation WHERE id = ? AND plan_id = ?"));
        q.addBindValue(old.id);
        q.addBindValue(planId);
        if (!q.exec())
            return fail(q, error);
    }
    // Codes first moved out of the way, so two obligations may swap or reuse codes.
    q.prepare(QStringLiteral("UPDATE plan_obligation SET code = '~' || id WHERE plan_id = ?"));
    q.addBindValue(planId);
    if (!q.exec())
        return fail(q, error);
    int position = 0;
    int fresh = 0;
    for (Obligation o : obligations) {
        o.planId = planId;
        o.position = position++;
        if (o.code.trimmed().isEmpty()) {
            do
                o.code = QStringLiteral("return-%1").arg(++fresh);
            while (codes.contains(o.code));
            codes.insert(o.code);
        }
        if (o.id == 0) {
            if (!insertObligation(m_db, o, error))
                return false;
            continue;
        }
        q.prepare(QStringLiteral(
            "UPDATE plan_obligation SET code = ?, title = ?, applies_to = ?, recurrence = ?,"
            " due_date = ?, due_month_day = ?, recipient = ?, annex_kind = ?, position = ?,"
            " form_code = ? WHERE id = ? AND plan_id = ?"));
        bindFields(q, o);
        q.addBindValue(o.id);
        q.addBindValue(planId);
        if (!q.exec())
            return fail(q, error);
        if (q.numRowsAffected() != 1) {
            if (error)
                *error = Text::tr("the obligation %1 is not one of this plan").arg(o.title);
            return false;
        }
    }
    return true;
}

bool ObligationRepository::copyWithinTransaction(qint64 fromPlanId, qint64 toPlanId,
                                                 QString* error) const {
    const int shift = yearShift(m_db, fromPlanId, toPlanId);
    for (const Obligation& o : ofPlan(fromPlanId))
        if (!insertObligation(m_db, copiedFor(o, toPlanId, shift), error))
            return false;
    return true;
}

bool ObligationRepository::copyForFormWithinTransaction(qint64 fromPlanId, const QString& formCode,
                                                        qint64 toPlanId, const QString& asCode,
                                                        QList<Obligation>* copied,
                                                        QString* error) const {
    if (copied)
        copied->clear();
    const QString named = obligationFormCode(formCode);
    const QString target = obligationFormCode(asCode);
    const QList<Obligation> existing = ofPlan(toPlanId);
    QSet<QString> codes;
    int position = 0;
    for (const Obligation& o : existing) {
        // The plan owes a return of the form already: the clerk's own choice stays.
        if (o.annexKind != AnnexKind::None && o.formCode == target)
            return true;
        codes.insert(o.code);
        position = qMax(position, o.position + 1);
    }
    const int shift = yearShift(m_db, fromPlanId, toPlanId);
    for (const Obligation& source : ofPlan(fromPlanId)) {
        if (source.annexKind == AnnexKind::None || source.formCode != named)
            continue;
        Obligation o = copiedFor(source, toPlanId, shift);
        o.formCode = target;
        o.position = position++;
        // insertObligation skips a code the plan has: a taken code gets the next free suffix.
        const QString code = o.code;
        for (int n = 2; codes.contains(o.code); ++n)
            o.code = QStringLiteral("%1-%2").arg(code).arg(n);
        codes.insert(o.code);
        if (!insertObligation(m_db, o, error))
            return false;
        if (copied) {
            if (const auto stored = findByCode(toPlanId, o.code))
                *copied << *stored;
        }
    }
    return true;
}

QList<ObligationRepository::Owed> ObligationRepository::owedBy(const QString& unitCode) const {
    QList<Owed> out;
    const UnitRepository units(m_db);
    const PlanRepository plans(m_db);
    const auto unit = units.find(unitCode);
    if (!unit)
        return out;
    auto collect = [&](qint64 planId, ObligationScope scope) {
        const auto plan = plans.find(planId);
        if (!plan)
            return;
        for (const Obligation& o : ofPlan(planId))
            if (o.scope == scope)
                out << Owed{o, *plan};
    };
    if (!unit->parentCode.isEmpty())
        collect(units.effectivePlanId(unit->parentCode), ObligationScope::Children);
    if (unit->planId > 0)
        collect(unit->planId, ObligationScope::Self);
    return out;
}

bool ObligationRepository::loadPresetsOnce(QSqlDatabase& db, const QJsonArray& plans,
                                           QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kMetaFlag);
    // Loaded before: only a preset plan added since (a new plan of a later preset version, such
    // as national-2026) that has no obligation yet gets its own.
    const bool loadedBefore = q.exec() && q.next();
    if (loadedBefore) {
        // Asked at every open: one small query per preset plan, not the plans loaded whole
        // (on a server each statement is a round trip, docs/performance.md).
        bool newPlan = false;
        QSqlQuery owes(db);
        owes.prepare(QStringLiteral("SELECT 1 FROM plan p WHERE p.code = ? AND NOT EXISTS"
                                    " (SELECT 1 FROM plan_obligation o WHERE o.plan_id = p.id)"));
        for (const QJsonValue& v : plans) {
            if (v.toObject().value(QStringLiteral("obligations")).toArray().isEmpty())
                continue;
            owes.addBindValue(v.toObject().value(QStringLiteral("code")).toString());
            if (owes.exec() && owes.next())
                newPlan = true;
        }
        if (!newPlan)
            return true;
    }
    if (!beginWrite(db, error))
        return false;
    ObligationRepository repository(db);
    const PlanRepository planRepository(db);
    bool ok = true;
    for (const QJsonValue& v : plans) {
        const QJsonObject p = v.toObject();
        const auto plan = planRepository.findByCode(p.value(QStringLiteral("code")).toString());
        if (!plan || (loadedBefore && !ObligationRepository(db).ofPlan(plan->id).isEmpty()))
            continue;
        int position = 0;
        for (const QJsonValue& ov : p.value(QStringLiteral("obligations")).toArray()) {
            const QJsonObject j = ov.toObject();
            Obligation o;
            o.planId = plan->id;
            o.code = j.value(QStringLiteral("code")).toString();
            o.title = j.value(QStringLiteral("title")).toString();
            o.scope = obligationScopeFromKey(j.value(QStringLiteral("applies_to")).toString());
            o.recurrence = recurrenceFromKey(j.value(QStringLiteral("recurrence")).toString());
            o.dueDate =
                QDate::fromString(j.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
            const QStringList md =
                j.value(QStringLiteral("due_month_day")).toString().split(QLatin1Char('-'));
            if (md.size() == 2) {
                o.dueMonth = md.at(0).toInt();
                o.dueDay = md.at(1).toInt();
            }
            o.recipient = j.value(QStringLiteral("recipient")).toString();
            o.annexKind = annexKindFromKey(j.value(QStringLiteral("annex_kind")).toString());
            o.formCode = j.value(QStringLiteral("form")).toString();
            o.position = position++;
            if (!(ok = repository.add(o, error)))
                break;
        }
        if (!ok)
            break;
    }
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1')"
                                 " ON CONFLICT (key) DO NOTHING"));
        q.addBindValue(kMetaFlag);
        ok = q.exec();
        if (!ok && error)
            *error = q.lastError().text();
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return commitWrite(db, error);
}

} // namespace yufang
