// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Charts.h"

#include "calendar/FiscalYear.h"
#include "calendar/JapaneseCalendar.h"
#include "codes/Codes.h"
#include "master/MasterData.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScreen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tsunagu::ui::charts {

namespace {

// Dynamic properties a chart carries from its factory to render() and
// chartView(): how its fonts were sized, and how its bars map to items.
constexpr char ReferenceDpiProperty[] = "tsunaguReferenceDpi";
constexpr char ReversedProperty[] = "tsunaguReversed";
constexpr char FullLabelsProperty[] = "tsunaguFullLabels";
constexpr char ValuesProperty[] = "tsunaguValues";

// A calm palette: one blue for counts, grey for the year before, an amber
// accent for what deserves a second look (the chief's load, the month shown).
const QColor TextColor(0x33, 0x33, 0x33);
const QColor AxisColor(0xB0, 0xB0, 0xB0);
const QColor GridColor(0xE6, 0xE6, 0xE6);
// Paper gets darker lines: a pale grey vanishes on many office printers.
const QColor PrintAxisColor(0x80, 0x80, 0x80);
const QColor PrintGridColor(0xC8, 0xC8, 0xC8);
const QColor BarColor(0x4C, 0x78, 0xA8);
const QColor AccentColor(0xE0, 0x8A, 0x3C);
const QColor PreviousYearColor(0x9A, 0x9A, 0x9A);

/// Printed charts are laid out as if on a 96 dpi screen; render() scales.
constexpr qreal PrintReferenceDpi = 96.0;
/// How wide a category label of a bar chart may be, in full-width
/// characters; the rest of a longer label is in the tooltip and in the table
/// beside the chart.
constexpr int MaxLabelEms = 22;
/// Qt Charts gives the axes beside the plot at most 40% of the chart's
/// width and clips what does not fit; labels are shortened to stay inside.
constexpr qreal MaxLabelShare = 0.34;

QString pick(Language language, const QString& japanese, const QString& english)
{
    return language == Language::Japanese ? japanese : english;
}

qreal referenceDpi(const Style& style)
{
    if (style.forPrint) {
        return PrintReferenceDpi;
    }
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : PrintReferenceDpi;
}

/// The style's font scaled by \a factor, in pixels of the chart's reference
/// resolution: layout (font metrics) and painting then agree on every
/// device, a 1200 dpi PDF as much as the screen.
QFont chartFont(const Style& style, qreal factor = 1.0, bool bold = false)
{
    QFont font = style.font;
    qreal pixels = 0;
    if (font.pixelSize() > 0) {
        pixels = font.pixelSize();
    } else {
        const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
        pixels = points * referenceDpi(style) / 72.0;
    }
    font.setPixelSize(std::max(1, qRound(pixels * factor)));
    if (bold) {
        font.setBold(true);
    }
    return font;
}

QChart* newChart(const QString& title, const Style& style)
{
    auto* chart = new QChart;
    chart->setProperty(ReferenceDpiProperty, referenceDpi(style));
    chart->setTitle(title);
    chart->setTitleFont(chartFont(style, 1.1, true));
    chart->setTitleBrush(TextColor);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setFont(chartFont(style));
    chart->legend()->setLabelColor(TextColor);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->hide();
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    if (style.forPrint) {
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(2, 2, 2, 2));
    } else {
        chart->setAnimationOptions(QChart::SeriesAnimations);
        chart->setAnimationDuration(300);
        chart->setMargins(QMargins(6, 4, 10, 4));
    }
    return chart;
}

/// A "nice" step (1, 2 or 5 times a power of ten) giving at most about
/// \a maxTicks intervals up to \a top.
qint64 niceStep(qint64 top, int maxTicks)
{
    qint64 magnitude = 1;
    while (true) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 step = factor * magnitude;
            if ((top + step - 1) / step <= maxTicks) {
                return step;
            }
        }
        magnitude *= 10;
    }
}

