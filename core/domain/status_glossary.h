#pragma once

#include <QList>
#include <QString>

// The one vocabulary of status and category words (docs/glossary.md). Every surface that shows
// a progress status or says which units a figure covers (概览, 趋势, the progress CSV, the
// printed report, the CLI) takes its words from here, so a status can never borrow the
// translation of a column header: each English source carries its own disambiguation
// ("progress status", "reporting category"), and the Chinese term is fixed here as well as in
// the zh_CN catalogue (a test checks that all three agree with the glossary page).
namespace yufang::glossary {

enum class Term {
    // Statuses of a reduction against the target (ProgressStatus).
    Met,
    OnTrack,
    Behind,
    NoBaseline,
    NoData,
    LowCoverage,
    // Statuses of a target without a glide path (occupational disease).
    NotMet,
    NotAssessed,
    // Categories of a consolidated figure: which units it covers.
    LikeForLike,
    AllReported,
    Expected,
    Reported,
    NotReported,
};

QList<Term> allTerms();
QString key(Term term);          // stable, untranslated: "met", "low_coverage", "like_for_like"
QString label(Term term);        // in the UI language
QString officialName(Term term); // the official Chinese term, whatever the UI language
QString englishName(Term term);  // the untranslated source text

} // namespace yufang::glossary
