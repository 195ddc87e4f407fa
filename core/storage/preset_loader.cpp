#include "preset_loader.h"

#include "form_definition_repository.h"
#include "indicator_repository.h"
#include "obligation_repository.h"
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
const QString kPresetFile = QStringLiteral(":/presets/presets.json");
const QString kMetaKey = QStringLiteral("preset_version");

QJsonObject readPresets() {
    QFile f(kPresetFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = QCoreApplication::translate("PresetLoader", "loading presets failed: %1")
                     .arg(q.lastError().text());
    return false;
}

int storedVersion(const QSqlDatabase& db) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kMetaKey);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool loadPlans(QSqlDatabase& db, const QJsonArray& plans, QString* error) {
    QSqlQuery q(db);
    for (const QJsonValue& v : plans) {
        const QJsonObject p = v.toObject();
        q.prepare(QStringLiteral(
            "INSERT INTO plan (code, title, document_number, issuer, baseline_year, start_year,"
            " end_year, accident_rate_target, training_coverage_target, rate_denominator,"
            " is_preset) VALUES (?,?,?,?,?,?,?,?,?,?,1)"
            " ON CONFLICT (code) DO NOTHING"));
        q.addBindValue(p[QStringLiteral("code")].toString());
        q.addBindValue(p[QStringLiteral("title")].toString());
        q.addBindValue(p[QStringLiteral("document_number")].toString());
        q.addBindValue(p[QStringLiteral("issuer")].toString());
        q.addBindValue(p[QStringLiteral("baseline_year")].toInt());
        q.addBindValue(p[QStringLiteral("start_year")].toInt());
        q.addBindValue(p[QStringLiteral("end_year")].toInt());
        q.addBindValue(p[QStringLiteral("accident_rate_target")].toDouble());
        q.addBindValue(p[QStringLiteral("training_coverage_target")].toDouble());
        q.addBindValue(p[QStringLiteral("rate_denominator")].toString());
        if (!run(q, error))
            return false;
        if (q.numRowsAffected() == 0)
            continue; // the office has this plan already, possibly edited: keep theirs
        const QVariant planId = q.lastInsertId();
        // Key-personnel categories (重点人员). Migration 3 may have given the plan its
        // categories already; skipping existing rows keeps the two paths from duplicating.
        int categoryPosition = 0;
        for (const QJsonValue& category : p[QStringLiteral("key_personnel_categories")].toArray()) {
            q.prepare(QStringLiteral(
                "INSERT INTO plan_personnel_category (plan_id, name, position) VALUES (?,?,?)"
                " ON CONFLICT (plan_id, name) DO NOTHING"));
            q.addBindValue(planId);
            q.addBindValue(category.toString());
            q.addBindValue(categoryPosition++);
            if (!run(q, error))
                return false;
        }
        int position = 0;
        for (const QJsonValue& industry : p[QStringLiteral("industries")].toArray()) {
            q.prepare(QStringLiteral(
                "INSERT INTO plan_industry (plan_id, name, position) VALUES (?,?,?)"));
            q.addBindValue(planId);
            q.addBindValue(industry.toString());
            q.addBindValue(position++);
            if (!run(q, error))
                return false;
        }
    }
    return true;
}

bool loadUnits(QSqlDatabase& db, const QJsonArray& units, QString* error) {
    QSqlQuery q(db);
    int position = 0;
    for (const QJsonValue& v : units) {
        const QJsonObject u = v.toObject();
        q.prepare(
            QStringLiteral("INSERT INTO unit (code, name, level, parent_code, plan_id, position)"
                           " VALUES (?,?,?,?,(SELECT id FROM plan WHERE code = ?),?)"
                           " ON CONFLICT (code) DO NOTHING"));
        q.addBindValue(u[QStringLiteral("code")].toString());
        q.addBindValue(u[QStringLiteral("name")].toString());
        q.addBindValue(u[QStringLiteral("level")].toString());
        const QString parent = u[QStringLiteral("parent_code")].toString();
        q.addBindValue(parent.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(parent));
        q.addBindValue(u[QStringLiteral("plan")].toString());
        q.addBindValue(position++);
        if (!run(q, error))
            return false;
    }
    return true;
}
} // namespace

int PresetLoader::shippedVersion() {
    return readPresets()[QStringLiteral("preset_version")].toInt();
}

bool PresetLoader::load(QSqlDatabase& db, QString* error) {
    const QJsonObject presets = readPresets();
    const int shipped = presets[QStringLiteral("preset_version")].toInt();
    if (shipped == 0) {
        if (error)
            *error =
                QCoreApplication::translate("PresetLoader", "the built-in presets are missing");
        return false;
    }
    if (storedVersion(db) >= shipped)
        return ObligationRepository::loadPresetsOnce(db, presets[QStringLiteral("plans")].toArray(),
                                                     error) &&
               FormDefinitionRepository::loadPresetsOnce(
                   db, presets[QStringLiteral("plans")].toArray(), shipped, error) &&
               IndicatorRepository::loadPresetsOnce(db, presets[QStringLiteral("plans")].toArray(),
                                                    error);
    if (!beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kMetaKey);
    q.addBindValue(QString::number(shipped));
    // A later preset version adds plans (national-2026 in version 2); the unit tree is loaded
    // into a new database only, so a unit the office deleted never comes back.
    const bool fresh = storedVersion(db) == 0;
    const bool ok = loadPlans(db, presets[QStringLiteral("plans")].toArray(), error) &&
                    (!fresh || loadUnits(db, presets[QStringLiteral("units")].toArray(), error)) &&
                    run(q, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!commitWrite(db, error))
        return false;
    // Their own steps with their own flags: databases from before obligations (or forms)
    // existed get them too.
    return ObligationRepository::loadPresetsOnce(db, presets[QStringLiteral("plans")].toArray(),
                                                 error) &&
           FormDefinitionRepository::loadPresetsOnce(db, presets[QStringLiteral("plans")].toArray(),
                                                     shipped, error) &&
           IndicatorRepository::loadPresetsOnce(db, presets[QStringLiteral("plans")].toArray(),
                                                error);
}

} // namespace yufang
