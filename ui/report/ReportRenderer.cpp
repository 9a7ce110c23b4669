// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRenderer.h"

#include "calendar/JapaneseCalendar.h"
#include "charts/Charts.h"
#include "codes/Codes.h"
#include "common/Fonts.h"
#include "storage/FileGuard.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>

namespace tsunagu::ui {

namespace {

/// The PDF's and the print job's creator (TSUNAGU_VERSION comes with the
/// build options every target links).
QString creator()
{
    return QStringLiteral("Tsunagu " TSUNAGU_VERSION);
}

using statistics::ReportData;
using statistics::ReportTable;
using statistics::Summary;

/// Report text is chosen by the report's language, not by the installed
/// translator: a Japanese report stays Japanese on an English desktop.
QString pick(Language language, const QString& japanese, const QString& english)
{
    return language == Language::Japanese ? japanese : english;
}

const calendar::JapaneseCalendar& japaneseCalendar()
{
    return calendar::JapaneseCalendar::instance();
}

/// Counts as printed: digits grouped by thousands, no unit (the unit is
/// named once per table, 単位：件).
QString number(qint64 value, Language language)
{
    static const QLocale japanese(QLocale::Japanese, QLocale::Japan);
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return (language == Language::Japanese ? japanese : english).toString(value);
}

/// "7件" / "7": counts inside sentences.
QString countText(qint64 value, Language language)
{
    return pick(language, number(value, language) + u'件', number(value, language));
}

QString dateText(QDate date, Language language)
{
    return language == Language::Japanese ? japaneseCalendar().formatDate(date, language)
                                          : date.toString(Qt::ISODate);
}

QString isoRange(const statistics::Period& period, Language language)
{
    return period.from.toString(Qt::ISODate) + pick(language, QStringLiteral("～"), QStringLiteral(" – ")) +
           period.to.toString(Qt::ISODate);
}

QString reportTitle(const ReportData& data, Language language)
{
    return data.kind == ReportData::Kind::Annual
               ? pick(language, QStringLiteral("医療的ケア児等相談 年度報告"),
                      QStringLiteral("Medical-care consultations: annual report"))
               : pick(language, QStringLiteral("医療的ケア児等相談 月報"),
                      QStringLiteral("Medical-care consultations: monthly summary"));
}

/// "令和6年3月" / "令和5年度" and the English equivalents.
QString periodName(const ReportData& data, Language language)
{
    return data.kind == ReportData::Kind::Annual
               ? japaneseCalendar().formatFiscalYear(data.period.from.year(), language)
               : japaneseCalendar().formatYearMonth(data.period.from, language);
}

/// "令和6年3月（2024-03-01～2024-03-31）".
QString periodText(const ReportData& data, Language language)
{
    return periodName(data, language) + pick(language, QStringLiteral("（%1）"), QStringLiteral(" (%1)"))
                                            .arg(isoRange(data.period, language));
}

/// "完了 36件、継続 36件、経過観察 5件（令和6年3月31日現在）": the center's
/// order, completed first, then the open ones.
QString statusText(const Summary& summary, Language language)
{
    QStringList order{QString(codes::status::Completed), QString(codes::status::Ongoing),
                      QString(codes::status::Observation)};
    for (const statistics::Count& c : summary.status) {
        if (!order.contains(c.code)) {
            order.append(c.code);
        }
    }
    QStringList parts;
    for (const QString& code : std::as_const(order)) {
        parts.append(codes::statuses().label(code, language) + u' ' +
                     countText(Summary::countOf(summary.status, code), language));
    }
    if (language == Language::Japanese) {
        return parts.join(QStringLiteral("、")) +
               QStringLiteral("（%1現在）").arg(dateText(summary.period.to, language));
    }
    return parts.join(QStringLiteral(", ")) +
           QStringLiteral(", as of %1").arg(dateText(summary.period.to, language));
}

/// The lines above the tables, like the seed's "相談件数 77件（完了 36件、…）".
QStringList summaryLines(const ReportData& data, Language language)
{
    QStringList lines;
    const bool japanese = language == Language::Japanese;
    if (data.kind == ReportData::Kind::Monthly) {
        lines.append(japanese ? QStringLiteral("相談件数 %1（年度累計 %2：%3）")
                                    .arg(countText(data.periodSummary.cases, language),
                                         countText(data.cumulativeSummary.cases, language),
                                         statusText(data.cumulativeSummary, language))
                              : QStringLiteral("Cases: %1 (year to date %2: %3)")
                                    .arg(countText(data.periodSummary.cases, language),
                                         countText(data.cumulativeSummary.cases, language),
                                         statusText(data.cumulativeSummary, language)));
        lines.append(japanese ? QStringLiteral("延べ件数（期間内の対応） %1（年度累計 %2）")
                                    .arg(countText(data.periodContacts.total, language),
                                         countText(data.cumulativeContacts.total, language))
                              : QStringLiteral("Contacts in the period: %1 (year to date %2)")
                                    .arg(countText(data.periodContacts.total, language),
                                         countText(data.cumulativeContacts.total, language)));
        lines.append(japanese ? QStringLiteral("（参考：前年度同期）相談件数 %1（%2）")
                                    .arg(countText(data.cumulativePreviousYear.cases, language),
                                         statusText(data.cumulativePreviousYear, language))
                              : QStringLiteral("(For reference) previous year to date: %1 cases (%2)")
                                    .arg(countText(data.cumulativePreviousYear.cases, language),
                                         statusText(data.cumulativePreviousYear, language)));
        return lines;
    }
    lines.append(japanese ? QStringLiteral("相談件数 %1（%2）")
                                .arg(countText(data.periodSummary.cases, language),
                                     statusText(data.periodSummary, language))
                          : QStringLiteral("Cases: %1 (%2)")
                                .arg(countText(data.periodSummary.cases, language),
                                     statusText(data.periodSummary, language)));
    lines.append(japanese ? QStringLiteral("延べ件数（期間内の対応） %1")
                                .arg(countText(data.periodContacts.total, language))
                          : QStringLiteral("Contacts in the period: %1")
                                .arg(countText(data.periodContacts.total, language)));
    const QString previous = japaneseCalendar().formatFiscalYear(data.period.from.year() - 1, language);
    lines.append(japanese ? QStringLiteral("（参考：%1）相談件数 %2（%3）")
                                .arg(previous, countText(data.periodPreviousYear.cases, language),
                                     statusText(data.periodPreviousYear, language))
                          : QStringLiteral("(For reference) %1: %2 cases (%3)")
                                .arg(previous, countText(data.periodPreviousYear.cases, language),
                                     statusText(data.periodPreviousYear, language)));
    return lines;
}

/// The bundled Japanese family, set by name on every font of the report: the
/// fallback font would depend on the process locale, and some CJK fonts break
/// copy-paste of kanji from PDFs.
QFont reportFont(qreal pointSize, bool bold = false)
{
    QFont font(JapaneseFontFamily);
    font.setFamilies({JapaneseFontFamily});
    font.setPointSizeF(pointSize);
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

/// Every font the report uses.
struct Fonts
{
    QFont title = reportFont(14, true);
    QFont headerSmall = reportFont(9);
    QFont branch = reportFont(10.5, true);
    QFont summary = reportFont(10.5);
    QFont tableTitle = reportFont(10.5, true);
    QFont cell = reportFont(9);
    QFont cellBold = reportFont(9, true);
    QFont note = reportFont(8);
    QFont footer = reportFont(8);
    QFont chart = reportFont(9);
};

/// Lengths in device pixels for one device resolution.
struct Units
{
    qreal dpi = ReportRenderer::Resolution;

    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    qreal pt(qreal points) const { return points * dpi / 72.0; }
};

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor SecondaryInk(0x44, 0x44, 0x44);
const QColor GridLine(0x66, 0x66, 0x66);
const QColor HeaderFill(0xdd, 0xe3, 0xea);
const QColor EmphasisFill(0xf3, 0xf5, 0xf7);

// Spacing, in points.
constexpr qreal SummaryLineGap = 3.5; ///< between the lines of the summary box
constexpr qreal SummaryPadding = 6;
constexpr qreal CellPaddingX = 4;
constexpr qreal CellPaddingY = 2.5;
constexpr qreal NoteGap = 3; ///< between a table and its note

/// "※ " before a note under a table; English readers know "Note: ".
QString notePrefix(Language language)
{
    return pick(language, QStringLiteral("※ "), QStringLiteral("Note: "));
}

constexpr int WrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

qreal wrappedHeight(const QFontMetricsF& metrics, qreal width, const QString& text)
{
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), WrapFlags, text).height();
}

enum class ChartKind
{
    Region,
    Topic,
    Status,
    Workload,
    Trend,
};

} // namespace

