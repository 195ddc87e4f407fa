#pragma once

// The training and disease forms (and any other) as the tests fill them in: loaded and saved
// through the form engine (FormRepository, the form.saved event), as the 培训 and 职业病 tabs and
// the imports write them. Header only, for the core and the ui tests.

#include "domain/disease.h"
#include "domain/form_table.h"
#include "domain/training.h"
#include "domain/training_validation.h"
#include "services/form_definitions.h"
#include "storage/audit_log.h"
#include "storage/form_repository.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QString>

namespace yufang::test {

// The unit's own form for the year, laid out by the definition of the plan it follows then.
inline FormTable loadForm(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                          int year) {
    const auto definition = FormDefinitions(db).forUnit(unitCode, formCode, year);
    REQUIRE(definition.has_value());
    return FormRepository(db).load(*definition, unitCode, year);
}

// What the unit's tab shows of the form: its own, or the consolidated form of a parent.
inline FormTable formFigures(const QSqlDatabase& db, const QString& formCode,
                             const QString& unitCode, int year) {
    const auto definition = FormDefinitions(db).forUnit(unitCode, formCode, year);
    REQUIRE(definition.has_value());
    return FormRepository(db).figures(*definition, unitCode, year);
}

// The training form as the training domain reads it (trainingTableOf): industries × categories.
inline TrainingTable trainingTable(const QSqlDatabase& db, const QString& unitCode, int year) {
    return trainingTableOf(loadForm(db, QStringLiteral("training"), unitCode, year));
}

inline TrainingTable trainingFigures(const QSqlDatabase& db, const QString& unitCode, int year) {
    return trainingTableOf(formFigures(db, QStringLiteral("training"), unitCode, year));
}

// The disease counts of a row, REQUIRE'd to be there, and of all rows summed.
inline DiseaseCounts diseaseCounts(const FormTable& table, const QString& industry) {
    const FormRow* row = table.find(industry);
    INFO(industry.toStdString());
    REQUIRE(row != nullptr);
    return diseaseCountsOf(*row);
}
inline DiseaseCounts diseaseTotal(const FormTable& table) {
    DiseaseCounts sum;
    for (const FormRow& r : table.rows)
        sum += diseaseCountsOf(r);
    return sum;
}

// The engine's save (FormRepository::save); ticket: what the caller loaded, nullptr replaces
// what is stored.
inline bool saveForm(const QSqlDatabase& db, const FormTable& table, const QString& source,
                     QString* error, RevisionTicket* ticket = nullptr) {
    return FormRepository(db).save(table, source, audit::kFormSaved, error, ticket);
}

// The same, REQUIRE'd to succeed.
inline void storeForm(const QSqlDatabase& db, const FormTable& table,
                      const QString& source = QStringLiteral("test")) {
    QString error;
    const bool saved = saveForm(db, table, source, &error);
    INFO(error.toStdString());
    REQUIRE(saved);
}

// A row by its key (the industry; the category of a training row, whose group is the industry).
inline FormRow& formRow(FormTable& table, const QString& key, const QString& group = {}) {
    FormRow* row = table.find(key, group);
    INFO(group.toStdString() << " " << key.toStdString());
    REQUIRE(row != nullptr);
    return *row;
}

// The row's cells from the counts, by the columns' keys (trainingFieldKey, diseaseFieldKey).
inline void setCounts(FormRow& row, const TrainingCounts& counts) {
    for (int f = 0; f < kTrainingFieldCount; ++f) {
        const auto field = static_cast<TrainingField>(f);
        row.setNumber(trainingFieldKey(field), trainingValue(counts, field));
    }
}
inline void setCounts(FormRow& row, const DiseaseCounts& counts) {
    for (int f = 0; f < kDiseaseFieldCount; ++f) {
        const auto field = static_cast<DiseaseField>(f);
        row.setNumber(diseaseFieldKey(field), diseaseValue(counts, field));
    }
}

} // namespace yufang::test
