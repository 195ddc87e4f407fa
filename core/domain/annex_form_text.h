#pragma once

#include <QString>
#include <QStringList>

namespace yufang {

// The plan's notes (附件备注) as the notes of its `annex` definition: the baseline year in note
// (1) becomes "{year}" (（1）请填写{year}年底的数据。), which the form engine fills in.
QStringList annexDefinitionNotes(const QStringList& planNotes, int baselineYear);

} // namespace yufang
