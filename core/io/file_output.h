#pragma once

#include <QByteArray>
#include <QString>

namespace yufang {

// Writes through QSaveFile: the target appears complete or not at all, never half written.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace yufang
