#pragma once

#include "domain/diagnostic.h"

#include <QString>

namespace yufang {

// A finding's remedy in the GUI's terms: what the clerk can do in the window, never a
// command-line option. Dialogs with a control of their own (the annex import's 替换
// checkbox) phrase Remedy::Replace themselves.
QString guiRemedy(Remedy remedy);

} // namespace yufang
