#include "migrations.h"

#include "annex_values.h"
#include "domain/annex_form_text.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT f.plan_id, f.definition, p.title, p.baseline_year,"
                             " p.annex_notes FROM form_definition f"
                             " JOIN plan p ON p.id = f.plan_id WHERE f.code = ?"));
    q.addBindValue(annex_values::formCode());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QList<std::pair<qint64, QString>> rewritten;
    while (q.next()) {
        const QJsonObject stored = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (stored.isEmpty())
            continue; // does not read: FormDefinitions::check reports it as it is
        const QJsonObject d = withAnnexLayout(stored, q.value(2).toString(), q.value(3).toInt(),
                                              q.value(4).toString());
        // Compact with sorted keys, as FormDefinitions stores a definition.
        rewritten.append({q.value(0).toLongLong(),
                          QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact))});
    }
    QSqlQuery u(db);
    u.prepare(
        QStringLiteral("UPDATE form_definition SET definition = ? WHERE plan_id = ? AND code = ?"));
    for (const auto& [planId, json] : rewritten) {
        u.addBindValue(json);
        u.addBindValue(planId);
        u.addBindValue(annex_values::formCode());
        if (!u.exec()) {
            if (error)
                *error = u.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

Migration annexLayoutMigration() {
    return Migration{23, {}, &rewriteAnnexDefinitions};
}

} // namespace yufang
