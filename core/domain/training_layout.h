#pragma once

#include "training.h"

#include <QList>

namespace yufang {

// The lines of the training table as shown and printed: per key industry its category rows and
// a 小计 (industry subtotal), then one 合计 per category across industries, then the 合计 of
// everything. Every sum is of counts; coverage is computed on each line from its own sums.
struct TrainingLine {
    enum class Kind { Row, IndustrySubtotal, CategoryTotal, GrandTotal };
    Kind kind = Kind::Row;
    int tableRow = -1; // index into TrainingTable::rows for Kind::Row
    QString industry;  // Row, IndustrySubtotal
    QString category;  // Row, CategoryTotal
    TrainingCounts counts;
    QString remark;

    bool isTotal() const { return kind != Kind::Row; }
};

QList<TrainingLine> trainingLines(const TrainingTable& table);

} // namespace yufang
