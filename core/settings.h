#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace yufang {

// Every persisted preference, with its key and default in one place. Tests pass their own
// QSettings (an INI file in a temporary folder) so they never touch the user's.
class Settings {
public:
    explicit Settings(QSettings& backend) : m_backend(backend) {}

    QString lastDatabase() const;
    void setLastDatabase(const QString& path);
    QString lastUnit() const;
    void setLastUnit(const QString& code);
    int lastYear() const; // 0 when never chosen
    void setLastYear(int year);
    // 本单位: the clerk's own unit, asked on first start. The window opens on it, and overdue
    // returns are counted for it (what it owes upward and what it collects), not for whatever
    // unit happens to be selected. Empty until chosen.
    QString homeUnit() const;
    void setHomeUnit(const QString& code);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QString lastFolder() const; // where file dialogs open
    void setLastFolder(const QString& folder);

private:
    QSettings& m_backend;
};

} // namespace yufang
