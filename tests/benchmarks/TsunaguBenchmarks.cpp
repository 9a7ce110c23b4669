// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// In-process benchmarks on a large branch file (run-benchmarks.sh makes it
// with `tsunagu-cli generate`). Each benchmark is one timed operation as a
// user meets it, repeated (--benchmark_repetitions); the script reads the
// JSON and prints median, min and max.
//
//   tsunagu_benchmarks --db=FILE --work=DIR [--fiscal-year=2025]
//                      [--month=2026-03] [--search=佐藤] [benchmark flags]
#include "calendar/FiscalYear.h"
#include "cases/CaseListView.h"
#include "cases/CaseTableModel.h"
#include "common/Fonts.h"
#include "report/ReportRenderer.h"
#include "statistics/ReportData.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

namespace {

using namespace tsunagu;

struct Settings
{
    QString db;
    QString work;
    int fiscalYear = 2025;
    QDate month = QDate(2026, 3, 1);
    QString search = QStringLiteral("佐藤");
};

Settings& settings()
{
    static Settings s;
    return s;
}

/// The branch file, opened once for the benchmarks that read it.
BranchFile& sharedFile()
{
    static std::unique_ptr<BranchFile> file = [] {
        auto opened = BranchFile::open(settings().db, BranchFile::Access::ReadOnly,
                                       BranchFile::IntegrityCheck::Deferred);
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error().message));
            std::exit(2);
        }
        return std::move(opened).value();
    }();
    return *file;
}

template <typename T>
void require(const Result<T>& result, benchmark::State& state)
{
    if (!result.ok()) {
        state.SkipWithError(qUtf8Printable(result.error().message));
    }
}

// Opening: header checks, lock, connection, master data (integrity check
// deferred as the desktop app does).
void openFile(benchmark::State& state)
{
    for (auto _ : state) {
        auto file = BranchFile::open(settings().db, BranchFile::Access::ReadWrite,
                                     BranchFile::IntegrityCheck::Deferred);
        require(file, state);
        state.PauseTiming();
        file = Error(Error::Kind::Invalid, QString()); // close outside the timing
        state.ResumeTiming();
    }
}

/// Paints \a view until what it shows is read: the list answers from a
/// worker thread, at once when quick, else when its answer comes.
void paintSettled(ui::CaseListView& view)
{
    const ui::CaseTableModel* model = view.model();
    const QTableView* table = view.tableView();
    const auto visibleRead = [&] {
        const int top = table->rowAt(0);
        int bottom = table->rowAt(table->viewport()->height() - 1);
        if (bottom < 0) {
            bottom = model->rowCount() - 1;
        }
        return top < 0 || (model->isRowLoaded(top) && model->isRowLoaded(bottom));
    };
    // Sleeps until the worker's answer (or a repaint's page) comes: the
    // worker and its search threads need the cores.
    const auto waitForAnswer = [model] {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        QObject::connect(model, &ui::CaseTableModel::loadingChanged, &loop, &QEventLoop::quit);
        QObject::connect(model, &QAbstractItemModel::dataChanged, &loop, &QEventLoop::quit);
        loop.exec();
    };
    for (;;) {
        if (model->isLoading()) {
            waitForAnswer();
            continue;
        }
        benchmark::DoNotOptimize(view.grab()); // asks for the rows on screen
        if (visibleRead()) {
            return;
        }
        waitForAnswer();
    }
}

/// A case list as a first start shows it: sorted newest first, whatever an
/// earlier benchmark left in the settings (the sort is saved with the columns).
std::unique_ptr<ui::CaseListView> freshCaseList()
{
    QSettings().clear();
    auto view = std::make_unique<ui::CaseListView>();
    view->resize(1280, 700);
    return view;
}

/// Times \a measure on a case list of its own, made (and with \a opened, showing
/// the file) and thrown away outside the timing; the list is painted after.
template <typename Measure>
void measureCaseList(benchmark::State& state, bool opened, Measure measure)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto view = freshCaseList();
        if (opened) {
            view->setBranchFile(&sharedFile());
            paintSettled(*view);
        }
        state.ResumeTiming();
        measure(*view);
        paintSettled(*view);
        state.PauseTiming();
        view.reset();
        state.ResumeTiming();
    }
}

// The case list as the main window shows it after opening: count, first page
// of 200, the contact count started, painted.
void caseListFirstPage(benchmark::State& state)
{
    measureCaseList(state, false, [](ui::CaseListView& view) { view.setBranchFile(&sharedFile()); });
}

