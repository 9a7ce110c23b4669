// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "exchange/CaseCsv.h"
#include "report/ReportDialog.h"
#include "report/ReportRenderer.h"
#include "statistics/ReportData.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"
#include "widgets/FileDialog.h"

#include <QBuffer>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace tsunagu;
using tsunagu::statistics::ReportData;
using tsunagu::test::WriteLock;
using tsunagu::ui::FileDialog;
using tsunagu::ui::ReportDialog;
using tsunagu::ui::ReportRenderer;

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(TSUNAGU_TEST_DATA_DIR "/") + relative;
}

/// A branch file holding the 77 cases of the seed's FY R5 tables.
std::unique_ptr<BranchFile> seedBranch(const QTemporaryDir& dir)
{
    auto file = BranchFile::create(dir.filePath(QStringLiteral("branch.tsunagu")),
                                   BranchInfo{QStringLiteral("湘南東部圏域ブランチ"),
                                              QStringLiteral("shonan-east"),
                                              QStringLiteral("山田 花子"),
                                              {}});
    REQUIRE(file.ok());
    QFile csv(dataPath(QStringLiteral("seed-fy-r5/fy-r5-cases.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const auto imported = exchange::CaseCsv::import(*file.value(), csv.readAll(), exchange::Encoding::Auto);
    REQUIRE(imported.ok());
    REQUIRE(imported->imported == 77);
    return std::move(file).value();
}

ReportData marchReport(const BranchFile& file)
{
    auto data = ReportData::monthly(statistics::StatisticsEngine(file), file.info(), QDate(2024, 3, 1));
    REQUIRE(data.ok());
    return std::move(data).value();
}

ReportData fiscalYearReport(const BranchFile& file)
{
    auto data = ReportData::annual(statistics::StatisticsEngine(file), file.info(), 2023);
    REQUIRE(data.ok());
    return std::move(data).value();
}

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString out;
};

/// Runs a poppler tool; started is false when it is not installed.
ToolRun runTool(const QString& program, const QStringList& arguments)
{
    ToolRun run;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        return run;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        return run;
    }
    run.started = true;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

/// The text of \a pdf as a reader copies it (pdftotext -layout).
QString pdfText(const QString& pdf)
{
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!run.started) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
        return {};
    }
    REQUIRE(run.exitCode == 0);
    return run.out;
}

/// Checks what every report PDF must be: A4 portrait pages, at least two,
/// all fonts embedded and the bundled BIZ UDPGothic among them.
void checkPdfShape(const QString& pdf, const ReportRenderer& renderer)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
    if (!info.started) {
        WARN("pdfinfo is not installed: page size and count are not checked");
    } else {
        REQUIRE(info.exitCode == 0);
        INFO(info.out.toStdString());
        CHECK(
            QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"))
                .match(info.out)
                .hasMatch());
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        REQUIRE(pages.hasMatch());
        CHECK(pages.captured(1).toInt() == renderer.pageCount());
        CHECK(pages.captured(1).toInt() >= 2);
        CHECK(info.out.contains(QStringLiteral("Title:           ") + renderer.documentTitle() + u'\n'));
        CHECK(QRegularExpression(QStringLiteral("Creator:\\s+Tsunagu( [0-9.]+)?\\n"))
                  .match(info.out)
                  .hasMatch());
    }

    const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    if (!fonts.started) {
        WARN("pdffonts is not installed: font embedding is not checked");
        return;
    }
    REQUIRE(fonts.exitCode == 0);
    INFO(fonts.out.toStdString());
    // name type encoding emb sub uni object ID: every font embedded, and
    // the report's family is BIZ UDPGothic, not a fallback.
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    bool bizUd = false;
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(fields.size() >= 7);
        CHECK(fields.at(fields.size() - 5) == QStringLiteral("yes")); // emb
        CHECK(fields.at(fields.size() - 3) == QStringLiteral("yes")); // uni: copy-paste maps to Unicode
        bizUd = bizUd || fields.first().contains(QStringLiteral("BIZUDPGothic"));
    }
    CHECK(bizUd);

    // Charts are vector graphics and text, not pictures.
    const ToolRun images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (images.started) {
        CHECK(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2); // the heading only
    }
}

/// Keeps a copy of \a pdf in $TSUNAGU_KEEP_REPORTS, if set, to look at.
void keep(const QString& pdf, const QString& name)
{
    const QString folder = qEnvironmentVariable("TSUNAGU_KEEP_REPORTS");
    if (!folder.isEmpty()) {
        QFile::remove(folder + u'/' + name);
        QFile::copy(pdf, folder + u'/' + name);
    }
}