/// Where everything goes, in device pixels of one device.
struct ReportLayout
{
    struct TableGeometry
    {
        QList<qreal> columnEdges; ///< x of every vertical rule, left to right
        qreal titleHeight = 0;
        qreal headerHeight = 0;
        QList<qreal> rowHeights;
        qreal noteHeight = 0;  ///< with the gap above it; 0 without a note
        qreal indentWidth = 0; ///< per indent level of a row
    };

    /// A run of rows of one table on one page.
    struct TablePiece
    {
        int table = 0;
        int firstRow = 0;
        int endRow = 0;
        bool continued = false; ///< the table began on an earlier page
        qreal top = 0;
    };

    struct ChartPiece
    {
        ChartKind kind = ChartKind::Region;
        QRectF rect;
    };

    struct Page
    {
        bool summary = false;
        QList<TablePiece> tables;
        QList<ChartPiece> charts;
    };

    qreal dpi = 0;
    qreal width = 0;
    qreal height = 0;
    Units units;
    Fonts fonts;
    QRectF titleRect;    ///< the report title, top left
    QRectF branchRect;   ///< beside the title, or under the period if that would touch it
    int branchFlags = 0; ///< alignment and wrapping of the branch name
    QRectF periodRect;
    qreal headerHeight = 0; ///< where the header's rule is
    qreal footerTop = 0;
    QRectF body;
    QRectF summaryRect;
    QList<TableGeometry> tables;
    QList<Page> pages;
};

