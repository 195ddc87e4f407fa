#include "open_database_dialog.h"

#include "password_keeper.h"

#include "storage/server_connection.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace yufang {

namespace {
const char* const kProfileKey = "server/profile";
const char* const kRememberKey = "server/rememberPassword";
} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(const QString& lastFolder, QWidget* parent)
    : QDialog(parent), m_lastFolder(lastFolder) {
    setWindowTitle(tr("Open database"));
    setMinimumWidth(480); // room for a host name and a file path
    auto* layout = new QVBoxLayout(this);
    auto* kinds = new QHBoxLayout;
    auto* file = new QRadioButton(tr("Local database file"));
    auto* server = new QRadioButton(tr("Server"));
    m_kind = new QButtonGroup(this);
    m_kind->addButton(file, 0);
    m_kind->addButton(server, 1);
    kinds->addWidget(file);
    kinds->addWidget(server);
    kinds->addStretch();
    layout->addLayout(kinds);

    m_pages = new QStackedWidget;
    auto* filePage = new QWidget;
    auto* fileColumn = new QVBoxLayout(filePage);
    fileColumn->setContentsMargins(0, 0, 0, 0);
    auto* fileRow = new QHBoxLayout;
    fileColumn->addLayout(fileRow);
    fileColumn->addStretch(); // the path at the top, where the eye starts
    m_file = new QLineEdit;
    m_file->setPlaceholderText(tr("Yufang database (*.sqlite)"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_pages->addWidget(filePage);

    auto* serverPage = new QWidget;
    auto* form = new QFormLayout(serverPage);
    form->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit;
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("yufang"));
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QComboBox;
    m_tls->addItem(tr("TLS required"), QStringLiteral("require"));
    m_tls->addItem(tr("TLS preferred"), QStringLiteral("prefer"));
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Login:"), m_user);
    m_remember = new QCheckBox(tr("Remember password"));
    m_remember->setObjectName(QStringLiteral("RememberPasswordBox"));
    m_keyringNote = new QLabel;
    m_keyringNote->setObjectName(QStringLiteral("KeyringNote"));
    m_keyringNote->setWordWrap(true);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Encryption:"), m_tls);
    form->addRow(QString(), m_keyringNote);
    m_pages->addWidget(serverPage);
    layout->addWidget(m_pages);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QButtonGroup::idClicked, m_pages, &QStackedWidget::setCurrentIndex);
    const QString profile = savedProfile();
    loadProfile(profile);
    (profile.isEmpty() ? file : server)->setChecked(true);
    m_pages->setCurrentIndex(profile.isEmpty() ? 0 : 1);
    // The password: from the keyring when it was remembered and a keyring answers; else asked.
    PasswordKeeper& keeper = sessionPasswordKeeper();
    m_wasRemembered = !profile.isEmpty() && QSettings().value(QLatin1String(kRememberKey)).toBool();
    m_remember->setChecked(m_wasRemembered);
    m_password->setText(keeper.recall(profile, m_wasRemembered));
    m_remember->setEnabled(keeper.canRemember());
    if (!keeper.canRemember() && keeper.note().isEmpty())
        m_remember->setToolTip(tr("This copy of Yufang has no system keyring: the password is "
                                  "asked each time."));
    m_keyringNote->setText(keeper.note());
    m_keyringNote->setVisible(!keeper.note().isEmpty());
    if (!profile.isEmpty() && !m_user->text().isEmpty())
        m_password->setFocus();
}

void OpenDatabaseDialog::keepPassword() {
    if (!isServer())
        return;
    const bool remember = m_remember->isChecked() && m_remember->isEnabled();
    sessionPasswordKeeper().settle(savedProfile(), m_password->text(), remember, m_wasRemembered);
    QSettings().setValue(QLatin1String(kRememberKey), remember);
}

QString OpenDatabaseDialog::savedProfile() {
    return QSettings().value(QLatin1String(kProfileKey)).toString();
}

void OpenDatabaseDialog::loadProfile(const QString& address) {
    QString why;
    const auto server = ServerConnection::fromUrl(address, &why);
    if (!server || address.isEmpty())
        return;
    m_host->setText(server->host);
    if (server->port > 0)
        m_port->setValue(server->port);
    if (!server->database.isEmpty())
        m_database->setText(server->database);
    m_user->setText(server->user);
    const int tls = m_tls->findData(server->sslMode);
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
}

void OpenDatabaseDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), m_lastFolder, tr("Yufang database (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

bool OpenDatabaseDialog::isServer() const {
    return m_kind->checkedId() == 1;
}

QString OpenDatabaseDialog::location() const {
    if (!isServer())
        return m_file->text().trimmed();
    ServerConnection server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    server.sslMode = m_tls->currentData().toString();
    return server.url(true);
}

void OpenDatabaseDialog::accept() {
    if (!isServer()) {
        if (m_file->text().trimmed().isEmpty()) {
            m_file->setFocus();
            return;
        }
        QDialog::accept();
        return;
    }
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Give the server's host, the database and your login."));
        return;
    }
    // The profile keeps everything but the password.
    QString address = location();
    QString why;
    if (auto server = ServerConnection::fromUrl(address, &why)) {
        server->password.clear();
        QSettings().setValue(QLatin1String(kProfileKey), server->url(false));
    }
    QDialog::accept();
}

} // namespace yufang
