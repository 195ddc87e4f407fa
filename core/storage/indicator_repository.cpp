#include "indicator_repository.h"

#include "domain/plan_targets.h"
#include "io/indicator_definition_json.h"
#include "plan_repository.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)
};

const QString kPresetFlag = QStringLiteral("indicator_presets:");

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = Text::tr("saving the indicator failed: %1").arg(q.lastError().text());
    return false;
}

QString jsonText(const IndicatorDefinition& d) {
    return QString::fromUtf8(
        QJsonDocument(indicatorDefinitionToJson(d)).toJson(QJsonDocument::Compact));
}

std::optional<IndicatorDefinition> parse(const QString& text, QString* error) {
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        if (error)
            *error = Text::tr("the stored definition is not a JSON object");
        return std::nullopt;
    }
    return indicatorDefinitionFromJson(doc.object(), error);
}

bool exists(const QSqlDatabase& db, qint64 planId, const QString& code) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM indicator_definition WHERE plan_id = ? AND code = ?"));
    q.addBindValue(planId);
    q.addBindValue(code);
    return q.exec() && q.next();
}

// The plan's target columns follow the indicators that carry them (domain/plan_targets), so a
// plan whose indicator is later removed falls back to the last target, not an older one. When
// the targets change this way the plan's revision moves too: a plan editor opened before would
// otherwise write its stale target back into the indicator.
bool mirrorPlanTargets(const QSqlDatabase& db, qint64 planId, QString* error) {
    const auto plan = PlanRepository(db).find(planId); // its targets read from the indicators
    if (!plan)
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT accident_rate_target, training_coverage_target FROM plan WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next())
        return fail(q, error);
    if (q.value(0).toDouble() == plan->accidentRateReductionTarget &&
        q.value(1).toDouble() == plan->trainingCoverageTarget)
        return true;
    q.prepare(QStringLiteral(
        "UPDATE plan SET accident_rate_target = ?, training_coverage_target = ? WHERE id = ?"));
    q.addBindValue(plan->accidentRateReductionTarget);
    q.addBindValue(plan->trainingCoverageTarget);
    q.addBindValue(planId);
    return (q.exec() || fail(q, error)) &&
           RecordRevisions(db).claim(RecordKey::plan(planId), nullptr, error);
}

// Inside the caller's transaction: checks, claims the revision and inserts or updates.
bool writeWithin(const QSqlDatabase& db, qint64 planId, const IndicatorDefinition& d,
                 bool mustBeNew, QString* error, RevisionTicket* ticket) {
    if (const QString problem = indicatorDefinitionProblem(d); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!PlanRepository(db).find(planId)) {
        if (error)
            *error = Text::tr("the plan does not exist");
        return false;
    }
    const bool present = exists(db, planId, d.code);
    if (present && mustBeNew) {
        if (error)
            *error = Text::tr("code: the plan has an indicator %1 already").arg(d.code);
        return false;
    }
    const RecordRevisions revisions(db);
    const RecordKey key = IndicatorRepository::recordKey(planId, d.code);
    if (!(present ? revisions.claim(key, ticket, error) : revisions.claimNew(key, ticket, error)))
        return false;
    QSqlQuery q(db);
    if (present) {
        q.prepare(QStringLiteral(
            "UPDATE indicator_definition SET definition = ? WHERE plan_id = ? AND code = ?"));
        q.addBindValue(jsonText(d));
        q.addBindValue(planId);
        q.addBindValue(d.code);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO indicator_definition (plan_id, code, position, definition) VALUES"
            " (?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM indicator_definition"
            " WHERE plan_id = ?), ?)"));
        q.addBindValue(planId);
        q.addBindValue(d.code);
        q.addBindValue(planId);
        q.addBindValue(jsonText(d));
    }
    return (q.exec() || fail(q, error)) && mirrorPlanTargets(db, planId, error);
}
} // namespace

RecordKey IndicatorRepository::recordKey(qint64 planId, const QString& code) {
    return RecordKey{
        QStringLiteral("indicator"), QStringLiteral("%1/%2").arg(planId).arg(code), {}, 0};
}

QList<IndicatorDefinition> IndicatorRepository::forPlan(qint64 planId,
                                                        QStringList* problems) const {
    QList<IndicatorDefinition> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, definition FROM indicator_definition WHERE plan_id = ?"
                             " ORDER BY position, code"));
    q.addBindValue(planId);
    q.exec();
    while (q.next()) {
        QString problem;
        if (auto d = parse(q.value(1).toString(), &problem))
            out << *d;
        else if (problems)
            *problems << q.value(0).toString() + QStringLiteral(": ") + problem;
    }
    return out;
}

std::optional<IndicatorDefinition> IndicatorRepository::find(qint64 planId,
                                                             const QString& code) const {
    for (const IndicatorDefinition& d : forPlan(planId))
        if (d.code == code)
            return d;
    return std::nullopt;
}

