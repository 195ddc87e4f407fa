#include "prompter.h"

#include "storage/server_access.h"

#include "message_dialog.h"

#include <QInputDialog>

namespace yufang {

QMessageBox::StandardButton DialogPrompter::question(QWidget* parent, const QString& title,
                                                     const QString& text,
                                                     QMessageBox::StandardButtons buttons,
                                                     QMessageBox::StandardButton defaultButton) {
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

// A long text (an import summary of a hundred files) scrolls in a window that fits the screen.
// A summary that holds a server's refusal (a login importing another unit's file) says so in
// words first and is a warning (docs/server.md, "Access").
void DialogPrompter::information(QWidget* parent, const QString& title, const QString& text) {
    const QString explained = server::explainServerRefusal(text);
    makeMessageDialog(parent, explained == text ? QMessageBox::Information : QMessageBox::Warning,
                      title, explained)
        ->exec();
}

void DialogPrompter::warning(QWidget* parent, const QString& title, const QString& text) {
    makeMessageDialog(parent, QMessageBox::Warning, title, server::explainServerRefusal(text))
        ->exec();
}

std::optional<QString> DialogPrompter::text(QWidget* parent, const QString& title,
                                            const QString& label) {
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    return ok ? std::optional<QString>(value) : std::nullopt;
}

bool resolveUnsavedChanges(Prompter& prompter, QWidget* parent, const QString& title,
                           const QString& text, const std::function<bool()>& save,
                           const std::function<void()>& discard) {
    const auto answer = prompter.question(
        parent, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discard();
        return true;
    }
    return false;
}

} // namespace yufang
