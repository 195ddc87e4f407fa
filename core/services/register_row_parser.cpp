#include "register_row_parser.h"

#include "domain/credit_code.h"
#include "domain/input_text.h"
#include "domain/same_bytes.h"
#include "io/cell_parsing.h"
#include "io/register_header.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
};

QString str(QByteArrayView v) {
    return QString::fromUtf8(v);
}

// A cell quoted in a message: a short excerpt, never the whole of a 30,000-character cell.
QString quoted(QByteArrayView v) {
    return excerpt(QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 256))));
}

// What nameProblem finds in a name or code cell; checked on the bytes first, since almost
// every cell is short and free of control bytes (known for the whole record when the reader
// found none in its line).
QString nameProblemOf(QByteArrayView v, bool plainRecord) {
    if (v.size() <= input_limits::kMaxNameChars &&
        (plainRecord || std::none_of(v.begin(), v.end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x20; })))
        return {};
    return nameProblem(str(v));
}

// Equality with a short literal, inline: the insured column is compared with ten of them.
template <size_t N> bool is(QByteArrayView v, const char (&literal)[N]) {
    return v.size() == qsizetype(N - 1) && std::memcmp(v.data(), literal, N - 1) == 0;
}

// How a message names a column: the official Chinese name clerks see in their sheets, with the
// canonical key the header may use instead.
QString columnName(RegisterColumn c) {
    return QStringLiteral("%1（%2）").arg(registerColumnCaption(c), registerColumnKey(c));
}

bool asciiDigits(QByteArrayView v, qint64* out) {
    if (v.isEmpty() || v.size() > 15)
        return false;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}
} // namespace

RegisterRowParser::RegisterRowParser(QSet<QByteArray> unitCodes, Report report)
    : m_units(std::move(unitCodes)), m_report(std::move(report)) {
    m_index.fill(-1);
}

bool RegisterRowParser::readHeader(const CsvByteRecord& header) {
    for (int i = 0; i < header.fieldCount(); ++i) {
        const QString text = str(header.at(i));
        bool decorated = false;
        if (const auto c = registerColumnFromHeader(text, &decorated)) {
            // The plain name wins over a decorated one ("从业人数" beside "从业人数（人）");
            // the same plain name twice is ambiguous.
            if (m_index[int(*c)] >= 0 && (decorated || !m_decorated[int(*c)])) {
                if (decorated)
                    continue;
                report(Severity::Error, header.line, *c,
                       Text::tr("column %1 appears twice").arg(columnName(*c)));
                return false;
            }
            m_index[int(*c)] = i;
            m_decorated[int(*c)] = decorated;
        }
    }
    bool ok = true;
    for (int i = 0; i < kRegisterColumnCount; ++i) {
        const auto c = RegisterColumn(i);
        if (m_index[i] < 0 && registerColumnRequired(c)) {
            report(Severity::Error, header.line, c,
                   Text::tr("the header has no %1 (%2) column")
                       .arg(registerColumnKey(c), registerColumnCaption(c)));
            ok = false;
        }
    }
    return ok;
}

bool RegisterRowParser::count(const CsvByteRecord& row, RegisterColumn c, qint64* out) {
    const QByteArrayView v = field(row, c);
    if (asciiDigits(v, out))
        return true;
    // Thousands separators, full-width digits, "12.0": the lenient annex rules.
    const ParsedCount p = parseCount(str(v));
    if (p.kind == ParsedCount::Kind::Value) {
        *out = p.value;
        return true;
    }
    report(Severity::Error, row.line, c,
           p.kind == ParsedCount::Kind::Empty ? Text::tr("%1 is empty").arg(columnName(c))
                                              : Text::tr("%1: %2").arg(columnName(c), p.problem));
    return false;
}

bool RegisterRowParser::money(const CsvByteRecord& row, RegisterColumn c,
                              std::optional<double>* out) {
    if (m_index[int(c)] < 0)
        return true;
    const QByteArrayView v = field(row, c);
    if (v.isEmpty())
        return true;
    double d = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    bool ok = ec == std::errc() && end == v.data() + v.size();
    if (!ok) {
        QString t = normaliseLabel(str(v));
        t.remove(QLatin1Char(','));
        d = t.toDouble(&ok);
    }
    if (!ok || d < 0 || !std::isfinite(d)) {
        report(Severity::Error, row.line, c,
               Text::tr("%1: \"%2\" is not an amount ≥ 0").arg(columnName(c), quoted(v)));
        return false;
    }
    *out = d;
    return true;
}

