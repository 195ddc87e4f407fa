#include "task_preset_loader.h"

#include "plan_task_repository.h"
#include "rate_scheme_repository.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
const QString kMetaKey = QStringLiteral("task_presets_version");
// 2: the national-2026 plan's tasks; a database at 1 gets them (a plan that has tasks keeps them).
constexpr int kVersion = 2;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PresetLoader)
};

PlanTask obligationFromJson(const QJsonObject& o) {
    PlanTask ob;
    ob.code = o[QStringLiteral("code")].toString();
    ob.section = planSectionFromKey(o[QStringLiteral("section")].toString());
    ob.sectionNumber = o[QStringLiteral("number")].toInt();
    ob.sectionTitle = o[QStringLiteral("section_title")].toString();
    ob.title = o[QStringLiteral("title")].toString();
    ob.detail = o[QStringLiteral("detail")].toString();
    taskRecurrenceFromKey(o[QStringLiteral("recurrence")].toString(), &ob.recurrence);
    ob.dueYear = o[QStringLiteral("year")].toInt();
    ob.firstYear = o[QStringLiteral("first_year")].toInt();
    ob.lastYear = o[QStringLiteral("last_year")].toInt();
    ob.setMonthDay(o[QStringLiteral("due")].toString());
    ob.dueFromSeed = o[QStringLiteral("due_from_seed")].toBool();
    return ob;
}

RateScheme schemeFromJson(const QJsonObject& r) {
    RateScheme s;
    s.label = r[QStringLiteral("label")].toString();
    for (const QJsonValue& v : r[QStringLiteral("classes")].toArray()) {
        const QJsonObject c = v.toObject();
        RiskClass rc;
        rc.riskClass = c[QStringLiteral("class")].toInt();
        rc.baseRate = c[QStringLiteral("base_rate")].toDouble();
        for (const QJsonValue& t : c[QStringLiteral("tiers")].toArray())
            rc.tiers << t.toDouble();
        s.classes << rc;
    }
    for (const QJsonValue& v : r[QStringLiteral("rules")].toArray()) {
        const QJsonObject o = v.toObject();
        FloatRule rule;
        injuryConditionFromKey(o[QStringLiteral("injuries")].toString(), &rule.injuries);
        rule.payoutNotApplicable = o[QStringLiteral("payout")].toString() == QLatin1String("na");
        if (o.contains(QStringLiteral("payout_min")))
            rule.payoutMin = o[QStringLiteral("payout_min")].toDouble();
        if (o.contains(QStringLiteral("payout_max")))
            rule.payoutMax = o[QStringLiteral("payout_max")].toDouble();
        rule.tier = o[QStringLiteral("tier")].toDouble();
        rule.note = o[QStringLiteral("note")].toString();
        s.rules << rule;
    }
    return s;
}

bool loadObligations(QSqlDatabase& db, const QJsonObject& byPlan, QString* error) {
    const PlanTaskRepository repo(db);
    QSqlQuery q(db);
    for (auto it = byPlan.begin(); it != byPlan.end(); ++it) {
        q.prepare(QStringLiteral("SELECT id FROM plan WHERE code = ?"));
        q.addBindValue(it.key());
        if (!q.exec() || !q.next())
            continue; // the office removed that plan: do not bring it back piecemeal
        const qint64 planId = q.value(0).toLongLong();
        if (!repo.forPlan(planId).isEmpty())
            continue;
        QList<PlanTask> list;
        for (const QJsonValue& v : it.value().toArray())
            list << obligationFromJson(v.toObject());
        if (!repo.replaceForPlan(planId, list, error))
            return false;
    }
    return true;
}
} // namespace

RateScheme TaskPresetLoader::exampleRateScheme() {
    QFile f(QStringLiteral(":/presets/presets.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return schemeFromJson(
        QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("rate_floating")].toObject());
}

bool TaskPresetLoader::load(QSqlDatabase& db, QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kMetaKey);
    if (q.exec() && q.next() && q.value(0).toInt() >= kVersion)
        return true;
    QFile f(QStringLiteral(":/presets/presets.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("the built-in presets are missing");
        return false;
    }
    const QJsonObject presets = QJsonDocument::fromJson(f.readAll()).object();
    if (!beginWrite(db, error))
        return false;
    bool ok = loadObligations(db, presets[QStringLiteral("plan_tasks")].toObject(), error);
    const RateSchemeRepository rates(db);
    if (ok && rates.isEmpty())
        ok = rates.save(schemeFromJson(presets[QStringLiteral("rate_floating")].toObject()), error);
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(kMetaKey);
        q.addBindValue(QString::number(kVersion));
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
