#include "annex_csv_reader.h"

#include "annex_form_labels.h"
#include "cell_parsing.h"
#include "csv_reader.h"
#include "domain/input_text.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AnnexCsvReader)
};

constexpr int kIgnoredColumnsNamed = 3;

enum class Column {
    UnitCode,
    UnitName,
    Year,
    Industry,
    Enterprises,
    InsuredEnterprises,
    Employees,
    InsuredPersons,
    Accidents,
    CoverageRate,
    AccidentRate,
    Remark,
    Serial // 序号: many sheets number their rows; read past silently
};

const QList<std::pair<Column, CountField>>& countColumns() {
    static const QList<std::pair<Column, CountField>> columns = {
        {Column::Enterprises, CountField::Enterprises},
        {Column::InsuredEnterprises, CountField::InsuredEnterprises},
        {Column::Employees, CountField::Employees},
        {Column::InsuredPersons, CountField::InsuredPersons},
        {Column::Accidents, CountField::Accidents}};
    return columns;
}

// Header text → column, on normalised labels (half-width, no spaces, no unit suffix).
std::optional<Column> columnFor(const QString& header, std::optional<int>* yearInHeader) {
    QString h = normaliseLabel(header).toLower();
    // "工伤事故数量（2020年）" names the year in its unit suffix.
    static const QRegularExpression yearSuffix(
        QStringLiteral("^(工伤事故数量)\\((\\d{4})年度?\\)$"));
    if (const auto m = yearSuffix.match(h); m.hasMatch())
        h = m.captured(2) + QStringLiteral("年") + m.captured(1);
    h = headerKey(h);
    static const QHash<QString, Column> names = {
        {QStringLiteral("单位代码"), Column::UnitCode},
        {QStringLiteral("unit_code"), Column::UnitCode},
        {QStringLiteral("单位名称"), Column::UnitName},
        {QStringLiteral("unit_name"), Column::UnitName},
        {QStringLiteral("填报单位"), Column::UnitName},
        {QStringLiteral("年度"), Column::Year},
        {QStringLiteral("year"), Column::Year},
        {QStringLiteral("重点行业名称"), Column::Industry},
        {QStringLiteral("重点行业"), Column::Industry},
        {QStringLiteral("行业名称"), Column::Industry},
        {QStringLiteral("industry"), Column::Industry},
        {QStringLiteral("企业户数"), Column::Enterprises},
        {QStringLiteral("enterprises"), Column::Enterprises},
        {QStringLiteral("参保企业户数"), Column::InsuredEnterprises},
        {QStringLiteral("insured_enterprises"), Column::InsuredEnterprises},
        {QStringLiteral("从业总人数"), Column::Employees},
        {QStringLiteral("从业人数"), Column::Employees},
        {QStringLiteral("employees"), Column::Employees},
        {QStringLiteral("参加工伤保险人数"), Column::InsuredPersons},
        {QStringLiteral("参保人数"), Column::InsuredPersons},
        {QStringLiteral("insured_persons"), Column::InsuredPersons},
        {QStringLiteral("工伤事故数量"), Column::Accidents},
        {QStringLiteral("accidents"), Column::Accidents},
        {QStringLiteral("工伤保险参保率"), Column::CoverageRate},
        {QStringLiteral("coverage_rate"), Column::CoverageRate},
        {QStringLiteral("工伤事故发生率"), Column::AccidentRate},
        {QStringLiteral("accident_rate"), Column::AccidentRate},
        {QStringLiteral("备注"), Column::Remark},
        {QStringLiteral("remark"), Column::Remark},
        {QStringLiteral("序号"), Column::Serial},
        {QStringLiteral("no."), Column::Serial},
    };
    if (auto it = names.constFind(h); it != names.constEnd())
        return *it;
    static const QRegularExpression accidentsOfYear(
        QStringLiteral("^(\\d{4})年(度)?工伤事故数量$"));
    if (const auto m = accidentsOfYear.match(h); m.hasMatch()) {
        *yearInHeader = m.captured(1).toInt();
        return Column::Accidents;
    }
    return std::nullopt;
}

struct Header {
    int line = 0;
    QHash<Column, int> index;
    std::optional<int> year;
    int col(Column c) const { return index.value(c, -1); }
};

