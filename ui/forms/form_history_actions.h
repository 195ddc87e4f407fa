#pragma once

#include <functional>

namespace yufang {

class FormEditor;
class Prompter;
class Session;

// The versions and the lock of the unit's form a FormEditor shows (the 培训, 职业病 and 报表
// tabs; the 基本情况表 has its own editor with the same two buttons): 版本… opens
// FormVersionsDialog on the editor's form; 解锁… asks for the reason (it goes to the audit
// trail), unlocks through ReturnsService::unlockForm, tells the other tabs and calls `reload`.
void offerFormHistory(FormEditor* editor, Session& session, Prompter& prompter,
                      std::function<void()> reload);

} // namespace yufang
