#pragma once

#include "domain/diagnostic.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace yufang {

struct UnitImportResult {
    int added = 0;
    int unchanged = 0;
    Diagnostics diagnostics;
};

// Adds units from CSV `code,name,level,parent_code` (header optional, Chinese headers
// 单位代码,单位名称,级别,上级代码 accepted) in one transaction. A parent may come later in the
// file; a code that exists with the same name and parent is left alone, with another name or
// parent it is an error, as is a parent that exists nowhere.
class UnitImport {
public:
    explicit UnitImport(QSqlDatabase db) : m_db(std::move(db)) {}
    UnitImportResult run(const QByteArray& bytes, const QString& fileName) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