namespace {

using Layout = ReportLayout;

Layout::TableGeometry measureTable(const ReportTable& table, const Layout& layout, const QPaintDevice& device,
                                   Language language)
{
    const Units& u = layout.units;
    const qreal width = layout.width;
    Layout::TableGeometry g;

    // A value column is wide enough for a header such as 前年度同期 and a
    // six-digit count; every table of the report uses the same width, so
    // value columns line up from one table to the next.
    const int valueColumns = std::max<int>(1, int(table.columns.size()) - 1);
    const qreal valueWidth = std::min(u.mm(25), width * 0.55 / valueColumns);
    const qreal labelWidth = width - valueWidth * valueColumns;
    g.columnEdges.append(0);
    g.columnEdges.append(labelWidth);
    for (int i = 1; i <= valueColumns; ++i) {
        g.columnEdges.append(labelWidth + valueWidth * i);
    }
    g.columnEdges.last() = width;

    const qreal padX = u.pt(CellPaddingX);
    const qreal padY = u.pt(CellPaddingY);
    const QFontMetricsF title(layout.fonts.tableTitle, &device);
    g.titleHeight = title.lineSpacing() + u.pt(4);

    const QFontMetricsF bold(layout.fonts.cellBold, &device);
    g.headerHeight = bold.lineSpacing() + 2 * padY;
    for (int i = 0; i < table.columns.size() && i + 1 < g.columnEdges.size(); ++i) {
        const qreal cellWidth = g.columnEdges[i + 1] - g.columnEdges[i] - 2 * padX;
        g.headerHeight =
            std::max(g.headerHeight, wrappedHeight(bold, cellWidth, table.columns[i]) + 2 * padY);
    }

    const QFontMetricsF regular(layout.fonts.cell, &device);
    g.indentWidth = regular.horizontalAdvance(QStringLiteral("　")) * 1.5;
    for (const ReportTable::Row& row : table.rows) {
        const QFontMetricsF& metrics = row.emphasis ? bold : regular;
        const qreal labelTextWidth = labelWidth - 2 * padX - row.indent * g.indentWidth;
        g.rowHeights.append(
            std::max(metrics.lineSpacing(), wrappedHeight(metrics, labelTextWidth, row.label)) + 2 * padY);
    }

    if (!table.note.isEmpty()) {
        const QFontMetricsF note(layout.fonts.note, &device);
        g.noteHeight = u.pt(NoteGap) + wrappedHeight(note, width, notePrefix(language) + table.note);
    }
    return g;
}

qreal rowsHeight(const Layout::TableGeometry& g, int first, int end)
{
    qreal h = 0;
    for (int i = first; i < end; ++i) {
        h += g.rowHeights[i];
    }
    return h;
}

/// The height a piece of rows [first, end) takes, with its title and header,
/// and the note under the table's last rows.
qreal pieceHeight(const Layout::TableGeometry& g, int first, int end)
{
    return g.titleHeight + g.headerHeight + rowsHeight(g, first, end) +
           (end == g.rowHeights.size() ? g.noteHeight : 0);
}

/// Where to end the piece of \a table starting at \a first, on a page with
/// \a available height: as many rows as fit, but not in the middle of a
/// region's municipalities when the region can move whole, and never leaving
/// a lone last row (a total) for the next page. \a first if nothing fits.
int pieceEnd(const ReportTable& table, const Layout::TableGeometry& g, int first, qreal available)
{
    const int rows = int(table.rows.size());
    int end = first;
    while (end < rows && pieceHeight(g, first, end + 1) <= available) {
        ++end;
    }
    if (end == rows || end == first) {
        return end;
    }
    if (table.rows[end].indent > 0) {
        int head = end;
        while (head > first && table.rows[head].indent > 0) {
            --head;
        }
        if (head > first) {
            end = head;
        }
    }
    if (rows - end == 1 && end - 1 > first) {
        --end;
    }
    return end;
}

void layoutPages(Layout& layout, const QList<ReportTable>& tables)
{
    const Units& u = layout.units;
    const qreal tableGap = u.mm(6);
    // A table starts on a page only with at least this many of its rows.
    constexpr int MinimumRows = 3;

    layout.pages.append(Layout::Page{});
    layout.pages.last().summary = true;
    qreal y = layout.summaryRect.bottom() + tableGap;
    for (int t = 0; t < tables.size(); ++t) {
        const ReportTable& table = tables[t];
        const Layout::TableGeometry& g = layout.tables[t];
        const int rows = int(table.rows.size());
        int first = 0;
        do {
            const bool pageIsFresh = layout.pages.last().tables.isEmpty() && !layout.pages.last().summary;
            const int end = pieceEnd(table, g, first, layout.body.bottom() - y);
            const bool enough = end == rows || end - first >= std::min(MinimumRows, rows - first);
            if ((end == first || !enough) && !pageIsFresh) {
                layout.pages.append(Layout::Page{});
                y = layout.body.top();
                continue;
            }
            // A single row taller than a page is placed anyway (and clipped by
            // the page): no report row comes close to that.
            const int placedEnd = std::max(end, first + 1);
            layout.pages.last().tables.append(Layout::TablePiece{t, first, placedEnd, first > 0, y});
            y += pieceHeight(g, first, placedEnd) + tableGap;
            first = placedEnd;
            if (first < rows) {
                layout.pages.append(Layout::Page{});
                y = layout.body.top();
            }
        } while (first < rows);
    }

    // The charts follow the tables, in the tables' order, each where it fits
    // on the page (a chart is never split): what (1), (4), (5) and (6)
    // tabulate, then the year's trend. Each takes the page's width, which the
    // labels of the donut and the long axis labels need; bar charts grow with
    // their bars so that every label stays readable.
    const auto barsIn = [&](const QString& id, bool emphasisOnly, int extraRows) {
        for (const ReportTable& table : tables) {
            if (table.id == id) {
                const auto bars =
                    std::count_if(table.rows.cbegin(), table.rows.cend(),
                                  [&](const ReportTable::Row& row) { return !emphasisOnly || row.emphasis; });
                return std::max(1, int(bars) - extraRows);
            }
        }
        return 1;
    };
    struct ChartBlock
    {
        ChartKind kind;
        qreal height;
    };
    const qreal barPitch = u.mm(7.5);
    const qreal chartFrame = u.mm(16); // title and count axis
    const ChartBlock blocks[] = {
        {ChartKind::Region, chartFrame + barsIn(QStringLiteral("region"), true, 0) * barPitch},
        {ChartKind::Topic, chartFrame + barsIn(QStringLiteral("topic"), false, 1) * barPitch},
        {ChartKind::Status, u.mm(70)},
        {ChartKind::Workload,
         std::max(u.mm(50), chartFrame + barsIn(QStringLiteral("workload"), false, 1) * barPitch)},
        {ChartKind::Trend, u.mm(85)},
    };
    const QRectF body = layout.body;
    const qreal gap = u.mm(8);
    y += u.mm(2);
    for (const ChartBlock& block : blocks) {
        const qreal height = std::min(block.height, body.height());
        if (y + height > body.bottom()) {
            layout.pages.append(Layout::Page{});
            y = body.top();
        }
        layout.pages.last().charts.append({block.kind, QRectF(body.left(), y, body.width(), height)});
        y += height + gap;
    }
}

/// The chart of \a kind; the caller owns it. nullptr while the charts module
/// cannot make one.
QChart* makeChart(ChartKind kind, const ReportData& data, const MasterData& masterData, Language language,
                  const charts::Style& style)
{
    // A monthly report charts the fiscal year to date; for an annual report
    // that is the year itself.
    const Summary& summary = data.cumulativeSummary;
    const bool annual = data.kind == ReportData::Kind::Annual;
    const QString scope = annual ? periodName(data, language)
                                 : pick(language, QStringLiteral("年度累計"), QStringLiteral("year to date"));
    const QString asOf = dateText(data.period.to, language);
    switch (kind) {
    case ChartKind::Region:
        return charts::barChart(
            pick(language, QStringLiteral("圏域別件数（%1）"), QStringLiteral("Cases by region (%1)"))
                .arg(scope),
            charts::regionItems(summary, masterData, language), Qt::Horizontal, style);
    case ChartKind::Topic:
        return charts::barChart(
            pick(language, QStringLiteral("相談内容（主訴別・%1）"), QStringLiteral("Topics (mentions, %1)"))
                .arg(scope),
            charts::topicItems(summary, language), Qt::Horizontal, style);
    case ChartKind::Status:
        return charts::statusChart(
            pick(language, QStringLiteral("状況（%1現在・%2）"), QStringLiteral("Status (as of %1, %2)"))
                .arg(asOf, scope),
            summary, language, style);
    case ChartKind::Workload:
        return charts::workloadChart(pick(language, QStringLiteral("担当者別の継続中の相談（%1現在）"),
                                          QStringLiteral("Open cases per coordinator (as of %1)"))
                                         .arg(asOf),
                                     data.workload, language, style);
    case ChartKind::Trend:
        return charts::trendChart(pick(language, QStringLiteral("月別相談件数（当年度・前年度）"),
                                       QStringLiteral("Cases per month (this and the previous fiscal year)")),
                                  data.series, language, style);
    }
    return nullptr;
}

QPen pen(const QColor& color, qreal width)
{
    QPen p(color, width);
    p.setCapStyle(Qt::FlatCap);
    p.setJoinStyle(Qt::MiterJoin);
    return p;
}

/// The text of the running header and footer.
struct PageText
{
    QString title;
    QString branch;
    QString period;
    QString made;
};

void paintHeaderAndFooter(QPainter& painter, const Layout& layout, const PageText& text, int index, int pages,
                          Language language)
{
    const Units& u = layout.units;
    const Fonts& fonts = layout.fonts;
    painter.setPen(Ink);
    painter.setFont(fonts.title);
    painter.drawText(layout.titleRect, Qt::AlignLeft | Qt::AlignBottom, text.title);
    painter.setFont(fonts.branch);
    painter.drawText(layout.branchRect, layout.branchFlags, text.branch);
    painter.setFont(fonts.headerSmall);
    painter.setPen(SecondaryInk);
    painter.drawText(layout.periodRect, Qt::AlignLeft | Qt::AlignVCenter, text.period);
    painter.setPen(pen(Ink, u.pt(0.75)));
    painter.drawLine(QPointF(0, layout.headerHeight), QPointF(layout.width, layout.headerHeight));

    painter.setPen(pen(GridLine, u.pt(0.4)));
    painter.drawLine(QPointF(0, layout.footerTop), QPointF(layout.width, layout.footerTop));
    painter.setFont(fonts.footer);
    painter.setPen(SecondaryInk);
    const QRectF footer(0, layout.footerTop, layout.width, layout.height - layout.footerTop);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, text.made);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                     pick(language, QStringLiteral("%1 / %2 ページ"), QStringLiteral("Page %1 / %2"))
                         .arg(index + 1)
                         .arg(pages));
}

