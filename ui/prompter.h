#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

namespace yufang {

// Every question the UI asks the user goes through here, so tests can answer them.
class Prompter {
public:
    virtual ~Prompter() = default;
    virtual QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual std::optional<QString> text(QWidget* parent, const QString& title,
                                        const QString& label) = 0;
};

// The real dialogs.
class DialogPrompter : public Prompter {
public:
    QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    std::optional<QString> text(QWidget* parent, const QString& title,
                                const QString& label) override;
};

// The one way an editor asks about unsaved changes before the user leaves it: Save (runs save,
// stays when saving fails), Discard (runs discard) or Cancel (stays). True means "may leave".
bool resolveUnsavedChanges(Prompter& prompter, QWidget* parent, const QString& title,
                           const QString& text, const std::function<bool()>& save,
                           const std::function<void()>& discard);

} // namespace yufang