bool isHeaderRecord(const CsvRecord& r) {
    for (const QString& f : r.fields) {
        std::optional<int> y;
        if (columnFor(f, &y) == Column::Industry)
            return true;
    }
    return false;
}

class Parser {
public:
    Parser(ParsedAnnexFile& out) : m_out(out) {}

    void error(int line, const QString& message, const QString& field = {}) {
        add(Severity::Error, line, message, field);
    }
    void warning(int line, const QString& message, const QString& field = {}) {
        add(Severity::Warning, line, message, field);
    }

    Header readHeader(const CsvRecord& r) {
        Header h;
        h.line = r.line;
        int ignored = 0;
        for (int i = 0; i < r.fields.size(); ++i) {
            if (r.at(i).isEmpty())
                continue;
            std::optional<int> year;
            const auto c = columnFor(r.fields.at(i), &year);
            if (!c) {
                // A few by name; a row of thousands of stray cells gives one more line, not
                // thousands.
                if (++ignored <= kIgnoredColumnsNamed)
                    warning(r.line,
                            Text::tr("column \"%1\" is not part of the annex and was ignored")
                                .arg(excerpt(r.at(i))));
                continue;
            }
            if (h.index.contains(*c)) {
                error(r.line, Text::tr("column \"%1\" appears twice").arg(excerpt(r.at(i))));
                continue;
            }
            h.index.insert(*c, i);
            if (year)
                h.year = year;
        }
        if (ignored > kIgnoredColumnsNamed)
            warning(r.line, Text::tr("%1 more columns are not part of the annex and were ignored")
                                .arg(ignored - kIgnoredColumnsNamed));
        QStringList missing;
        for (const auto& [column, field] : countColumns())
            if (h.col(column) < 0)
                missing << countFieldCaption(field, 0);
        if (!missing.isEmpty())
            error(r.line, Text::tr("the header lacks the column(s) %1")
                              .arg(missing.join(QStringLiteral("、"))));
        return h;
    }

    // Fills counts and rates of one data record; the columns it could not read go to
    // *unreadable. False when it has an error.
    bool readCounts(const CsvRecord& r, const Header& h, const QString& industry,
                    AnnexCounts* counts, ParsedAnnexRow* rates, QList<CountField>* unreadable) {
        bool ok = true;
        for (const auto& [column, field] : countColumns()) {
            const ParsedCount p = parseCount(r.at(h.col(column)));
            if (p.kind == ParsedCount::Kind::Invalid) {
                error(r.line,
                      Text::tr("%1, %2: %3")
                          .arg(excerpt(industry), countFieldCaption(field, 0), p.problem),
                      countFieldKey(field));
                if (unreadable && !unreadable->contains(field))
                    *unreadable << field;
                if (rates)
                    rates->unreadable = true;
                ok = false;
            } else if (p.kind == ParsedCount::Kind::Value) {
                countRef(*counts, field) = p.value;
            }
        }
        if (rates) {
            rates->fileCoverageRate = r.at(h.col(Column::CoverageRate));
            rates->fileAccidentRate = r.at(h.col(Column::AccidentRate));
        }
        return ok;
    }

private:
    void add(Severity s, int line, const QString& message, const QString& field) {
        Diagnostic d;
        d.severity = s;
        d.file = m_out.file;
        d.line = line;
        d.field = field;
        d.message = message;
        m_out.diagnostics << d;
    }
    ParsedAnnexFile& m_out;
};

// Any count cell of the record holding a number (an unreadable one counts too: it is meant
// as a figure).
bool hasCountCells(const CsvRecord& r, const Header& h) {
    for (const auto& [column, field] : countColumns())
        if (parseCount(r.at(h.col(column))).kind != ParsedCount::Kind::Empty)
            return true;
    return false;
}

// 合计 in the industry column, or in a cell left of it (merged over 序号 and 重点行业名称).
bool isTotalRow(const CsvRecord& r, const Header& h) {
    for (int i = 0; i <= h.col(Column::Industry); ++i)
        if (isTotalLabel(r.at(i)))
            return true;
    return false;
}