void paintSummary(QPainter& painter, const Layout& layout, const QPaintDevice& device,
                  const QStringList& lines)
{
    const Units& u = layout.units;
    const QRectF box = layout.summaryRect;
    painter.setPen(pen(GridLine, u.pt(0.5)));
    painter.setBrush(EmphasisFill);
    painter.drawRect(box);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(Ink);
    painter.setFont(layout.fonts.summary);
    const QFontMetricsF metrics(layout.fonts.summary, &device);
    const qreal pad = u.pt(SummaryPadding);
    qreal y = box.top() + pad;
    for (const QString& line : lines) {
        const qreal h = wrappedHeight(metrics, box.width() - 2 * pad, line);
        painter.drawText(QRectF(box.left() + pad, y, box.width() - 2 * pad, h), WrapFlags, line);
        y += h + u.pt(SummaryLineGap);
    }
}

/// Rows [piece.firstRow, piece.endRow) of \a table with its title and header
/// row: a ruled grid, the header shaded, regions and totals bold on a light
/// ground, municipalities indented, counts right-aligned.
void paintTable(QPainter& painter, const Layout& layout, const ReportTable& table,
                const Layout::TablePiece& piece, Language language)
{
    const Units& u = layout.units;
    const Fonts& fonts = layout.fonts;
    const Layout::TableGeometry& g = layout.tables[piece.table];
    const QList<qreal>& x = g.columnEdges;
    const qreal padX = u.pt(CellPaddingX);
    const qreal width = layout.width;
    qreal y = piece.top;

    painter.setPen(Ink);
    painter.setFont(fonts.tableTitle);
    const QRectF titleRect(0, y, width, g.titleHeight - u.pt(3));
    const QString continued = piece.continued
                                  ? pick(language, QStringLiteral("（続き）"), QStringLiteral(" (continued)"))
                                  : QString();
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignBottom, table.title + continued);
    if (table.columns.size() > 1) {
        painter.setFont(fonts.note);
        painter.setPen(SecondaryInk);
        painter.drawText(titleRect, Qt::AlignRight | Qt::AlignBottom,
                         pick(language, QStringLiteral("（単位：件）"), QStringLiteral("(cases)")));
    }
    y += g.titleHeight;
    const qreal tableTop = y;

    painter.setPen(Qt::NoPen);
    painter.setBrush(HeaderFill);
    painter.drawRect(QRectF(0, y, width, g.headerHeight));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(Ink);
    painter.setFont(fonts.cellBold);
    for (int c = 0; c < table.columns.size() && c + 1 < x.size(); ++c) {
        painter.drawText(QRectF(x[c] + padX, y, x[c + 1] - x[c] - 2 * padX, g.headerHeight),
                         Qt::AlignCenter | Qt::TextWordWrap, table.columns[c]);
    }
    y += g.headerHeight;

    QList<qreal> rules{tableTop, y};
    for (int r = piece.firstRow; r < piece.endRow; ++r) {
        const ReportTable::Row& row = table.rows[r];
        const qreal h = g.rowHeights[r];
        if (row.emphasis) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(EmphasisFill);
            painter.drawRect(QRectF(0, y, width, h));
            painter.setBrush(Qt::NoBrush);
        }
        painter.setPen(Ink);
        painter.setFont(row.emphasis ? fonts.cellBold : fonts.cell);
        const qreal indent = row.indent * g.indentWidth;
        painter.drawText(QRectF(x[0] + padX + indent, y, x[1] - x[0] - 2 * padX - indent, h),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, row.label);
        for (int c = 0; c < row.values.size() && c + 2 < x.size(); ++c) {
            painter.drawText(QRectF(x[c + 1] + padX, y, x[c + 2] - x[c + 1] - 2 * padX, h),
                             Qt::AlignRight | Qt::AlignVCenter, number(row.values[c], language));
        }
        y += h;
        rules.append(y);
    }

    // The grid: thin inner rules, a firmer frame and line under the header.
    painter.setPen(pen(GridLine, u.pt(0.4)));
    for (const qreal ruleY : std::as_const(rules)) {
        painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
    }
    for (const qreal ruleX : x) {
        painter.drawLine(QPointF(ruleX, tableTop), QPointF(ruleX, y));
    }
    painter.setPen(pen(Ink, u.pt(0.8)));
    painter.drawLine(QPointF(0, tableTop + g.headerHeight), QPointF(width, tableTop + g.headerHeight));
    painter.drawRect(QRectF(0, tableTop, width, y - tableTop));

    if (piece.endRow == table.rows.size() && !table.note.isEmpty()) {
        painter.setPen(SecondaryInk);
        painter.setFont(fonts.note);
        painter.drawText(QRectF(0, y + u.pt(NoteGap), width, g.noteHeight - u.pt(NoteGap)), WrapFlags,
                         notePrefix(language) + table.note);
    }
}

} // namespace