/// Collapses the spaces pdftotext -layout puts between table cells.
QString squeezed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

} // namespace

TEST_CASE("the March 2024 monthly summary is an A4 PDF whose kanji and figures copy out", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    const ReportRenderer renderer(marchReport(*file), file->masterData());
    const QString pdf = dir.filePath(QStringLiteral("monthly.pdf"));

    const auto written = renderer.writePdf(pdf);
    REQUIRE(written.ok());
    REQUIRE(QFileInfo(pdf).size() > 0);
    keep(pdf, QStringLiteral("report-monthly.pdf"));
    CHECK(renderer.pageCount() >= 2);
    checkPdfShape(pdf, renderer);

    const QString text = squeezed(pdfText(pdf));
    if (text.isEmpty()) {
        return;
    }
    INFO(text.toStdString());
    // Header, on every page.
    CHECK(text.count(QStringLiteral("湘南東部圏域ブランチ")) >= renderer.pageCount());
    CHECK(text.count(QStringLiteral("医療的ケア児等相談 月報")) == renderer.pageCount());
    CHECK(text.count(QStringLiteral("令和6年3月（2024-03-01～2024-03-31）")) == renderer.pageCount());
    CHECK(text.contains(QStringLiteral("1 / %1 ページ").arg(renderer.pageCount())));
    CHECK(text.contains(QStringLiteral("%1 / %1 ページ").arg(renderer.pageCount())));
    // The summary line, as the seed writes it.
    CHECK(text.contains(QStringLiteral(
        "相談件数 7件（年度累計 77件：完了 36件、継続 36件、経過観察 5件（令和6年3月31日現在））")));
    // The tables of reportTables(): the seed's FY R5 figures (month, year to date).
    CHECK(text.contains(QStringLiteral("（１）圏域別件数")));
    CHECK(text.contains(QStringLiteral("湘南東部圏域 1 16 0 0")));
    CHECK(text.contains(QStringLiteral("横須賀・三浦圏域 3 17 0 0")));
    CHECK(text.contains(QStringLiteral("秦野市 0 11 0 0")));
    CHECK(text.contains(QStringLiteral("二宮町 0 0 0 0"))); // zeros shown
    CHECK(text.contains(QStringLiteral("（２）相談方法")));
    CHECK(text.contains(QStringLiteral("電話 5 59 0 0")));
    CHECK(text.contains(QStringLiteral("（３）相談者")));
    CHECK(text.contains(QStringLiteral("支援者 3 51 0 0")));
    CHECK(text.contains(QStringLiteral("（４）相談内容（主訴別）")));
    CHECK(text.contains(QStringLiteral("退院調整（在宅移行支援） 5 15 0 0")));
    CHECK(text.contains(QStringLiteral("入園に関すること（保育園・幼稚園） 3 20 0 0")));
    CHECK(text.contains(QStringLiteral("合計 21 140 0 0")));
    CHECK(text.contains(QStringLiteral("（５）状況（各期間の末日時点）")));
    CHECK(text.contains(QStringLiteral("経過観察 0 5 0 0")));
    CHECK(text.contains(QStringLiteral("（６）担当者別の継続中の相談（令和6年3月31日現在）")));
    CHECK(text.contains(QStringLiteral("山田 花子（主任） 7")));
    CHECK(text.contains(QStringLiteral("前年度同期")));
    // The longest topic label is wrapped inside its column, not clipped:
    // both of its ends are on the page.
    CHECK(text.contains(QStringLiteral("その他（社会資源")));
    CHECK(text.contains(QStringLiteral("成人以降支援）")));
    // The charts, as vector graphics with their text.
    CHECK(text.contains(QStringLiteral("圏域別件数（年度累計）")));
    CHECK(text.contains(QStringLiteral("月別相談件数（当年度・前年度）")));
    // No personal data: the fixture's children and contacts are "テスト 太郎N", "090-…".
    CHECK_FALSE(text.contains(QStringLiteral("テスト")));
    CHECK_FALSE(text.contains(QStringLiteral("090-")));
}

