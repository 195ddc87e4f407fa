// Chart axes (issue 18): tick labels never repeat ("0, 0, 1, 1" on an empty count chart, "75%
// 75%"), and a year axis in a narrow panel labels every second or fifth year instead of eliding
// every label to "…". The ticks are chart_style::valueAxis, shared by screen and paper.
#include "charts/chart_adapter.h"
#include "charts/chart_axes.h"
#include "print/chart_style.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QSet>
#include <QValueAxis>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
// The labels QValueAxis draws for a dynamic-tick axis: printf of each tick with its format.
QStringList labels(const QValueAxis* axis) {
    QStringList out;
    const double step = axis->tickInterval();
    for (int i = 0;; ++i) {
        const double v = axis->tickAnchor() + step * i;
        if (v > axis->max() + step * 1e-6)
            break;
        if (v < axis->min() - step * 1e-6)
            continue;
        const QByteArray format = axis->labelFormat().toLatin1();
        // As QValueAxis does: an integer conversion gets the value as an integer.
        out << (format.contains('d') ? QString::asprintf(format.constData(), qint64(v))
                                     : QString::asprintf(format.constData(), v));
    }
    return out;
}

QValueAxis* axisAt(QChart* chart, Qt::Alignment side) {
    for (QAbstractAxis* a : chart->axes())
        if (a->alignment() == side && a->isVisible())
            return qobject_cast<QValueAxis*>(a);
    return nullptr;
}
} // namespace

TEST_CASE("Value axes never repeat a tick label", "[ui][charts]") {
    SECTION("an empty count chart counts in whole numbers from 0") {
        QValueAxis axis;
        chart_axes::fitValues(&axis, 0, 0, true);
        CHECK(labels(&axis) == QStringList{u"0"_s, u"1"_s, u"2"_s});
    }
    SECTION("a coverage axis stops at 100 % in whole steps") {
        QValueAxis axis;
        chart_axes::fitValues(&axis, 0, 100, false, u"%"_s, false);
        CHECK(labels(&axis) ==
              QStringList{u"0%"_s, u"20%"_s, u"40%"_s, u"60%"_s, u"80%"_s, u"100%"_s});
    }
    SECTION("any range, counts or rates, gives distinct labels") {
        const QList<double> highs = {0,    0.01, 0.04, 0.25, 0.3, 0.75, 1,   1.2, 2.5,
                                     3.65, 7,    12,   18.5, 37,  99,   100, 250, 1505};
        for (bool counts : {true, false})
            for (double high : highs)
                for (double low : {0.0, -0.3 * high}) {
                    QValueAxis axis;
                    chart_axes::fitValues(&axis, low, high, counts);
                    const QStringList l = labels(&axis);
                    INFO("low " << low << " high " << high << " counts " << counts << ": "
                                << l.join(u", "_s).toStdString());
                    CHECK(l.size() >= 2);
                    CHECK(l.size() <= 8);
                    CHECK(QSet<QString>(l.begin(), l.end()).size() == l.size());
                    CHECK(axis.min() <= low);
                    CHECK(axis.max() >= high);
                }
    }
}

TEST_CASE("A year axis labels fewer years when its labels no longer fit", "[ui][charts]") {
    CHECK(chart_style::yearStep(5.6, 600, 30) == 1);
    CHECK(chart_style::yearStep(5.6, 200, 30) == 1); // 36 px a year: "2020 2021 …" fit
    CHECK(chart_style::yearStep(5.6, 150, 30) == 2);
    CHECK(chart_style::yearStep(10.6, 150, 30) == 5);
    CHECK(chart_style::yearStep(30, 60, 30) == 10);

    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Line;
    spec.yTitle = u"新发病例数"_s;
    spec.countValues = true;
    ChartSeries cases;
    cases.key = u"cases"_s;
    cases.label = u"新发病例"_s;
    for (int year = 2020; year <= 2025; ++year)
        cases.points << QPointF(year, 30 + year % 3);
    spec.series << cases;
    std::unique_ptr<QChart> owned = ChartAdapter::createChart(spec, {}, false);
    QGraphicsScene scene;
    QChart* chart = owned.release();
    scene.addItem(chart); // the scene owns it now
    QValueAxis* years = axisAt(chart, Qt::AlignBottom);
    REQUIRE(years);

    chart->resize(900, 300);
    QCoreApplication::processEvents();
    CHECK(years->tickInterval() == 1);
    CHECK(labels(years).size() == 6);

    chart->resize(150, 300); // narrower than a side panel at 1024 px
    QCoreApplication::processEvents();
    CHECK(years->tickInterval() >= 2);
    CHECK(labels(years).first() == u"2020"_s);
}
