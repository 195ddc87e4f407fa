#include "task_record_csv.h"

#include "domain/input_text.h"
#include "io/cell_parsing.h"
#include "io/keyed_csv.h"

#include <QCoreApplication>

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

// An optional date cell: true when empty or a date; *date stays invalid when empty.
bool optionalDate(const QString& cell, QDate* date) {
    if (cell.isEmpty())
        return true;
    *date = parseDate(cell);
    return date->isValid();
}
} // namespace

TaskRecordCsvRead readTaskRecordCsv(const QByteArray& bytes, const QString& fileName,
                                    const Checklist& checklist) {
    TaskRecordCsvRead out;
    const KeyedCsv csv =
        readKeyedCsv(bytes, fileName,
                     {{QStringLiteral("obligation"), {QStringLiteral("事项")}},
                      {QStringLiteral("status"), {QStringLiteral("状态")}},
                      {QStringLiteral("done_on"), {QStringLiteral("完成日期")}, false},
                      {QStringLiteral("department"), {QStringLiteral("责任部门")}, false},
                      {QStringLiteral("note"),
                       {QStringLiteral("佐证材料"), QStringLiteral("佐证说明")},
                       false}});
    out.diagnostics = csv.diagnostics;
    if (hasErrors(out.diagnostics))
        return out;
    const Errors error{fileName, &out.diagnostics};
    QHash<QString, int> lineOf; // an obligation given twice would silently keep the last row
    for (const KeyedCsvRow& r : csv.rows) {
        const QString title = r.value(QStringLiteral("obligation"));
        const ChecklistItem* item = nullptr;
        for (const ChecklistItem& i : checklist.items)
            if (i.obligation.title == title)
                item = &i;
        if (!item) {
            error(r.line, QStringLiteral("obligation"),
                  Text::tr("obligation (事项): \"%1\" is not an obligation of %2 in %3")
                      .arg(excerpt(title), checklist.unit.name)
                      .arg(checklist.year));
            continue;
        }
        if (lineOf.contains(title)) {
            error(r.line, QStringLiteral("obligation"),
                  Text::tr("obligation (事项): \"%1\" is already on line %2")
                      .arg(excerpt(title))
                      .arg(lineOf.value(title)));
            continue;
        }
        lineOf.insert(title, r.line);
        TaskRecord record = item->record; // unit, obligation, year and the evidence files
        if (!taskProgressFromText(r.value(QStringLiteral("status")), &record.progress))
            error(r.line, QStringLiteral("status"),
                  Text::tr("status (状态): \"%1\" is not %2, %3 or %4")
                      .arg(excerpt(r.value(QStringLiteral("status"))),
                           taskStatusLabel(TaskStatus::NotStarted),
                           taskStatusLabel(TaskStatus::InProgress),
                           taskStatusLabel(TaskStatus::Done)));
        record.doneOn = QDate();
        if (!optionalDate(r.value(QStringLiteral("done_on")), &record.doneOn))
            error(r.line, QStringLiteral("done_on"),
                  Text::tr("done_on (完成日期): \"%1\" is not a date such as 2025-11-30")
                      .arg(excerpt(r.value(QStringLiteral("done_on")))));
        else if (record.progress == TaskProgress::Done && !record.doneOn.isValid())
            error(r.line, QStringLiteral("done_on"),
                  Text::tr("done_on (完成日期): a finished obligation needs the date it was done"));
        record.department = r.value(QStringLiteral("department"));
        record.note = r.value(QStringLiteral("note"));
        out.records << record;
    }
    if (hasErrors(out.diagnostics))
        out.records.clear();
    return out;
}

HazardCsvRead readHazardCsv(const QByteArray& bytes, const QString& fileName,
                            const QString& unitCode) {
    HazardCsvRead out;
    const KeyedCsv csv = readKeyedCsv(
        bytes, fileName,
        {{QStringLiteral("enterprise"), {QStringLiteral("企业名称")}},
         {QStringLiteral("problem"), {QStringLiteral("隐患问题"), QStringLiteral("问题")}},
         {QStringLiteral("found_on"), {QStringLiteral("发现日期")}},
         {QStringLiteral("deadline"), {QStringLiteral("整改期限")}},
         {QStringLiteral("status"), {QStringLiteral("整改状态"), QStringLiteral("状态")}},
         {QStringLiteral("closed_on"), {QStringLiteral("整改完成日期")}, false},
         {QStringLiteral("department"), {QStringLiteral("责任部门")}, false},
         {QStringLiteral("note"), {QStringLiteral("备注")}, false}});
    out.diagnostics = csv.diagnostics;
    if (hasErrors(out.diagnostics))
        return out;
    const Errors error{fileName, &out.diagnostics};
    const std::pair<const char*, const char*> dates[] = {
        {"found_on", "发现日期"}, {"deadline", "整改期限"}, {"closed_on", "整改完成日期"}};
    for (const KeyedCsvRow& r : csv.rows) {
        Hazard h;
        h.unitCode = unitCode;
        h.enterprise = r.value(QStringLiteral("enterprise"));
        h.problem = r.value(QStringLiteral("problem"));
        h.department = r.value(QStringLiteral("department"));
        h.note = r.value(QStringLiteral("note"));
        QDate* const targets[] = {&h.foundOn, &h.deadline, &h.closedOn};
        bool datesOk = true;
        for (int k = 0; k < 3; ++k) {
            const QString key = QString::fromLatin1(dates[k].first);
            if (!optionalDate(r.value(key), targets[k])) {
                datesOk = false;
                error(r.line, key,
                      Text::tr("%1 (%2): \"%3\" is not a date such as 2025-06-30")
                          .arg(key, QString::fromUtf8(dates[k].second), excerpt(r.value(key))));
            }
        }
        if (!hazardStatusFromText(r.value(QStringLiteral("status")), &h.status)) {
            error(r.line, QStringLiteral("status"),
                  Text::tr("status (整改状态): \"%1\" is not %2, %3 or %4")
                      .arg(excerpt(r.value(QStringLiteral("status"))),
                           hazardStatusLabel(HazardStatus::Open),
                           hazardStatusLabel(HazardStatus::Rectifying),
                           hazardStatusLabel(HazardStatus::Closed)));
            continue;
        }
        // The same rules as the 任务 tab's hazard editor, said at the row.
        if (datesOk)
            for (const QString& problem : validateHazard(h))
                error(r.line, QString(), problem);
        out.hazards << h;
    }
    if (hasErrors(out.diagnostics))
        out.hazards.clear();
    return out;
}

} // namespace yufang
