#pragma once

namespace yufang::cli {

// yufang-cli writes UTF-8 (QTextStream's encoding in Qt 6). A Windows console shows bytes in its
// own code page (936 on a Chinese Windows, 437 or 850 elsewhere), so Chinese messages would
// arrive as mojibake: on Windows the console is switched to UTF-8 (code page 65001) for the
// process. Output redirected to a file is untouched: it stays UTF-8, as on Linux. No-op elsewhere.
void useUtf8Console();

} // namespace yufang::cli
