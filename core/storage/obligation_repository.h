#pragma once

#include "domain/obligation.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// Reporting obligations of plans (plan_obligation), and which of them a unit owes.
class ObligationRepository {
public:
    explicit ObligationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Obligation> ofPlan(qint64 planId) const;
    std::optional<Obligation> find(qint64 id) const;
    std::optional<Obligation> findByCode(qint64 planId, const QString& code) const;
    bool add(const Obligation& o, QString* error);

    // What `unitCode` owes: Children obligations of the plan its parent follows, and Self
    // obligations of the plan the unit owns itself. With the plan each belongs to.
    struct Owed {
        Obligation obligation;
        Plan plan;
    };
    QList<Owed> owedBy(const QString& unitCode) const;

    // Loads the obligations of the preset plans (presets.json "obligations") once per
    // database, keyed on its own meta flag, so a database created before obligations existed
    // gets them too. A plan the office deleted or an obligation it has already is left alone.
    static bool loadPresetsOnce(QSqlDatabase& db, const QJsonArray& plans, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
