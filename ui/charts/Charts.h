// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"
#include "statistics/ReportData.h"

#include <QFont>
#include <QLatin1StringView>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QChart;
class QPainter;
class QWidget;

namespace tsunagu {
class MasterData;
}

/// Every use of Qt Charts sits behind this module (Qt Charts is deprecated
/// upstream from Qt 6.10; a later switch stays in this folder).
namespace tsunagu::ui::charts {

/// One bar: its label, value and the code it stands for (for drill-down).
struct BarItem
{
    QString label;
    qint64 value = 0;
    QString code;
};

/// The code regionItems() gives the bar of the designated cities, 県外 and
/// 不明 together (政令市・その他, as in the center's table); municipalityItems()
/// accepts it and lists them.
inline constexpr QLatin1StringView OtherRegionsCode{"designated-and-other"};

/// How a chart looks: on screen or on paper.
struct Style
{
    QFont font;            ///< base font; titles and labels derive from it
    bool forPrint = false; ///< white background, no animation, darker lines
};

/// Bars for \a items (horizontal bars suit long Japanese labels, such as the
/// topics). The caller owns the chart.
QChart* barChart(const QString& title, const QList<BarItem>& items, Qt::Orientation orientation,
                 const Style& style);
/// The statuses as a donut with their counts.
QChart* statusChart(const QString& title, const statistics::Summary& summary, Language language,
                    const Style& style);
/// Cases per month across the fiscal year, the previous year beside them.
QChart* trendChart(const QString& title, const statistics::MonthlySeries& series, Language language,
                   const Style& style);
/// Open cases per coordinator.
QChart* workloadChart(const QString& title, const QList<statistics::CoordinatorLoad>& loads,
                      Language language, const Style& style);

/// Bar items from a summary, in report order, with labels in \a language.
QList<BarItem> regionItems(const statistics::Summary& summary, const MasterData& masterData,
                           Language language);
QList<BarItem> municipalityItems(const statistics::Summary& summary, const MasterData& masterData,
                                 const QString& regionCode, Language language);
QList<BarItem> methodItems(const statistics::Summary& summary, Language language);
QList<BarItem> consulterItems(const statistics::Summary& summary, Language language);
QList<BarItem> topicItems(const statistics::Summary& summary, Language language);
/// Contacts (延べ件数) by kind, in code-list order.
QList<BarItem> contactItems(const statistics::ContactCounts& contacts, Language language);

/// Draws bar \a index (in the order the chart was given its items or months)
/// of a bar or trend chart in the accent colour, e.g. the month shown.
void highlightBar(QChart* chart, int index);

/// Draws \a chart into \a target on \a painter as vector graphics (through a
/// QGraphicsScene laid out at the target size: a never-shown chart view
/// renders tiny). Takes ownership of nothing. Text keeps the style's point
/// size on paper whatever the painter's units: the chart is laid out at the
/// target's physical size and scaled into it. A chart shown in a view is
/// borrowed for the call and put back.
void render(QChart* chart, QPainter* painter, const QRectF& target);

/// A widget showing \a chart (takes ownership); \a onBarClicked, if set, is
/// called with the index of a clicked bar (for drill-down).
QWidget* chartView(QChart* chart, QWidget* parent, std::function<void(int index)> onBarClicked = {});

} // namespace tsunagu::ui::charts