TEST_CASE("the FY2023 annual report prints the year beside the year before", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    const ReportRenderer renderer(fiscalYearReport(*file), file->masterData());
    const QString pdf = dir.filePath(QStringLiteral("annual.pdf"));

    REQUIRE(renderer.writePdf(pdf).ok());
    keep(pdf, QStringLiteral("report-annual.pdf"));
    checkPdfShape(pdf, renderer);

    const QString text = squeezed(pdfText(pdf));
    if (text.isEmpty()) {
        return;
    }
    INFO(text.toStdString());
    CHECK(text.count(QStringLiteral("医療的ケア児等相談 年度報告")) == renderer.pageCount());
    CHECK(text.count(QStringLiteral("令和5年度（2023-04-01～2024-03-31）")) == renderer.pageCount());
    CHECK(text.contains(
        QStringLiteral("相談件数 77件（完了 36件、継続 36件、経過観察 5件（令和6年3月31日現在））")));
    CHECK(text.contains(QStringLiteral("（参考：令和4年度）相談件数 0件")));
    CHECK(text.contains(QStringLiteral("当年度 前年度")));
    CHECK_FALSE(text.contains(QStringLiteral("年度累計 前年同月")));
    CHECK(text.contains(QStringLiteral("湘南東部圏域 16 0")));
    CHECK(text.contains(QStringLiteral("藤沢市 13 0")));
    CHECK(text.contains(QStringLiteral("政令市・その他 10 0")));
    CHECK(text.contains(QStringLiteral("退院調整（在宅移行支援） 15 0")));
    CHECK(text.contains(QStringLiteral("合計 140 0")));
    CHECK(text.contains(QStringLiteral("圏域別件数（令和5年度）")));
}

TEST_CASE("a branch without a single case still makes a whole report, zeros shown", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = BranchFile::create(
        dir.filePath(QStringLiteral("empty.tsunagu")),
        BranchInfo{
            QStringLiteral("県西圏域ブランチ"), QStringLiteral("kensei"), QStringLiteral("鈴木 一郎"), {}});
    REQUIRE(file.ok());
    auto data = ReportData::monthly(statistics::StatisticsEngine(*file.value()), file.value()->info(),
                                    QDate(2024, 4, 1));
    REQUIRE(data.ok());
    const ReportRenderer renderer(data.value(), file.value()->masterData());
    const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(renderer.writePdf(pdf).ok());
    keep(pdf, QStringLiteral("report-empty.pdf"));
    checkPdfShape(pdf, renderer);

    const QString text = squeezed(pdfText(pdf));
    if (text.isEmpty()) {
        return;
    }
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral(
        "相談件数 0件（年度累計 0件：完了 0件、継続 0件、経過観察 0件（令和6年4月30日現在））")));
    CHECK(text.contains(QStringLiteral("湯河原町 0 0 0 0")));
    CHECK(text.contains(QStringLiteral("合計 0 0 0 0")));
}

TEST_CASE("an English report is English throughout, dates in ISO", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    const ReportRenderer renderer(marchReport(*file), file->masterData(), Language::English);
    const QString pdf = dir.filePath(QStringLiteral("english.pdf"));
    REQUIRE(renderer.writePdf(pdf).ok());
    keep(pdf, QStringLiteral("report-english.pdf"));
    checkPdfShape(pdf, renderer);

    const QString text = squeezed(pdfText(pdf));
    if (text.isEmpty()) {
        return;
    }
    INFO(text.toStdString());
    CHECK(text.count(QStringLiteral("Medical-care consultations: monthly summary")) == renderer.pageCount());
    CHECK(text.contains(QStringLiteral("Page 1 / %1").arg(renderer.pageCount())));
    CHECK(text.contains(QStringLiteral("Cases: 7 (year to date 77")));
    CHECK(text.contains(QStringLiteral("(1) Cases by region")));
    CHECK_FALSE(text.contains(QStringLiteral("ページ")));
    CHECK_FALSE(text.contains(QStringLiteral("年度累計")));
}

TEST_CASE("a table that does not fit the page continues with its header repeated", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    const ReportRenderer renderer(marchReport(*file), file->masterData());
    const QString pdf = dir.filePath(QStringLiteral("monthly.pdf"));
    REQUIRE(renderer.writePdf(pdf).ok());

    const QString text = squeezed(pdfText(pdf));
    if (text.isEmpty()) {
        return;
    }
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= renderer.pageCount());
    // Every page holding rows of the region table holds its header row, and
    // a region's municipalities stay on the page of their region.
    int regionPages = 0;
    for (const QString& page : pages) {
        if (!page.contains(QStringLiteral("（１）圏域別件数"))) {
            continue;
        }
        ++regionPages;
        INFO(page.toStdString());
        CHECK(page.contains(QStringLiteral("圏域・市町村 当月 年度累計 前年同月 前年度同期")));
        if (page.contains(QStringLiteral("藤沢市"))) {
            CHECK(page.contains(QStringLiteral("湘南東部圏域 1 16")));
        }
        if (page.contains(QStringLiteral("湯河原町"))) {
            CHECK(page.contains(QStringLiteral("県西圏域 0 9")));
        }
    }
    CHECK(regionPages >= 1);
    if (regionPages > 1) {
        CHECK(text.contains(QStringLiteral("（１）圏域別件数（続き）")));
    }
}

