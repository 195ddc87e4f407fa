#pragma once

#include "domain/diagnostic.h"
#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "domain/plan.h"
#include "domain/unit.h"
#include "io/table_output.h"
#include "report/report_document.h"
#include "services/form_definitions.h"
#include "services/form_table_import.h"
#include "services/roll_up.h"
#include "storage/form_locks.h"
#include "storage/form_versions.h"
#include "storage/record_revisions.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The form engine as the GUI reaches it: the one place in ui/forms that names the engine's
// repositories, so the tabs, the plan editor and the tests ask the same questions the same way
// (and nothing in ui speaks SQL).
namespace yufang::form_access {

// The annex, training and disease forms are described as definitions too (so the plan editor
// lists them and indicators can read them), but have tabs of their own (the 培训 and 职业病 tabs
// show the engine's editor on their definitions), so the 报表 tab does not list them.
bool isBuiltIn(const QString& formCode);

// Every form definition of a plan, in the plan's order; a stored definition that does not
// read is left out and its problems (naming the field) added to *problems.
QList<FormDefinition> planForms(const QSqlDatabase& db, qint64 planId,
                                Diagnostics* problems = nullptr);
// The forms the engine runs: planForms() without the built-in three.
QList<FormDefinition> engineForms(const QSqlDatabase& db, qint64 planId,
                                  Diagnostics* problems = nullptr);

// The unit's form for the year as stored (its own, or consolidated for a parent) written to
// `path` by its extension: a CSV in the form layout, or the official sheet as an .xlsx (what
// export-form writes with --layout form and sheet; services/form_table_export).
bool exportForm(const QSqlDatabase& db, const QString& formCode, const QString& unitCode, int year,
                const QString& path, QString* error);
// The blank template of the form for the unit and year, an .xlsx to fill in (export-form
// --layout template).
bool exportTemplate(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                    int year, const QString& path, QString* error);
// The same table as a fill for any TableSink: what the save dialog probes for codes a
// spreadsheet would mangle before it offers .xlsx first (askTableFile).
TableFill formFill(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                   int year, QString* error = nullptr, bool* filled = nullptr);

// The definition `formCode` of the plan the unit follows in the year, its print title naming
// that plan (the 职业病 tab's 《…》重点行业职业病情况表).
std::optional<FormDefinition> definitionFor(const QSqlDatabase& db, const QString& formCode,
                                            const QString& unitCode, int year);

// The plan a unit follows in a year (a county follows shandong-2021 for 2025 and
// national-2026 from 2026).
std::optional<Plan> planFor(const QSqlDatabase& db, const QString& unitCode, int year);

// A unit's form for a year: its own, or for a unit with sub-units the consolidated one.
FormTable load(const QSqlDatabase& db, const FormDefinition& definition, const QString& unitCode,
               int year, bool consolidated);
// Saves a unit's own form in one transaction with its revision check (ticket) and audit event.
bool save(const QSqlDatabase& db, const FormTable& table, RevisionTicket* ticket, QString* error);
RecordKey recordKey(const QString& formCode, const QString& unitCode, int year);
// A parent's signature on its consolidated form (填报人, 联系电话, 填报日期 of the office that
// sends the total up; FormSignatures), saved under the revision check.
bool saveSignature(const QSqlDatabase& db, const FormTable& table, RevisionTicket* ticket,
                   QString* error);

// The lock of a unit's own form (its return accepted), if any: the editor shows it read-only.
std::optional<FormLockInfo> lockOf(const QSqlDatabase& db, const QString& formCode,
                                   const QString& unitCode, int year);
// Unlocks it with a reason (the trail keeps it), putting its accepted return back to 已报送.
bool unlock(const QSqlDatabase& db, const QString& formCode, const QString& unitCode, int year,
            const QString& reason, QString* error);
// Every saved version of the unit's form for the year, oldest first.
QList<FormVersion> versions(const QSqlDatabase& db, const QString& formCode,
                            const QString& unitCode, int year);
// 应报 / 已报 of a consolidated form: the units at the bottom of the subtree that hold it.
Completeness completeness(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                          int year);

// Adds or replaces a definition of a plan (refused with a message naming the field when it is
// not valid), guarded by the revision the editor loaded.
bool saveDefinition(const QSqlDatabase& db, qint64 planId, const FormDefinition& definition,
                    RevisionTicket* ticket, QString* error);
// Removes a form of a plan with the plan's returns that are its import (FormDefinitions::remove);
// *removedReturns gets those returns.
bool removeDefinition(const QSqlDatabase& db, qint64 planId, const QString& formCode,
                      QString* error, QList<Obligation>* removedReturns = nullptr);
// The plan's returns that are the import of the form: what removing it takes along.
QList<Obligation> returnsOfForm(const QSqlDatabase& db, qint64 planId, const QString& formCode);
RecordKey definitionKey(qint64 planId, const QString& formCode);

// The printed form (core/report/form_report), from the values on screen; `note` is the
// 应报/已报 line of a consolidated form.
ReportDocument report(const QSqlDatabase& db, const FormDefinition& definition, const Unit& unit,
                      const FormTable& table, const QString& note);

// Copies a form of one plan into another (the 2026-2030 plan's 重点平台企业 form into a copy of
// 临沂's plan), under the next free code when the plan has that code, with the source plan's
// return obligations for it when the plan owes none (FormDefinitions::copy); nothing with
// *error.
std::optional<CopiedForm> copyDefinition(const QSqlDatabase& db, qint64 fromPlan,
                                         const QString& formCode, qint64 toPlan, QString* error);

} // namespace yufang::form_access
