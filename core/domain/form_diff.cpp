#include "form_diff.h"

#include <QSet>

#include <algorithm>

namespace yufang {

namespace {
bool blank(const FormRow& row) {
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const FormCell& c) { return c.isEmpty(); });
}

// Whether a blank local row is still a row: only where the unit names its local rows itself.
bool keepsBlankLocalRows(const FormDefinition& d) {
    return d.localRowsAllowed && !d.localRowsFromAnnex;
}

QList<FormRow> present(const FormDefinition& d, const FormTable& table) {
    QList<FormRow> out;
    for (const FormRow& row : table.rows)
        if (!blank(row) || (row.local && keepsBlankLocalRows(d)))
            out << row;
    return out;
}

const FormRow* findIn(const QList<FormRow>& rows, const FormRow& row) {
    for (const FormRow& r : rows)
        if (r.key == row.key && r.group == row.group)
            return &r;
    return nullptr;
}

QString cellText(const FormDefinition& d, const QString& key, const FormCell& cell) {
    if (!cell.number)
        return cell.text;
    const FormColumn* c = d.column(key);
    return formatScaled(*cell.number, c && c->type == FormColumnType::Decimal ? c->decimals : 0);
}

// The stored columns of the definition in its order, then keys only the rows know.
QStringList columnOrder(const FormDefinition& d, const FormRow& a, const FormRow& b) {
    QStringList keys;
    for (const FormColumn& c : d.columns)
        if (c.type == FormColumnType::Count || c.type == FormColumnType::Decimal ||
            c.type == FormColumnType::Text)
            keys << c.key;
    QStringList extra;
    for (const FormRow* r : {&a, &b})
        for (auto it = r->cells.begin(); it != r->cells.end(); ++it)
            if (!keys.contains(it.key()) && !extra.contains(it.key()))
                extra << it.key();
    std::sort(extra.begin(), extra.end());
    return keys + extra;
}

void diffCells(const FormDefinition& d, const FormRow& before, const FormRow& after,
               const FormRow& which, QList<FormChange>& out) {
    for (const QString& key : columnOrder(d, before, after)) {
        const QString was = cellText(d, key, before.cells.value(key));
        const QString now = cellText(d, key, after.cells.value(key));
        if (was != now)
            out << FormChange{FormChange::Kind::Cell, which.group, which.key, key, was, now};
    }
}

QStringList fieldOrder(const FormDefinition& d, const FormTable& a, const FormTable& b) {
    QStringList keys;
    for (const FormField& f : d.headerFields + d.footerFields)
        keys << f.key;
    if (d.footerFields.isEmpty() && d.headerFields.isEmpty())
        for (const FormField& f : form_fields::standardFooter())
            keys << f.key;
    QStringList extra;
    for (const FormTable* t : {&a, &b})
        for (auto it = t->fields.begin(); it != t->fields.end(); ++it)
            if (!keys.contains(it.key()) && !extra.contains(it.key()))
                extra << it.key();
    std::sort(extra.begin(), extra.end());
    return keys + extra;
}
} // namespace

QString formRowLabel(const QString& group, const QString& key) {
    return group.isEmpty() ? key : group + QLatin1Char('/') + key;
}

QString formFieldCaption(const FormDefinition& d, const QString& key) {
    if (const FormColumn* c = d.column(key))
        return c->caption;
    for (const FormField& f : d.headerFields + d.footerFields + form_fields::standardFooter())
        if (f.key == key)
            return f.caption;
    return key;
}

QString formRowSummary(const FormDefinition& d, const FormRow& row) {
    QStringList parts;
    FormRow none;
    for (const QString& key : columnOrder(d, row, none)) {
        const FormCell cell = row.cells.value(key);
        if (!cell.isEmpty())
            parts << QStringLiteral("%1=%2").arg(formFieldCaption(d, key), cellText(d, key, cell));
    }
    return parts.join(QStringLiteral("；"));
}

QList<FormChange> diffForms(const FormDefinition& d, const FormTable& before,
                            const FormTable& after) {
    QList<FormChange> out;
    const QList<FormRow> was = present(d, before);
    const QList<FormRow> now = present(d, after);
    const FormRow empty;
    for (const FormRow& row : now) {
        if (const FormRow* old = findIn(was, row))
            diffCells(d, *old, row, row, out);
        else if (row.local)
            out << FormChange{FormChange::Kind::RowAdded, row.group, row.key, {}, {},
                              formRowSummary(d, row)};
        else
            diffCells(d, empty, row, row, out);
    }
    for (const FormRow& row : was) {
        if (findIn(now, row))
            continue;
        if (row.local)
            out << FormChange{FormChange::Kind::RowRemoved, row.group, row.key, {},
                              formRowSummary(d, row),       {}};
        else
            diffCells(d, row, empty, row, out);
    }
    for (const QString& key : fieldOrder(d, before, after)) {
        const QString a = before.field(key);
        const QString b = after.field(key);
        if (a != b)
            out << FormChange{FormChange::Kind::Field, {}, {}, key, a, b};
    }
    return out;
}

} // namespace yufang