/// A count axis: whole numbers only, from 0 to a round value above \a max,
/// with room for the value labels at the bar ends.
QValueAxis* countAxis(qint64 max, const Style& style, int maxTicks)
{
    // Labels at the bar ends need about a tenth of the axis beyond the
    // longest bar.
    const qint64 wanted = std::max<qint64>(1, max + std::max<qint64>(1, (max + 7) / 8));
    const qint64 step = niceStep(wanted, maxTicks);
    const qint64 top = (wanted + step - 1) / step * step;
    auto* axis = new QValueAxis;
    axis->setRange(0, static_cast<qreal>(top));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(static_cast<qreal>(step));
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(chartFont(style, 0.9));
    axis->setLabelsColor(TextColor);
    axis->setLinePenColor(style.forPrint ? PrintAxisColor : AxisColor);
    axis->setGridLineColor(style.forPrint ? PrintGridColor : GridColor);
    return axis;
}

QBarCategoryAxis* categoryAxis(const QStringList& categories, const Style& style)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(chartFont(style));
    axis->setLabelsColor(TextColor);
    axis->setLinePenColor(style.forPrint ? PrintAxisColor : AxisColor);
    axis->setGridLineVisible(false);
    return axis;
}

/// \a labels shortened to \a width pixels of \a font, each still unique
/// (a category axis needs unique names).
QStringList elided(const QStringList& labels, const QFont& font, qreal width)
{
    const QFontMetricsF metrics(font);
    QStringList result;
    for (const QString& label : labels) {
        QString text = metrics.elidedText(label, Qt::ElideRight, width);
        while (result.contains(text)) {
            text += QChar(0x200B);
        }
        result.append(text);
    }
    return result;
}

/// Keeps the labels of \a axis (the long side of horizontal bars) as long as
/// the chart's width allows: up to MaxLabelEms full-width characters, never
/// more than Qt Charts leaves for them.
void fitLabels(QChart* chart, QBarCategoryAxis* axis, const QStringList& labels, const QFont& font)
{
    const qreal em = QFontMetricsF(font).horizontalAdvance(QChar(0x3042));
    const auto fit = [chart, axis, labels, font, em] {
        const qreal chartWidth = chart->size().width();
        if (chartWidth < 10 * em) {
            return; // not laid out yet
        }
        const qreal width = std::min(MaxLabelEms * em, MaxLabelShare * chartWidth - 1.5 * em);
        const QStringList categories = elided(labels, font, std::max(2 * em, width));
        if (categories != axis->categories()) {
            axis->setCategories(categories);
        }
    };
    // The labels are shortened here, to whole characters and the chart's
    // width; Qt Charts would shorten them again by its own padding.
    axis->setTruncateLabels(false);
    axis->setCategories(elided(labels, font, MaxLabelEms * em));
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, axis, fit);
}

void styleBarSet(QBarSet* set, const QColor& color, const Style& style)
{
    set->setColor(color);
    set->setPen(Qt::NoPen);
    set->setLabelColor(TextColor);
    set->setLabelFont(chartFont(style, 0.9));
}