bool RegisterRowParser::parse(const CsvByteRecord& row, RegisterRecord* r) {
    bool ok = true;
    *r = RegisterRecord{};
    r->unitCode = field(row, RegisterColumn::UnitCode);
    // "371302.0": a code column some exports write as a decimal number.
    if (const qsizetype dot = r->unitCode.indexOf('.'); dot > 0) {
        const QByteArrayView tail = r->unitCode.sliced(dot + 1);
        if (!tail.isEmpty() &&
            std::all_of(tail.begin(), tail.end(), [](char c) { return c == '0'; }))
            r->unitCode = r->unitCode.first(dot);
    }
    if (!sameBytes(r->unitCode, m_lastUnit)) {
        const auto known =
            m_units.constFind(QByteArray::fromRawData(r->unitCode.data(), r->unitCode.size()));
        if (known == m_units.constEnd()) {
            report(Severity::Error, row.line, RegisterColumn::UnitCode,
                   r->unitCode.isEmpty()
                       ? Text::tr("unit_code is empty")
                       : Text::tr("unit %1 is not in the database; load it first with import-units")
                             .arg(quoted(r->unitCode)));
            ok = false;
        } else {
            m_lastUnit = *known; // the set's own copy: no allocation per row of a shuffled file
        }
    }
    r->enterpriseName = field(row, RegisterColumn::EnterpriseName);
    if (r->enterpriseName.isEmpty()) {
        report(Severity::Error, row.line, RegisterColumn::EnterpriseName,
               Text::tr("enterprise_name is empty"));
        ok = false;
    }
    r->industry = field(row, RegisterColumn::Industry);
    if (r->industry.isEmpty()) {
        report(Severity::Error, row.line, RegisterColumn::Industry, Text::tr("industry is empty"));
        ok = false;
    }
    // Names and codes are one line of text (a stray quote would otherwise pull the next
    // rows into one of them) and within the name limit.
    for (RegisterColumn c : {RegisterColumn::UnitCode, RegisterColumn::EnterpriseName,
                             RegisterColumn::Industry, RegisterColumn::CreditCode}) {
        if (const QString why = nameProblemOf(field(row, c), row.isPlainText()); !why.isEmpty()) {
            report(Severity::Error, row.line, c, Text::tr("%1: %2").arg(columnName(c), why));
            ok = false;
        }
    }
    r->creditCode = field(row, RegisterColumn::CreditCode);
    // Almost every code is 18 characters of the alphabet with the right check character: one
    // loop says so, and such a code needs none of the checks below (no lower case, no
    // full-width character, no Excel number).
    const bool validCode = creditCodeIsValid(r->creditCode);
    if (!validCode && std::any_of(r->creditCode.begin(), r->creditCode.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
        })) {
        // Lower case and full-width characters (an IME left in full-width mode) are the same
        // code: store it in the one form the duplicate check and searches compare.
        m_creditCode = toHalfWidth(str(r->creditCode)).trimmed().toUpper().toUtf8();
        r->creditCode = m_creditCode;
    }
    if (r->creditCode.isEmpty()) {
        report(Severity::Error, row.line, RegisterColumn::CreditCode,
               Text::tr("credit_code is empty"));
        ok = false;
    } else if (creditCodeDestroyedBySpreadsheet(r->creditCode)) {
        // An all-digit code typed into a General cell: Excel keeps 15 digits and saves
        // "9.13713E+17". The code is lost, and every such row would clash with the others.
        report(Severity::Error, row.line, RegisterColumn::CreditCode,
               Text::tr("credit code %1 was turned into a number by Excel and its digits are "
                        "lost: set the column's format to Text and enter the codes again")
                   .arg(quoted(r->creditCode)));
        ok = false;
    } else if (!validCode) {
        switch (checkCreditCode(r->creditCode)) {
        case CreditCodeCheck::Valid:
            break;
        case CreditCodeCheck::Malformed:
            report(Severity::Warning, row.line, RegisterColumn::CreditCode,
                   Text::tr("credit code %1 is not 18 characters of the GB 32100 alphabet")
                       .arg(quoted(r->creditCode)));
            break;
        case CreditCodeCheck::BadCheckCharacter:
            report(Severity::Warning, row.line, RegisterColumn::CreditCode,
                   Text::tr("credit code %1: the check character should be %2")
                       .arg(quoted(r->creditCode))
                       .arg(QLatin1Char(creditCodeCheckCharacter(r->creditCode.first(17)))));
            break;
        }
    }
    const QByteArrayView yearText = field(row, RegisterColumn::Year);
    qint64 year = 0;
    if (asciiDigits(yearText, &year) && year >= 1990 && year <= 2100) { // parseYear's range
        r->year = int(year);
    } else if (const auto y = parseYear(str(yearText))) {
        r->year = *y;
    } else {
        report(Severity::Error, row.line, RegisterColumn::Year,
               Text::tr("year: \"%1\" is not a year such as 2021").arg(quoted(yearText)));
        ok = false;
    }
    ok &= count(row, RegisterColumn::Employees, &r->employees);
    ok &= count(row, RegisterColumn::InsuredEmployees, &r->insuredEmployees);
    ok &= count(row, RegisterColumn::Accidents, &r->accidents);
    ok &= count(row, RegisterColumn::OccupationalDiseaseCases, &r->occupationalDiseaseCases);
    ok &= count(row, RegisterColumn::KeyPersonnel, &r->keyPersonnel);
    ok &= count(row, RegisterColumn::KeyPersonnelTrained, &r->keyPersonnelTrained);

    const QByteArrayView insured = field(row, RegisterColumn::Insured);
    if (is(insured, "1") || is(insured, "是") || is(insured, "Y") || is(insured, "y") ||
        is(insured, "true")) {
        r->insured = true;
    } else if (is(insured, "0") || is(insured, "否") || is(insured, "N") || is(insured, "n") ||
               is(insured, "false")) {
        r->insured = false;
    } else if (insured.isEmpty()) {
        r->insured = r->insuredEmployees > 0;
    } else {
        report(Severity::Error, row.line, RegisterColumn::Insured,
               Text::tr("insured: \"%1\" is not 0 or 1").arg(quoted(insured)));
        ok = false;
    }
    if (m_index[int(RegisterColumn::RiskClass)] >= 0) {
        const QByteArrayView v = field(row, RegisterColumn::RiskClass);
        qint64 risk = 0;
        if (asciiDigits(v, &risk) && risk >= 1 && risk <= 8) {
            r->riskClass = int(risk);
        } else if (!v.isEmpty()) {
            report(Severity::Error, row.line, RegisterColumn::RiskClass,
                   Text::tr("risk_class: \"%1\" is not an industry risk class 1-8").arg(quoted(v)));
            ok = false;
        }
    }
    ok &= money(row, RegisterColumn::Payroll, &r->payroll);
    ok &= money(row, RegisterColumn::Contributions, &r->contributions);
    ok &= money(row, RegisterColumn::BenefitsPaid, &r->benefitsPaid);
    if (!ok)
        return false;

    // The annex rules, per enterprise.
    if (r->keyPersonnelTrained > r->keyPersonnel) {
        report(Severity::Error, row.line, RegisterColumn::KeyPersonnelTrained,
               Text::tr("key_personnel_trained (%1) exceeds key_personnel (%2)")
                   .arg(r->keyPersonnelTrained)
                   .arg(r->keyPersonnel));
        ok = false;
    }
    if (r->insuredEmployees > r->employees)
        report(
            Severity::Warning, row.line, RegisterColumn::InsuredEmployees,
            Text::tr(
                "insured_employees (%1) exceeds employees (%2): insured by project (按项目参保)?")
                .arg(r->insuredEmployees)
                .arg(r->employees));
    if (r->insured != (r->insuredEmployees > 0))
        report(Severity::Warning, row.line, RegisterColumn::Insured,
               Text::tr("insured is %1 but insured_employees is %2")
                   .arg(int(r->insured))
                   .arg(r->insuredEmployees));
    return ok;
}

