#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace yufang {

// 文件 → 打开数据库: 本地数据库文件 (an SQLite file) or 服务器 (a PostgreSQL server: host,
// port, database, login, password, TLS required or preferred; docs/server.md). The server part
// is remembered as a profile without the password; the password is asked each time, or with
// 记住密码 kept in the system keyring when there is one (password_keeper.h).
class OpenDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    // lastFolder: where the file browser starts.
    OpenDatabaseDialog(const QString& lastFolder, QWidget* parent = nullptr);

    // What Database opens: a file path, or a server address with the password in it (Database
    // keeps the password out of path()).
    QString location() const;
    bool isServer() const;

    void accept() override;
    // After the server opened with this password: the keyring keeps it (记住密码) or forgets it.
    void keepPassword();

    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }

    // The saved profile: the server address without the password ("" when none).
    static QString savedProfile();

private:
    void browse();
    void loadProfile(const QString& address);

    QButtonGroup* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_tls = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_keyringNote = nullptr;
    bool m_wasRemembered = false;
    QString m_lastFolder;
};

} // namespace yufang
