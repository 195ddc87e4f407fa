#include "roll_up.h"

#include "domain/rates.h"
#include "io/csv_writer.h"
#include "storage/annex_repository.h"
#include "storage/form_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RollUp)
};

struct MeasureInfo {
    MatrixMeasure measure;
    const char* key;
    const char* caption;
};
const MeasureInfo kMeasures[kMatrixMeasureCount] = {
    {MatrixMeasure::Enterprises, "enterprises", "企业户数"},
    {MatrixMeasure::InsuredEnterprises, "insured_enterprises", "参保企业户数"},
    {MatrixMeasure::Employees, "employees", "从业总人数"},
    {MatrixMeasure::InsuredPersons, "insured_persons", "参加工伤保险人数"},
    {MatrixMeasure::Accidents, "accidents", "工伤事故数量"},
    {MatrixMeasure::AccidentRate, "accident_rate", "工伤事故发生率（‰）"},
    {MatrixMeasure::CoverageRate, "coverage_rate", "工伤保险参保率（%）"},
};

bool isLeaf(const UnitRepository& units, const QString& code) {
    return !units.hasChildren(code);
}

MeasureMatrix::Row rowOf(const QString& code, const QString& name, const AnnexTable& table,
                         const QStringList& industries) {
    MeasureMatrix::Row row;
    row.code = code;
    row.name = name;
    for (const QString& industry : industries) {
        const AnnexRow* r = table.find(industry);
        row.cells << (r ? r->counts : AnnexCounts{});
    }
    row.total = table.total();
    return row;
}
} // namespace

QString Completeness::text() const {
    return Text::tr("%1 of %2 units reported").arg(reported).arg(expected);
}

QString Completeness::officialNote() const {
    if (!isPartial())
        return QStringLiteral("汇总情况：应报%1个单位，已报%2个").arg(expected).arg(reported);
    return QStringLiteral("汇总情况：应报%1个单位，已报%2个（部分汇总，未报：%3）")
        .arg(expected)
        .arg(reported)
        .arg(missing.join(QStringLiteral("、")));
}

Completeness rollUpCompleteness(const QSqlDatabase& db, const QString& unitCode, int year,
                                const QString& formCode) {
    Completeness c;
    const UnitRepository units(db);
    const FormRepository forms(db);
    const QStringList subtree = units.subtreeCodes(unitCode);
    // subtreeCodes is breadth-first; tree order comes from all(), which lists parents first.
    for (const Unit& unit : units.all()) {
        if (!subtree.contains(unit.code) || !isLeaf(units, unit.code))
            continue;
        ++c.expected;
        if (forms.hasData(formCode, unit.code, year))
            ++c.reported;
        else
            c.missing << unit.name;
    }
    return c;
}

QString matrixMeasureKey(MatrixMeasure m) {
    return QString::fromLatin1(kMeasures[int(m)].key);
}

bool parseMatrixMeasure(const QString& key, MatrixMeasure* out) {
    for (const MeasureInfo& info : kMeasures) {
        if (key.trimmed().compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0) {
            *out = info.measure;
            return true;
        }
    }
    return false;
}

QString matrixMeasureCaption(MatrixMeasure m) {
    return QString::fromUtf8(kMeasures[int(m)].caption);
}

QString MeasureMatrix::cellText(const AnnexCounts& counts) const {
    switch (measure) {
    case MatrixMeasure::AccidentRate:
        return rates::formatAccidentRate(counts, denominator);
    case MatrixMeasure::CoverageRate:
        return rates::formatCoverageRate(counts);
    default:
        break;
    }
    const Count c = countValue(counts, static_cast<CountField>(int(measure)));
    return c ? QString::number(*c) : QString();
}

