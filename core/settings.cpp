#include "settings.h"

#include <QDir>
#include <QSettings>

namespace yufang {

namespace key {
const QString lastDatabase = QStringLiteral("database/last");
const QString lastUnit = QStringLiteral("selection/unit");
const QString lastYear = QStringLiteral("selection/year");
const QString homeUnit = QStringLiteral("office/homeUnit");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString lastFolder = QStringLiteral("files/lastFolder");
} // namespace key

QString Settings::lastDatabase() const {
    return m_backend.value(key::lastDatabase).toString();
}
void Settings::setLastDatabase(const QString& path) {
    m_backend.setValue(key::lastDatabase, path);
}
QString Settings::lastUnit() const {
    return m_backend.value(key::lastUnit).toString();
}
void Settings::setLastUnit(const QString& code) {
    m_backend.setValue(key::lastUnit, code);
}
int Settings::lastYear() const {
    return m_backend.value(key::lastYear, 0).toInt();
}
void Settings::setLastYear(int year) {
    m_backend.setValue(key::lastYear, year);
}
QString Settings::homeUnit() const {
    return m_backend.value(key::homeUnit).toString();
}
void Settings::setHomeUnit(const QString& code) {
    m_backend.setValue(key::homeUnit, code);
}
QByteArray Settings::windowGeometry() const {
    return m_backend.value(key::geometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& g) {
    m_backend.setValue(key::geometry, g);
}
QByteArray Settings::windowState() const {
    return m_backend.value(key::state).toByteArray();
}
void Settings::setWindowState(const QByteArray& s) {
    m_backend.setValue(key::state, s);
}
QString Settings::lastFolder() const {
    return m_backend.value(key::lastFolder, QDir::homePath()).toString();
}
void Settings::setLastFolder(const QString& folder) {
    m_backend.setValue(key::lastFolder, folder);
}

} // namespace yufang
