// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"
#include "common/Result.h"
#include "master/MasterData.h"
#include "statistics/ReportData.h"
#include "statistics/ReportTables.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPrinter;

namespace tsunagu::ui {

struct ReportLayout; ///< where everything goes on the pages; in the .cpp

/// Paints a monthly summary (月報) or an annual report (年度報告) on paper:
/// A4 portrait, a running header (branch, title, period in 和暦 and ISO) and
/// footer (date made, page N / M) on every page, the summary line and the
/// tables of statistics::reportTables() (ruled, header row shaded, split across
/// pages with their header repeated), then the charts as vector graphics.
///
/// One code path for every output: writePdf() paints on a QPdfWriter, print
/// preview and printing paint on the QPrinter they hand over. Every piece of
/// text is in the report's language (a Japanese report stays Japanese on an
/// English desktop) and in the bundled BIZ UDPGothic, whose kanji survive
/// copy-paste from the PDF. The report holds no personal data: ReportData has
/// none.
///
/// The layout is measured on the device it is painted on, in its own
/// resolution, so page breaks are computed for the real font metrics.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::ReportRenderer)

public:
    /// Resolution of the PDFs writePdf() makes (and of the layout pageCount()
    /// reports before anything was painted).
    static constexpr int Resolution = 1200;
    /// Page margins on every side, in millimetres.
    static constexpr qreal MarginMillimetres = 15.0;

    ReportRenderer(statistics::ReportData data, MasterData masterData,
                   Language language = Language::Japanese);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer&) = delete;
    ReportRenderer& operator=(const ReportRenderer&) = delete;

    /// Lays out and paints every page on \a device (a QPdfWriter, or the
    /// QPrinter of printing or of QPrintPreviewDialog::paintRequested), from
    /// the device's current page. The device's page size and margins are used
    /// as they are: call preparePrinter() first for a printer. Returns false if
    /// no painter could be opened on the device.
    bool paint(QPagedPaintDevice& device) const;

    /// The number of pages of the last layout: the last device painted on,
    /// or, before any painting, an A4 PDF as writePdf() makes it.
    int pageCount() const;

    /// "湘南東部圏域ブランチ 医療的ケア児等相談 月報 令和6年3月": the PDF title
    /// and the print job's name.
    QString documentTitle() const;

    /// Writes the report as an A4 portrait PDF to \a path, atomically (the
    /// file is the complete report or left as it was), with title and
    /// creator set. The message of a failure is translated for the UI.
    Result<void> writePdf(const QString& path) const;

    /// Sets A4 portrait, the report's margins, the resolution (where the
    /// printer lets it be set) and the document name on \a printer, keeping
    /// the printer, copies and output file the user chose.
    static void preparePrinter(QPrinter& printer, const statistics::ReportData& data,
                               Language language = Language::Japanese);

    /// The document title of \a data in \a language (see documentTitle()).
    static QString documentTitle(const statistics::ReportData& data, Language language);

private:
    /// Lays out for \a device (its resolution and font metrics) with a
    /// printable area of \a width x \a height device pixels; cached while the
    /// geometry does not change.
    const ReportLayout& layoutFor(const QPaintDevice& device, qreal width, qreal height) const;

    statistics::ReportData m_data;
    MasterData m_masterData;
    Language m_language;
    QList<statistics::ReportTable> m_tables;
    mutable std::unique_ptr<ReportLayout> m_layout;
};

} // namespace tsunagu::ui
