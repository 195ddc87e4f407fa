#include "rate_float_batch.h"

#include "domain/credit_code.h"
#include "domain/input_text.h"
#include "io/cell_parsing.h"
#include "io/csv_writer.h"
#include "io/keyed_csv.h"
#include "io/money.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RateFloatBatch)
};

const QList<KeyedColumn>& columns() {
    static const QList<KeyedColumn> list = {
        {QStringLiteral("name"),
         {QStringLiteral("单位名称"), QStringLiteral("企业名称"), QStringLiteral("用人单位")}},
        {QStringLiteral("credit_code"), {QStringLiteral("统一社会信用代码")}, false},
        {QStringLiteral("risk_class"),
         {QStringLiteral("风险类别"), QStringLiteral("行业风险类别")}},
        {QStringLiteral("payroll"), {QStringLiteral("缴费工资总额")}},
        {QStringLiteral("contributions"), {QStringLiteral("缴费额"), QStringLiteral("缴费金额")}},
        {QStringLiteral("benefits_paid"),
         {QStringLiteral("基金支付额"), QStringLiteral("工伤保险基金支付额")}},
        {QStringLiteral("new_injuries"),
         {QStringLiteral("上年新发工伤人数"), QStringLiteral("新发工伤人数")}},
    };
    return list;
}

QString money(double yuan) {
    return QString::number(yuan, 'f', 2);
}
} // namespace

FloatBatch runFloatBatch(const RateScheme& scheme, const QByteArray& bytes,
                         const QString& fileName) {
    FloatBatch batch;
    const KeyedCsv csv = readKeyedCsv(bytes, fileName, columns());
    batch.diagnostics = csv.diagnostics;
    if (!batch.ok())
        return batch;
    auto error = [&](int line, const QString& field, const QString& message) {
        Diagnostic d;
        d.file = fileName;
        d.line = line;
        d.field = field;
        d.message = message;
        batch.diagnostics << d;
    };
    for (const KeyedCsvRow& r : csv.rows) {
        FloatBatchRow row;
        row.input.name = r.value(QStringLiteral("name"));
        row.creditCode = r.value(QStringLiteral("credit_code"));
        if (row.input.name.isEmpty())
            error(r.line, QStringLiteral("name"), Text::tr("name (单位名称) is empty"));
        // The same rule as the register import: the code is lost, the result unattributable.
        if (creditCodeDestroyedBySpreadsheet(row.creditCode.trimmed().toUtf8()))
            error(r.line, QStringLiteral("credit_code"),
                  Text::tr("credit_code (统一社会信用代码): \"%1\" was turned into a number by a "
                           "spreadsheet and its last digits are lost: set the column's format to "
                           "Text and enter the codes again")
                      .arg(excerpt(row.creditCode)));
        const ParsedCount cls = parseCount(r.value(QStringLiteral("risk_class")));
        if (cls.kind != ParsedCount::Kind::Value || !scheme.findClass(int(cls.value)))
            error(r.line, QStringLiteral("risk_class"),
                  Text::tr("risk_class (风险类别): \"%1\" is not a risk class of the rate table")
                      .arg(excerpt(r.value(QStringLiteral("risk_class")))));
        else
            row.input.riskClass = int(cls.value);
        struct Money {
            const char* key;
            const char* label;
            double* target;
        };
        for (const Money& m : {Money{"payroll", "缴费工资总额", &row.input.payroll},
                               Money{"contributions", "缴费额", &row.input.contributions},
                               Money{"benefits_paid", "基金支付额", &row.input.benefitsPaid}}) {
            const QString key = QString::fromLatin1(m.key);
            qint64 fen = 0;
            if (!parseYuan(r.value(key), &fen))
                error(r.line, key,
                      Text::tr("%1 (%2): \"%3\" is not an amount in yuan")
                          .arg(key, QString::fromUtf8(m.label), excerpt(r.value(key))));
            else
                *m.target = double(fen) / 100.0;
        }
        const ParsedCount injuries = parseCount(r.value(QStringLiteral("new_injuries")));
        if (injuries.kind != ParsedCount::Kind::Value)
            error(r.line, QStringLiteral("new_injuries"),
                  Text::tr("new_injuries (上年新发工伤人数): \"%1\" is not a whole number ≥ 0")
                      .arg(excerpt(r.value(QStringLiteral("new_injuries")))));
        else
            row.input.newInjuries = int(injuries.value);
        if (!hasErrors(batch.diagnostics)) {
            row.result = floatRate(scheme, row.input);
            if (!row.result.ok)
                error(r.line, QString(), row.result.error);
        }
        batch.rows << row;
    }
    if (csv.rows.isEmpty())
        error(0, QString(), Text::tr("the file holds no employers"));
    if (!batch.ok())
        batch.rows.clear();
    return batch;
}

void writeFloatBatch(TableSink& w, const RateScheme& scheme, const QList<FloatBatchRow>& rows) {
    w.addHeaderRow(
        {QStringLiteral("单位名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("风险类别"),
         QStringLiteral("缴费工资总额"), QStringLiteral("缴费额"), QStringLiteral("基金支付额"),
         QStringLiteral("上年新发工伤人数"), QStringLiteral("支缴率"), QStringLiteral("基准费率"),
         QStringLiteral("浮动档次"), QStringLiteral("浮动后费率"), QStringLiteral("应缴工伤保险费"),
         QStringLiteral("适用规则"), QStringLiteral("费率方案")});
    for (const FloatBatchRow& r : rows) {
        const FloatResult& f = r.result;
        w.addRow({CsvField::str(r.input.name), CsvField::str(r.creditCode),
                  CsvField::num(r.input.riskClass), CsvField::num(money(r.input.payroll)),
                  CsvField::num(money(r.input.contributions)),
                  CsvField::num(money(r.input.benefitsPaid)), CsvField::num(r.input.newInjuries),
                  // No ratio (no contributions): an empty number cell, never a dash in a
                  // numeric column, so the column still sums and sorts in a spreadsheet.
                  CsvField::num(f.payoutRatio ? percentText(*f.payoutRatio, 2) : QString()),
                  CsvField::num(percentText(f.baseRate, 2)), CsvField::num(percentText(f.tier)),
                  CsvField::num(percentText(f.newRate, 3)), CsvField::num(money(f.premium)),
                  CsvField::str(f.explanation), CsvField::str(scheme.label)});
    }
}

QString floatBatchCsv(const RateScheme& scheme, const QList<FloatBatchRow>& rows) {
    CsvWriter w;
    writeFloatBatch(w, scheme, rows);
    return w.text();
}

} // namespace yufang
