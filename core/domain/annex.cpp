#include "annex.h"

#include <QCoreApplication>

namespace yufang {

namespace {
void addCount(Count& into, const Count& add) {
    if (!add)
        return;
    into = into.value_or(0) + *add;
}
} // namespace

bool AnnexCounts::isEmpty() const {
    return !enterprises && !insuredEnterprises && !employees && !insuredPersons && !accidents;
}

AnnexCounts& AnnexCounts::operator+=(const AnnexCounts& other) {
    addCount(enterprises, other.enterprises);
    addCount(insuredEnterprises, other.insuredEnterprises);
    addCount(employees, other.employees);
    addCount(insuredPersons, other.insuredPersons);
    addCount(accidents, other.accidents);
    return *this;
}

Count& countRef(AnnexCounts& counts, CountField field) {
    switch (field) {
    case CountField::Enterprises:
        return counts.enterprises;
    case CountField::InsuredEnterprises:
        return counts.insuredEnterprises;
    case CountField::Employees:
        return counts.employees;
    case CountField::InsuredPersons:
        return counts.insuredPersons;
    case CountField::Accidents:
        break;
    }
    return counts.accidents;
}

Count countValue(const AnnexCounts& counts, CountField field) {
    return countRef(const_cast<AnnexCounts&>(counts), field);
}

QString countFieldKey(CountField field) {
    switch (field) {
    case CountField::Enterprises:
        return QStringLiteral("enterprises");
    case CountField::InsuredEnterprises:
        return QStringLiteral("insured_enterprises");
    case CountField::Employees:
        return QStringLiteral("employees");
    case CountField::InsuredPersons:
        return QStringLiteral("insured_persons");
    case CountField::Accidents:
        break;
    }
    return QStringLiteral("accidents");
}

QString countFieldCaption(CountField field, int year) {
    switch (field) {
    case CountField::Enterprises:
        return QStringLiteral("企业户数");
    case CountField::InsuredEnterprises:
        return QStringLiteral("参保企业户数");
    case CountField::Employees:
        return QStringLiteral("从业总人数");
    case CountField::InsuredPersons:
        return QStringLiteral("参加工伤保险人数");
    case CountField::Accidents:
        break;
    }
    if (year <= 0)
        return QStringLiteral("工伤事故数量");
    return QStringLiteral("%1年工伤事故数量").arg(year);
}

AnnexCounts AnnexTable::total() const {
    AnnexCounts sum;
    for (const AnnexRow& row : rows)
        sum += row.counts;
    return sum;
}

bool AnnexTable::hasFigures() const {
    for (const AnnexRow& row : rows)
        if (!row.counts.isEmpty())
            return true;
    return false;
}

const AnnexRow* AnnexTable::find(const QString& industry) const {
    for (const AnnexRow& row : rows)
        if (row.industry == industry)
            return &row;
    return nullptr;
}

AnnexMeta mergeMeta(const AnnexMeta& stored, const AnnexMeta& fromFile,
                    const AnnexMetaFields& carried) {
    AnnexMeta out = stored;
    if (carried.preparer)
        out.preparer = fromFile.preparer;
    if (carried.phone)
        out.phone = fromFile.phone;
    if (carried.filledOn)
        out.filledOn = fromFile.filledOn;
    return out;
}

} // namespace yufang
