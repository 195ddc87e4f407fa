#include "expert_csv.h"

#include "domain/input_text.h"
#include "io/csv_writer.h"
#include "io/keyed_csv.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExpertCsv)
};

const QStringList kFieldNames = {QStringLiteral("工伤预防"), QStringLiteral("安全生产"),
                                 QStringLiteral("职业卫生")};

QDate parseDate(const QString& text) {
    QString t = text.trimmed();
    t.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('.'), QLatin1Char('-'));
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyy-M-d"));
    return d;
}
} // namespace

ExpertCsvRead readExpertCsv(const QByteArray& bytes, const QString& fileName) {
    ExpertCsvRead out;
    const KeyedCsv csv = readKeyedCsv(
        bytes, fileName,
        {{QStringLiteral("name"), {QStringLiteral("姓名")}},
         {QStringLiteral("field"), {QStringLiteral("专业领域"), QStringLiteral("领域")}},
         {QStringLiteral("level"), {QStringLiteral("级别")}},
         {QStringLiteral("employer"), {QStringLiteral("工作单位"), QStringLiteral("单位")}, false},
         {QStringLiteral("title"), {QStringLiteral("职称"), QStringLiteral("职务/职称")}, false},
         {QStringLiteral("contact"),
          {QStringLiteral("联系方式"), QStringLiteral("联系电话")},
          false},
         {QStringLiteral("valid_until"), {QStringLiteral("有效期至")}, false}});
    out.diagnostics = csv.diagnostics;
    if (hasErrors(out.diagnostics))
        return out;
    auto error = [&](int line, const QString& field, const QString& message) {
        Diagnostic d;
        d.file = fileName;
        d.line = line;
        d.field = field;
        d.message = message;
        out.diagnostics << d;
    };
    for (const KeyedCsvRow& r : csv.rows) {
        Expert e;
        e.name = r.value(QStringLiteral("name"));
        if (e.name.isEmpty())
            error(r.line, QStringLiteral("name"), Text::tr("name (姓名) is empty"));
        else if (const QString why = nameProblem(e.name); !why.isEmpty())
            error(r.line, QStringLiteral("name"), Text::tr("name (姓名): %1").arg(why));
        if (!expertFieldFromText(r.value(QStringLiteral("field")), &e.field))
            error(r.line, QStringLiteral("field"),
                  Text::tr("field (专业领域): \"%1\" is not 工伤预防, 安全生产 or 职业卫生")
                      .arg(excerpt(r.value(QStringLiteral("field")))));
        if (!expertLevelFromText(r.value(QStringLiteral("level")), &e.level))
            error(r.line, QStringLiteral("level"),
                  Text::tr("level (级别): \"%1\" is not 省级 or 市级")
                      .arg(excerpt(r.value(QStringLiteral("level")))));
        e.employer = r.value(QStringLiteral("employer"));
        e.title = r.value(QStringLiteral("title"));
        e.contact = r.value(QStringLiteral("contact"));
        const QString until = r.value(QStringLiteral("valid_until"));
        if (!until.isEmpty()) {
            e.validUntil = parseDate(until);
            if (!e.validUntil.isValid())
                error(r.line, QStringLiteral("valid_until"),
                      Text::tr("valid_until (有效期至): \"%1\" is not a date such as 2025-12-31")
                          .arg(excerpt(until)));
        }
        out.experts << e;
    }
    if (hasErrors(out.diagnostics))
        out.experts.clear();
    return out;
}

void writeExperts(TableSink& w, const QList<Expert>& experts) {
    w.addHeaderRow({QStringLiteral("姓名"), QStringLiteral("专业领域"), QStringLiteral("级别"),
                    QStringLiteral("工作单位"), QStringLiteral("职称"), QStringLiteral("联系方式"),
                    QStringLiteral("有效期至")});
    for (const Expert& e : experts)
        w.addRow({CsvField::str(e.name), CsvField::str(kFieldNames.at(int(e.field))),
                  CsvField::str(e.level == ExpertLevel::Province ? QStringLiteral("省级")
                                                                 : QStringLiteral("市级")),
                  CsvField::str(e.employer), CsvField::str(e.title), CsvField::str(e.contact),
                  CsvField::day(e.validUntil)});
}

QString expertCsv(const QList<Expert>& experts) {
    CsvWriter w;
    writeExperts(w, experts);
    return w.text();
}

} // namespace yufang
