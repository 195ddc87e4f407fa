#include "form_definition_repository.h"

#include "audit_log.h"
#include "transaction.h"
#include "unit_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormDefinitionRepository)
};

const QString kFormsPresetKey = QStringLiteral("form_presets_version");

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}

QList<StoredFormDefinition> select(const QSqlDatabase& db, const QString& where,
                                   const QVariantList& binds) {
    QList<StoredFormDefinition> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT f.plan_id, p.code, f.code, f.position, f.definition"
                             " FROM form_definition f JOIN plan p ON p.id = f.plan_id ") +
              where + QStringLiteral(" ORDER BY f.plan_id, f.position, f.id"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.exec();
    while (q.next())
        out << StoredFormDefinition{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toInt(),
                                    q.value(4).toString().toUtf8()};
    return out;
}

QString planCodeOf(const QSqlDatabase& db, qint64 planId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code FROM plan WHERE id = ?"));
    q.addBindValue(planId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

QList<StoredFormDefinition> FormDefinitionRepository::all() const {
    return select(m_db, {}, {});
}

QList<StoredFormDefinition> FormDefinitionRepository::ofPlan(qint64 planId) const {
    return select(m_db, QStringLiteral("WHERE f.plan_id = ?"), {planId});
}

std::optional<StoredFormDefinition> FormDefinitionRepository::find(qint64 planId,
                                                                   const QString& code) const {
    const auto list =
        select(m_db, QStringLiteral("WHERE f.plan_id = ? AND f.code = ?"), {planId, code});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

bool FormDefinitionRepository::save(qint64 planId, const QString& code, const QByteArray& json,
                                    QString* error, RevisionTicket* ticket) {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return saveWithinTransaction(planId, code, json, t, error);
    });
}

bool FormDefinitionRepository::saveWithinTransaction(qint64 planId, const QString& code,
                                                     const QByteArray& json, RevisionTicket* ticket,
                                                     QString* error) {
    const QString planCode = planCodeOf(m_db, planId);
    if (planCode.isEmpty()) {
        if (error)
            *error = Text::tr("there is no plan with id %1").arg(planId);
        return false;
    }
    const auto before = find(planId, code);
    if (!RecordRevisions(m_db).claim(RecordKey::formDefinition(planId, code), ticket, error))
        return false;
    QSqlQuery q(m_db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (before) {
        q.prepare(QStringLiteral("UPDATE form_definition SET definition = ?, updated_at = ?"
                                 " WHERE plan_id = ? AND code = ?"));
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(now);
        q.addBindValue(planId);
        q.addBindValue(code);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO form_definition (plan_id, code, position, definition, updated_at)"
            " VALUES (?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM form_definition"
            " WHERE plan_id = ?), ?, ?)"));
        q.addBindValue(planId);
        q.addBindValue(code);
        q.addBindValue(planId);
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(now);
    }
    if (!q.exec())
        return fail(q, error);
    AuditEvent e;
    e.action = audit::kFormDefinition;
    e.entity = planCode + QLatin1Char('/') + code;
    e.field = QStringLiteral("definition");
    e.oldValue = before ? QString::fromUtf8(before->json) : QString();
    e.newValue = QString::fromUtf8(json);
    return AuditLog(m_db).append(e, error);
}

int FormDefinitionRepository::unitsWithData(qint64 planId, const QString& code) const {
    int n = 0;
    const UnitRepository units(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT unit_code FROM form_record WHERE form_code = ?"));
    q.addBindValue(code);
    q.exec();
    while (q.next())
        if (units.effectivePlanId(q.value(0).toString()) == planId)
            ++n;
    return n;
}

bool FormDefinitionRepository::remove(qint64 planId, const QString& code, QString* error) {
    return inTransaction(m_db, error, [&] { return removeWithinTransaction(planId, code, error); });
}

bool FormDefinitionRepository::removeWithinTransaction(qint64 planId, const QString& code,
                                                       QString* error) {
    if (!find(planId, code)) {
        if (error)
            *error = Text::tr("the plan has no form %1").arg(code);
        return false;
    }
    if (const int n = unitsWithData(planId, code); n > 0) {
        if (error)
            *error = Text::tr("the form %1 holds the figures of %2 unit(s); it cannot be deleted "
                              "while they are kept")
                         .arg(code)
                         .arg(n);
        return false;
    }
    if (!RecordRevisions(m_db).claim(RecordKey::formDefinition(planId, code), nullptr, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM form_definition WHERE plan_id = ? AND code = ?"));
    q.addBindValue(planId);
    q.addBindValue(code);
    if (!q.exec())
        return fail(q, error);
    AuditEvent e;
    e.action = audit::kFormDefinition;
    e.entity = planCodeOf(m_db, planId) + QLatin1Char('/') + code;
    e.field = QStringLiteral("definition");
    e.newValue = QStringLiteral("removed");
    return AuditLog(m_db).append(e, error);
}

bool FormDefinitionRepository::loadPresetsOnce(QSqlDatabase& db, const QJsonArray& plans,
                                               int presetVersion, QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kFormsPresetKey);
    if (q.exec() && q.next() && q.value(0).toInt() >= presetVersion)
        return true;
    return inTransaction(db, error, [&] {
        QSqlQuery w(db);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const QJsonValue& p : plans) {
            const QJsonObject plan = p.toObject();
            int position = 0;
            for (const QJsonValue& f : plan.value(QStringLiteral("forms")).toArray()) {
                const QJsonObject form = f.toObject();
                w.prepare(QStringLiteral(
                    "INSERT INTO form_definition (plan_id, code, position, definition, updated_at)"
                    " SELECT id, ?, ?, ?, ? FROM plan WHERE code = ?"
                    " ON CONFLICT (plan_id, code) DO NOTHING"));
                w.addBindValue(form.value(QStringLiteral("code")).toString());
                w.addBindValue(position++);
                w.addBindValue(
                    QString::fromUtf8(QJsonDocument(form).toJson(QJsonDocument::Compact)));
                w.addBindValue(now);
                w.addBindValue(plan.value(QStringLiteral("code")).toString());
                if (!w.exec())
                    return fail(w, error);
            }
        }
        w.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        w.addBindValue(kFormsPresetKey);
        w.addBindValue(QString::number(presetVersion));
        return w.exec() || fail(w, error);
    });
}

} // namespace yufang

namespace yufang {

bool FormDefinitionRepository::copyAllWithinTransaction(qint64 fromPlan, qint64 toPlan,
                                                        QString* error) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO form_definition (plan_id, code, position, definition,"
                             " updated_at) SELECT ?, code, position, definition, ?"
                             " FROM form_definition WHERE plan_id = ?"));
    q.addBindValue(toPlan);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(fromPlan);
    return q.exec() || fail(q, error);
}

} // namespace yufang
