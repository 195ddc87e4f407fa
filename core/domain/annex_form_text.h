#pragma once

#include "plan.h"

#include <QString>
#include <QStringList>

namespace yufang {

// The words of the 基本情况表 are its `annex` definition's (printTitle, printedCaption,
// print.columnHeaders, notes; docs/forms.md). What is left here is for the migrations.

// The notes a plan kept until migration 28 (附件备注) as the notes of its `annex` definition: the
// baseline year in note (1) becomes "{year}" (（1）请填写{year}年底的数据。), which the form engine
// fills in.
QStringList annexDefinitionNotes(const QStringList& planNotes, int baselineYear);

} // namespace yufang
