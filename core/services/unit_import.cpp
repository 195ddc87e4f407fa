#include "unit_import.h"

#include "domain/input_text.h"
#include "io/cell_parsing.h"
#include "io/csv_reader.h"
#include "storage/transaction.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(UnitImport)
};

struct PendingUnit {
    Unit unit;
    int line = 0;
};
} // namespace

UnitImportResult UnitImport::run(const QByteArray& bytes, const QString& fileName) const {
    UnitImportResult result;
    auto error = [&](int line, const QString& message, const QString& field = {}) {
        Diagnostic d;
        d.file = fileName;
        d.line = line;
        d.field = field;
        d.message = message;
        result.diagnostics << d;
    };
    CsvDocument doc = readCsvDocument(bytes, fileName,
                                      {QStringLiteral("单位代码"), QStringLiteral("单位名称"),
                                       QStringLiteral("上级代码"), QStringLiteral("parent_code")});
    if (hasErrors(doc.diagnostics)) {
        result.diagnostics << doc.diagnostics;
        return result;
    }
    QList<CsvRecord>& records = doc.records;
    while (!records.isEmpty() && records.first().isBlank())
        records.removeFirst();
    int col[4] = {0, 1, 2, 3};
    if (!records.isEmpty()) {
        const CsvRecord& first = records.first();
        static const QHash<QString, int> keys = {
            {QStringLiteral("code"), 0},     {QStringLiteral("单位代码"), 0},
            {QStringLiteral("name"), 1},     {QStringLiteral("单位名称"), 1},
            {QStringLiteral("level"), 2},    {QStringLiteral("级别"), 2},
            {QStringLiteral("层级"), 2},     {QStringLiteral("parent_code"), 3},
            {QStringLiteral("上级代码"), 3}, {QStringLiteral("上级单位代码"), 3}};
        bool isHeader = false;
        for (int i = 0; i < first.fields.size(); ++i) {
            const QString k = normaliseLabel(first.fields.at(i)).toLower();
            if (keys.contains(k)) {
                col[keys.value(k)] = i;
                isHeader = true;
            }
        }
        if (isHeader)
            records.removeFirst();
    }
    const UnitRepository units(m_db);
    QList<PendingUnit> pending;
    QHash<QString, int> inFile;
    for (const CsvRecord& r : records) {
        if (r.isBlank())
            continue;
        PendingUnit p;
        p.line = r.line;
        p.unit.code = normaliseLabel(r.at(col[0]));
        p.unit.name = r.at(col[1]);
        p.unit.parentCode = normaliseLabel(r.at(col[3]));
        if (p.unit.code.isEmpty() || p.unit.name.isEmpty()) {
            error(r.line, Text::tr("code and name are required"), QStringLiteral("code"));
            continue;
        }
        if (!isUnitCode(p.unit.code)) {
            error(r.line,
                  Text::tr("code \"%1\" is not a GB/T 2260 code: six digits such as 371302 "
                           "(nine or twelve for townships and villages)")
                      .arg(excerpt(r.at(col[0]))),
                  QStringLiteral("code"));
            continue;
        }
        if (const QString why = nameProblem(p.unit.name); !why.isEmpty()) {
            error(r.line, Text::tr("name: %1").arg(why), QStringLiteral("name"));
            continue;
        }
        const auto level = parseUnitLevel(r.at(col[2]));
        if (!level) {
            error(r.line,
                  Text::tr("level \"%1\" is none of province, city, county, zone, other (省, 市, "
                           "县, 区, 开发区, 其他)")
                      .arg(excerpt(r.at(col[2]))),
                  QStringLiteral("level"));
            continue;
        }
        p.unit.level = *level;
        if (!p.unit.parentCode.isEmpty() &&
            (!isUnitCode(p.unit.parentCode) || p.unit.parentCode == p.unit.code)) {
            error(r.line,
                  Text::tr("parent_code \"%1\" is not the GB/T 2260 code of another unit")
                      .arg(excerpt(r.at(col[3]))),
                  QStringLiteral("parent_code"));
            continue;
        }
        if (p.unit.parentCode.isEmpty() && p.unit.level != UnitLevel::Province) {
            // Only a province stands at the top of the tree; any other unit without a parent
            // would drop out of every consolidated figure.
            error(r.line,
                  Text::tr("unit %1 has no parent_code; only a province may stand alone")
                      .arg(p.unit.code),
                  QStringLiteral("parent_code"));
            continue;
        }
        if (inFile.contains(p.unit.code)) {
            error(r.line,
                  Text::tr("unit %1 appears twice (first on line %2)")
                      .arg(p.unit.code)
                      .arg(inFile.value(p.unit.code)),
                  QStringLiteral("code"));
            continue;
        }
        inFile.insert(p.unit.code, r.line);
        if (const auto existing = units.find(p.unit.code)) {
            if (existing->name == p.unit.name && existing->parentCode == p.unit.parentCode) {
                ++result.unchanged;
                continue;
            }
            error(r.line,
                  Text::tr("unit %1 exists already as %2 under %3")
                      .arg(p.unit.code, existing->name, existing->parentCode),
                  QStringLiteral("code"));
            continue;
        }
        pending << p;
    }
    if (inFile.isEmpty() && !hasErrors(result.diagnostics))
        error(0, Text::tr("the file holds no unit (it is empty or has only a header)"));
    for (const PendingUnit& p : pending)
        if (!p.unit.parentCode.isEmpty() && !inFile.contains(p.unit.parentCode) &&
            !units.find(p.unit.parentCode))
            error(p.line, Text::tr("parent_code %1 is not a known unit").arg(p.unit.parentCode),
                  QStringLiteral("parent_code"));
    if (hasErrors(result.diagnostics))
        return result;

    QSqlDatabase db = m_db;
    QString why;
    if (!beginWrite(db, &why)) {
        error(0, why);
        return result;
    }
    UnitRepository writer(db);
    // Parents first: repeat passes until every unit whose parent exists has been added.
    QList<PendingUnit> rest = pending;
    while (!rest.isEmpty()) {
        QList<PendingUnit> next;
        for (const PendingUnit& p : rest) {
            if (!p.unit.parentCode.isEmpty() && !writer.find(p.unit.parentCode)) {
                next << p;
                continue;
            }
            QString why;
            if (!writer.add(p.unit, &why)) {
                error(p.line, why);
                db.rollback();
                result.added = 0;
                return result;
            }
            ++result.added;
        }
        if (next.size() == rest.size()) {
            for (const PendingUnit& p : next)
                error(p.line, Text::tr("unit %1: its parents form a cycle").arg(p.unit.code),
                      QStringLiteral("parent_code"));
            db.rollback();
            result.added = 0;
            return result;
        }
        rest = next;
    }
    if (!commitWrite(db, &why)) {
        error(0, why);
        result.added = 0;
    }
    return result;
}

} // namespace yufang
