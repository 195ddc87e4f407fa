#pragma once

#include "prompter.h"

#include <QQueue>
#include <QStringList>

namespace yufang::test {

// Answers the UI's questions from queues and records what was asked, so a test can drive
// "Save changes?" and input dialogs without a person.
class ScriptedPrompter : public Prompter {
public:
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<std::optional<QString>> texts;
    QStringList asked;    // every question and text prompt, in order
    QStringList messages; // every information and warning shown

    QMessageBox::StandardButton question(QWidget*, const QString&, const QString& text,
                                         QMessageBox::StandardButtons,
                                         QMessageBox::StandardButton defaultButton) override {
        asked << text;
        return answers.isEmpty() ? defaultButton : answers.dequeue();
    }
    void information(QWidget*, const QString&, const QString& text) override { messages << text; }
    void warning(QWidget*, const QString&, const QString& text) override { messages << text; }
    std::optional<QString> text(QWidget*, const QString&, const QString& label) override {
        asked << label;
        return texts.isEmpty() ? std::nullopt : texts.dequeue();
    }
};

} // namespace yufang::test