/// Bars with their values at the ends; \a highlighted indexes (in items
/// order) drawn in the accent colour.
QChart* makeBarChart(const QString& title, const QList<BarItem>& items, Qt::Orientation orientation,
                     const Style& style, const QList<int>& highlighted = {})
{
    QChart* chart = newChart(title, style);
    const bool horizontal = orientation == Qt::Horizontal;
    // Horizontal bars are drawn from the bottom up; reversed, the first
    // item is on top and the chart reads like the table beside it.
    QList<BarItem> ordered = items;
    if (horizontal) {
        std::reverse(ordered.begin(), ordered.end());
    }
    auto* set = new QBarSet(title);
    styleBarSet(set, BarColor, style);
    set->setSelectedColor(AccentColor);
    QStringList fullLabels;
    QVariantList values;
    qint64 max = 0;
    for (const BarItem& item : std::as_const(ordered)) {
        set->append(static_cast<qreal>(item.value));
        fullLabels.append(item.label);
        values.append(item.value);
        max = std::max(max, item.value);
    }
    for (const int index : highlighted) {
        if (index >= 0 && index < items.size()) {
            set->selectBar(horizontal ? static_cast<int>(items.size()) - 1 - index : index);
        }
    }
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setBarWidth(horizontal ? 0.66 : 0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    // Vertical bars: Qt Charts shortens a label to its bar's width.
    QBarCategoryAxis* labels =
        categoryAxis(horizontal ? QStringList() : elided(fullLabels, chartFont(style), 1e6), style);
    if (horizontal) {
        fitLabels(chart, labels, fullLabels, chartFont(style));
    }
    QValueAxis* counts = countAxis(max, style, horizontal ? 5 : 6);
    chart->addAxis(labels, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(labels);
    series->attachAxis(counts);

    // A few bars in a tall chart would be slabs: no bar thicker than about
    // one and a half lines (horizontal) or four characters (vertical).
    const qreal maxThickness = chartFont(style).pixelSize() * (horizontal ? 1.6 : 4.0);
    const qreal barWidth = series->barWidth();
    const auto categoryCount = std::max<qsizetype>(1, fullLabels.size());
    QObject::connect(chart, &QChart::plotAreaChanged, series,
                     [series, horizontal, maxThickness, barWidth, categoryCount](const QRectF& area) {
                         const qreal span = (horizontal ? area.height() : area.width()) / categoryCount;
                         if (span > 0) {
                             series->setBarWidth(std::min(barWidth, maxThickness / span));
                         }
                     });

    chart->setProperty(ReversedProperty, horizontal);
    chart->setProperty(FullLabelsProperty, fullLabels);
    chart->setProperty(ValuesProperty, values);
    return chart;
}

BarItem codeItem(const CodeItem& item, const QList<statistics::Count>& counts, Language language)
{
    return BarItem{item.label(language), statistics::Summary::countOf(counts, item.code), item.code};
}

QList<BarItem> codeItems(const CodeList& list, const QList<statistics::Count>& counts, Language language)
{
    QList<BarItem> items;
    for (const CodeItem& item : list.items()) {
        items.append(codeItem(item, counts, language));
    }
    return items;
}

/// The regions the center's table puts together at the end: designated
/// cities, 県外 and 不明.
QList<const Region*> otherRegions(const MasterData& masterData)
{
    QList<const Region*> others;
    for (const Region& region : masterData.regions()) {
        if (region.designatedCity || region.code == MasterData::Outside ||
            region.code == MasterData::Unknown) {
            others.append(&region);
        }
    }
    return others;
}

QColor statusColor(const QString& code)
{
    if (code == codes::status::Ongoing) {
        return BarColor;
    }
    if (code == codes::status::Observation) {
        return QColor(0xF2, 0xB4, 0x47);
    }
    if (code == codes::status::Completed) {
        return QColor(0x6A, 0xAA, 0x64);
    }
    return PreviousYearColor;
}

QString monthLabel(QDate month, Language language)
{
    if (language == Language::Japanese) {
        return QStringLiteral("%1月").arg(month.month());
    }
    return QLocale(QLocale::English).monthName(month.month(), QLocale::ShortFormat);
}

/// The month as narrow as it gets: "4", or "A" for April. Unique within the
/// fiscal year once the axis makes names unique.
QString compactMonthLabel(QDate month, Language language)
{
    if (language == Language::Japanese) {
        return QString::number(month.month());
    }
    return QLocale(QLocale::English).monthName(month.month(), QLocale::NarrowFormat);
}

/// The category labels (unshortened) and values of a bar chart, in bar order.
QStringList fullLabelsOf(const QChart* chart)
{
    return chart->property(FullLabelsProperty).toStringList();
}

} // namespace

QChart* barChart(const QString& title, const QList<BarItem>& items, Qt::Orientation orientation,
                 const Style& style)
{
    return makeBarChart(title, items, orientation, style);
}

QChart* statusChart(const QString& title, const statistics::Summary& summary, Language language,
                    const Style& style)
{
    QChart* chart = newChart(title, style);
    auto* series = new QPieSeries;
    // Both sizes are shares of the plot area (the hole is not relative to
    // the pie): the ring is the outer 45% of the pie's radius.
    constexpr qreal RingHole = 0.55;
    series->setPieSize(0.8);
    series->setHoleSize(0.8 * RingHole);
    const QFont labelFont = chartFont(style);
    const QString unit = pick(language, QStringLiteral("%1件"), QStringLiteral("%1"));
    for (const CodeItem& item : codes::statuses().items()) {
        const qint64 count = statistics::Summary::countOf(summary.status, item.code);
        QPieSlice* slice = series->append(item.label(language), static_cast<qreal>(count));
        slice->setLabel(item.label(language) + QLatin1Char(' ') + unit.arg(count));
        slice->setColor(statusColor(item.code));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(1);
        slice->setLabelFont(labelFont);
        slice->setLabelColor(TextColor);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        slice->setLabelVisible(count > 0);
    }
    chart->addSeries(series);
    chart->legend()->hide();

    // The total in the hole of the donut, kept centred as the plot area moves.
    auto* total = new QGraphicsSimpleTextItem(chart);
    total->setFont(chartFont(style, 1.5, true));
    total->setBrush(TextColor);
    total->setText(pick(language, QStringLiteral("%1件"), QStringLiteral("%1 cases")).arg(summary.cases));
    qreal labelWidth = 0;
    const QFontMetricsF metrics(labelFont);
    for (const QPieSlice* slice : series->slices()) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(slice->label()));
    }
    labelWidth += metrics.height() * 1.5; // the arm
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [series, total, labelWidth](const QRectF& area) {
        // Room for the labels left and right of the ring, then as large as
        // fits.
        const qreal side = std::min(area.width(), area.height());
        if (side <= 0) {
            return;
        }
        const qreal pieSize = std::clamp((area.width() - 2 * labelWidth) / side, 0.3, 0.8);
        series->setPieSize(pieSize);
        series->setHoleSize(pieSize * RingHole);
        // The total, as large as it fits into the hole.
        const QRectF box = total->boundingRect();
        const qreal room = 0.85 * series->holeSize() * side;
        const qreal scale = box.width() > 0 ? std::min<qreal>(1.0, room / box.width()) : 1.0;
        total->setScale(scale);
        total->setPos(area.center() - QPointF(box.width() * scale / 2, box.height() * scale / 2));
    });
    return chart;
}