ReportRenderer::ReportRenderer(statistics::ReportData data, MasterData masterData, Language language)
    : m_data(std::move(data))
    , m_masterData(std::move(masterData))
    , m_language(language)
    , m_tables(statistics::reportTables(m_data, m_masterData, m_language))
{
    loadBundledFonts();
}

ReportRenderer::~ReportRenderer() = default;

QString ReportRenderer::documentTitle(const statistics::ReportData& data, Language language)
{
    return data.branch.name + u' ' + reportTitle(data, language) + u' ' + periodName(data, language);
}

QString ReportRenderer::documentTitle() const
{
    return documentTitle(m_data, m_language);
}

const ReportLayout& ReportRenderer::layoutFor(const QPaintDevice& device, qreal width, qreal height) const
{
    const qreal dpi = device.logicalDpiY();
    if (m_layout && m_layout->dpi == dpi && m_layout->width == width && m_layout->height == height) {
        return *m_layout;
    }
    auto layout = std::make_unique<ReportLayout>();
    layout->dpi = dpi;
    layout->width = width;
    layout->height = height;
    layout->units = Units{dpi};
    const Units& u = layout->units;

    // Running header: title and period on the left, the branch on the right
    // of the title (or on a line of its own if a long name would touch the
    // title), then a rule.
    const QFontMetricsF title(layout->fonts.title, &device);
    const QFontMetricsF small(layout->fonts.headerSmall, &device);
    const QFontMetricsF branch(layout->fonts.branch, &device);
    layout->titleRect = QRectF(0, 0, width, title.lineSpacing());
    layout->periodRect = QRectF(0, layout->titleRect.bottom() + u.pt(2), width, small.lineSpacing());
    qreal headerBottom = layout->periodRect.bottom();
    if (title.horizontalAdvance(reportTitle(m_data, m_language)) + u.mm(8) +
            branch.horizontalAdvance(m_data.branch.name) <=
        width) {
        layout->branchRect = layout->titleRect;
        layout->branchFlags = Qt::AlignRight | Qt::AlignBottom;
    } else {
        layout->branchRect =
            QRectF(0, headerBottom + u.pt(2), width, wrappedHeight(branch, width, m_data.branch.name));
        layout->branchFlags = WrapFlags;
        headerBottom = layout->branchRect.bottom();
    }
    layout->headerHeight = headerBottom + u.pt(4);
    const QFontMetricsF footer(layout->fonts.footer, &device);
    layout->footerTop = height - footer.lineSpacing() - u.pt(4);
    layout->body = QRectF(0, layout->headerHeight + u.mm(5), width,
                          layout->footerTop - u.mm(4) - (layout->headerHeight + u.mm(5)));

    const QFontMetricsF summary(layout->fonts.summary, &device);
    const qreal pad = u.pt(SummaryPadding);
    qreal summaryHeight = 0;
    for (const QString& line : summaryLines(m_data, m_language)) {
        summaryHeight += wrappedHeight(summary, width - 2 * pad, line) + u.pt(SummaryLineGap);
    }
    layout->summaryRect =
        QRectF(0, layout->body.top(), width, summaryHeight - u.pt(SummaryLineGap) + 2 * pad);

    for (const ReportTable& table : m_tables) {
        layout->tables.append(measureTable(table, *layout, device, m_language));
    }
    layoutPages(*layout, m_tables);
    m_layout = std::move(layout);
    return *m_layout;
}

