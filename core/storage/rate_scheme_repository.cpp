#include "rate_scheme_repository.h"

#include "sql_values.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
const QString kLabelKey = QStringLiteral("rate_scheme_label");

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RateSchemeRepository)
};

QVariant optionalReal(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QString tiersText(const QList<double>& tiers) {
    QStringList parts;
    for (double t : tiers)
        parts << QString::number(t, 'g', 10);
    return parts.join(QLatin1Char(','));
}

bool saveRows(QSqlDatabase db, const RateScheme& scheme, QString* error) {
    QSqlQuery q(db);
    const auto run = [&] {
        if (q.exec())
            return true;
        if (error)
            *error = Text::tr("saving the rate tables failed: %1").arg(q.lastError().text());
        return false;
    };
    q.prepare(QStringLiteral("DELETE FROM rate_class"));
    if (!run())
        return false;
    q.prepare(QStringLiteral("DELETE FROM rate_rule"));
    if (!run())
        return false;
    for (const RiskClass& c : scheme.classes) {
        q.prepare(
            QStringLiteral("INSERT INTO rate_class (risk_class, base_rate, tiers) VALUES (?,?,?)"));
        q.addBindValue(c.riskClass);
        q.addBindValue(c.baseRate);
        q.addBindValue(tiersText(c.tiers));
        if (!run())
            return false;
    }
    int position = 0;
    for (const FloatRule& r : scheme.rules) {
        q.prepare(QStringLiteral("INSERT INTO rate_rule (position, injuries, payout_na, payout_min,"
                                 " payout_max, tier, note) VALUES (?,?,?,?,?,?,?)"));
        q.addBindValue(position++);
        q.addBindValue(injuryConditionKey(r.injuries));
        q.addBindValue(r.payoutNotApplicable ? 1 : 0);
        q.addBindValue(optionalReal(r.payoutMin));
        q.addBindValue(optionalReal(r.payoutMax));
        q.addBindValue(r.tier);
        q.addBindValue(notNullText(r.note));
        if (!run())
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kLabelKey);
    q.addBindValue(notNullText(scheme.label));
    return run();
}
} // namespace

RateScheme RateSchemeRepository::load() const {
    RateScheme s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kLabelKey);
    if (q.exec() && q.next())
        s.label = q.value(0).toString();
    q.exec(
        QStringLiteral("SELECT risk_class, base_rate, tiers FROM rate_class ORDER BY risk_class"));
    while (q.next()) {
        RiskClass c;
        c.riskClass = q.value(0).toInt();
        c.baseRate = q.value(1).toDouble();
        for (const QString& t : q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.tiers << t.toDouble();
        s.classes << c;
    }
    q.exec(QStringLiteral(
        "SELECT injuries, payout_na, payout_min, payout_max, tier, note FROM rate_rule"
        " ORDER BY position"));
    while (q.next()) {
        FloatRule r;
        injuryConditionFromKey(q.value(0).toString(), &r.injuries);
        r.payoutNotApplicable = q.value(1).toBool();
        if (!q.value(2).isNull())
            r.payoutMin = q.value(2).toDouble();
        if (!q.value(3).isNull())
            r.payoutMax = q.value(3).toDouble();
        r.tier = q.value(4).toDouble();
        r.note = q.value(5).toString();
        s.rules << r;
    }
    return s;
}

bool RateSchemeRepository::isEmpty() const {
    QSqlQuery q(m_db);
    return !(q.exec(QStringLiteral("SELECT COUNT(*) FROM rate_class")) && q.next() &&
             q.value(0).toInt() > 0);
}

bool RateSchemeRepository::save(const RateScheme& scheme, QString* error,
                                RevisionTicket* ticket) const {
    const QStringList problems = scheme.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    QSqlDatabase db = m_db;
    // Nested use (the preset loader) shares the caller's transaction; alone, take our own.
    const bool own = beginWrite(db, nullptr);
    RevisionTicket attempt = ticket ? *ticket : RevisionTicket{};
    if (!RecordRevisions(db).claim(RecordKey::rateScheme(), ticket ? &attempt : nullptr, error) ||
        !saveRows(db, scheme, error)) {
        if (own)
            db.rollback();
        return false;
    }
    if (own && !db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    if (ticket)
        *ticket = attempt;
    return true;
}

} // namespace yufang
