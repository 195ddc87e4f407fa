#include "form_definition.h"

#include <QCoreApplication>
#include <QSet>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormDefinition)
};

qint64 power10(int n) {
    qint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

// Stable keys are ASCII letters, digits, '_' and '-': they name database rows and CSV
// columns, so they must survive every encoding unchanged.
bool isStableKey(const QString& key) {
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                        c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

Diagnostic problem(const QString& field, const QString& message) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.field = field;
    d.message = message;
    return d;
}
} // namespace

bool FormRule::holds(qint64 left, int leftDecimals, qint64 right, int rightDecimals) const {
    // Bring both sides to the same number of decimals before comparing.
    const int decimals = std::max(leftDecimals, rightDecimals);
    const qint64 l = left * power10(decimals - leftDecimals);
    const qint64 r = right * power10(decimals - rightDecimals);
    switch (op) {
    case FormRuleOp::LessOrEqual:
        return l <= r;
    case FormRuleOp::Less:
        return l < r;
    case FormRuleOp::GreaterOrEqual:
        return l >= r;
    case FormRuleOp::Greater:
        return l > r;
    case FormRuleOp::Equal:
        return l == r;
    }
    return true;
}

namespace form_fields {
QList<FormField> standardFooter() {
    // The captions are the printed form's own words, the same in every language of the app.
    return {FormField{kPreparer, QStringLiteral("填报人")},
            FormField{kPhone, QStringLiteral("联系电话")},
            FormField{kFilledOn, QStringLiteral("填报日期")}};
}
} // namespace form_fields

QString FormDefinition::printTitleFor(const QString& planTitle) const {
    QString t = effectivePrintTitle();
    return t.replace(QStringLiteral("{plan}"), planTitle);
}

QStringList FormDefinition::notesFor(int year) const {
    QStringList out;
    for (const QString& note : notes)
        out << withYear(note, year);
    return out;
}

const FormColumn* FormDefinition::column(const QString& key) const {
    const int i = columnIndex(key);
    return i < 0 ? nullptr : &columns.at(i);
}

