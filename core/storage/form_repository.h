#pragma once

#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "record_revisions.h"

#include <QSqlDatabase>

namespace yufang {

// The filled-in forms of the form engine: one form_record and its form_values per unit, form
// and year, read and written against the form's definition. Consolidation sums the number
// columns of the subtree per row (local rows stay rows of their own); derived columns are never
// stored, FormTable computes them.
class FormRepository {
public:
    explicit FormRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The rows a unit's form starts with in the year: the plan's industries (then the unit's
    // local ones), its key-personnel categories, the fixed list, both crossed, or none for free
    // rows.
    QList<FormRow> templateRows(const FormDefinition& definition, const QString& unitCode,
                                int year = 0) const;

    // The unit's own form: the template rows, then stored rows beyond them, with their values.
    FormTable load(const FormDefinition& definition, const QString& unitCode, int year) const;
    // Own rows plus the sum of the descendants', per row; text cells stay empty, and the fields
    // are the parent's own signature (FormSignatures).
    FormTable consolidated(const FormDefinition& definition, const QString& unitCode,
                           int year) const;
    // load() for a unit without children, consolidated() for a parent.
    FormTable figures(const FormDefinition& definition, const QString& unitCode, int year) const;

    bool hasData(const QString& formCode, const QString& unitCode, int year) const;
    // Units of the subtree that hold rows of the form for the year (the unit itself included).
    int unitsWithData(const QString& formCode, const QString& unitCode, int year) const;
    // Units of the subtree (the unit itself included) whose form for the year was last saved
    // with this source (the register derivation's: the 职业病 tab says its cases are not split).
    int unitsWithSource(const QString& formCode, const QString& unitCode, int year,
                        const QString& source) const;
    // The years in which some unit of the subtree rooted at unitCode stores rows of the form
    // (figures or not), ascending.
    QList<int> years(const QString& formCode, const QString& unitCode) const;

    // Replaces the unit's form for the year in one transaction: refused while the form is
    // locked (its return accepted: FormLocks), the revision check (ticket: what the editor
    // loaded; nullptr replaces what is stored), the rows and fields, one audit event of the
    // save (`action`: audit::kFormSaved or audit::kFormImported, new value: source), one per
    // changed value and a version of what is stored now (FormHistory), which keeps sha256, the
    // imported file's digest (empty when typed in). The form `annex` is saved by AnnexWriter,
    // which keeps the same history and registers the unit's local industries.
    bool save(const FormTable& table, const QString& source, const QString& action, QString* error,
              RevisionTicket* ticket = nullptr, const QString& sha256 = {});
    // The same inside the caller's transaction (an import also records its return there).
    bool saveWithinTransaction(const FormTable& table, const QString& source, const QString& action,
                               QString* error, RevisionTicket* ticket = nullptr,
                               const QString& sha256 = {});

    // A parent's signature on its consolidated form (FormSignatures): table.fields are saved
    // (its rows are ignored) in one transaction under the form's revision check, one audit
    // event per changed value.
    bool saveSignature(const FormTable& table, const QString& source, QString* error,
                       RevisionTicket* ticket = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
