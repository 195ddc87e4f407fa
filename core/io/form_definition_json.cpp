#include "form_definition_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormDefinitionJson)
};

QJsonArray stringArray(const QStringList& list) {
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QJsonArray fieldArray(const QList<FormField>& fields) {
    QJsonArray a;
    for (const FormField& f : fields)
        a.append(
            QJsonObject{{QStringLiteral("key"), f.key}, {QStringLiteral("caption"), f.caption}});
    return a;
}

QJsonObject columnObject(const FormColumn& c) {
    QJsonObject o{{QStringLiteral("key"), c.key},
                  {QStringLiteral("caption"), c.caption},
                  {QStringLiteral("type"), formColumnTypeKey(c.type)}};
    if (!c.unit.isEmpty())
        o.insert(QStringLiteral("unit"), c.unit);
    if (c.type == FormColumnType::Decimal || c.type == FormColumnType::Derived)
        o.insert(QStringLiteral("decimals"), c.decimals);
    if (c.type == FormColumnType::Sum)
        o.insert(QStringLiteral("summands"), stringArray(c.summands));
    if (!c.aliases.isEmpty())
        o.insert(QStringLiteral("aliases"), stringArray(c.aliases));
    if (!c.printedCaption.isEmpty())
        o.insert(QStringLiteral("printedCaption"), c.printedCaption);
    if (c.denominatorFollowsPlan)
        o.insert(QStringLiteral("denominatorFollowsPlan"), true);
    if (c.type == FormColumnType::Derived) {
        o.insert(QStringLiteral("numerator"), c.numeratorKey);
        o.insert(QStringLiteral("denominator"), c.denominatorKey);
        o.insert(QStringLiteral("scale"), c.scale);
    }
    return o;
}

QJsonObject ruleObject(const FormRule& r) {
    return {{QStringLiteral("left"), r.leftKey},
            {QStringLiteral("op"), formRuleOpKey(r.op)},
            {QStringLiteral("right"), r.rightKey},
            {QStringLiteral("severity"),
             r.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), r.message}};
}

// Reads members of one JSON object and reports what is wrong with them, each under its path.
class ObjectReader {
public:
    ObjectReader(const QJsonObject& o, QString path, QString file, Diagnostics* out)
        : m_o(o), m_path(std::move(path)), m_file(std::move(file)), m_out(out) {}

