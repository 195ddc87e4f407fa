#include "indicator_cards.h"

#include "lazy_reload.h"
#include "session.h"

#include "domain/status_glossary.h"
#include "progress/status_style.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace yufang {

namespace {
// The accident rate over the 基本情况表 has the cards above; these are the others.
bool shownHere(const IndicatorDefinition& d) {
    return d.formCode != QLatin1String("annex");
}
} // namespace

IndicatorCards::IndicatorCards(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    setObjectName(QStringLiteral("IndicatorCards"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(this);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    layout->addWidget(m_caption);
    m_row = new QHBoxLayout;
    layout->addLayout(m_row);
    // Follows the tab it sits in (概览): the cards hide themselves when the plan has no
    // indicator for them, and a hidden view would never ask again.
    m_lazy = new LazyReload(parent ? parent : this, [this] { reload(); });
    m_lazy->setParent(this); // goes with the cards, whoever it watches
    for (auto signal : {&Session::selectionChanged, &Session::figuresChanged})
        connect(&m_session, signal, m_lazy, &LazyReload::request);
    connect(&m_session, &Session::databaseChanged, m_lazy, &LazyReload::request);
    m_lazy->request();
}

QWidget* IndicatorCards::card(const QString& code) const {
    for (QWidget* c : m_cards)
        if (c->property("indicatorCode").toString() == code)
            return c;
    return nullptr;
}

QLabel* IndicatorCards::statusLabel(const QString& code) const {
    QWidget* c = card(code);
    return c ? c->findChild<QLabel*>(QStringLiteral("IndicatorStatus")) : nullptr;
}

void IndicatorCards::reload() {
    qDeleteAll(m_cards);
    m_cards.clear();
    m_indicators.reset();
    if (m_session.hasDatabase() && !m_session.unitCode().isEmpty())
        m_indicators = IndicatorService(m_session.connection())
                           .evaluate(m_session.unitCode(), m_session.year());
    if (m_indicators)
        for (const IndicatorResult& r : std::as_const(m_indicators->indicators))
            if (shownHere(r.definition)) {
                QWidget* c = makeCard(r);
                m_row->addWidget(c);
                m_cards << c;
            }
    m_caption->setText(
        m_indicators && !m_cards.isEmpty()
            ? tr("Indicators of %1, %2").arg(m_indicators->plan.title).arg(m_indicators->year)
            : QString());
    m_caption->setVisible(!m_cards.isEmpty());
}

QWidget* IndicatorCards::makeCard(const IndicatorResult& r) {
    const IndicatorDefinition& d = r.definition;
    const IndicatorFigure& f = r.total;
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setProperty("indicatorCode", d.code);
    auto* layout = new QVBoxLayout(box);
    auto* name = new QLabel(d.name, box);
    name->setWordWrap(true);
    auto* value = new QLabel(box);
    value->setObjectName(QStringLiteral("IndicatorValue"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    // Like for like when such a set exists (the status is measured on it), else all reported.
    const bool matched = f.matchedValue.has_value();
    value->setText(indicators::formatValue(d, matched ? f.matchedValue : f.value) + d.unit);
    QStringList lines;
    lines << tr("%1 in %2, baseline %3: %4%5")
                 .arg(matched ? glossary::label(glossary::Term::LikeForLike)
                              : glossary::label(glossary::Term::AllReported))
                 .arg(f.year)
                 .arg(f.baselineYear)
                 .arg(
                     indicators::formatValue(d, matched ? f.matchedBaselineValue : f.baselineValue),
                     d.unit);
    const auto change = matched ? f.matchedChange : f.change;
    if (change || d.targetKind == IndicatorTargetKind::Level)
        if (const QString text =
                indicators::describeChange(d, matched ? f.matchedBaselineValue : f.baselineValue,
                                           matched ? f.matchedValue : f.value, change);
            text != rates::notApplicable())
            lines << tr("Change: %1").arg(text);
    if (d.targetKind != IndicatorTargetKind::None)
        lines << tr("Target: %1")
                     .arg(indicators::formatTarget(d, f.target) +
                          (d.targetKind == IndicatorTargetKind::Relative ? QStringLiteral("%")
                                                                         : d.unit));
    else
        lines << tr("Target: falling, no number set");
    if (f.expected)
        lines << tr("Expected by the glide path for %1: %2")
                     .arg(f.year)
                     .arg(indicators::formatTarget(d, f.expected) +
                          (d.targetKind == IndicatorTargetKind::Relative ? QStringLiteral("%")
                                                                         : d.unit));
    lines << f.reporting.text();
    auto* details = new QLabel(lines.join(QLatin1Char('\n')), box);
    details->setObjectName(QStringLiteral("IndicatorDetails"));
    details->setWordWrap(true);
    auto* status = new QLabel(glossary::label(f.status), box);
    status->setObjectName(QStringLiteral("IndicatorStatus"));
    status->setProperty("statusKey", glossary::key(f.status));
    status->setAlignment(Qt::AlignCenter);
    status->setStyleSheet(
        QStringLiteral("background: %1; color: white; border-radius: 6px; padding: 4px; "
                       "font-weight: bold")
            .arg(termColor(f.status).name()));
    if (!r.problem.isEmpty())
        details->setText(r.problem);
    layout->addWidget(name);
    layout->addWidget(value);
    layout->addWidget(details);
    layout->addWidget(status);
    layout->addStretch();
    return box;
}

} // namespace yufang
