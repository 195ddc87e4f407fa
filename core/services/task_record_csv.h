#pragma once

#include "domain/diagnostic.h"
#include "domain/hazard.h"
#include "domain/task_status.h"
#include "services/task_checklist.h"

#include <QByteArray>
#include <QList>

namespace yufang {

// A unit's checklist for a year as `yufang-cli tasks` writes it, filled in and read back: the
// clerk's records of the obligations. Columns (header row, any order, Chinese or key):
//   事项 obligation (matched to the checklist's obligations by its text) · 状态 status
//   (未开始/进行中/已完成, or not_started/in_progress/done; 逾期 is computed, read as not done)
//   · 完成日期 done_on (required when done) · 责任部门 department · 佐证材料 note
// The other columns of the checklist (序号, 截止日期, …) are ignored. A bad row rejects the file
// (FILE:LINE: field: message); nothing is half imported.
struct TaskRecordCsvRead {
    QList<TaskRecord> records;
    Diagnostics diagnostics;
};
TaskRecordCsvRead readTaskRecordCsv(const QByteArray& bytes, const QString& fileName,
                                    const Checklist& checklist);

// A unit's hazard list (隐患整改台账). Columns: 企业名称 enterprise · 隐患问题 problem ·
// 发现日期 found_on · 整改期限 deadline · 整改状态 status (未整改/整改中/已整改 or
// open/rectifying/closed) · 整改完成日期 closed_on (required when closed) · 责任部门
// department · 备注 note. All rows or none.
struct HazardCsvRead {
    QList<Hazard> hazards;
    Diagnostics diagnostics;
};
HazardCsvRead readHazardCsv(const QByteArray& bytes, const QString& fileName,
                            const QString& unitCode);

} // namespace yufang