void applyLabels(const QList<LabelledValue>& values, ParsedAnnex* annex) {
    for (const LabelledValue& v : values) {
        if (v.label == FormLabel::Preparer) {
            annex->meta.preparer = v.value;
            annex->metaFields.preparer = true;
        } else if (v.label == FormLabel::Phone) {
            annex->meta.phone = v.value;
            annex->metaFields.phone = true;
        } else if (v.label == FormLabel::Date) {
            annex->meta.filledOn = parseDate(v.value);
            annex->metaFields.filledOn = true;
        }
    }
}

ParsedAnnexRow dataRow(const CsvRecord& r, const Header& h, Parser& p, ParsedAnnex& annex) {
    ParsedAnnexRow row;
    row.line = r.line;
    row.row.industry = r.at(h.col(Column::Industry));
    row.row.remark = r.at(h.col(Column::Remark));
    p.readCounts(r, h, row.row.industry.isEmpty() ? QStringLiteral("?") : row.row.industry,
                 &row.row.counts, &row, &annex.unreadableColumns);
    if (row.row.industry.isEmpty())
        p.error(r.line, Text::tr("the key industry name (重点行业名称) is empty"),
                QStringLiteral("industry"));
    else if (const QString why = nameProblem(row.row.industry); !why.isEmpty())
        p.error(r.line, Text::tr("重点行业名称: %1").arg(why), QStringLiteral("industry"));
    return row;
}

// The form layout, as a small state machine over the records: lines before a header row
// (title, 填报单位), the table, and what follows 合计 (填报人, notes, 校核人, the issuer). A
// sheet may hold several forms one under the other; each header row starts the next one.
void readForm(const QList<CsvRecord>& records, Parser& p, ParsedAnnexFile& out) {
    enum class State { Before, Table, After } state = State::Before;
    Header h;
    ParsedAnnex pending; // 填报单位 and 填报日期 seen before the next header
    bool afterTotal = false;
    auto current = [&]() -> ParsedAnnex& { return out.annexes.last(); };
    for (int i = 0; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        if (r.isBlank())
            continue;
        if (isHeaderRecord(r)) {
            const int errorsBefore = countOf(out.diagnostics, Severity::Error);
            h = p.readHeader(r);
            if (countOf(out.diagnostics, Severity::Error) > errorsBefore)
                return; // without its columns no row of this form can be read
            ParsedAnnex annex = pending;
            annex.year = h.year;
            annex.yearLine = h.line;
            out.annexes << annex;
            pending = ParsedAnnex();
            state = State::Table;
            afterTotal = false;
            continue;
        }
        if (state == State::Before || (state == State::After && startsWithLabel(r))) {
            const QList<LabelledValue> values = labelledValues(r);
            for (const LabelledValue& v : values) {
                if (v.label == FormLabel::Unit) {
                    pending.unitText = v.value;
                    pending.unitLine = r.line;
                }
            }
            applyLabels(values, state == State::Before || !pending.unitText.isEmpty() ? &pending
                                                                                      : &current());
            continue;
        }
        if (state == State::Table && startsWithLabel(r)) {
            applyLabels(labelledValues(r), &current());
            state = State::After;
            continue;
        }
        if (state == State::Table && isNoteLine(r)) {
            state = State::After;
            continue;
        }
        if (state == State::After) {
            // Notes, the issuer and dates carry no figures; a row with figures down here would
            // be silently lost, so it is an error.
            if (!isNoteLine(r) && hasCountCells(r, h) && !r.at(h.col(Column::Industry)).isEmpty())
                p.error(r.line,
                        Text::tr("%1: a row with figures below %2 is not part of the table; move "
                                 "it above 合计")
                            .arg(excerpt(r.at(h.col(Column::Industry))),
                                 afterTotal ? QStringLiteral("合计") : Text::tr("the notes")),
                        QStringLiteral("industry"));
            continue;
        }
        // State::Table
        if (isTotalRow(r, h)) {
            AnnexCounts total;
            if (p.readCounts(r, h, QStringLiteral("合计"), &total, nullptr, nullptr)) {
                current().fileTotal = total;
                current().totalLine = r.line;
            }
            state = State::After;
            afterTotal = true;
            continue;
        }
        if (r.at(h.col(Column::Industry)).isEmpty() && (isUnitsRow(r) || !hasCountCells(r, h)))
            continue; // "（户）（人）" under the header, or a spare template row showing #DIV/0!
        current().rows << dataRow(r, h, p, current());
        if (current().rows.last().row.industry.isEmpty())
            current().rows.removeLast();
    }
}