QChart* trendChart(const QString& title, const statistics::MonthlySeries& series, Language language,
                   const Style& style)
{
    QChart* chart = newChart(title, style);
    const auto& calendar = calendar::JapaneseCalendar::instance();
    QStringList categories;
    QStringList compactCategories;
    const QList<QDate> monthStarts =
        series.months.isEmpty() ? calendar::FiscalYear(series.fiscalYear).monthStarts() : series.months;
    for (const QDate& month : monthStarts) {
        categories.append(monthLabel(month, language));
        QString compact = compactMonthLabel(month, language);
        while (compactCategories.contains(compact)) {
            compact += QChar(0x200B);
        }
        compactCategories.append(compact);
    }

    auto* current = new QBarSet(calendar.formatFiscalYear(series.fiscalYear, language));
    styleBarSet(current, BarColor, style);
    qint64 max = 0;
    for (const qint64 count : series.cases) {
        current->append(static_cast<qreal>(count));
        max = std::max(max, count);
    }
    auto* bars = new QBarSeries;
    bars->append(current);
    bars->setBarWidth(0.6);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(bars);

    auto* previous = new QLineSeries;
    previous->setName(calendar.formatFiscalYear(series.fiscalYear - 1, language));
    QPen pen(PreviousYearColor);
    pen.setWidthF(2.0);
    previous->setPen(pen);
    previous->setPointsVisible(true);
    previous->setMarkerSize(6);
    for (qsizetype i = 0; i < series.previousYear.size(); ++i) {
        previous->append(static_cast<qreal>(i), static_cast<qreal>(series.previousYear.at(i)));
        max = std::max(max, series.previousYear.at(i));
    }
    chart->addSeries(previous);

    QBarCategoryAxis* months = categoryAxis(categories, style);
    QValueAxis* counts = countAxis(max, style, 5);
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(bars), static_cast<QAbstractSeries*>(previous)}) {
        s->attachAxis(months);
        s->attachAxis(counts);
    }
    // A narrow chart (a printed half page) names the months by number.
    const QFontMetricsF metrics(months->labelsFont());
    qreal widest = 0;
    for (const QString& label : std::as_const(categories)) {
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    const qreal needed = widest + metrics.horizontalAdvance(QChar(0x3042)) / 2;
    // The month names are short and sized to fit (below); Qt Charts' own
    // shortening would keep a padding that turns "10" into "…".
    months->setTruncateLabels(false);
    const QFont font = months->labelsFont();
    QFont compactFont = font;
    compactFont.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.8)));
    QObject::connect(chart, &QChart::plotAreaChanged, months,
                     [months, categories, compactCategories, needed, font, compactFont](const QRectF& area) {
                         const qsizetype count = std::max<qsizetype>(1, categories.size());
                         const bool compact = area.width() / count < needed;
                         const QStringList& wanted = compact ? compactCategories : categories;
                         if (months->categories() != wanted) {
                             months->setLabelsFont(compact ? compactFont : font);
                             months->setCategories(wanted);
                         }
                     });
    chart->legend()->setVisible(true);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    chart->setProperty(FullLabelsProperty, categories);
    QVariantList values;
    for (const qint64 count : series.cases) {
        values.append(count);
    }
    chart->setProperty(ValuesProperty, values);
    return chart;
}

