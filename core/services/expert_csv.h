#pragma once

#include "io/table_sink.h"
#include "domain/diagnostic.h"
#include "domain/expert.h"

#include <QByteArray>
#include <QList>

namespace yufang {

// Expert pool CSV, in and out. Columns (header row, any order, key or Chinese name):
//   name 姓名 · field 专业领域 (工伤预防/安全生产/职业卫生 or prevention/safety/health)
//   level 级别 (省级/市级 or province/city) · employer 工作单位 · title 职称 · contact 联系方式
//   valid_until 有效期至 (YYYY-MM-DD, optional)
// A bad row rejects the file (FILE:LINE: field: message); nothing is half imported.
struct ExpertCsvRead {
    QList<Expert> experts;
    Diagnostics diagnostics;
};

ExpertCsvRead readExpertCsv(const QByteArray& bytes, const QString& fileName);
void writeExperts(TableSink& sink, const QList<Expert>& experts);
QString expertCsv(const QList<Expert>& experts); // the same columns, Chinese headers and values

} // namespace yufang
