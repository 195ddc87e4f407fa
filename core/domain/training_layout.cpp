#include "training_layout.h"

namespace yufang {

QList<TrainingLine> trainingLines(const TrainingTable& table) {
    QList<TrainingLine> out;
    const bool subtotals = table.categories.size() > 1;
    QStringList industries = table.industries;
    for (const TrainingRow& row : table.rows)
        if (!industries.contains(row.industry))
            industries << row.industry;
    for (const QString& industry : std::as_const(industries)) {
        for (int i = 0; i < table.rows.size(); ++i) {
            const TrainingRow& row = table.rows.at(i);
            if (row.industry == industry)
                out << TrainingLine{
                    TrainingLine::Kind::Row, i, row.industry, row.category, row.counts, row.remark};
        }
        if (subtotals)
            out << TrainingLine{TrainingLine::Kind::IndustrySubtotal, -1, industry, {},
                                table.totalOfIndustry(industry),      {}};
    }
    if (subtotals)
        for (const QString& category : table.categories)
            out << TrainingLine{TrainingLine::Kind::CategoryTotal, -1, {}, category,
                                table.totalOfCategory(category),   {}};
    out << TrainingLine{TrainingLine::Kind::GrandTotal, -1, {}, {}, table.total(), {}};
    return out;
}

} // namespace yufang
