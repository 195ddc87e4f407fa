#include "user_guide_dialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace yufang {

QUrl UserGuideDialog::guideUrl() {
    return QUrl(QLocale().language() == QLocale::Chinese
                    ? QStringLiteral("qrc:/help/user-guide.md")
                    : QStringLiteral("qrc:/help/user-guide.en.md"));
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowTitle(tr("User guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 640);
}

} // namespace yufang
