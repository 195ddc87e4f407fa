#pragma once

#include "domain/form_table.h"
#include "record_revisions.h"

#include <QMap>
#include <QSqlDatabase>

namespace yufang {

// The signature of a parent unit's consolidated form: 填报人, 联系电话, 填报日期 and the
// definition's other fields, by form and year, of the city or province office that sends the
// total of its units up. The figures of that form are always summed from below; the signature
// is the parent's own. Kept apart from the parent's own form_record, where a row would make the
// parent "hold data" for the year and count as a form it filed. Migration 30: until then only
// the 基本情况表 kept one (consolidated_meta, migration 8).
class FormSignatures {
public:
    explicit FormSignatures(QSqlDatabase db) : m_db(std::move(db)) {}

    // The fields by key (form_fields::kPreparer, …); empty when the parent has not signed.
    QMap<QString, QString> load(const QString& formCode, const QString& unitCode, int year) const;
    // Stores table.fields as the signature of table's form, unit and year in one transaction,
    // with one audit event per changed field. ticket: the revision of the form the editor
    // loaded (RecordKey::form); a newer save by someone else refuses this one. nullptr
    // replaces whatever is stored.
    bool save(const FormTable& table, const QString& source, QString* error,
              RevisionTicket* ticket = nullptr);
    bool saveWithinTransaction(const FormTable& table, const QString& source, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
