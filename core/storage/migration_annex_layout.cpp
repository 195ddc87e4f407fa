#include "migrations.h"

#include "annex_values.h"
#include "domain/annex_form_text.h"
#include "stored_definition_rewrite.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

// Migration 23: the 基本情况表's CSV layouts are the form engine's (issue 13), so what set them
// apart becomes data of the stored `annex` definitions (docs/forms.md, "Migration 23"): no 年度
// line, the year in the accident column's printed caption (2023年工伤事故数量), the units of the
// two rates, the accident rate dividing as the plan says, the printed title naming the plan
// ({plan}), and as notes the plan's 附件备注, which is what the annex printed (note (1)'s
// baseline year as {year}). The members are set on the parsed JSON rather than by replace() on
// its text: the notes are a list built from another table. A definition already carrying a
// member keeps it; no value of any form changes.
namespace {
// The remark the presets shipped before, which said the annex had its own CSV stack.
const QString kOldRemark =
    QStringLiteral("基本情况表仍由其专用程序录入、导入、导出和打印（CSV与打印版式不变）；此定义供计"
                   "划编辑器列示和指标引"
                   "用。印刷表头中事故数量一栏带年份（如“2025年工伤事故数量”）。");
const QString kRemark = QStringLiteral("基本情况表的CSV导出（表样与数据两种格式）由本定义生成；录入"
                                       "、导入、打印和官方xlsx表样仍由其专用程序完"
                                       "成。附件备注（实施方案页）即本表备注，{year}为报表年度。");

QJsonObject withColumnLayout(QJsonObject c) {
    const QString key = c.value(QStringLiteral("key")).toString();
    const auto setOnce = [&c](const QString& member, const QJsonValue& value) {
        if (!c.contains(member))
            c.insert(member, value);
    };
    if (key == QLatin1String("accidents"))
        setOnce(
            QStringLiteral("printedCaption"),
            QString(QStringLiteral("{year}年") + c.value(QStringLiteral("caption")).toString()));
    const bool derived = c.value(QStringLiteral("type")).toString() == QLatin1String("derived");
    const int scale = c.value(QStringLiteral("scale")).toInt();
    if (derived && key == QLatin1String("coverage_rate") && scale == 100)
        setOnce(QStringLiteral("unit"), QStringLiteral("%"));
    if (derived && key == QLatin1String("accident_rate") && scale == 1000) {
        setOnce(QStringLiteral("unit"), QStringLiteral("‰"));
        setOnce(QStringLiteral("denominatorFollowsPlan"), true);
    }
    return c;
}

QJsonObject withAnnexLayout(QJsonObject d, const QString& planTitle, int baselineYear,
                            const QString& planNotes) {
    if (!d.contains(QStringLiteral("yearLine")))
        d.insert(QStringLiteral("yearLine"), false);
    const QString titled = QStringLiteral("《%1》").arg(planTitle);
    QString printTitle = d.value(QStringLiteral("printTitle")).toString();
    if (printTitle.startsWith(titled)) {
        printTitle.replace(0, titled.size(), QStringLiteral("《{plan}》"));
        d.insert(QStringLiteral("printTitle"), printTitle);
    }
    QJsonArray columns;
    for (const QJsonValue& c : d.value(QStringLiteral("columns")).toArray())
        columns.append(c.isObject() ? QJsonValue(withColumnLayout(c.toObject())) : c);
    d.insert(QStringLiteral("columns"), columns);
    // As PlanRepository reads annex_notes: one note a line.
    const QStringList notes = planNotes.isEmpty() ? QStringList() : planNotes.split(u'\n');
    d.insert(QStringLiteral("notes"),
             QJsonArray::fromStringList(annexDefinitionNotes(notes, baselineYear)));
    if (d.value(QStringLiteral("remark")).toString() == kOldRemark)
        d.insert(QStringLiteral("remark"), kRemark);
    return d;
}

bool rewriteAnnexDefinitions(QSqlDatabase& db, QString* error) {
    // The plans' 附件备注 as this schema version keeps them (migration 28 drops the column).
    QHash<qint64, QString> planNotes;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, annex_notes FROM plan"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        planNotes.insert(q.value(0).toLongLong(), q.value(1).toString());
    return rewriteStoredDefinitions(
        db, annex_values::formCode(),
        [&planNotes](const StoredDefinition& s) -> std::optional<QJsonObject> {
            return withAnnexLayout(s.definition, s.planTitle, s.baselineYear,
                                   planNotes.value(s.planId));
        },
        error);
}
} // namespace

Migration annexLayoutMigration() {
    return Migration{23, {}, &rewriteAnnexDefinitions};
}

} // namespace yufang