TEST_CASE("a branch name too long to stand beside the title gets a header line of its own", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    ReportData data = marchReport(*file);
    const QString name =
        QStringLiteral("かながわ医療的ケア児支援センター 湘南東部圏域ブランチ（藤沢市・茅ヶ崎市・寒川町）");
    data.branch.name = name;
    const ReportRenderer renderer(data, file->masterData());
    const QString pdf = dir.filePath(QStringLiteral("long-name.pdf"));
    REQUIRE(renderer.writePdf(pdf).ok());
    keep(pdf, QStringLiteral("report-long-name.pdf"));

    const QString text = squeezed(pdfText(pdf));
    if (text.isEmpty()) {
        return;
    }
    INFO(text.toStdString());
    // Whole, on a line of its own: not overlapping (and so not interleaved
    // with) the title.
    CHECK(text.count(name) == renderer.pageCount());
    CHECK(text.count(QStringLiteral("医療的ケア児等相談 月報\n")) == renderer.pageCount());
}

TEST_CASE("pageCount before painting is the page count of the PDF", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    const ReportData data = marchReport(*file);
    const ReportRenderer fresh(data, file->masterData());
    const int counted = fresh.pageCount();
    CHECK(counted >= 4); // tables over at least two pages, charts on two

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setResolution(ReportRenderer::Resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    REQUIRE(fresh.paint(writer));
    CHECK(fresh.pageCount() == counted);
    CHECK(buffer.data().startsWith("%PDF-"));
}

TEST_CASE("writePdf names a file it cannot write and replaces an existing one whole", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    const ReportRenderer renderer(marchReport(*file), file->masterData());
    const auto failed = renderer.writePdf(dir.filePath(QStringLiteral("no-such-folder/report.pdf")));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == Error::Kind::Io);
    CHECK(failed.message().contains(QStringLiteral("report.pdf")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no-such-folder/report.pdf"))));

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile old(pdf);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x')); // longer than the report
    }
    REQUIRE(renderer.writePdf(pdf).ok());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    CHECK_FALSE(bytes.contains(QByteArray(64, 'x')));
    // Nothing left behind beside it (QSaveFile's temporary file).
    CHECK(QDir(dir.path()).entryList({QStringLiteral("report.pdf*")}, QDir::Files) ==
          QStringList{QStringLiteral("report.pdf")});
}

TEST_CASE("preparePrinter sets A4 portrait, the margins and the job name, keeping the output", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    const ReportData data = marchReport(*file);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageOrientation(QPageLayout::Landscape);
    ReportRenderer::preparePrinter(printer, data);

    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    CHECK(printer.pageLayout().orientation() == QPageLayout::Portrait);
    const QMarginsF margins = printer.pageLayout().margins(QPageLayout::Millimeter);
    CHECK(margins.left() == Approx(ReportRenderer::MarginMillimetres));
    CHECK(margins.top() == Approx(ReportRenderer::MarginMillimetres));
    CHECK(printer.docName() == QStringLiteral("湘南東部圏域ブランチ 医療的ケア児等相談 月報 令和6年3月"));
    CHECK(printer.outputFileName() == pdf);

    // Printing takes the same path as the PDF: the QPrinter is a paged device.
    const ReportRenderer renderer(data, file->masterData());
    REQUIRE(renderer.paint(printer));
    CHECK(QFileInfo(pdf).size() > 0);
    const QString text = squeezed(pdfText(pdf));
    if (!text.isEmpty()) {
        CHECK(text.contains(QStringLiteral("湘南東部圏域 1 16 0 0")));
    }
}

TEST_CASE("print preview shows the same pages as the PDF", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    const ReportData data = marchReport(*file);
    const ReportRenderer renderer(data, file->masterData());

    QPrinter printer(QPrinter::HighResolution);
    ReportRenderer::preparePrinter(printer, data);
    QPrintPreviewWidget preview(&printer);
    bool painted = false;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview,
                     [&](QPrinter* target) { painted = renderer.paint(*target); });
    preview.updatePreview();
    REQUIRE(painted);
    CHECK(preview.pageCount() == renderer.pageCount());
    CHECK(preview.pageCount() >= 4);
}