bool IndicatorRepository::write(qint64 planId, const IndicatorDefinition& d, bool mustBeNew,
                                QString* error, RevisionTicket* ticket) {
    if (!beginWrite(m_db, error))
        return false;
    if (!writeWithin(m_db, planId, d, mustBeNew, error, ticket)) {
        m_db.rollback();
        return false;
    }
    return commitWrite(m_db, error);
}

bool IndicatorRepository::add(qint64 planId, const IndicatorDefinition& d, QString* error,
                              RevisionTicket* ticket) {
    return write(planId, d, true, error, ticket);
}

bool IndicatorRepository::save(qint64 planId, const IndicatorDefinition& d, QString* error,
                               RevisionTicket* ticket) {
    return write(planId, d, false, error, ticket);
}

std::optional<double> IndicatorRepository::diseaseReductionTarget(qint64 planId) const {
    return plan_targets::diseaseReduction(forPlan(planId));
}

bool IndicatorRepository::setDiseaseReductionTarget(qint64 planId, std::optional<double> reduction,
                                                    QString* error) {
    const auto d = plan_targets::withDiseaseReduction(forPlan(planId), reduction);
    if (!d) {
        if (error)
            *error = Text::tr("the plan has no indicator of occupational-disease cases");
        return false;
    }
    RevisionTicket ticket = RecordRevisions(m_db).ticket(recordKey(planId, d->code));
    return save(planId, *d, error, &ticket);
}

bool IndicatorRepository::copy(qint64 fromPlan, const QString& code, qint64 toPlan,
                               const QString& newCode, QString* error) {
    auto d = find(fromPlan, code);
    if (!d) {
        if (error)
            *error = Text::tr("the plan has no indicator %1").arg(code);
        return false;
    }
    d->code = newCode;
    return add(toPlan, *d, error);
}

bool IndicatorRepository::remove(qint64 planId, const QString& code, QString* error,
                                 RevisionTicket* ticket) {
    if (!beginWrite(m_db, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM indicator_definition WHERE plan_id = ? AND code = ?"));
    q.addBindValue(planId);
    q.addBindValue(code);
    bool ok = RecordRevisions(m_db).claim(recordKey(planId, code), ticket, error) &&
              (q.exec() || fail(q, error));
    if (ok && q.numRowsAffected() == 0) {
        ok = false;
        if (error)
            *error = Text::tr("the plan has no indicator %1").arg(code);
    }
    ok = ok && mirrorPlanTargets(m_db, planId, error);
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return commitWrite(m_db, error);
}

bool IndicatorRepository::saveWithinTransaction(qint64 planId, const IndicatorDefinition& d,
                                                QString* error) {
    return writeWithin(m_db, planId, d, false, error, nullptr);
}

bool IndicatorRepository::copyAllWithinTransaction(qint64 fromPlan, qint64 toPlan, QString* error) {
    for (const IndicatorDefinition& d : forPlan(fromPlan))
        if (!writeWithin(m_db, toPlan, d, true, error, nullptr))
            return false;
    return true;
}

bool IndicatorRepository::loadPresetsOnce(QSqlDatabase& db, const QJsonArray& plans,
                                          QString* error) {
    const PlanRepository planRepository(db);
    for (const QJsonValue& v : plans) {
        const QJsonObject p = v.toObject();
        const QString code = p.value(QStringLiteral("code")).toString();
        const QJsonArray indicators = p.value(QStringLiteral("indicators")).toArray();
        if (indicators.isEmpty())
            continue;
        // The flag first: at every open it is all there is to ask (loading the plan whole
        // took a dozen statements, each a round trip on a server).
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
        q.addBindValue(QString(kPresetFlag + code));
        if (q.exec() && q.next())
            continue; // loaded once; what the office did since is theirs
        const auto plan = planRepository.findByCode(code);
        if (!plan)
            continue;
        if (!beginWrite(db, error))
            return false;
        bool ok = true;
        for (const QJsonValue& iv : indicators) {
            QString problem;
            const auto d = indicatorDefinitionFromJson(iv.toObject(), &problem);
            if (!d) {
                if (error)
                    *error = QStringLiteral("presets.json: %1: %2").arg(code, problem);
                ok = false;
                break;
            }
            // A plan the office gave indicators of its own before the presets had any keeps them.
            if (!exists(db, plan->id, d->code) &&
                !(ok = writeWithin(db, plan->id, *d, true, error, nullptr)))
                break;
        }
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1')"));
            q.addBindValue(QString(kPresetFlag + code));
            ok = q.exec() || fail(q, error);
        }
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!commitWrite(db, error))
            return false;
    }
    return true;
}

} // namespace yufang