// Dragging the scroll bar to the last case, painted.
void caseListScrollToEnd(benchmark::State& state)
{
    measureCaseList(state, true, [](ui::CaseListView& view) { view.tableView()->scrollToBottom(); });
}

// Typing a surname into the search field: the hits found and counted, first
// page painted.
void textFilter(benchmark::State& state)
{
    measureCaseList(state, true, [&state](ui::CaseListView& view) {
        CaseFilter filter = view.currentFilter();
        filter.text = settings().search;
        view.model()->setFilter(filter);
        paintSettled(view);
        state.counters["matches"] = static_cast<double>(view.model()->rowCount());
    });
}

// Clicking the Topics header: an order no index gives, worked out on the
// list's worker thread, first page painted.
void caseListSortByTopics(benchmark::State& state)
{
    measureCaseList(state, true, [](ui::CaseListView& view) {
        view.tableView()->sortByColumn(static_cast<int>(CaseListColumn::Topics), Qt::AscendingOrder);
    });
}

// Then dragging the scroll bar to the middle of that order, painted.
void caseListSortedScroll(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto view = freshCaseList();
        view->setBranchFile(&sharedFile());
        view->tableView()->sortByColumn(static_cast<int>(CaseListColumn::Topics), Qt::AscendingOrder);
        paintSettled(*view);
        state.ResumeTiming();
        view->tableView()->scrollTo(view->model()->index(view->model()->rowCount() / 2, 0));
        paintSettled(*view);
        state.PauseTiming();
        view.reset();
        state.ResumeTiming();
    }
}

void fiscalYearSummary(benchmark::State& state)
{
    const calendar::FiscalYear year(settings().fiscalYear);
    for (auto _ : state) {
        const statistics::StatisticsEngine engine(sharedFile());
        const auto summary = engine.summary({year.firstDay(), year.lastDay()});
        require(summary, state);
        if (summary.ok()) {
            state.counters["cases"] = static_cast<double>(summary->cases);
        }
    }
}

// The monthly summary (月報) from the counts to a PDF file.
void monthlyReportPdf(benchmark::State& state)
{
    const QString path = QDir(settings().work).filePath(QStringLiteral("benchmark-report.pdf"));
    for (auto _ : state) {
        const statistics::StatisticsEngine engine(sharedFile());
        auto data = statistics::ReportData::monthly(engine, sharedFile().info(), settings().month);
        require(data, state);
        if (!data.ok()) {
            break;
        }
        const ui::ReportRenderer renderer(std::move(data).value(), sharedFile().masterData(),
                                          Language::Japanese);
        require(renderer.writePdf(path), state);
    }
}

void registerAll()
{
    const auto add = [](const char* name, void (*function)(benchmark::State&)) {
        benchmark::RegisterBenchmark(name, function)
            ->Iterations(1)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    };
    add("open_file", openFile);
    add("case_list_first_page", caseListFirstPage);
    add("case_list_scroll_to_end", caseListScrollToEnd);
    add("text_filter", textFilter);
    add("case_list_sort_by_topics", caseListSortByTopics);
    add("case_list_sorted_scroll", caseListSortedScroll);
    add("fiscal_year_summary", fiscalYearSummary);
    add("monthly_report_pdf", monthlyReportPdf);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // the list's column widths are settings
    benchmark::Initialize(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setFont(ui::applicationFont());
    for (const QString& argument : QApplication::arguments().mid(1)) {
        const QString value = argument.section(QLatin1Char('='), 1);
        if (argument.startsWith(QLatin1String("--db="))) {
            settings().db = value;
        } else if (argument.startsWith(QLatin1String("--work="))) {
            settings().work = value;
        } else if (argument.startsWith(QLatin1String("--fiscal-year="))) {
            settings().fiscalYear = value.toInt();
        } else if (argument.startsWith(QLatin1String("--month="))) {
            settings().month = QDate::fromString(value + QStringLiteral("-01"), Qt::ISODate);
        } else if (argument.startsWith(QLatin1String("--search="))) {
            settings().search = value;
        } else {
            std::fprintf(stderr, "unknown argument: %s\n", qUtf8Printable(argument));
            return 2;
        }
    }
    if (settings().db.isEmpty() || settings().work.isEmpty()) {
        std::fprintf(stderr, "usage: tsunagu_benchmarks --db=FILE --work=DIR [options] [benchmark flags]\n");
        return 2;
    }
    registerAll();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
