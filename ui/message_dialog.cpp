#include "message_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace yufang {

namespace {
// 1366×768 less a 40-pixel taskbar and a 30-pixel title bar, with a margin.
constexpr QSize kSmallScreenDialog(1280, 660);
// Beyond this a QMessageBox grows past a small screen's height.
constexpr int kMaxBoxLines = 15;
constexpr int kMaxBoxCharacters = 1200;

QStyle::StandardPixmap pixmapOf(QMessageBox::Icon icon) {
    switch (icon) {
    case QMessageBox::Warning:
        return QStyle::SP_MessageBoxWarning;
    case QMessageBox::Critical:
        return QStyle::SP_MessageBoxCritical;
    case QMessageBox::Question:
        return QStyle::SP_MessageBoxQuestion;
    default:
        return QStyle::SP_MessageBoxInformation;
    }
}
} // namespace

QSize maximumDialogSize(const QWidget* widget) {
    QSize size = kSmallScreenDialog;
    if (const QScreen* screen = widget ? widget->screen() : nullptr)
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 80));
    return size;
}

void fitToScreen(QWidget* dialog, QSize preferred) {
    dialog->resize(preferred.boundedTo(maximumDialogSize(dialog)));
}

LongMessageDialog::LongMessageDialog(QMessageBox::Icon icon, const QString& title,
                                     const QString& text, QWidget* parent)
    : QDialog(parent), m_lines(int(text.count(QLatin1Char('\n'))) + 1) {
    setWindowTitle(title);
    setObjectName(QStringLiteral("LongMessageDialog"));
    auto* iconLabel = new QLabel(this);
    const int extent = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    iconLabel->setPixmap(style()->standardIcon(pixmapOf(icon), nullptr, this).pixmap(extent));
    iconLabel->setAlignment(Qt::AlignTop);
    m_text = new QPlainTextEdit(text, this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* body = new QHBoxLayout;
    body->addWidget(iconLabel);
    body->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    m_ok->setFocus();
    resize(sizeHint());
}

QSize LongMessageDialog::sizeHint() const {
    // Tall enough for the text where the screen allows, never taller: the text scrolls.
    const int lineHeight = m_text->fontMetrics().lineSpacing();
    const QSize wanted(760, lineHeight * m_lines + 120);
    return wanted.boundedTo(maximumDialogSize(this));
}

std::unique_ptr<QDialog> makeMessageDialog(QWidget* parent, QMessageBox::Icon icon,
                                           const QString& title, const QString& text) {
    if (text.count(QLatin1Char('\n')) < kMaxBoxLines && text.size() <= kMaxBoxCharacters)
        return std::make_unique<QMessageBox>(icon, title, text, QMessageBox::Ok, parent);
    return std::make_unique<LongMessageDialog>(icon, title, text, parent);
}

} // namespace yufang