QChart* workloadChart(const QString& title, const QList<statistics::CoordinatorLoad>& loads,
                      Language language, const Style& style)
{
    QList<BarItem> items;
    QList<int> chiefs;
    for (const statistics::CoordinatorLoad& load : loads) {
        QString label = load.coordinatorId == 0 ? pick(language, QStringLiteral("（担当者なし）"),
                                                       QStringLiteral("(nobody in charge)"))
                                                : load.name;
        if (load.role == codes::role::Chief) {
            label += pick(language, QStringLiteral("（主任）"), QStringLiteral(" (chief)"));
            chiefs.append(static_cast<int>(items.size()));
        }
        items.append(BarItem{label, load.openCases, QString::number(load.coordinatorId)});
    }
    // The chief's load stands out: its concentration is a named problem.
    return makeBarChart(title, items, Qt::Horizontal, style, chiefs);
}

QList<BarItem> regionItems(const statistics::Summary& summary, const MasterData& masterData,
                           Language language)
{
    // As in the center's table (1): each region of the prefecture, then the
    // designated cities, 県外 and 不明 as one bar.
    QList<BarItem> items;
    const QList<const Region*> others = otherRegions(masterData);
    for (const Region& region : masterData.regions()) {
        if (!others.contains(&region)) {
            items.append(BarItem{region.name(language),
                                 statistics::Summary::countOf(summary.region, region.code), region.code});
        }
    }
    if (!others.isEmpty()) {
        qint64 sum = 0;
        for (const Region* region : others) {
            sum += statistics::Summary::countOf(summary.region, region->code);
        }
        items.append(BarItem{
            pick(language, QStringLiteral("政令市・その他"), QStringLiteral("Designated cities and other")),
            sum, QString(OtherRegionsCode)});
    }
    return items;
}

QList<BarItem> municipalityItems(const statistics::Summary& summary, const MasterData& masterData,
                                 const QString& regionCode, Language language)
{
    QList<BarItem> items;
    QList<const Municipality*> municipalities;
    if (regionCode == OtherRegionsCode) {
        for (const Region* region : otherRegions(masterData)) {
            municipalities += masterData.municipalitiesIn(region->code);
        }
    } else {
        municipalities = masterData.municipalitiesIn(regionCode);
    }
    for (const Municipality* m : std::as_const(municipalities)) {
        items.append(
            BarItem{m->name(language), statistics::Summary::countOf(summary.municipality, m->code), m->code});
    }
    return items;
}

QList<BarItem> methodItems(const statistics::Summary& summary, Language language)
{
    return codeItems(codes::methods(), summary.method, language);
}

QList<BarItem> consulterItems(const statistics::Summary& summary, Language language)
{
    return codeItems(codes::consulters(), summary.consulter, language);
}

