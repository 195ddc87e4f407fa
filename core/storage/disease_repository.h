#pragma once

#include "audit_log.h"
#include "domain/disease.h"
#include "record_revisions.h"

#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// Occupational disease rows per unit, year and key industry; consolidated up the subtree from
// counts like the annex. (The plan's numeric reduction target is its disease-cases indicator's:
// IndicatorRepository::diseaseReductionTarget.) Since migration 12
// the figures are the form `disease` of the form engine's storage (form_record, form_value):
// this class only lays them out as a DiseaseTable (the unit's industries of the year first) for
// what still reads that shape: the printed page and the trend (DiseaseExport), the indicator
// sources and the register derivation, which also writes through it. The 职业病 tab and imports
// read and write the form through the engine (FormRepository).
class DiseaseRepository {
public:
    explicit DiseaseRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    DiseaseTable load(const QString& unitCode, int year) const;
    DiseaseTable consolidated(const QString& unitCode, int year) const;
    DiseaseTable figures(const QString& unitCode,
                         int year) const; // own, or consolidated for a parent
    bool hasData(const QString& unitCode, int year) const;
    // Units of the subtree whose table for the year was saved with this source.
    int unitsWithSource(const QString& unitCode, int year, const QString& source) const;

    // Saved inside the caller's transaction (the register derivation) as the form engine saves
    // any form, with its audit event (`action`); ticket: the revision the caller loaded, nullptr
    // replaces what is stored. The 职业病 tab and imports save through the engine itself.
    bool saveWithinTransaction(const DiseaseTable& table, const QString& source, QString* error,
                               RevisionTicket* ticket = nullptr,
                               const QString& action = audit::kFormSaved);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
