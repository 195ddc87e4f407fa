#include "uninsured_list.h"

#include "storage/register_layout.h"
#include "storage/sql_values.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(UninsuredList)
};

} // namespace

QString followUpStatusKey(FollowUpStatus status) {
    switch (status) {
    case FollowUpStatus::Notified:
        return QStringLiteral("notified");
    case FollowUpStatus::Deadline:
        return QStringLiteral("deadline");
    case FollowUpStatus::Insured:
        return QStringLiteral("insured");
    case FollowUpStatus::None:
        break;
    }
    return {};
}

QString followUpStatusCaption(FollowUpStatus status) {
    switch (status) {
    case FollowUpStatus::Notified:
        return QStringLiteral("已通知");
    case FollowUpStatus::Deadline:
        return QStringLiteral("限期");
    case FollowUpStatus::Insured:
        return QStringLiteral("已参保");
    case FollowUpStatus::None:
        break;
    }
    return {};
}

bool parseFollowUpStatus(const QString& text, FollowUpStatus* out) {
    const QString t = text.trimmed().toLower();
    for (FollowUpStatus s : {FollowUpStatus::None, FollowUpStatus::Notified,
                             FollowUpStatus::Deadline, FollowUpStatus::Insured}) {
        if (t == followUpStatusKey(s) || t == followUpStatusCaption(s) ||
            (s == FollowUpStatus::None && t == QLatin1String("none"))) {
            *out = s;
            return true;
        }
    }
    return false;
}

QList<UninsuredEnterprise> UninsuredList::list(const QString& unitCode, int year) const {
    QList<UninsuredEnterprise> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        subtreeCte() +
        QStringLiteral(
            "SELECT r.unit_code, u.name, r.industry, r.enterprise_name, r.credit_code, r.employees,"
            " f.status, f.status_date, f.note"
            " FROM sub JOIN register_unit s ON s.unit_code = sub.code"
            " JOIN register_enterprise r ON r.id BETWEEN s.slot * :slotUnit + :first AND s.slot * "
            ":slotUnit + :last"
            " JOIN unit u ON u.code = r.unit_code"
            " LEFT JOIN register_followup f ON f.credit_code = r.credit_code AND f.unit_code = "
            "r.unit_code"
            // The unary + keeps SQLite from building an automatic index over the whole register
            // for these terms (3 s for a province); the id ranges above are the way in.
            " WHERE +r.employees > 0 AND +r.insured_employees = 0"
            " ORDER BY u.position, r.unit_code, r.industry, r.enterprise_name"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":slotUnit"),
                register_layout::firstId(register_layout::kFirstYear, 1));
    q.bindValue(QStringLiteral(":first"), register_layout::firstId(year, 0));
    q.bindValue(QStringLiteral(":last"), register_layout::lastId(year, 0));
    q.exec();
    while (q.next()) {
        UninsuredEnterprise e{q.value(0).toString(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toString(),
                              q.value(5).toLongLong(),
                              {}};
        parseFollowUpStatus(q.value(6).toString(), &e.followUp.status);
        e.followUp.date = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        e.followUp.note = q.value(8).toString();
        out << e;
    }
    return out;
}

bool UninsuredList::setFollowUp(const QString& creditCode, const QString& unitCode,
                                const FollowUp& f, QString* error) const {
    if (f.status == FollowUpStatus::Insured && !f.date.isValid()) {
        *error = Text::tr("the status insured (已参保) needs the date the enterprise insured");
        return false;
    }
    QSqlQuery q(m_db);
    if (f.status == FollowUpStatus::None) {
        q.prepare(QStringLiteral(
            "DELETE FROM register_followup WHERE credit_code = ? AND unit_code = ?"));
        q.addBindValue(creditCode);
        q.addBindValue(unitCode);
    } else {
        q.prepare(QStringLiteral("INSERT INTO register_followup (credit_code, unit_code, status, "
                                 "status_date, note, updated_at)"
                                 " VALUES (?,?,?,?,?,?) ON CONFLICT (credit_code, unit_code) DO "
                                 "UPDATE SET status = excluded.status,"
                                 " status_date = excluded.status_date, note = excluded.note, "
                                 "updated_at = excluded.updated_at"));
        q.addBindValue(creditCode);
        q.addBindValue(unitCode);
        q.addBindValue(followUpStatusKey(f.status));
        q.addBindValue(f.date.isValid() ? QVariant(f.date.toString(Qt::ISODate))
                                        : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(notNullText(f.note));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

namespace {
QStringList header() {
    return {Text::tr("Unit code"),  Text::tr("Unit"),        Text::tr("Industry"),
            Text::tr("Enterprise"), Text::tr("Credit code"), Text::tr("Employees"),
            Text::tr("Follow-up"),  Text::tr("Date"),        Text::tr("Note")};
}
} // namespace

void UninsuredList::write(TableSink& w, const QList<UninsuredEnterprise>& list) {
    w.addHeaderRow(header());
    for (const UninsuredEnterprise& e : list)
        w.addRow({CsvField::str(e.unitCode), CsvField::str(e.unitName), CsvField::str(e.industry),
                  CsvField::str(e.enterpriseName), CsvField::str(e.creditCode),
                  CsvField::num(e.employees),
                  CsvField::str(followUpStatusCaption(e.followUp.status)),
                  CsvField::day(e.followUp.date), CsvField::str(e.followUp.note)});
}

QByteArray UninsuredList::csv(const QList<UninsuredEnterprise>& list, CsvEncoding encoding) {
    CsvWriter w;
    write(w, list);
    return w.encoded(encoding);
}

ReportDocument UninsuredList::report(const QList<UninsuredEnterprise>& list,
                                     const QString& unitName, int year) {
    ReportDocument doc;
    doc.name = Text::tr("Uninsured enterprises %1 %2").arg(unitName).arg(year);
    doc.title(Text::tr(
        "Key-industry enterprises not insured against work injury (insurance-expansion campaign)"));
    doc.subtitle(Text::tr("%1, %2: %3 enterprise(s)").arg(unitName).arg(year).arg(list.size()));
    ReportTable t;
    QStringList h = header();
    h.removeFirst(); // the unit name is enough on paper
    t.header = h;
    t.numericColumns = {4};
    t.columnWeights = {3, 3, 6, 4, 2, 2, 2, 4};
    for (const UninsuredEnterprise& e : list)
        t.rows << QStringList{e.unitName,
                              e.industry,
                              e.enterpriseName,
                              e.creditCode,
                              QString::number(e.employees),
                              followUpStatusCaption(e.followUp.status),
                              e.followUp.date.isValid() ? e.followUp.date.toString(Qt::ISODate)
                                                        : QString(),
                              e.followUp.note};
    doc.table(t);
    doc.footnote(
        Text::tr("Uninsured: employees > 0 and no insured persons in the enterprise register."));
    return doc;
}

} // namespace yufang
