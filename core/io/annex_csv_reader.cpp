#include "annex_csv_reader.h"

#include "cell_parsing.h"
#include "csv_reader.h"
#include "text_decoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AnnexCsvReader)
};

enum class Column {
    UnitCode, UnitName, Year, Industry, Enterprises, InsuredEnterprises, Employees,
    InsuredPersons, Accidents, CoverageRate, AccidentRate, Remark
};

// Header text → column, on normalised labels (half-width, no spaces, no unit suffix).
std::optional<Column> columnFor(const QString& header, std::optional<int>* yearInHeader) {
    QString h = normaliseLabel(header).toLower();
    h.remove(QRegularExpression(QStringLiteral("[\\(（\\[].*[\\)）\\]]$"))); // "(%)", "（人）"
    h.remove(QLatin1Char('*'));
    static const QHash<QString, Column> names = {
        {QStringLiteral("单位代码"), Column::UnitCode},       {QStringLiteral("unit_code"), Column::UnitCode},
        {QStringLiteral("单位名称"), Column::UnitName},       {QStringLiteral("unit_name"), Column::UnitName},
        {QStringLiteral("填报单位"), Column::UnitName},
        {QStringLiteral("年度"), Column::Year},               {QStringLiteral("year"), Column::Year},
        {QStringLiteral("重点行业名称"), Column::Industry},   {QStringLiteral("重点行业"), Column::Industry},
        {QStringLiteral("行业名称"), Column::Industry},       {QStringLiteral("industry"), Column::Industry},
        {QStringLiteral("企业户数"), Column::Enterprises},    {QStringLiteral("enterprises"), Column::Enterprises},
        {QStringLiteral("参保企业户数"), Column::InsuredEnterprises},
        {QStringLiteral("insured_enterprises"), Column::InsuredEnterprises},
        {QStringLiteral("从业总人数"), Column::Employees},    {QStringLiteral("从业人数"), Column::Employees},
        {QStringLiteral("employees"), Column::Employees},
        {QStringLiteral("参加工伤保险人数"), Column::InsuredPersons},
        {QStringLiteral("参保人数"), Column::InsuredPersons},
        {QStringLiteral("insured_persons"), Column::InsuredPersons},
        {QStringLiteral("工伤事故数量"), Column::Accidents},  {QStringLiteral("accidents"), Column::Accidents},
        {QStringLiteral("工伤保险参保率"), Column::CoverageRate},
        {QStringLiteral("coverage_rate"), Column::CoverageRate},
        {QStringLiteral("工伤事故发生率"), Column::AccidentRate},
        {QStringLiteral("accident_rate"), Column::AccidentRate},
        {QStringLiteral("备注"), Column::Remark},             {QStringLiteral("remark"), Column::Remark},
    };
    if (auto it = names.constFind(h); it != names.constEnd())
        return *it;
    static const QRegularExpression accidentsOfYear(QStringLiteral("^(\\d{4})年(度)?工伤事故数量$"));
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

// "填报单位：兰山区" in one cell, or "填报单位：" followed by the value in the next cell.
std::optional<QString> labelValue(const CsvRecord& r, const QString& label) {
    for (int i = 0; i < r.fields.size(); ++i) {
        const QString cell = r.fields.at(i).trimmed();
        const QString n = normaliseLabel(cell);
        if (!n.startsWith(label))
            continue;
        QString rest = n.mid(label.size());
        if (rest.startsWith(QLatin1Char(':')))
            rest = rest.mid(1);
        if (rest.isEmpty()) {
            for (int j = i + 1; j < r.fields.size(); ++j)
                if (!r.at(j).isEmpty())
                    return r.at(j);
            return QString();
        }
        // Keep the original spelling after the colon (phone numbers, names with spaces).
        const qsizetype colon = cell.indexOf(QRegularExpression(QStringLiteral("[:：]")));
        return colon >= 0 ? cell.mid(colon + 1).trimmed() : rest;
    }
    return std::nullopt;
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
        for (int i = 0; i < r.fields.size(); ++i) {
            if (r.at(i).isEmpty())
                continue;
            std::optional<int> year;
            const auto c = columnFor(r.fields.at(i), &year);
            if (!c) {
                warning(r.line, Text::tr("column \"%1\" is not part of the annex and was ignored")
                                    .arg(r.at(i)));
                continue;
            }
            if (h.index.contains(*c)) {
                error(r.line, Text::tr("column \"%1\" appears twice").arg(r.at(i)));
                continue;
            }
            h.index.insert(*c, i);
            if (year)
                h.year = year;
        }
        QStringList missing;
        const QList<std::pair<Column, CountField>> counts = {
            {Column::Enterprises, CountField::Enterprises},
            {Column::InsuredEnterprises, CountField::InsuredEnterprises},
            {Column::Employees, CountField::Employees},
            {Column::InsuredPersons, CountField::InsuredPersons},
            {Column::Accidents, CountField::Accidents}};
        for (const auto& [column, field] : counts)
            if (h.col(column) < 0)
                missing << countFieldCaption(field, 0);
        if (!missing.isEmpty())
            error(r.line, Text::tr("the header lacks the column(s) %1").arg(missing.join(QStringLiteral("、"))));
        return h;
    }

    // Fills counts and rates of one data record; false when it has an error.
    bool readCounts(const CsvRecord& r, const Header& h, const QString& industry, AnnexCounts* counts,
                    ParsedAnnexRow* rates) {
        bool ok = true;
        const QList<std::pair<Column, CountField>> columns = {
            {Column::Enterprises, CountField::Enterprises},
            {Column::InsuredEnterprises, CountField::InsuredEnterprises},
            {Column::Employees, CountField::Employees},
            {Column::InsuredPersons, CountField::InsuredPersons},
            {Column::Accidents, CountField::Accidents}};
        for (const auto& [column, field] : columns) {
            const ParsedCount p = parseCount(r.at(h.col(column)));
            if (p.kind == ParsedCount::Kind::Invalid) {
                error(r.line, Text::tr("%1, %2: %3").arg(industry, countFieldCaption(field, 0), p.problem),
                      countFieldKey(field));
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

bool isTotalLabel(const QString& s) {
    const QString n = normaliseLabel(s);
    return n == QStringLiteral("合计") || n == QStringLiteral("总计") || n.toLower() == QLatin1String("total");
}

void readForm(const QList<CsvRecord>& records, int headerAt, Parser& p, ParsedAnnexFile& out) {
    ParsedAnnex annex;
    for (int i = 0; i < headerAt; ++i) {
        if (auto unit = labelValue(records.at(i), QStringLiteral("填报单位"))) {
            annex.unitText = *unit;
            annex.unitLine = records.at(i).line;
        }
    }
    const Header h = p.readHeader(records.at(headerAt));
    annex.year = h.year;
    annex.yearLine = h.line;
    if (hasErrors(out.diagnostics))
        return;
    const int industryCol = h.col(Column::Industry);
    bool afterTotal = false;
    for (int i = headerAt + 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        if (r.isBlank())
            continue;
        if (auto v = labelValue(r, QStringLiteral("填报人"))) {
            annex.meta.preparer = *v;
            if (auto phone = labelValue(r, QStringLiteral("联系电话")))
                annex.meta.phone = *phone;
            afterTotal = true;
            continue;
        }
        if (auto v = labelValue(r, QStringLiteral("联系电话"))) {
            annex.meta.phone = *v;
            afterTotal = true;
            continue;
        }
        if (auto v = labelValue(r, QStringLiteral("填报日期"))) {
            annex.meta.filledOn = QDate::fromString(normaliseLabel(*v).replace(QLatin1Char('/'), QLatin1Char('-')), Qt::ISODate);
            afterTotal = true;
            continue;
        }
        const QString first = normaliseLabel(r.at(0));
        if (first.startsWith(QStringLiteral("备注:")) || first.startsWith(QStringLiteral("注:")) ||
            first.startsWith(QStringLiteral("(")) || afterTotal) {
            afterTotal = true; // notes and signatures end the table
            continue;
        }
        const QString industry = r.at(industryCol);
        if (isTotalLabel(industry)) {
            AnnexCounts total;
            if (p.readCounts(r, h, industry, &total, nullptr)) {
                annex.fileTotal = total;
                annex.totalLine = r.line;
            }
            afterTotal = true;
            continue;
        }
        ParsedAnnexRow row;
        row.line = r.line;
        row.row.industry = industry;
        row.row.remark = CsvReader::unneutralise(r.at(h.col(Column::Remark)));
        p.readCounts(r, h, industry.isEmpty() ? QStringLiteral("?") : industry, &row.row.counts, &row);
        if (industry.isEmpty()) {
            p.error(r.line, Text::tr("the key industry name (重点行业名称) is empty"), QStringLiteral("industry"));
            continue;
        }
        annex.rows << row;
    }
    out.annexes << annex;
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
        const QString code = r.at(h.col(Column::UnitCode));
        const QString name = r.at(h.col(Column::UnitName));
        const QString yearText = r.at(h.col(Column::Year));
        std::optional<int> year = h.year;
        if (h.col(Column::Year) >= 0) {
            year = parseYear(yearText);
            if (!year) {
                p.error(r.line, Text::tr("年度: \"%1\" is not a year").arg(yearText), QStringLiteral("year"));
                continue;
            }
        }
        const QString key = code + QLatin1Char('\x1f') + name + QLatin1Char('\x1f') +
                            (year ? QString::number(*year) : QString());
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
        const QString industry = r.at(h.col(Column::Industry));
        if (isTotalLabel(industry)) {
            AnnexCounts total;
            if (p.readCounts(r, h, industry, &total, nullptr)) {
                annex.fileTotal = total;
                annex.totalLine = r.line;
            }
            continue;
        }
        ParsedAnnexRow row;
        row.line = r.line;
        row.row.industry = industry;
        row.row.remark = CsvReader::unneutralise(r.at(h.col(Column::Remark)));
        p.readCounts(r, h, industry.isEmpty() ? QStringLiteral("?") : industry, &row.row.counts, &row);
        if (industry.isEmpty()) {
            p.error(r.line, Text::tr("the key industry name (重点行业名称) is empty"), QStringLiteral("industry"));
            continue;
        }
        annex.rows << row;
    }
}
} // namespace

ParsedAnnexFile AnnexCsvReader::read(const QByteArray& bytes, const QString& fileName) {
    ParsedAnnexFile out;
    out.file = fileName;
    Parser p(out);
    const DecodedText decoded = decodeText(bytes);
    out.encoding = decoded.encoding;
    if (!decoded.ok) {
        p.error(0, Text::tr("the file is neither UTF-8, UTF-16 nor GB18030 text"));
        return out;
    }
    const QList<CsvRecord> records =
        CsvReader::parse(decoded.text, CsvReader::detectDelimiter(decoded.text));
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
    out.layout = data ? AnnexLayout::Data : AnnexLayout::Form;
    if (data)
        readData(records, headerAt, p, out);
    else
        readForm(records, headerAt, p, out);
    return out;
}

} // namespace yufang
