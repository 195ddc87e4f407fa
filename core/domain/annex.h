#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace yufang {

using Count = std::optional<qint64>; // empty: not filled in yet

// The five counts of one annex row. Empty means "not reported", which sums as nothing.
struct AnnexCounts {
    Count enterprises;
    Count insuredEnterprises;
    Count employees;
    Count insuredPersons;
    Count accidents;

    bool isEmpty() const;
    AnnexCounts& operator+=(const AnnexCounts& other);
    bool operator==(const AnnexCounts&) const = default;
};

// The count columns in their printed order; used to address cells generically.
enum class CountField { Enterprises, InsuredEnterprises, Employees, InsuredPersons, Accidents };
inline constexpr int kCountFieldCount = 5;
Count& countRef(AnnexCounts& counts, CountField field);
Count countValue(const AnnexCounts& counts, CountField field);
// Canonical, untranslated key used in CSV headers and messages ("enterprises", ...).
QString countFieldKey(CountField field);
// Official Chinese column name as printed on the annex (企业户数, ...); a year ≤ 0 leaves the
// year out of the accident column (工伤事故数量).
QString countFieldCaption(CountField field, int year);

struct AnnexRow {
    QString industry;
    bool local = false; // a key industry the unit added itself (各县区确定的重点行业)
    AnnexCounts counts;
    QString remark;

    bool operator==(const AnnexRow&) const = default;
};

// 填报人, 联系电话, 填报日期 of one unit and year.
struct AnnexMeta {
    QString preparer;
    QString phone;
    QDate filledOn;

    bool operator==(const AnnexMeta&) const = default;
};

// Which of 填报人, 联系电话 and 填报日期 a file states. A labelled line left empty counts (it
// empties the field); a line the layout does not have (the data layout has none) does not.
struct AnnexMetaFields {
    bool preparer = false;
    bool phone = false;
    bool filledOn = false;

    bool any() const { return preparer || phone || filledOn; }
    bool all() const { return preparer && phone && filledOn; }
};

// The stored details with those the file states put over them: an import changes only what
// the file carries.
AnnexMeta mergeMeta(const AnnexMeta& stored, const AnnexMeta& fromFile,
                    const AnnexMetaFields& carried);

// The annex form of one unit and year: plan industries first, then local ones.
struct AnnexTable {
    QString unitCode;
    int year = 0;
    QList<AnnexRow> rows;
    AnnexMeta meta;

    AnnexCounts total() const;
    bool hasFigures() const;
    bool operator==(const AnnexTable&) const = default;
    const AnnexRow* find(const QString& industry) const;
};

} // namespace yufang