int ReportRenderer::pageCount() const
{
    if (!m_layout) {
        QBuffer buffer;
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                        QMarginsF(MarginMillimetres, MarginMillimetres, MarginMillimetres, MarginMillimetres),
                        QPageLayout::Millimeter));
        layoutFor(writer, writer.width(), writer.height());
    }
    return int(m_layout->pages.size());
}

bool ReportRenderer::paint(QPagedPaintDevice& device) const
{
    const ReportLayout& layout = layoutFor(device, device.width(), device.height());
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const PageText text{
        reportTitle(m_data, m_language),
        m_data.branch.name,
        periodText(m_data, m_language),
        pick(m_language, QStringLiteral("作成 %1 %2"), QStringLiteral("Made %1 %2"))
            .arg(dateText(m_data.generatedAt.date(), m_language),
                 m_data.generatedAt.time().toString(u"HH:mm")),
    };
    const QStringList summary = summaryLines(m_data, m_language);
    const charts::Style chartStyle{layout.fonts.chart, true};
    const int pages = int(layout.pages.size());
    for (int index = 0; index < pages; ++index) {
        if (index > 0) {
            device.newPage();
        }
        const Layout::Page& page = layout.pages[index];
        paintHeaderAndFooter(painter, layout, text, index, pages, m_language);
        if (page.summary) {
            paintSummary(painter, layout, device, summary);
        }
        for (const Layout::TablePiece& piece : page.tables) {
            paintTable(painter, layout, m_tables[piece.table], piece, m_language);
        }
        for (const Layout::ChartPiece& piece : page.charts) {
            const std::unique_ptr<QChart> chart(
                makeChart(piece.kind, m_data, m_masterData, m_language, chartStyle));
            if (chart) {
                charts::render(chart.get(), &painter, piece.rect);
            }
        }
    }
    return painter.end();
}

