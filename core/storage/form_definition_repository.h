#pragma once

#include "record_revisions.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace yufang {

// One stored form definition: the JSON text of io/form_definition_json (storage knows no file
// format, so services parse it: services/form_definitions.h).
struct StoredFormDefinition {
    qint64 planId = 0;
    QString planCode;
    QString code;
    int position = 0;
    QByteArray json;
};

// Rows of form_definition: the forms each plan owns, in the plan's order.
class FormDefinitionRepository {
public:
    explicit FormDefinitionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<StoredFormDefinition> all() const; // by plan, then position
    QList<StoredFormDefinition> ofPlan(qint64 planId) const;
    std::optional<StoredFormDefinition> find(qint64 planId, const QString& code) const;

    // Adds (at the end of the plan's list) or replaces the definition `code` of the plan, in
    // one transaction with its revision check and audit event.
    bool save(qint64 planId, const QString& code, const QByteArray& json, QString* error,
              RevisionTicket* ticket = nullptr);
    // The same inside the caller's write transaction (a form copied with its return
    // obligations, services/form_definitions).
    bool saveWithinTransaction(qint64 planId, const QString& code, const QByteArray& json,
                               RevisionTicket* ticket, QString* error);
    // Removes a definition; refused while any unit following the plan holds a form of it.
    bool remove(qint64 planId, const QString& code, QString* error);
    // The same inside the caller's write transaction.
    bool removeWithinTransaction(qint64 planId, const QString& code, QString* error);
    // Every form of one plan into another, inside the caller's transaction (a plan copy
    // starts with the source's forms, as it does with its indicators).
    bool copyAllWithinTransaction(qint64 fromPlan, qint64 toPlan, QString* error);
    // Units that follow the plan (directly or through an ancestor) and hold a form `code`.
    int unitsWithData(qint64 planId, const QString& code) const;

    // The forms of the preset plans (presets.json "forms" of each plan), loaded once per preset
    // version under their own meta flag, so databases made before forms existed get them; a
    // form the plan has already (edited, perhaps) is left alone.
    static bool loadPresetsOnce(QSqlDatabase& db, const QJsonArray& plans, int presetVersion,
                                QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