RegisterRowParser::TotalKind RegisterRowParser::totalKind(const CsvByteRecord& row) const {
    // Runs for every row, so on bytes: the cell without spaces (ASCII or the ideographic
    // U+3000) against the UTF-8 of 合计, 总计 and 小计.
    static const QByteArray total = QStringLiteral("合计").toUtf8();
    static const QByteArray grandTotal = QStringLiteral("总计").toUtf8();
    static const QByteArray subtotal = QStringLiteral("小计").toUtf8();
    for (RegisterColumn c : {RegisterColumn::UnitCode, RegisterColumn::EnterpriseName}) {
        const QByteArrayView v = field(row, c);
        if (v.size() < 6 || v.size() > 24 || static_cast<unsigned char>(v.front()) < 0x80)
            continue;
        char packed[24];
        qsizetype n = 0;
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (v[i] == ' ' || v[i] == '\t')
                continue;
            if (i + 2 < v.size() && v[i] == '\xE3' && v[i + 1] == '\x80' && v[i + 2] == '\x80') {
                i += 2;
                continue;
            }
            packed[n++] = v[i];
        }
        const QByteArrayView label(packed, n);
        if (label == QByteArrayView(total) || label == QByteArrayView(grandTotal))
            return TotalKind::Total;
        if (label == QByteArrayView(subtotal))
            return TotalKind::Subtotal;
    }
    return TotalKind::None;
}

bool RegisterRowParser::checkTotal(const CsvByteRecord& row, const Totals& sums) {
    bool ok = true;
    for (size_t i = 0; i < kTotalled.size(); ++i) {
        const RegisterColumn c = kTotalled[i];
        const ParsedCount p = parseCount(str(field(row, c)));
        if (p.kind == ParsedCount::Kind::Empty)
            continue;
        if (p.kind != ParsedCount::Kind::Value) {
            report(Severity::Error, row.line, c, Text::tr("%1: %2").arg(columnName(c), p.problem));
            ok = false;
        } else if (p.value != sums[i]) {
            report(Severity::Error, row.line, c,
                   Text::tr("the total row gives %1 %2, the rows above add up to %3")
                       .arg(columnName(c))
                       .arg(p.value)
                       .arg(sums[i]));
            ok = false;
        }
    }
    return ok;
}

void RegisterRowParser::add(Totals& sums, const RegisterRecord& row) {
    sums[0] += row.employees;
    sums[1] += row.insuredEmployees;
    sums[2] += row.accidents;
    sums[3] += row.occupationalDiseaseCases;
    sums[4] += row.keyPersonnel;
    sums[5] += row.keyPersonnelTrained;
}

} // namespace yufang
