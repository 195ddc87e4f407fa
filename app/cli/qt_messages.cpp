#include "qt_messages.h"

#include "cli_context.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace yufang::cli {

namespace {
QtMessageHandler qtHandler = nullptr;

void writeToStderr(const QByteArray& text) {
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtFatalMsg) {
        writeToStderr("yufang-cli: " + message.trimmed().toUtf8() + '\n');
#ifdef Q_OS_WIN
        // Not exit(): the C runtime's exit runs the destructors of DLLs, in whatever state the
        // fatal error left them.
        TerminateProcess(GetCurrentProcess(), Exit::Rejected);
#endif
        std::_Exit(Exit::Rejected);
    }
#ifdef Q_OS_WIN
    if (type != QtDebugMsg && type != QtInfoMsg) {
        writeToStderr(qFormatLogMessage(type, context, message).toUtf8() + '\n');
        return;
    }
#endif
    if (qtHandler)
        qtHandler(type, context, message);
}
} // namespace

void installMessageHandler() {
    qtHandler = qInstallMessageHandler(handleMessage);
}

} // namespace yufang::cli
