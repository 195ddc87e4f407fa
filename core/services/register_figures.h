#pragma once

#include "domain/form_table.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace yufang {

// One unit's training and occupational-disease forms (`training`: a row's group the industry,
// its key the category; `disease`: a row per industry) as the register makes them, beside the
// typed or imported ones stored for it now.
struct DerivedFigures {
    QString unitCode;
    QString unitName;
    FormTable training;
    FormTable disease;
    // Stored forms that were typed or imported (not themselves derived) and hold figures:
    // replacing them would lose what the register does not know (categories, sessions, the
    // split of cases), so they are replaced only when the user says so.
    std::optional<FormTable> existingTraining;
    std::optional<FormTable> existingDisease;

    bool differs() const { return existingTraining || existingDisease; }
};

struct RegisterFiguresPlan {
    QString unitCode;
    int year = 0;
    QList<DerivedFigures> units; // units of the subtree that hold register rows for the year

    QList<const DerivedFigures*> conflicts() const;
};

// Training coverage and occupational disease from the register (摸底排查), per unit of a subtree
// and per industry: key personnel (重点人员数) and those trained (已培训), and new occupational
// disease cases. The register counts neither key personnel by category nor cases by disease,
// so the derived tables say only what it knows:
//  - training: one row per industry in the category category() beside the plan's categories,
//    which stay empty, as do sessions and class hours; coverage is computed from the sums, so
//    the industry, unit and province figures are exact;
//  - disease: the cases are other_diseases with pneumoconiosis left empty (not reported) and a
//    remark saying so; the trend sums both, so new cases are exact.
// Plan industries without enterprises get 0, as derive-annex does.
class RegisterFiguresDerivation {
public:
    explicit RegisterFiguresDerivation(QSqlDatabase db) : m_db(std::move(db)) {}

    RegisterFiguresPlan compute(const QString& unitCode, int year, QString* error = nullptr) const;
    // Both forms of every unit in one transaction, saved by the form engine (FormRepository)
    // with its form.saved event and the register's source. Refuses (false, *error) when a typed or
    // imported table would be replaced and replace is false: nothing is written then.
    bool apply(const RegisterFiguresPlan& plan, bool replace, QString* error) const;

    static QString source();   // both forms' form_record.source: "derived from register"
    static QString category(); // 全部重点人员（企业名录）
    static QString diseaseRemark();

    // "371302 兰山区: 培训 危险化学品 重点人员 8 → 10 …": what a replacement changes, for the CLI
    // and the confirmation in the GUI.
    static QStringList describeConflicts(const RegisterFiguresPlan& plan);

private:
    mutable QSqlDatabase m_db; // transactions are not logical state
};

} // namespace yufang
