#pragma once

#include "domain/diagnostic.h"
#include "domain/expert.h"
#include "domain/prevention_fee.h"

#include <QByteArray>
#include <QList>

namespace yufang {

// The prevention fee of a pooling unit from files (yufang-cli import-fee-budgets and
// import-fee-projects), what the 工伤预防费 tab holds. Header row, any order, Chinese or key;
// a bad row rejects the file (FILE:LINE: field: message), nothing is half imported.
//
// Budgets, a row a year: 年度 year · 上年度基金征缴收入（元） prior_income · 收入年度
// income_year (default year − 1) · 提取比例（%） cap_percent (default 3) · 批准文号
// approval_reference (required above 3 %).
struct FeeBudgetCsvRead {
    QList<FeeBudget> budgets;
    Diagnostics diagnostics;
};
FeeBudgetCsvRead readFeeBudgetCsv(const QByteArray& bytes, const QString& fileName,
                                  const QString& unitCode);

// Projects: 年度 year · 项目名称 name · 类别 kind (宣传/培训 or publicity/training, in the UI
// language) · 承办机构 provider · 金额（元） amount · 阶段 stage (申报/评审/立项/实施/验收 or
// applied/reviewed/approved/implemented/accepted) · 评审专家 experts (names of the pool,
// separated by 、 , ; or space) · 备注 note.
struct FeeProjectCsvRead {
    QList<FeeProject> projects;
    Diagnostics diagnostics;
};
FeeProjectCsvRead readFeeProjectCsv(const QByteArray& bytes, const QString& fileName,
                                    const QString& unitCode, const QList<Expert>& pool);

} // namespace yufang