MeasureMatrix measureMatrix(const QSqlDatabase& db, const QString& unitCode, int year,
                            MatrixMeasure measure) {
    MeasureMatrix m;
    const UnitRepository units(db);
    const AnnexRepository annexes(db);
    const auto unit = units.find(unitCode);
    m.unitCode = unitCode;
    m.unitName = unit ? unit->name : unitCode;
    m.year = year;
    m.measure = measure;
    if (const auto plan = PlanRepository(db).find(units.effectivePlanId(unitCode)))
        m.denominator = plan->rateDenominator;
    const AnnexTable total = annexes.consolidated(unitCode, year);
    for (const AnnexRow& row : total.rows)
        m.industries << row.industry;
    for (const Unit& child : units.children(unitCode)) {
        const AnnexTable t = units.hasChildren(child.code) ? annexes.consolidated(child.code, year)
                                                           : annexes.load(child.code, year);
        m.rows << rowOf(child.code, child.name, t, m.industries);
    }
    // Figures the unit stored for itself (市本级) are part of the total: show them as a row.
    const AnnexTable own = annexes.stored(unitCode, year);
    if (own.hasFigures() && units.hasChildren(unitCode))
        m.rows << rowOf(unitCode, QStringLiteral("本级"), own, m.industries);
    m.total = rowOf(unitCode, QStringLiteral("合计"), total, m.industries);
    m.completeness = rollUpCompleteness(db, unitCode, year);
    return m;
}

namespace {
QStringList matrixHeader(const MeasureMatrix& m) {
    QStringList header{QStringLiteral("单位代码"), QStringLiteral("单位名称")};
    header << m.industries << QStringLiteral("合计");
    return header;
}

QString matrixTitle(const MeasureMatrix& m) {
    return QStringLiteral("%1%2年重点行业%3")
        .arg(m.unitName)
        .arg(m.year)
        .arg(matrixMeasureCaption(m.measure));
}

bool isRate(MatrixMeasure m) {
    return m == MatrixMeasure::AccidentRate || m == MatrixMeasure::CoverageRate;
}
} // namespace

void writeMatrix(TableSink& w, const MeasureMatrix& m) {
    w.addTextLine(matrixTitle(m));
    w.addTextLine(m.completeness.officialNote());
    w.addHeaderRow(matrixHeader(m));
    auto addRow = [&](const MeasureMatrix::Row& row) {
        QList<CsvField> fields{CsvField::str(row.code), CsvField::str(row.name)};
        for (const AnnexCounts& c : row.cells) {
            const QString t = m.cellText(c);
            // Not applicable is an empty cell, so the column stays numbers.
            fields << (t.isEmpty() || t == rates::notApplicable() ? CsvField::str({})
                                                                  : CsvField::num(t));
        }
        const QString t = m.cellText(row.total);
        fields << (t.isEmpty() || t == rates::notApplicable() ? CsvField::str({})
                                                              : CsvField::num(t));
        return fields;
    };
    for (const MeasureMatrix::Row& row : m.rows)
        w.addRow(addRow(row));
    w.addTotalRow(addRow(m.total));
    if (isRate(m.measure))
        for (const QString& line : rates::definitions(m.denominator))
            w.addTextLine(line);
}

QString matrixCsv(const MeasureMatrix& m) {
    CsvWriter w;
    writeMatrix(w, m);
    return w.text();
}

ReportDocument matrixReport(const MeasureMatrix& m) {
    ReportDocument doc;
    doc.name = matrixTitle(m);
    doc.title(matrixTitle(m));
    doc.paragraph(m.completeness.officialNote());
    ReportTable table;
    table.header = matrixHeader(m);
    auto addRow = [&](const MeasureMatrix::Row& row) {
        QStringList cells{row.code, row.name};
        for (const AnnexCounts& c : row.cells)
            cells << m.cellText(c);
        cells << m.cellText(row.total);
        table.rows << cells;
    };
    for (const MeasureMatrix::Row& row : m.rows)
        addRow(row);
    addRow(m.total);
    table.boldRows << int(table.rows.size()) - 1;
    for (int c = 2; c < table.header.size(); ++c)
        table.numericColumns << c;
    table.columnWeights << 2 << 3;
    for (int c = 2; c < table.header.size(); ++c)
        table.columnWeights << 2;
    doc.table(table);
    if (isRate(m.measure))
        for (const QString& line : rates::definitions(m.denominator))
            doc.footnote(line);
    return doc;
}

} // namespace yufang
