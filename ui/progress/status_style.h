#pragma once

#include "domain/progress.h"
#include "domain/status_glossary.h"

#include <QColor>

namespace yufang {

// One colour per status, used by the dashboard and the tables; the status is always written
// out in words too, so colour is never the only signal.
inline QColor progressStatusColor(ProgressStatus status) {
    switch (status) {
    case ProgressStatus::Met:
        return QColor(0x1B, 0x7F, 0x3B); // green
    case ProgressStatus::OnTrack:
        return QColor(0x00, 0x5A, 0x9C); // blue
    case ProgressStatus::Behind:
        return QColor(0xC0, 0x39, 0x2B); // red
    case ProgressStatus::LowCoverage:
        return QColor(0xB9, 0x77, 0x0E); // amber: figures exist, but too few units reported
    case ProgressStatus::NoBaseline:
    case ProgressStatus::NoData:
        break;
    }
    return QColor(0x77, 0x77, 0x77);
}

// The same colours for the statuses of the indicator engine (domain/status_glossary).
inline QColor termColor(glossary::Term term) {
    switch (term) {
    case glossary::Term::Met:
        return progressStatusColor(ProgressStatus::Met);
    case glossary::Term::OnTrack:
        return progressStatusColor(ProgressStatus::OnTrack);
    case glossary::Term::Behind:
    case glossary::Term::NotMet:
        return progressStatusColor(ProgressStatus::Behind);
    case glossary::Term::LowCoverage:
        return progressStatusColor(ProgressStatus::LowCoverage);
    default:
        return progressStatusColor(ProgressStatus::NoData);
    }
}

} // namespace yufang
