#pragma once

#include "io/table_sink.h"
#include "domain/diagnostic.h"
#include "domain/rate_floating.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace yufang {

// Batch rate floating over a CSV of employers. Columns (header row, any order, English key or
// Chinese name; UTF-8 ± BOM, GB18030 or UTF-16 tab-separated as Excel/WPS save them):
//   name 单位名称 (required) · credit_code 统一社会信用代码 (optional) · risk_class 风险类别 (1-8)
//   payroll 缴费工资总额 · contributions 缴费额 · benefits_paid 基金支付额 (yuan, 1,234.56
//   accepted) new_injuries 上年新发工伤人数 (whole number ≥ 0)
// Any bad cell rejects the whole file with FILE:LINE: messages naming the field.
struct FloatBatchRow {
    EmployerFloatInput input;
    QString creditCode;
    FloatResult result;
};

struct FloatBatch {
    QList<FloatBatchRow> rows;
    Diagnostics diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};

FloatBatch runFloatBatch(const RateScheme& scheme, const QByteArray& bytes,
                         const QString& fileName);

// The result table: the input columns, then 支缴率, tier, new rate, premium, the rule applied and
// the scheme's label (CsvWriter: CRLF, quoting, neutralising; encode with encodeCsv).
void writeFloatBatch(TableSink& sink, const RateScheme& scheme, const QList<FloatBatchRow>& rows);
QString floatBatchCsv(const RateScheme& scheme, const QList<FloatBatchRow>& rows);

} // namespace yufang
