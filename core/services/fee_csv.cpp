#include "fee_csv.h"

#include "domain/input_text.h"
#include "io/cell_parsing.h"
#include "io/keyed_csv.h"
#include "io/money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrackingCsv)
};

struct Errors {
    QString fileName;
    Diagnostics* out;
    void operator()(int line, const QString& field, const QString& message) const {
        Diagnostic d;
        d.file = fileName;
        d.line = line;
        d.field = field;
        d.message = message;
        *out << d;
    }
};

std::optional<int> yearCell(const KeyedCsvRow& r, const QString& key, const Errors& error) {
    const auto year = parseYear(r.value(key));
    if (!year)
        error(r.line, key,
              Text::tr("%1: \"%2\" is not a year such as 2023").arg(key, excerpt(r.value(key))));
    return year;
}
} // namespace

FeeBudgetCsvRead readFeeBudgetCsv(const QByteArray& bytes, const QString& fileName,
                                  const QString& unitCode) {
    FeeBudgetCsvRead out;
    const KeyedCsv csv = readKeyedCsv(
        bytes, fileName,
        {{QStringLiteral("year"), {QStringLiteral("年度")}},
         {QStringLiteral("prior_income"),
          {QStringLiteral("上年度基金征缴收入"), QStringLiteral("上年度基金征缴收入(元)")}},
         {QStringLiteral("income_year"), {QStringLiteral("收入年度")}, false},
         {QStringLiteral("cap_percent"),
          {QStringLiteral("提取比例"), QStringLiteral("提取比例(%)")},
          false},
         {QStringLiteral("approval_reference"), {QStringLiteral("批准文号")}, false}});
    out.diagnostics = csv.diagnostics;
    if (hasErrors(out.diagnostics))
        return out;
    const Errors error{fileName, &out.diagnostics};
    QHash<int, int> lineOf;
    for (const KeyedCsvRow& r : csv.rows) {
        FeeBudget b;
        b.unitCode = unitCode;
        const auto year = yearCell(r, QStringLiteral("year"), error);
        if (!year)
            continue;
        if (lineOf.contains(*year)) {
            error(r.line, QStringLiteral("year"),
                  Text::tr("year: %1 is already on line %2").arg(*year).arg(lineOf.value(*year)));
            continue;
        }
        lineOf.insert(*year, r.line);
        b.year = *year;
        b.incomeYear = *year - 1;
        if (!r.value(QStringLiteral("income_year")).isEmpty()) {
            const auto income = yearCell(r, QStringLiteral("income_year"), error);
            b.incomeYear = income.value_or(b.incomeYear);
        }
        if (!parseYuan(r.value(QStringLiteral("prior_income")), &b.priorIncomeFen))
            error(r.line, QStringLiteral("prior_income"),
                  Text::tr("prior_income (上年度基金征缴收入): \"%1\" is not an amount in yuan")
                      .arg(excerpt(r.value(QStringLiteral("prior_income")))));
        QString percent = toHalfWidth(r.value(QStringLiteral("cap_percent")));
        percent.remove(QLatin1Char('%'));
        if (!percent.trimmed().isEmpty()) {
            bool ok = false;
            const double value = percent.trimmed().toDouble(&ok);
            if (!ok || value <= 0 || value > 100)
                error(r.line, QStringLiteral("cap_percent"),
                      Text::tr("cap_percent (提取比例): \"%1\" is not a percentage such as 3")
                          .arg(excerpt(r.value(QStringLiteral("cap_percent")))));
            else
                b.capRatio = value / 100;
        }
        b.approvalReference = r.value(QStringLiteral("approval_reference"));
        // The tab's own rules (a ratio above 3 % needs the approval), said at the row.
        if (!hasErrors(out.diagnostics))
            for (const QString& problem : validateBudget(b))
                error(r.line, QString(), problem);
        out.budgets << b;
    }
    if (hasErrors(out.diagnostics))
        out.budgets.clear();
    return out;
}

FeeProjectCsvRead readFeeProjectCsv(const QByteArray& bytes, const QString& fileName,
                                    const QString& unitCode, const QList<Expert>& pool) {
    FeeProjectCsvRead out;
    const KeyedCsv csv = readKeyedCsv(
        bytes, fileName,
        {{QStringLiteral("year"), {QStringLiteral("年度")}},
         {QStringLiteral("name"), {QStringLiteral("项目名称")}},
         {QStringLiteral("kind"), {QStringLiteral("类别"), QStringLiteral("项目类别")}},
         {QStringLiteral("provider"), {QStringLiteral("承办机构")}, false},
         {QStringLiteral("amount"), {QStringLiteral("金额"), QStringLiteral("金额(元)")}},
         {QStringLiteral("stage"), {QStringLiteral("阶段")}},
         {QStringLiteral("experts"), {QStringLiteral("评审专家")}, false},
         {QStringLiteral("note"), {QStringLiteral("备注")}, false}});
    out.diagnostics = csv.diagnostics;
    if (hasErrors(out.diagnostics))
        return out;
    const Errors error{fileName, &out.diagnostics};
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    for (const KeyedCsvRow& r : csv.rows) {
        FeeProject p;
        p.unitCode = unitCode;
        p.year = yearCell(r, QStringLiteral("year"), error).value_or(0);
        p.name = r.value(QStringLiteral("name"));
        if (p.name.isEmpty())
            error(r.line, QStringLiteral("name"), Text::tr("name (项目名称) is empty"));
        if (!projectKindFromText(r.value(QStringLiteral("kind")), &p.kind))
            error(r.line, QStringLiteral("kind"),
                  Text::tr("kind (类别): \"%1\" is not %2 or %3")
                      .arg(excerpt(r.value(QStringLiteral("kind"))),
                           projectKindLabel(ProjectKind::Publicity),
                           projectKindLabel(ProjectKind::Training)));
        p.provider = r.value(QStringLiteral("provider"));
        if (!parseYuan(r.value(QStringLiteral("amount")), &p.amountFen))
            error(r.line, QStringLiteral("amount"),
                  Text::tr("amount (金额): \"%1\" is not an amount in yuan")
                      .arg(excerpt(r.value(QStringLiteral("amount")))));
        if (!projectStageFromText(r.value(QStringLiteral("stage")), &p.stage))
            error(r.line, QStringLiteral("stage"),
                  Text::tr("stage (阶段): \"%1\" is not %2, %3, %4, %5 or %6")
                      .arg(excerpt(r.value(QStringLiteral("stage"))),
                           projectStageLabel(ProjectStage::Applied),
                           projectStageLabel(ProjectStage::Reviewed),
                           projectStageLabel(ProjectStage::Approved),
                           projectStageLabel(ProjectStage::Implemented),
                           projectStageLabel(ProjectStage::Accepted)));
        for (const QString& name :
             r.value(QStringLiteral("experts")).split(separators, Qt::SkipEmptyParts)) {
            qint64 id = 0;
            for (const Expert& e : pool)
                if (e.name == name)
                    id = e.id;
            if (id == 0)
                error(r.line, QStringLiteral("experts"),
                      Text::tr("experts (评审专家): \"%1\" is not in the expert pool")
                          .arg(excerpt(name)));
            else if (!p.expertIds.contains(id))
                p.expertIds << id;
        }
        p.note = r.value(QStringLiteral("note"));
        out.projects << p;
    }
    if (hasErrors(out.diagnostics))
        out.projects.clear();
    return out;
}

} // namespace yufang
