#pragma once

namespace yufang::cli {

// Qt reports what stops a program (no platform plugin for printing, say) through qFatal and then
// aborts. On Windows it sends its messages to the debugger unless the process has a console, and
// the abort is a fail-fast exception, whose status (0xC0000602; Wine exits with 2, its low byte)
// reads like the CLI's usage error. yufang-cli writes such a message to stderr itself, after its
// name, and exits with status 1 (the operation failed, nothing changed). On Windows Qt's warnings
// go to stderr too, as on Linux, so the reason before a fatal message is not lost either.
void installMessageHandler();

} // namespace yufang::cli
