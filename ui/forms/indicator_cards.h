#pragma once

#include "services/indicator_service.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;

namespace yufang {

class LazyReload;
class Session;

// 概览's cards for the indicators of the unit's plan in the selected year (the 2026-2030 plan's
// 职业伤害发生率 of platform enterprises, the disease count, a province's own): each card shows
// the value, the baseline, the target, the glide path's expectation for the year, the status
// in words (domain/status_glossary) and colour, and 应报/已报. The accident rate keeps the cards
// above it; these sit beside them without changing them.
class IndicatorCards : public QWidget {
    Q_OBJECT
public:
    explicit IndicatorCards(Session& session, QWidget* parent = nullptr);

    const std::optional<UnitIndicators>& indicators() const { return m_indicators; }
    // The card of an indicator, by its code; nullptr when not shown.
    QWidget* card(const QString& code) const;
    QLabel* statusLabel(const QString& code) const;

public Q_SLOTS:
    void reload();

private:
    QWidget* makeCard(const IndicatorResult& result);

    Session& m_session;
    LazyReload* m_lazy;
    std::optional<UnitIndicators> m_indicators;
    QHBoxLayout* m_row;
    QLabel* m_caption;
    QList<QWidget*> m_cards;
};

} // namespace yufang
