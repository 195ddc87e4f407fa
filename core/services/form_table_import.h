#pragma once

#include "form_import.h"

#include "domain/form_definition.h"
#include "domain/form_table.h"

#include <QDate>
#include <QSqlDatabase>

namespace yufang {

// One file of any form (the form engine) through the shared import flow (form_import.h): what
// it holds, what is wrong with it, whether it landed. The `form` layout holds one unit and
// year, the `data` layout one or more.
struct FormTableFileImport : FormFileImport {
    QString formCode;
    QList<FormTable> tables;
    QList<RevisionTicket> revisions; // per table, what was stored when the preview was made
    QList<bool> replaces;            // per table, whether it replaces a stored form

    QString summary() const;
};

// Files of a form into the database with the annex's rules: the unit from --unit, else
// 填报单位 (or the data layout's 单位代码/单位名称); the year from --year, else 年度; the form's
// definition from the plan the unit follows. Rows are matched to the plan's rows by name; rows
// beyond them are the unit's local rows where the definition allows them (free rows always),
// else errors. Numbers are validated against the definition, derived columns recomputed (a
// differing stated value is a warning) and a 合计 row that differs from the sum rejects the
// file. One file is one transaction, with the revision check, an audit event per form and the
// return recorded against an obligation of that form.
class FormTableImporter {
public:
    explicit FormTableImporter(QSqlDatabase db) : m_db(std::move(db)) {}

    FormTableFileImport prepare(const QByteArray& bytes, const QString& fileName,
                                const QString& formCode, const FormImportOptions& options) const;
    FormTableFileImport prepareFile(const QString& path, const QString& formCode,
                                    const FormImportOptions& options) const;
    // receivedOn: the date the return arrived (the CLI's --received), today when invalid.
    bool commit(FormTableFileImport& import, const QDate& receivedOn = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
