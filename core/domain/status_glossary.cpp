#include "status_glossary.h"

#include <QCoreApplication>

namespace yufang::glossary {

namespace {
struct Entry {
    Term term;
    const char* key;
    struct {
        const char* text;           // English, translated in context "Glossary"
        const char* disambiguation; // keeps a status apart from a header with the same English
    } source;
    const char* official; // UTF-8
};

// QT_TRANSLATE_NOOP3 lets lupdate see each source with its disambiguation.
const Entry kEntries[] = {
    {Term::Met, "met", QT_TRANSLATE_NOOP3("Glossary", "Target met", "progress status"), "已达成"},
    {Term::OnTrack, "on_track", QT_TRANSLATE_NOOP3("Glossary", "On track", "progress status"),
     "进度正常"},
    {Term::Behind, "behind", QT_TRANSLATE_NOOP3("Glossary", "Behind", "progress status"), "滞后"},
    {Term::NoBaseline, "no_baseline",
     QT_TRANSLATE_NOOP3("Glossary", "No baseline", "progress status"), "无基线"},
    {Term::NoData, "no_data", QT_TRANSLATE_NOOP3("Glossary", "No data", "progress status"),
     "无数据"},
    {Term::LowCoverage, "low_coverage",
     QT_TRANSLATE_NOOP3("Glossary", "Incomplete coverage", "progress status"), "覆盖不足"},
    {Term::NotMet, "not_met", QT_TRANSLATE_NOOP3("Glossary", "Target not met", "progress status"),
     "未达成"},
    {Term::NotAssessed, "not_assessed",
     QT_TRANSLATE_NOOP3("Glossary", "Not assessed", "progress status"), "不作评价"},
    {Term::LikeForLike, "like_for_like",
     QT_TRANSLATE_NOOP3("Glossary", "Like for like", "reporting category"), "同口径"},
    {Term::AllReported, "all_reported",
     QT_TRANSLATE_NOOP3("Glossary", "All reported", "reporting category"), "全部已报"},
    {Term::Expected, "expected", QT_TRANSLATE_NOOP3("Glossary", "Expected", "reporting category"),
     "应报"},
    {Term::Reported, "reported", QT_TRANSLATE_NOOP3("Glossary", "Reported", "reporting category"),
     "已报"},
    {Term::NotReported, "not_reported",
     QT_TRANSLATE_NOOP3("Glossary", "Not reported", "reporting category"), "未报"},
};

const Entry& entry(Term term) {
    for (const Entry& e : kEntries)
        if (e.term == term)
            return e;
    return kEntries[0]; // unreachable: every Term has an entry (the glossary test lists them)
}
} // namespace

QList<Term> allTerms() {
    QList<Term> out;
    for (const Entry& e : kEntries)
        out << e.term;
    return out;
}

QString key(Term term) {
    return QString::fromLatin1(entry(term).key);
}

QString label(Term term) {
    const Entry& e = entry(term);
    return QCoreApplication::translate("Glossary", e.source.text, e.source.disambiguation);
}

QString officialName(Term term) {
    return QString::fromUtf8(entry(term).official);
}

QString englishName(Term term) {
    return QString::fromLatin1(entry(term).source.text);
}

} // namespace yufang::glossary
