#pragma once

#include "domain/indicator_evaluation.h"
#include "domain/like_for_like.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Where the indicator engine's figures come from (docs/indicators.md, "Sources"): for a form, a
// subtree and a year, every unit's own rows as summed whole-number cells by column key, with
// what the like-for-like rule needs to know of its return. Every form is read through the form
// engine (FormRepository): the training and disease tables with the definition of the plan each
// unit follows in the year, any other form with the evaluated plan's; the annex through its
// adapter (AnnexRepository via subtreeReturns), its cells keyed as its definition keys them
// (countFieldKey).
namespace yufang {

struct FormRowSums {
    QString key; // the row: an industry, a key-personnel category, an enterprise
    bool local = false;
    ColumnSums cells;
};

struct UnitFormYear {
    UnitReturn unit; // code, name, sub-units, holds a form, figures of its own
    QList<FormRowSums> rows;
};

namespace indicator_sources {

// The forms whose rows are the plan's key industries (plus local ones, 分别列出): the indicator
// engine keeps only the evaluated plan's industries and local rows of these.
bool rowsAreIndustries(const QSqlDatabase& db, const QString& formCode, qint64 planId);

// Every unit of the subtree rooted at unitCode, tree order, with its own rows of the form for
// the year; none when the form is unknown. A form of the form engine is the plan's (planId).
std::optional<QList<UnitFormYear>> subtree(const QSqlDatabase& db, const QString& formCode,
                                           const QString& unitCode, int year, qint64 planId);

// Years for which some unit of the subtree holds the form.
QList<int> years(const QSqlDatabase& db, const QString& formCode, const QString& unitCode);

} // namespace indicator_sources
} // namespace yufang