namespace {

/// The monthly summary dialog for March 2024 (its years are read when it is
/// made: before any lock is taken).
std::unique_ptr<ReportDialog> marchDialog(BranchFile& file)
{
    auto dialog = std::make_unique<ReportDialog>(file, ReportData::Kind::Monthly);
    auto* month = dialog->findChild<QDateEdit*>(QStringLiteral("reportMonthDateEdit"));
    REQUIRE(month);
    month->setDate(QDate(2024, 3, 1));
    dialog->show();
    return dialog;
}

} // namespace

TEST_CASE("the report dialog counts on a worker thread, showing progress, and writes when the data arrives",
          "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    auto dialog = marchDialog(*file);
    auto* progress = dialog->findChild<QWidget*>(QStringLiteral("reportProgressWidget"));
    auto* pdfButton = dialog->findChild<QPushButton*>(QStringLiteral("savePdfButton"));
    REQUIRE(progress);
    REQUIRE(pdfButton);
    CHECK_FALSE(progress->isVisible());
    const QString pdf = dir.filePath(QStringLiteral("march.pdf"));

    WriteLock lock(file->path());
    // While the file is locked: progress, inputs disabled, events running.
    bool sawProgress = false;
    bool sawDisabled = false;
    bool sawPreparing = false;
    QTimer::singleShot(400, dialog.get(), [&] {
        sawProgress = progress->isVisible();
        sawDisabled = !pdfButton->isEnabled();
        sawPreparing = dialog->isPreparing();
        CHECK_FALSE(QFileInfo::exists(pdf)); // nothing written before the data
        lock.release();
    });
    FileDialog::setNextFileName(pdf);
    CHECK(dialog->savePdf() == pdf);
    CHECK(sawProgress);
    CHECK(sawDisabled);
    CHECK(sawPreparing);
    CHECK_FALSE(dialog->isPreparing());
    CHECK_FALSE(progress->isVisible());
    CHECK(pdfButton->isEnabled());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");

    // The next action on the same month uses the counted data at once.
    WriteLock again(file->path());
    const auto data = dialog->reportData();
    REQUIRE(data.ok());
    CHECK(data->period.from == QDate(2024, 3, 1));
    CHECK(data->cumulativeSummary.cases == 77);
}

TEST_CASE("Cancel in the report dialog stops waiting; nothing is written", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    auto dialog = marchDialog(*file);
    const QString pdf = dir.filePath(QStringLiteral("march.pdf"));
    FileDialog::setNextFileName(pdf);

    {
        WriteLock lock(file->path());
        QTimer::singleShot(300, dialog.get(), [&] {
            auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("reportCancelButton"));
            REQUIRE(cancel);
            CHECK(cancel->isVisible());
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QElapsedTimer clock;
        clock.start();
        CHECK(dialog->savePdf().isEmpty());
        CHECK(clock.elapsed() < 3000); // not the five seconds the worker would wait
        CHECK_FALSE(dialog->isPreparing());
        CHECK(dialog->isVisible());
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    // Asked again, it counts again; the file dialog's answer is still unused.
    CHECK(dialog->savePdf() == pdf);
    CHECK(QFileInfo::exists(pdf));
}

TEST_CASE("Closing the report dialog while it counts ends the wait", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    auto dialog = marchDialog(*file);
    WriteLock lock(file->path());
    QTimer::singleShot(200, dialog.get(), [&] { dialog->reject(); });
    const auto data = dialog->reportData();
    CHECK_FALSE(data.ok());
    CHECK_FALSE(dialog->isVisible());
    CHECK_FALSE(dialog->isPreparing());
}

TEST_CASE("Destroying the report dialog or closing the file while it counts is safe", "[ui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto file = seedBranch(dir);
    auto dialog = marchDialog(*file);
    WriteLock lock(file->path());
    QObject context;
    QTimer::singleShot(200, &context, [&] {
        dialog.reset();
        file.reset();
    });
    // Returns, without touching the dialog that is gone.
    ReportDialog* raw = dialog.get();
    CHECK(raw->savePdf().isEmpty());
    CHECK_FALSE(dialog);
    lock.release();
    REQUIRE(QThreadPool::globalInstance()->waitForDone(5000));
    QTest::qWait(50);
}