QList<BarItem> topicItems(const statistics::Summary& summary, Language language)
{
    return codeItems(codes::topics(), summary.topic, language);
}

QList<BarItem> contactItems(const statistics::ContactCounts& contacts, Language language)
{
    return codeItems(codes::contactKinds(), contacts.kind, language);
}

void highlightBar(QChart* chart, int index)
{
    if (!chart) {
        return;
    }
    const bool reversed = chart->property(ReversedProperty).toBool();
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                if (index >= 0 && index < set->count()) {
                    set->setSelectedColor(AccentColor);
                    set->selectBar(reversed ? set->count() - 1 - index : index);
                }
            }
        }
    }
}

void render(QChart* chart, QPainter* painter, const QRectF& target)
{
    if (!chart || !painter || !painter->isActive() || !target.isValid()) {
        return;
    }
    // The chart's fonts are in pixels of its reference resolution. Lay it
    // out at the target's physical size in those pixels and let the scene
    // scale the vector output into the target, whatever the painter's units
    // (device pixels of a 1200 dpi PDF, points, millimetres).
    const QTransform transform = painter->combinedTransform();
    const qreal devicePerUnit = std::hypot(transform.m11(), transform.m12());
    const qreal deviceDpi = painter->device() ? painter->device()->logicalDpiX() : PrintReferenceDpi;
    const qreal unitsPerInch = devicePerUnit > 0 ? deviceDpi / devicePerUnit : PrintReferenceDpi;
    bool ok = false;
    qreal chartDpi = chart->property(ReferenceDpiProperty).toReal(&ok);
    if (!ok || chartDpi <= 0) {
        chartDpi = PrintReferenceDpi;
    }
    const QSizeF size = target.size() * (chartDpi / unitsPerInch);

    // Borrow the chart (it may be shown in a view) and give it back as it was.
    QGraphicsScene* previousScene = chart->scene();
    const QRectF previousGeometry = chart->geometry();
    const QChart::AnimationOptions animations = chart->animationOptions();
    chart->setAnimationOptions(QChart::NoAnimation);
    {
        QGraphicsScene scene;
        if (previousScene) {
            previousScene->removeItem(chart);
        }
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layout()->activate();
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
        painter->restore();
        scene.removeItem(chart);
    }
    if (previousScene) {
        previousScene->addItem(chart);
        chart->setGeometry(previousGeometry);
    }
    chart->setAnimationOptions(animations);
}

QWidget* chartView(QChart* chart, QWidget* parent, std::function<void(int index)> onBarClicked)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::white);
    view->setMinimumSize(240, 180);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    const bool reversed = chart->property(ReversedProperty).toBool();
    const QStringList labels = fullLabelsOf(chart);
    const QVariantList values = chart->property(ValuesProperty).toList();
    const auto itemIndex = [reversed, count = labels.size()](int barIndex) {
        return reversed ? static_cast<int>(count) - 1 - barIndex : barIndex;
    };
    for (QAbstractSeries* series : chart->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(series);
        if (!bars) {
            continue;
        }
        for (QBarSet* set : bars->barSets()) {
            // The whole label and the count on hover: long labels are shortened
            // on the axis.
            QObject::connect(set, &QBarSet::hovered, view,
                             [view, labels, values, clickable = bool(onBarClicked)](bool inside, int index) {
                                 if (!inside || index < 0 || index >= labels.size()) {
                                     QToolTip::hideText();
                                     view->unsetCursor();
                                     return;
                                 }
                                 QToolTip::showText(QCursor::pos(),
                                                    labels.at(index) + QStringLiteral(": ") +
                                                        values.value(index).toString(),
                                                    view);
                                 if (clickable) {
                                     view->setCursor(Qt::PointingHandCursor);
                                 }
                             });
            if (onBarClicked) {
                QObject::connect(set, &QBarSet::clicked, view,
                                 [onBarClicked, itemIndex](int index) { onBarClicked(itemIndex(index)); });
            }
        }
    }
    return view;
}

} // namespace tsunagu::ui::charts
