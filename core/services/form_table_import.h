#pragma once

#include "form_import.h"

#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "io/form_csv_writer.h"

#include <QDate>
#include <QSqlDatabase>

namespace yufang {

// One file of any form (the form engine) through the shared import flow (form_import.h): what
// it holds, what is wrong with it, whether it landed. The `form` layout holds one unit and
// year, the `data` layout one or more.
struct FormTableFileImport : FormFileImport {
    QString formCode;
    CsvLayout layout = CsvLayout::Form;
    QList<FormTable> tables;
    QList<Unit> units;               // per table, the unit it is for
    QList<RevisionTicket> revisions; // per table, what was stored when the preview was made
    QList<bool> replaces;            // per table, whether it replaces a stored form
    QList<QList<int>> listed;        // per table, the rows (indexes) the file lists
    QList<QStringList> newLocalRows; // per table, local rows the file adds to the unit's

    int rowsRead() const; // rows the file lists, over all its forms
    // One line: landed (with the form's code when namingForm) or rejected, with counts.
    QString summary(bool namingForm = true) const;
};

// Files of a form into the database with the annex's rules: the unit from --unit, else
// 填报单位 (or the data layout's 单位代码/单位名称); the year from --year, else 年度; the form's
// definition from the plan the unit follows. Rows are matched to the plan's rows by name; rows
// beyond them are the unit's local rows where the definition allows them (free rows always),
// else errors. Numbers are validated against the definition, derived columns recomputed (a
// differing stated value is a warning) and a 合计 row that differs from the sum rejects the
// file. What the file states of 填报人, 联系电话, 填报日期 changes only those (each change a note,
// emptying one a warning). A form that is locked (an accepted return) is refused. One file is
// one transaction, with the revision check, an audit event per form and the return recorded
// against an obligation of that form, received on the options' receipt date (else today; a
// date after today is refused), with a note saying so.
class FormTableImporter {
public:
    explicit FormTableImporter(QSqlDatabase db) : m_db(std::move(db)) {}

    FormTableFileImport prepare(const QByteArray& bytes, const QString& fileName,
                                const QString& formCode, const FormImportOptions& options) const;
    FormTableFileImport prepareFile(const QString& path, const QString& formCode,
                                    const FormImportOptions& options) const;
    bool commit(FormTableFileImport& import) const;

    // The date a committed file counts as received; the wall clock unless a test fixes it.
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

private:
    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace yufang
