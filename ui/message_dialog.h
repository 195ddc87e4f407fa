#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QSize>

#include <memory>

class QPlainTextEdit;
class QPushButton;

namespace yufang {

// The largest a dialog may be: what a 1366×768 screen leaves beside a taskbar and a title
// bar, or less when the dialog's own screen is smaller.
QSize maximumDialogSize(const QWidget* widget);
// Resizes a dialog to `preferred`, shrunk to maximumDialogSize.
void fitToScreen(QWidget* dialog, QSize preferred);

// A message too long for a QMessageBox (an import summary names every county and file: a
// box of 100 lines is taller than the screen and its OK button cannot be reached). The text
// scrolls inside a window that fits the screen, and can be selected and copied.
class LongMessageDialog : public QDialog {
    Q_OBJECT
public:
    LongMessageDialog(QMessageBox::Icon icon, const QString& title, const QString& text,
                      QWidget* parent = nullptr);

    QPlainTextEdit* textView() const { return m_text; }
    QPushButton* okButton() const { return m_ok; }
    QSize sizeHint() const override;

private:
    QPlainTextEdit* m_text;
    QPushButton* m_ok;
    int m_lines = 0;
};

// The dialog DialogPrompter shows for information and warnings: a QMessageBox for a short
// text, a LongMessageDialog for a long one.
std::unique_ptr<QDialog> makeMessageDialog(QWidget* parent, QMessageBox::Icon icon,
                                           const QString& title, const QString& text);

} // namespace yufang