// A 单位代码 as typed: "'371302" (kept as text), full-width digits.
QString unitCodeOf(const QString& cell) {
    QString code = normaliseLabel(cell);
    while (code.startsWith(QLatin1Char('\'')))
        code.remove(0, 1);
    return code;
}

void readData(const QList<CsvRecord>& records, int headerAt, Parser& p, ParsedAnnexFile& out) {
    const Header h = p.readHeader(records.at(headerAt));
    if (hasErrors(out.diagnostics))
        return;
    QHash<QString, int> groups; // unit + year → index in out.annexes
    for (int i = headerAt + 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        if (r.isBlank())
            continue;
        const QString code = unitCodeOf(r.at(h.col(Column::UnitCode)));
        const QString name = r.at(h.col(Column::UnitName));
        QString why = nameProblem(r.at(h.col(Column::UnitCode)));
        if (why.isEmpty())
            why = nameProblem(name);
        if (!why.isEmpty()) {
            p.error(r.line, Text::tr("单位代码/单位名称: %1").arg(why), QStringLiteral("unit"));
            continue;
        }
        const QString yearText = r.at(h.col(Column::Year));
        std::optional<int> year = h.year;
        if (h.col(Column::Year) >= 0) {
            year = parseYear(yearText);
            if (!year) {
                p.error(r.line, Text::tr("年度: \"%1\" is not a year").arg(excerpt(yearText)),
                        QStringLiteral("year"));
                continue;
            }
        }
        const QString key = code + QLatin1Char('\x1f') + (code.isEmpty() ? name : QString()) +
                            QLatin1Char('\x1f') + (year ? QString::number(*year) : QString());
        if (!groups.contains(key)) {
            ParsedAnnex annex;
            annex.unitCode = code;
            annex.unitText = name;
            annex.unitLine = r.line;
            annex.year = year;
            annex.yearLine = r.line;
            groups.insert(key, int(out.annexes.size()));
            out.annexes << annex;
        }
        ParsedAnnex& annex = out.annexes[groups.value(key)];
        if (isTotalRow(r, h)) {
            AnnexCounts total;
            if (p.readCounts(r, h, QStringLiteral("合计"), &total, nullptr, nullptr)) {
                annex.fileTotal = total;
                annex.totalLine = r.line;
            }
            continue;
        }
        const ParsedAnnexRow row = dataRow(r, h, p, annex);
        if (!row.row.industry.isEmpty())
            annex.rows << row;
    }
}
} // namespace

ParsedAnnexFile AnnexCsvReader::read(const QByteArray& bytes, const QString& fileName) {
    ParsedAnnexFile out;
    out.file = fileName;
    Parser p(out);
    // In a workbook, the sheet with the annex's header (and title) is the one to read.
    static const QStringList sheetHints = {
        QStringLiteral("重点行业名称"),     QStringLiteral("企业户数"),
        QStringLiteral("参保企业户数"),     QStringLiteral("从业总人数"),
        QStringLiteral("参加工伤保险人数"), QStringLiteral("重点行业企业基本情况表"),
        QStringLiteral("industry"),         QStringLiteral("enterprises")};
    CsvDocument doc = readCsvDocument(bytes, fileName, sheetHints);
    out.encoding = doc.encoding;
    if (hasErrors(doc.diagnostics)) {
        out.diagnostics << doc.diagnostics;
        return out;
    }
    const QList<CsvRecord>& records = doc.records;
    int headerAt = -1;
    for (int i = 0; i < records.size(); ++i) {
        if (isHeaderRecord(records.at(i))) {
            headerAt = i;
            break;
        }
    }
    if (headerAt < 0) {
        p.error(0, Text::tr("no header row with 重点行业名称 was found; is this an annex file?"));
        return out;
    }
    const CsvRecord& header = records.at(headerAt);
    bool data = false;
    for (const QString& f : header.fields) {
        std::optional<int> y;
        const auto c = columnFor(f, &y);
        data = data || c == Column::UnitCode || c == Column::Year ||
               (c == Column::UnitName && headerAt == 0);
    }
    out.layout = data ? CsvLayout::Data : CsvLayout::Form;
    if (data)
        readData(records, headerAt, p, out);
    else
        readForm(records, p, out);
    return out;
}

} // namespace yufang