    QString string(const QString& key, bool required, const QString& fallback = {}) {
        m_known.insert(key);
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(key, Text::tr("is missing"));
            return fallback;
        }
        if (!v.isString()) {
            error(key, Text::tr("must be a string"));
            return fallback;
        }
        return v.toString();
    }
    int integer(const QString& key, int fallback) {
        m_known.insert(key);
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt())) {
            error(key, Text::tr("must be a whole number"));
            return fallback;
        }
        return v.toInt();
    }
    bool boolean(const QString& key, bool fallback) {
        m_known.insert(key);
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            error(key, Text::tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }
    QStringList strings(const QString& key) {
        m_known.insert(key);
        QStringList out;
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            error(key, Text::tr("must be a list of strings"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                error(QStringLiteral("%1[%2]").arg(key).arg(i), Text::tr("must be a string"));
            else
                out << a.at(i).toString();
        }
        return out;
    }
    // An object member; none when absent (or not an object, which is reported).
    std::optional<QJsonObject> object(const QString& key) {
        m_known.insert(key);
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            error(key, Text::tr("must be an object"));
            return std::nullopt;
        }
        return v.toObject();
    }
    QList<int> integers(const QString& key) {
        m_known.insert(key);
        QList<int> out;
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            error(key, Text::tr("must be a list of whole numbers"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QJsonValue item = a.at(i);
            if (!item.isDouble() || item.toDouble() != static_cast<double>(item.toInt()))
                error(QStringLiteral("%1[%2]").arg(key).arg(i), Text::tr("must be a whole number"));
            else
                out << item.toInt();
        }
        return out;
    }
    // The objects of a list member; a non-object element is reported and skipped.
    QList<QPair<QJsonObject, QString>> objects(const QString& key, bool* present = nullptr) {
        m_known.insert(key);
        QList<QPair<QJsonObject, QString>> out;
        const QJsonValue v = m_o.value(key);
        if (present)
            *present = !(v.isUndefined() || v.isNull());
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            error(key, Text::tr("must be a list"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!a.at(i).isObject())
                error(path, Text::tr("must be an object"));
            else
                out.append({a.at(i).toObject(), path});
        }
        return out;
    }
    // One of the words fromKey knows; `required`: an empty or missing word is an error too.
    template <typename E>
    E word(const QString& key, std::optional<E> (*fromKey)(const QString&), E fallback,
           const QStringList& allowed, bool required = true) {
        const QString w = string(key, required);
        if (w.isEmpty())
            return fallback;
        if (const auto e = fromKey(w))
            return *e;
        error(key, Text::tr("\"%1\" is not one of %2").arg(w, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    void error(const QString& key, const QString& message) {
        const QString field = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
        Diagnostic d;
        d.file = m_file;
        d.field = field;
        d.message = Text::tr("%1: %2").arg(field, message);
        *m_out << d;
    }
    // Members the format does not know, named one by one: a misspelt key is an error.
    void rejectUnknown() {
        for (const QString& key : m_o.keys())
            if (!m_known.contains(key))
                error(key, Text::tr("is not a member of a form definition"));
    }
    const QString& path() const { return m_path; }

private:
    const QJsonObject& m_o;
    QString m_path;
    QString m_file;
    Diagnostics* m_out;
    QSet<QString> m_known;
};

QStringList keysOf(const QList<FormRowKind>& list) {
    QStringList out;
    for (const auto k : list)
        out << formRowKindKey(k);
    return out;
}

QList<FormField> readFields(ObjectReader& parent, const QString& key, const QString& file,
                            Diagnostics* out, bool* present = nullptr) {
    QList<FormField> fields;
    for (const auto& [o, path] : parent.objects(key, present)) {
        ObjectReader r(o, path, file, out);
        FormField f;
        f.key = r.string(QStringLiteral("key"), true);
        f.caption = r.string(QStringLiteral("caption"), true);
        r.rejectUnknown();
        fields << f;
    }
    return fields;
}

// The members of the printed layout that differ from the defaults; empty when none does.
QJsonObject printObject(const FormPrintLayout& p) {
    const FormPrintLayout defaults;
    QJsonObject o;
    if (!p.documentName.isEmpty())
        o.insert(QStringLiteral("documentName"), p.documentName);
    if (!p.marker.isEmpty())
        o.insert(QStringLiteral("marker"), p.marker);
    if (p.orientation != defaults.orientation)
        o.insert(QStringLiteral("orientation"), formOrientationKey(p.orientation));
    if (p.runningTitle != defaults.runningTitle)
        o.insert(QStringLiteral("runningTitle"), formRunningTitleKey(p.runningTitle));
    if (p.headerOnOneLine)
        o.insert(QStringLiteral("headerOnOneLine"), true);
    if (!p.consolidatedMark.isEmpty())
        o.insert(QStringLiteral("consolidatedMark"), p.consolidatedMark);
    if (p.footerOnOneLine)
        o.insert(QStringLiteral("footerOnOneLine"), true);
    if (!p.columnWidths.isEmpty()) {
        QJsonArray widths;
        for (int w : p.columnWidths)
            widths.append(w);
        o.insert(QStringLiteral("columnWidths"), widths);
    }
    if (!p.columnHeaders.isEmpty())
        o.insert(QStringLiteral("columnHeaders"), stringArray(p.columnHeaders));
    if (p.unitInCells)
        o.insert(QStringLiteral("unitInCells"), true);
    if (p.footerLeft)
        o.insert(QStringLiteral("footerLeft"), true);
    if (p.blankRowDash)
        o.insert(QStringLiteral("blankRowDash"), true);
    if (p.notesPrefix != defaults.notesPrefix)
        o.insert(QStringLiteral("notesPrefix"), p.notesPrefix);
    if (!p.printNotes)
        o.insert(QStringLiteral("printNotes"), false);
    if (p.notesAsParagraphs)
        o.insert(QStringLiteral("notesAsParagraphs"), true);
    if (!p.formulas.isEmpty())
        o.insert(QStringLiteral("formulas"), stringArray(p.formulas));
    if (p.indicators != defaults.indicators)
        o.insert(QStringLiteral("indicators"), formIndicatorPrintKey(p.indicators));
    if (!p.indicatorLine.isEmpty())
        o.insert(QStringLiteral("indicatorLine"), p.indicatorLine);
    if (p.trend != defaults.trend) {
        QJsonObject t;
        if (!p.trend.valueCaption.isEmpty())
            t.insert(QStringLiteral("valueCaption"), p.trend.valueCaption);
        if (!p.trend.parts.isEmpty()) {
            QJsonArray parts;
            for (const FormTrendPart& part : p.trend.parts)
                parts.append(QJsonObject{{QStringLiteral("caption"), part.caption},
                                         {QStringLiteral("columns"), stringArray(part.columns)}});
            t.insert(QStringLiteral("parts"), parts);
        }
        if (!p.trend.targetNote.isEmpty())
            t.insert(QStringLiteral("targetNote"), p.trend.targetNote);
        if (!p.trend.noTargetNote.isEmpty())
            t.insert(QStringLiteral("noTargetNote"), p.trend.noTargetNote);
        o.insert(QStringLiteral("trend"), t);
    }
    return o;
}

// The member "print": every member optional, unknown ones refused like any other.
FormPrintLayout readPrint(ObjectReader& parent, const QString& file, Diagnostics* out) {
    FormPrintLayout p;
    const auto objects = parent.object(QStringLiteral("print"));
    if (!objects)
        return p;
    ObjectReader r(*objects, QStringLiteral("print"), file, out);
    p.documentName = r.string(QStringLiteral("documentName"), false);
    p.marker = r.string(QStringLiteral("marker"), false);
    p.orientation = r.word<FormOrientation>(
        QStringLiteral("orientation"), &formOrientationFromKey, p.orientation,
        {QStringLiteral("auto"), QStringLiteral("portrait"), QStringLiteral("landscape")}, false);
    p.runningTitle = r.word<FormRunningTitle>(
        QStringLiteral("runningTitle"), &formRunningTitleFromKey, p.runningTitle,
        {QStringLiteral("titleAndYear"), QStringLiteral("printTitle")}, false);
    p.headerOnOneLine = r.boolean(QStringLiteral("headerOnOneLine"), false);
    p.consolidatedMark = r.string(QStringLiteral("consolidatedMark"), false);
    p.footerOnOneLine = r.boolean(QStringLiteral("footerOnOneLine"), false);
    p.columnWidths = r.integers(QStringLiteral("columnWidths"));
    p.columnHeaders = r.strings(QStringLiteral("columnHeaders"));
    p.unitInCells = r.boolean(QStringLiteral("unitInCells"), false);
    p.footerLeft = r.boolean(QStringLiteral("footerLeft"), false);
    p.blankRowDash = r.boolean(QStringLiteral("blankRowDash"), false);
    p.notesPrefix = r.string(QStringLiteral("notesPrefix"), false, p.notesPrefix);
    p.printNotes = r.boolean(QStringLiteral("printNotes"), true);
    p.notesAsParagraphs = r.boolean(QStringLiteral("notesAsParagraphs"), false);
    p.formulas = r.strings(QStringLiteral("formulas"));
    p.indicators = r.word<FormIndicatorPrint>(QStringLiteral("indicators"),
                                              &formIndicatorPrintFromKey, p.indicators,
                                              {QStringLiteral("block"), QStringLiteral("line"),
                                               QStringLiteral("trend"), QStringLiteral("none")},
                                              false);
    p.indicatorLine = r.string(QStringLiteral("indicatorLine"), false);
    if (const auto trend = r.object(QStringLiteral("trend"))) {
        ObjectReader t(*trend, QStringLiteral("print.trend"), file, out);
        p.trend.valueCaption = t.string(QStringLiteral("valueCaption"), false);
        for (const auto& [o, path] : t.objects(QStringLiteral("parts"))) {
            ObjectReader c(o, path, file, out);
            FormTrendPart part;
            part.caption = c.string(QStringLiteral("caption"), true);
            part.columns = c.strings(QStringLiteral("columns"));
            c.rejectUnknown();
            p.trend.parts << part;
        }
        p.trend.targetNote = t.string(QStringLiteral("targetNote"), false);
        p.trend.noTargetNote = t.string(QStringLiteral("noTargetNote"), false);
        t.rejectUnknown();
    }
    r.rejectUnknown();
    return p;
}
} // namespace

QJsonObject formDefinitionToJsonObject(const FormDefinition& d) {
    QJsonArray columns;
    for (const FormColumn& c : d.columns)
        columns.append(columnObject(c));
    QJsonArray rules;
    for (const FormRule& r : d.rules)
        rules.append(ruleObject(r));
    QJsonObject o{{QStringLiteral("code"), d.code},
                  {QStringLiteral("title"), d.title},
                  {QStringLiteral("rowKind"), formRowKindKey(d.rowKind)},
                  {QStringLiteral("rowCaption"), d.rowCaption},
                  {QStringLiteral("localRowsAllowed"), d.localRowsAllowed},
                  {QStringLiteral("columns"), columns},
                  {QStringLiteral("rules"), rules},
                  {QStringLiteral("headerFields"), fieldArray(d.headerFields)},
                  {QStringLiteral("footerFields"), fieldArray(d.footerFields)},
                  {QStringLiteral("notes"), stringArray(d.notes)},
                  {QStringLiteral("remark"), d.remark}};
    if (!d.printTitle.isEmpty())
        o.insert(QStringLiteral("printTitle"), d.printTitle);
    if (!d.groupCaption.isEmpty())
        o.insert(QStringLiteral("groupCaption"), d.groupCaption);
    if (!d.fixedRows.isEmpty())
        o.insert(QStringLiteral("fixedRows"), stringArray(d.fixedRows));
    if (!d.rowAliases.isEmpty())
        o.insert(QStringLiteral("rowAliases"), stringArray(d.rowAliases));
    if (!d.groupAliases.isEmpty())
        o.insert(QStringLiteral("groupAliases"), stringArray(d.groupAliases));
    if (d.totalLabel != FormTotalLabel::Row)
        o.insert(QStringLiteral("totalLabel"), QStringLiteral("group"));
    if (!d.consolidationNote)
        o.insert(QStringLiteral("consolidationNote"), false);
    if (!d.yearLine)
        o.insert(QStringLiteral("yearLine"), false);
    if (d.localRowsFromAnnex)
        o.insert(QStringLiteral("localRowsFromAnnex"), true);
    if (d.subtotals.any()) {
        QStringList subtotals;
        if (d.subtotals.groups)
            subtotals << QStringLiteral("groups");
        if (d.subtotals.rows)
            subtotals << QStringLiteral("rows");
        o.insert(QStringLiteral("subtotals"), stringArray(subtotals));
    }
    if (const QJsonObject print = printObject(d.print); !print.isEmpty())
        o.insert(QStringLiteral("print"), print);
    return o;
}

QByteArray formDefinitionToJson(const FormDefinition& definition) {
    // QJsonDocument sorts keys alphabetically, which is fixed: the bytes depend only on the
    // definition.
    return QJsonDocument(formDefinitionToJsonObject(definition)).toJson(QJsonDocument::Indented);
}

QByteArray formDefinitionToCompactJson(const FormDefinition& definition) {
    return QJsonDocument(formDefinitionToJsonObject(definition)).toJson(QJsonDocument::Compact);
}

std::optional<FormDefinition> formDefinitionFromJson(const QByteArray& json, const QString& file,
                                                     Diagnostics* out) {
    QByteArray bytes = json;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3); // saved by Notepad with a BOM
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Diagnostic d;
        d.file = file;
        d.line = static_cast<int>(bytes.left(parseError.offset).count('\n')) + 1;
        d.message = Text::tr("this is not valid JSON: %1").arg(parseError.errorString());
        *out << d;
        return std::nullopt;
    }
    if (!doc.isObject()) {
        Diagnostic d;
        d.file = file;
        d.line = 1;
        d.message = Text::tr("a form definition is one JSON object { … }");
        *out << d;
        return std::nullopt;
    }
    return formDefinitionFromJsonObject(doc.object(), file, out);
}

std::optional<FormDefinition> formDefinitionFromJsonObject(const QJsonObject& object,
                                                           const QString& file, Diagnostics* out) {
    Diagnostics found;
    ObjectReader r(object, {}, file, &found);
    FormDefinition d;
    d.code = r.string(QStringLiteral("code"), true);
    d.title = r.string(QStringLiteral("title"), true);
    d.printTitle = r.string(QStringLiteral("printTitle"), false);
    d.rowKind = r.word<FormRowKind>(
        QStringLiteral("rowKind"), &formRowKindFromKey, FormRowKind::Industries,
        keysOf({FormRowKind::Industries, FormRowKind::KeyPersonnel, FormRowKind::FixedList,
                FormRowKind::Free, FormRowKind::IndustriesByKeyPersonnel}));
    d.rowCaption = r.string(QStringLiteral("rowCaption"), true);
    d.groupCaption = r.string(QStringLiteral("groupCaption"), false);
    d.fixedRows = r.strings(QStringLiteral("fixedRows"));
    d.rowAliases = r.strings(QStringLiteral("rowAliases"));
    d.groupAliases = r.strings(QStringLiteral("groupAliases"));
    const QString totalLabel = r.string(QStringLiteral("totalLabel"), false);
    if (totalLabel == QLatin1String("group"))
        d.totalLabel = FormTotalLabel::Group;
    else if (!totalLabel.isEmpty() && totalLabel != QLatin1String("row"))
        r.error(QStringLiteral("totalLabel"),
                Text::tr("\"%1\" is not one of row, group").arg(totalLabel));
    d.consolidationNote = r.boolean(QStringLiteral("consolidationNote"), true);
    d.yearLine = r.boolean(QStringLiteral("yearLine"), true);
    d.localRowsFromAnnex = r.boolean(QStringLiteral("localRowsFromAnnex"), false);
    d.localRowsAllowed = r.boolean(QStringLiteral("localRowsAllowed"), true);
    const QStringList subtotals = r.strings(QStringLiteral("subtotals"));
    for (int i = 0; i < subtotals.size(); ++i) {
        if (subtotals.at(i) == QLatin1String("groups"))
            d.subtotals.groups = true;
        else if (subtotals.at(i) == QLatin1String("rows"))
            d.subtotals.rows = true;
        else
            r.error(QStringLiteral("subtotals[%1]").arg(i),
                    Text::tr("\"%1\" is not one of groups, rows").arg(subtotals.at(i)));
    }
    for (const auto& [o, path] : r.objects(QStringLiteral("columns"))) {
        ObjectReader c(o, path, file, &found);
        FormColumn column;
        column.key = c.string(QStringLiteral("key"), true);
        column.caption = c.string(QStringLiteral("caption"), true);
        column.unit = c.string(QStringLiteral("unit"), false);
        column.type = c.word<FormColumnType>(QStringLiteral("type"), &formColumnTypeFromKey,
                                             FormColumnType::Count,
                                             {QStringLiteral("count"), QStringLiteral("decimal"),
                                              QStringLiteral("text"), QStringLiteral("derived")});
        column.decimals =
            c.integer(QStringLiteral("decimals"), column.type == FormColumnType::Derived ? 2 : 0);
        const bool derived = column.type == FormColumnType::Derived;
        column.numeratorKey = c.string(QStringLiteral("numerator"), derived);
        column.denominatorKey = c.string(QStringLiteral("denominator"), derived);
        column.scale = c.integer(QStringLiteral("scale"), 1);
        column.summands = c.strings(QStringLiteral("summands"));
        column.aliases = c.strings(QStringLiteral("aliases"));
        column.printedCaption = c.string(QStringLiteral("printedCaption"), false);
        column.denominatorFollowsPlan = c.boolean(QStringLiteral("denominatorFollowsPlan"), false);
        c.rejectUnknown();
        d.columns << column;
    }
    for (const auto& [o, path] : r.objects(QStringLiteral("rules"))) {
        ObjectReader c(o, path, file, &found);
        FormRule rule;
        rule.leftKey = c.string(QStringLiteral("left"), true);
        rule.op =
            c.word<FormRuleOp>(QStringLiteral("op"), &formRuleOpFromKey, FormRuleOp::LessOrEqual,
                               {QStringLiteral("<="), QStringLiteral("<"), QStringLiteral(">="),
                                QStringLiteral(">"), QStringLiteral("==")});
        rule.rightKey = c.string(QStringLiteral("right"), true);
        const QString severity = c.string(QStringLiteral("severity"), true);
        if (severity == QLatin1String("warning"))
            rule.severity = Severity::Warning;
        else if (severity != QLatin1String("error") && !severity.isEmpty())
            c.error(QStringLiteral("severity"),
                    Text::tr("\"%1\" is not one of error, warning").arg(severity));
        rule.message = c.string(QStringLiteral("message"), true);
        c.rejectUnknown();
        d.rules << rule;
    }
    d.headerFields = readFields(r, QStringLiteral("headerFields"), file, &found);
    bool footerPresent = false;
    d.footerFields = readFields(r, QStringLiteral("footerFields"), file, &found, &footerPresent);
    if (!footerPresent)
        d.footerFields = form_fields::standardFooter();
    d.notes = r.strings(QStringLiteral("notes"));
    d.remark = r.string(QStringLiteral("remark"), false);
    d.print = readPrint(r, file, &found);
    r.rejectUnknown();

    if (found.isEmpty()) {
        for (Diagnostic x : validateFormDefinition(d)) {
            x.file = file;
            x.message = Text::tr("%1: %2").arg(x.field, x.message);
            found << x;
        }
    }
    *out << found;
    if (hasErrors(found))
        return std::nullopt;
    return d;
}

} // namespace yufang