int FormDefinition::columnIndex(const QString& key) const {
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

QList<FormColumn> FormDefinition::numberColumns() const {
    QList<FormColumn> out;
    for (const FormColumn& c : columns)
        if (c.isNumber())
            out << c;
    return out;
}

QString columnHeader(const FormColumn& column) {
    return column.unit.isEmpty()
               ? column.caption
               : column.caption + QStringLiteral("（") + column.unit + QStringLiteral("）");
}

QString withYear(QString text, int year) {
    return text.replace(QStringLiteral("{year}"), QString::number(year));
}

QString printedHeader(const FormColumn& c, int year) {
    if (c.printedCaption.isEmpty())
        return columnHeader(c);
    FormColumn printed = c;
    printed.caption = withYear(c.printedCaption, year);
    return columnHeader(printed);
}

QString displayHeader(const FormColumn& c) {
    if (c.type == FormColumnType::Derived && c.unit.isEmpty() &&
        (c.scale == 100 || c.scale == 1000))
        return c.caption + (c.scale == 100 ? QStringLiteral("（%）") : QStringLiteral("（‰）"));
    return columnHeader(c);
}

QString formRowKindKey(FormRowKind kind) {
    switch (kind) {
    case FormRowKind::Industries:
        return QStringLiteral("industries");
    case FormRowKind::KeyPersonnel:
        return QStringLiteral("keyPersonnel");
    case FormRowKind::FixedList:
        return QStringLiteral("fixedList");
    case FormRowKind::Free:
        return QStringLiteral("free");
    case FormRowKind::IndustriesByKeyPersonnel:
        return QStringLiteral("industriesByKeyPersonnel");
    }
    return {};
}

std::optional<FormRowKind> formRowKindFromKey(const QString& key) {
    for (const FormRowKind k :
         {FormRowKind::Industries, FormRowKind::KeyPersonnel, FormRowKind::FixedList,
          FormRowKind::Free, FormRowKind::IndustriesByKeyPersonnel})
        if (formRowKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString formColumnTypeKey(FormColumnType type) {
    switch (type) {
    case FormColumnType::Count:
        return QStringLiteral("count");
    case FormColumnType::Decimal:
        return QStringLiteral("decimal");
    case FormColumnType::Text:
        return QStringLiteral("text");
    case FormColumnType::Derived:
        return QStringLiteral("derived");
    case FormColumnType::Sum:
        return QStringLiteral("sum");
    }
    return {};
}

std::optional<FormColumnType> formColumnTypeFromKey(const QString& key) {
    for (const FormColumnType t :
         {FormColumnType::Count, FormColumnType::Decimal, FormColumnType::Text,
          FormColumnType::Derived, FormColumnType::Sum})
        if (formColumnTypeKey(t) == key)
            return t;
    return std::nullopt;
}

QString formRuleOpKey(FormRuleOp op) {
    switch (op) {
    case FormRuleOp::LessOrEqual:
        return QStringLiteral("<=");
    case FormRuleOp::Less:
        return QStringLiteral("<");
    case FormRuleOp::GreaterOrEqual:
        return QStringLiteral(">=");
    case FormRuleOp::Greater:
        return QStringLiteral(">");
    case FormRuleOp::Equal:
        return QStringLiteral("==");
    }
    return {};
}

std::optional<FormRuleOp> formRuleOpFromKey(const QString& key) {
    for (const FormRuleOp o : {FormRuleOp::LessOrEqual, FormRuleOp::Less,
                               FormRuleOp::GreaterOrEqual, FormRuleOp::Greater, FormRuleOp::Equal})
        if (formRuleOpKey(o) == key)
            return o;
    return std::nullopt;
}

namespace {
template <typename E, std::size_t N>
QString keyOf(E value, const std::pair<E, const char*> (&table)[N]) {
    for (const auto& [v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}
template <typename E, std::size_t N>
std::optional<E> fromKeyOf(const QString& key, const std::pair<E, const char*> (&table)[N]) {
    for (const auto& [v, name] : table)
        if (key == QLatin1String(name))
            return v;
    return std::nullopt;
}
const std::pair<FormOrientation, const char*> kOrientations[] = {
    {FormOrientation::Auto, "auto"},
    {FormOrientation::Portrait, "portrait"},
    {FormOrientation::Landscape, "landscape"}};
const std::pair<FormRunningTitle, const char*> kRunningTitles[] = {
    {FormRunningTitle::TitleAndYear, "titleAndYear"}, {FormRunningTitle::PrintTitle, "printTitle"}};
const std::pair<FormIndicatorPrint, const char*> kIndicatorPrints[] = {
    {FormIndicatorPrint::Block, "block"},
    {FormIndicatorPrint::Line, "line"},
    {FormIndicatorPrint::Trend, "trend"},
    {FormIndicatorPrint::None, "none"}};
} // namespace

QString formOrientationKey(FormOrientation orientation) {
    return keyOf(orientation, kOrientations);
}
std::optional<FormOrientation> formOrientationFromKey(const QString& key) {
    return fromKeyOf(key, kOrientations);
}
QString formRunningTitleKey(FormRunningTitle title) {
    return keyOf(title, kRunningTitles);
}
std::optional<FormRunningTitle> formRunningTitleFromKey(const QString& key) {
    return fromKeyOf(key, kRunningTitles);
}
QString formIndicatorPrintKey(FormIndicatorPrint print) {
    return keyOf(print, kIndicatorPrints);
}
std::optional<FormIndicatorPrint> formIndicatorPrintFromKey(const QString& key) {
    return fromKeyOf(key, kIndicatorPrints);
}

const QStringList& formFormulaKeys() {
    static const QStringList keys{QStringLiteral("training_coverage"),
                                  QStringLiteral("insurance_rates")};
    return keys;
}

int printedColumnCount(const FormDefinition& d) {
    return int(d.columns.size()) + (d.hasGroups() ? 2 : 1);
}

Diagnostics validateFormDefinition(const FormDefinition& def) {
    Diagnostics out;
    if (!isStableKey(def.code))
        out << problem(
            QStringLiteral("code"),
            Text::tr("the form code \"%1\" must be ASCII letters, digits, _ or -").arg(def.code));
    if (def.title.trimmed().isEmpty())
        out << problem(QStringLiteral("title"), Text::tr("the form has no title"));
    if (def.rowKind == FormRowKind::FixedList && def.fixedRows.isEmpty())
        out << problem(QStringLiteral("fixedRows"),
                       Text::tr("a form with a fixed list of rows needs at least one row"));
    if (def.columns.isEmpty())
        out << problem(QStringLiteral("columns"), Text::tr("the form has no columns"));
    if (def.subtotals.any() && !def.hasGroups())
        out << problem(QStringLiteral("subtotals"),
                       Text::tr("subtotals need a form whose rows have groups (industries × "
                                "key-personnel categories)"));

    QSet<QString> keys;
    for (int i = 0; i < def.columns.size(); ++i) {
        const FormColumn& c = def.columns.at(i);
        const QString where = QStringLiteral("columns[%1]").arg(i);
        if (!isStableKey(c.key))
            out << problem(where + QStringLiteral(".key"),
                           Text::tr("column %1: the key \"%2\" must be ASCII letters, digits, _ "
                                    "or -")
                               .arg(i + 1)
                               .arg(c.key));
        else if (keys.contains(c.key))
            out << problem(
                where + QStringLiteral(".key"),
                Text::tr("column %1: the key \"%2\" is used twice").arg(i + 1).arg(c.key));
        keys.insert(c.key);
        if (c.caption.trimmed().isEmpty())
            out << problem(where + QStringLiteral(".caption"),
                           Text::tr("column %1 (%2) has no caption").arg(i + 1).arg(c.key));
        if (c.decimals < 0 || c.decimals > 6)
            out << problem(
                where + QStringLiteral(".decimals"),
                Text::tr("column %1 (%2): decimals must be between 0 and 6").arg(i + 1).arg(c.key));
        if (c.type == FormColumnType::Sum) {
            if (c.summands.isEmpty())
                out << problem(where + QStringLiteral(".summands"),
                               Text::tr("column %1 (%2): a sum column needs the columns it adds")
                                   .arg(i + 1)
                                   .arg(c.key));
            for (const QString& key : c.summands) {
                const FormColumn* ref = def.column(key);
                if (!ref || ref->type != FormColumnType::Count)
                    out << problem(where + QStringLiteral(".summands"),
                                   Text::tr("column %1 (%2): \"%3\" is not a count column of "
                                            "this form")
                                       .arg(i + 1)
                                       .arg(c.key, key));
            }
            continue;
        }
        if (c.type != FormColumnType::Derived)
            continue;
        for (const auto& [part, key] :
             {std::pair{QStringLiteral("numerator"), c.numeratorKey},
              std::pair{QStringLiteral("denominator"), c.denominatorKey}}) {
            const FormColumn* ref = def.column(key);
            if (!ref || !ref->isNumber())
                out << problem(where + QLatin1Char('.') + part,
                               Text::tr("column %1 (%2): the %3 \"%4\" is not a count or decimal "
                                        "column of this form")
                                   .arg(i + 1)
                                   .arg(c.key, part, key));
        }
        if (c.scale <= 0)
            out << problem(where + QStringLiteral(".scale"),
                           Text::tr("column %1 (%2): the scale must be a positive whole number "
                                    "(100 for %, 1000 for ‰)")
                               .arg(i + 1)
                               .arg(c.key));
    }

    for (int i = 0; i < def.rules.size(); ++i) {
        const FormRule& r = def.rules.at(i);
        const QString where = QStringLiteral("rules[%1]").arg(i);
        for (const auto& [part, key] : {std::pair{QStringLiteral("left"), r.leftKey},
                                        std::pair{QStringLiteral("right"), r.rightKey}}) {
            const FormColumn* ref = def.column(key);
            if (!ref || !ref->isNumber())
                out << problem(where + QLatin1Char('.') + part,
                               Text::tr("rule %1: \"%2\" is not a count or decimal column of this "
                                        "form")
                                   .arg(i + 1)
                                   .arg(key));
        }
        if (r.message.trimmed().isEmpty())
            out << problem(where + QStringLiteral(".message"),
                           Text::tr("rule %1 has no message").arg(i + 1));
    }

    QSet<QString> fieldKeys;
    const auto checkFields = [&](const QList<FormField>& fields, const QString& name) {
        for (int i = 0; i < fields.size(); ++i) {
            const FormField& f = fields.at(i);
            const QString where = QStringLiteral("%1[%2].key").arg(name).arg(i);
            if (!isStableKey(f.key))
                out << problem(where, Text::tr("%1 %2: the key \"%3\" must be ASCII letters, "
                                               "digits, _ or -")
                                          .arg(name)
                                          .arg(i + 1)
                                          .arg(f.key));
            else if (fieldKeys.contains(f.key))
                out << problem(where, Text::tr("%1 %2: the key \"%3\" is used twice")
                                          .arg(name)
                                          .arg(i + 1)
                                          .arg(f.key));
            fieldKeys.insert(f.key);
        }
    };
    checkFields(def.headerFields, QStringLiteral("headerFields"));
    checkFields(def.footerFields, QStringLiteral("footerFields"));

    const FormPrintLayout& print = def.print;
    if (!print.columnWidths.isEmpty()) {
        bool positive = true;
        for (int w : print.columnWidths)
            positive = positive && w > 0;
        if (print.columnWidths.size() != printedColumnCount(def) || !positive)
            out << problem(QStringLiteral("print.columnWidths"),
                           Text::tr("the printed form has %1 columns: give as many widths, each "
                                    "above 0, or none")
                               .arg(printedColumnCount(def)));
    }
    if (!print.columnHeaders.isEmpty() && print.columnHeaders.size() != printedColumnCount(def))
        out << problem(QStringLiteral("print.columnHeaders"),
                       Text::tr("the printed form has %1 columns: give as many headers, or none")
                           .arg(printedColumnCount(def)));
    for (int i = 0; i < print.formulas.size(); ++i)
        if (!formFormulaKeys().contains(print.formulas.at(i)))
            out << problem(QStringLiteral("print.formulas[%1]").arg(i),
                           Text::tr("\"%1\" is not one of %2")
                               .arg(print.formulas.at(i), formFormulaKeys().join(u", ")));
    if (print.indicators == FormIndicatorPrint::Line && print.indicatorLine.trimmed().isEmpty())
        out << problem(QStringLiteral("print.indicatorLine"),
                       Text::tr("indicators printed as a line need the line ({value}, "
                                "{expected}, {target}, {status})"));
    for (int i = 0; i < print.trend.parts.size(); ++i) {
        const FormTrendPart& part = print.trend.parts.at(i);
        const QString where = QStringLiteral("print.trend.parts[%1]").arg(i);
        if (part.caption.trimmed().isEmpty())
            out << problem(where + QStringLiteral(".caption"),
                           Text::tr("a part of the trend table needs a caption"));
        if (part.columns.isEmpty())
            out << problem(where + QStringLiteral(".columns"),
                           Text::tr("a part of the trend table needs the columns it adds"));
        for (const QString& key : part.columns) {
            const FormColumn* ref = def.column(key);
            if (!ref || ref->type != FormColumnType::Count)
                out << problem(where + QStringLiteral(".columns"),
                               Text::tr("\"%1\" is not a count column of this form").arg(key));
        }
    }
    return out;
}

} // namespace yufang
