#pragma once

#include <QDialog>

class QTextBrowser;

namespace yufang {

// 帮助 → 使用说明: the user guide shipped inside the program (docs/user-guide.md and its
// screenshots, embedded as :/help), so it is there on an office PC without a network. The
// Chinese guide in a Chinese UI, the English one otherwise.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The resource shown: qrc:/help/user-guide.md or qrc:/help/user-guide.en.md.
    static QUrl guideUrl();

private:
    QTextBrowser* m_browser;
};

} // namespace yufang
