#pragma once

#include "domain/annex.h"
#include "record_revisions.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace yufang {

// The 基本情况表 per unit and year, and the consolidated view of a subtree, as an AnnexTable
// for what reads that shape (progress, the measure matrix, the register derivation): the form
// engine's `annex` form read and consolidated by FormRepository, saved through AnnexWriter
// (which registers the unit's local industries and is batched for derive-annex).
class AnnexRepository {
public:
    explicit AnnexRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The unit's key industries in order: its plan's, then its own local ones.
    // Of the plan the unit follows in the year (0: now; UnitRepository::effectivePlanId).
    QStringList industriesOf(const QString& unitCode, int year = 0) const;
    QStringList planIndustriesOf(const QString& unitCode, int year = 0) const;
    // The rows of the subtree's consolidated form: the plan's industries, then every local
    // industry of the subtree (分别列出).
    QStringList consolidatedIndustriesOf(const QString& unitCode, int year) const;

    // The unit's own form for the year: every key industry, counts empty where nothing is stored.
    AnnexTable load(const QString& unitCode, int year) const;
    // Own rows plus all descendants' rows, summed by industry from counts. Plan industries
    // first, then every local industry of the subtree as its own row (分别列出).
    AnnexTable consolidated(const QString& unitCode, int year) const;

    bool hasData(const QString& unitCode, int year) const;
    // Units of the subtree (itself included) that hold a form for the year.
    int unitsWithData(const QString& unitCode, int year) const;
    QList<int> years(const QString& unitCode) const;

    // Replaces the unit's form for the year in one transaction; registers local industries.
    // Every save also writes one audit event per changed value (diffForms against what was
    // stored) and keeps the new state as a version (FormHistory, as for every form); sha256 is
    // the source file's, if any. A locked form (accepted return, FormLocks) is refused with an
    // error saying so, and so is a form changed since `ticket` was taken (see
    // AnnexWriter::save).
    bool save(const AnnexTable& table, const QString& source, QString* error,
              const QString& sha256 = {}, RevisionTicket* ticket = nullptr);
    // The same, inside a transaction the caller opened (one import file = one transaction);
    // AnnexWriter saves many forms faster.
    bool saveWithinTransaction(const AnnexTable& table, const QString& source, QString* error,
                               const QString& sha256 = {}, RevisionTicket* ticket = nullptr);
    // Exactly what is stored (no blank plan rows added), for comparing with a new version.
    AnnexTable stored(const QString& unitCode, int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