Result<void> ReportRenderer::writePdf(const QString& path) const
{
    const auto failure = [&](const QString& reason) {
        return Error(Error::Kind::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    };
    if (auto r = storage::refuseBranchFileTarget(path); !r.ok()) {
        return r;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(Resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                        QMarginsF(MarginMillimetres, MarginMillimetres, MarginMillimetres, MarginMillimetres),
                        QPageLayout::Millimeter));
        writer.setTitle(documentTitle());
        writer.setCreator(creator());
        if (!paint(writer)) {
            file.cancelWriting();
            return failure(tr("the PDF could not be drawn"));
        }
    }
    if (!file.commit()) {
        return failure(file.errorString());
    }
    return {};
}

void ReportRenderer::preparePrinter(QPrinter& printer, const statistics::ReportData& data, Language language)
{
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                    QMarginsF(MarginMillimetres, MarginMillimetres, MarginMillimetres, MarginMillimetres),
                    QPageLayout::Millimeter));
    printer.setFullPage(false);
    // Only a PDF printer takes any resolution; a real printer keeps its own,
    // and the layout is measured in whichever it has.
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        printer.setResolution(Resolution);
    }
    printer.setDocName(documentTitle(data, language));
    printer.setCreator(creator());
}

} // namespace tsunagu::ui
