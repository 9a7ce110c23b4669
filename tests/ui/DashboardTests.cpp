// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "charts/Charts.h"
#include "common/BackgroundTask.h"
#include "common/BusyOverlay.h"
#include "contacts/ContactRepository.h"
#include "dashboard/DashboardView.h"
#include "dashboard/ReportTableModel.h"
#include "exchange/CaseCsv.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QValueAxis>

#include <catch2/catch.hpp>

#include <atomic>
#include <functional>
#include <memory>

using namespace tsunagu;
using namespace tsunagu::ui;
using statistics::ReportTable;
using tsunagu::test::WriteLock;

namespace {

/// A branch file holding the 77 cases of the seed's FY R5 (2023) tables.
std::unique_ptr<BranchFile> seedBranchFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("branch.tsunagu"));
    auto created = BranchFile::create(path, BranchInfo{QStringLiteral("湘南東部圏域ブランチ"),
                                                       QStringLiteral("shonan-east"),
                                                       QStringLiteral("山田 花子"),
                                                       {}});
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    std::unique_ptr<BranchFile> file = std::move(created).value();
    QFile csv(QStringLiteral(TSUNAGU_TEST_DATA_DIR "/seed-fy-r5/fy-r5-cases.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const auto imported = exchange::CaseCsv::import(*file, csv.readAll(), exchange::Encoding::Auto);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    REQUIRE(imported->imported == 77);
    return file;
}

/// Adds a contact-log entry to each case: an intake on the day received,
/// and for every third case a case conference a week later. Returns how many.
int addContacts(BranchFile& file)
{
    QList<std::pair<qint64, QDate>> cases;
    QSqlQuery query(file.database());
    REQUIRE(query.exec(QStringLiteral("SELECT id, received_on FROM case_record ORDER BY id")));
    while (query.next()) {
        cases.append(
            {query.value(0).toLongLong(), QDate::fromString(query.value(1).toString(), Qt::ISODate)});
    }
    ContactRepository repository(file);
    int added = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QList<std::pair<QString, int>> contacts{{QStringLiteral("intake"), 0}};
        if (i % 3 == 0) {
            contacts.append({QStringLiteral("case-conference"), 7});
        }
        for (const auto& [kind, days] : contacts) {
            ContactRecord contact;
            contact.caseId = cases.at(i).first;
            contact.contactedOn = std::min(cases.at(i).second.addDays(days), QDate(2024, 3, 31));
            contact.kind = kind;
            contact.method = QStringLiteral("phone");
            const auto id = repository.add(contact);
            INFO(id.message().toStdString());
            REQUIRE(id.ok());
            ++added;
        }
    }
    return added;
}

statistics::Summary fy2023Summary(const BranchFile& file)
{
    const auto summary =
        statistics::StatisticsEngine(file).summary(statistics::Period{QDate(2023, 4, 1), QDate(2024, 3, 31)});
    REQUIRE(summary.ok());
    return summary.value();
}

charts::Style screenStyle()
{
    return charts::Style{QApplication::font(), false};
}

charts::Style printStyle()
{
    return charts::Style{QApplication::font(), true};
}

QList<QBarSet*> barSets(const QChart* chart)
{
    QList<QBarSet*> sets;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            sets += bars->barSets();
        }
    }
    return sets;
}

QList<qreal> valuesOf(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i) {
        values.append(set->at(i));
    }
    return values;
}

QStringList categoriesOf(const QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            return categories->categories();
        }
    }
    return {};
}

QValueAxis* valueAxisOf(const QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* values = qobject_cast<QValueAxis*>(axis)) {
            return values;
        }
    }
    return nullptr;
}

/// The value axis counts whole cases: an integer range and tick step.
void requireIntegerAxis(const QChart* chart, qreal largestValue)
{
    const QValueAxis* axis = valueAxisOf(chart);
    REQUIRE(axis);
    CHECK(axis->min() == 0);
    CHECK(axis->max() > largestValue); // room for the value label at the bar end
    CHECK(axis->max() == std::floor(axis->max()));
    CHECK(axis->tickType() == QValueAxis::TicksDynamic);
    CHECK(axis->tickInterval() >= 1);
    CHECK(axis->tickInterval() == std::floor(axis->tickInterval()));
    CHECK(axis->labelFormat() == QStringLiteral("%.0f"));
}

/// Lets events run until \a condition holds; false after \a timeoutMs.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

/// Counts the selected period and waits until it is shown.
void refreshAndWait(DashboardView& view)
{
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.refresh();
    REQUIRE(waitFor([&] { return refreshed.count() > 0; }));
    REQUIRE_FALSE(view.isBusy());
}

/// Counts how often a widget is shown.
class ShowCounter : public QObject
{
public:
    explicit ShowCounter(QWidget* widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            ++count;
        }
        return QObject::eventFilter(watched, event);
    }
};

int nonWhitePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                ++count;
            }
        }
    }
    return count;
}

/// The row of \a model whose label (without its indent) is \a label.
int rowOf(const QAbstractItemModel* model, const QString& label)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::DisplayRole).toString().trimmed() == label) {
            return row;
        }
    }
    return -1;
}

qint64 valueAt(const QAbstractItemModel* model, const QString& label, int column)
{
    const int row = rowOf(model, label);
    INFO(label.toStdString());
    REQUIRE(row >= 0);
    return model->index(row, column).data(ReportTableModel::SortRole).toLongLong();
}

ReportTable sampleTable()
{
    ReportTable table;
    table.id = QStringLiteral("region");
    table.title = QStringLiteral("（１）圏域別件数");
    table.columns = {QStringLiteral("圏域・市町村"), QStringLiteral("当年度"), QStringLiteral("前年度")};
    table.rows = {
        {QStringLiteral("湘南東部圏域"), {16, 12}, 0, true},
        {QStringLiteral("藤沢市"), {13, 9}, 1, false},
        {QStringLiteral("茅ヶ崎市"), {2, 2}, 1, false},
        {QStringLiteral("寒川町"), {1, 1}, 1, false},
    };
    return table;
}

} // namespace

TEST_CASE("The report table model shows a report table with indents, bold totals and right-aligned counts",
          "[ui][dashboard]")
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 0);

    model.setTable(sampleTable());
    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("圏域・市町村"));
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("前年度"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("湘南東部圏域"));
    // A municipality sits under its region, indented by full-width spaces.
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("　　藤沢市"));
    CHECK(model.index(1, 0).data(ReportTableModel::IndentRole).toInt() == 1);
    CHECK(model.index(1, 1).data().toString() == QStringLiteral("13"));
    CHECK(model.index(1, 1).data(ReportTableModel::SortRole).toLongLong() == 13);
    CHECK(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.index(1, 0).data(Qt::FontRole).isValid());
    const auto alignment = [&](int row, int column) {
        return model.index(row, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    CHECK(alignment(1, 1).testFlag(Qt::AlignRight));
    CHECK(alignment(1, 0).testFlag(Qt::AlignLeft));

    SECTION("the same table for another period only changes its counts")
    {
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ReportTable next = sampleTable();
        next.rows[1].values = {14, 9};
        model.setTable(next);
        CHECK(reset.count() == 0);
        REQUIRE(changed.count() == 1);
        CHECK(model.index(1, 1).data().toString() == QStringLiteral("14"));
        model.setTable(next);
        CHECK(changed.count() == 1); // nothing changed, nothing signalled
    }
    SECTION("another table replaces the rows")
    {
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ReportTable other;
        other.columns = {QStringLiteral("相談方法"), QStringLiteral("当月"), QStringLiteral("年度累計"),
                         QStringLiteral("前年同月"), QStringLiteral("前年度同期")};
        other.rows = {{QStringLiteral("電話"), {5, 59, 3, 34}, 0, false}};
        model.setTable(other);
        CHECK(reset.count() == 1);
        CHECK(model.rowCount() == 1);
        CHECK(model.columnCount() == 5);
        CHECK(model.index(0, 4).data().toString() == QStringLiteral("34"));
        model.clear();
        CHECK(model.rowCount() == 0);
    }
}

TEST_CASE("The bar items follow the center's FY R5 tables", "[ui][charts]")
{
    QTemporaryDir dir;
    const auto file = seedBranchFile(dir);
    const statistics::Summary summary = fy2023Summary(*file);
    const MasterData& master = file->masterData();

    const QList<charts::BarItem> regions = charts::regionItems(summary, master, Language::Japanese);
    QStringList labels;
    QList<qint64> values;
    for (const charts::BarItem& item : regions) {
        labels.append(item.label);
        values.append(item.value);
    }
    CHECK(labels == QStringList{QStringLiteral("横須賀・三浦圏域"), QStringLiteral("湘南東部圏域"),
                                QStringLiteral("湘南西部圏域"), QStringLiteral("県央圏域"),
                                QStringLiteral("県西圏域"), QStringLiteral("政令市・その他")});
    CHECK(values == QList<qint64>{17, 16, 16, 9, 9, 10});
    CHECK(regions.constLast().code == charts::OtherRegionsCode);

    const auto municipalities =
        charts::municipalityItems(summary, master, QStringLiteral("shonan-east"), Language::Japanese);
    REQUIRE(municipalities.size() == 3);
    CHECK(municipalities.at(0).label == QStringLiteral("藤沢市"));
    CHECK(municipalities.at(0).value == 13);
    CHECK(municipalities.at(1).value == 2);
    CHECK(municipalities.at(2).value == 1);
    const auto others =
        charts::municipalityItems(summary, master, QString(charts::OtherRegionsCode), Language::Japanese);
    qint64 othersTotal = 0;
    for (const charts::BarItem& item : others) {
        othersTotal += item.value;
    }
    CHECK(others.size() == 5); // 横浜市, 川崎市, 相模原市, 県外, 不明
    CHECK(othersTotal == 10);

    const auto methods = charts::methodItems(summary, Language::English);
    REQUIRE(methods.size() == 6);
    CHECK(methods.at(0).label == QStringLiteral("Phone"));
    CHECK(methods.at(0).value == 59);
    CHECK(charts::consulterItems(summary, Language::Japanese).at(1).value == 51);
}

TEST_CASE("Every chart factory draws the statistics it is given", "[ui][charts]")
{
    QTemporaryDir dir;
    const auto file = seedBranchFile(dir);
    const statistics::Summary summary = fy2023Summary(*file);
    const Language ja = Language::Japanese;

    SECTION("topics: 17 horizontal bars, the first topic on top")
    {
        const QList<charts::BarItem> items = charts::topicItems(summary, ja);
        std::unique_ptr<QChart> chart(
            charts::barChart(QStringLiteral("相談内容"), items, Qt::Horizontal, screenStyle()));
        CHECK(chart->title() == QStringLiteral("相談内容"));
        REQUIRE(chart->series().size() == 1);
        CHECK(qobject_cast<QHorizontalBarSeries*>(chart->series().constFirst()));
        const QList<QBarSet*> sets = barSets(chart.get());
        REQUIRE(sets.size() == 1);
        const QList<qreal> values = valuesOf(sets.constFirst());
        REQUIRE(values.size() == 17);
        const QStringList categories = categoriesOf(chart.get());
        REQUIRE(categories.size() == 17);
        // Horizontal bars are drawn bottom-up: the first topic is the last bar.
        CHECK(categories.constLast() == QStringLiteral("退院調整（在宅移行支援）"));
        int nursery = -1;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).code == QStringLiteral("nursery")) {
                nursery = static_cast<int>(items.size() - 1 - i);
            }
        }
        REQUIRE(nursery >= 0);
        CHECK(values.at(nursery) == 20);
        qreal total = 0;
        for (const qreal v : values) {
            total += v;
        }
        CHECK(total == 140);
        // The longest labels are shortened on the axis, never to nothing.
        CHECK(categories.constFirst().endsWith(QChar(0x2026)));
        CHECK(categories.constFirst().startsWith(QStringLiteral("その他（社会資源")));
        CHECK(categories.constFirst().size() < items.constLast().label.size());
        CHECK(categories.contains(QStringLiteral("入園に関すること（保育園・幼稚園）")));
        requireIntegerAxis(chart.get(), 20);
    }
    SECTION("methods: vertical bars in code-list order")
    {
        std::unique_ptr<QChart> chart(
            charts::barChart(QString(), charts::methodItems(summary, ja), Qt::Vertical, screenStyle()));
        CHECK_FALSE(qobject_cast<QHorizontalBarSeries*>(chart->series().constFirst()));
        CHECK(valuesOf(barSets(chart.get()).constFirst()) == QList<qreal>{59, 10, 1, 0, 0, 7});
        CHECK(categoriesOf(chart.get()).constFirst() == QStringLiteral("電話"));
        requireIntegerAxis(chart.get(), 59);
    }
    SECTION("a chart of small counts has no half cases on its axis")
    {
        std::unique_ptr<QChart> chart(
            charts::barChart(QString(), {{QStringLiteral("a"), 1, {}}, {QStringLiteral("b"), 2, {}}},
                             Qt::Vertical, screenStyle()));
        requireIntegerAxis(chart.get(), 2);
        std::unique_ptr<QChart> empty(charts::barChart(QString(), {}, Qt::Horizontal, screenStyle()));
        CHECK(valueAxisOf(empty.get())->max() >= 1);
    }
    SECTION("status: a donut of the three statuses")
    {
        std::unique_ptr<QChart> chart(
            charts::statusChart(QStringLiteral("状況"), summary, ja, screenStyle()));
        REQUIRE(chart->series().size() == 1);
        auto* pie = qobject_cast<QPieSeries*>(chart->series().constFirst());
        REQUIRE(pie);
        CHECK(pie->holeSize() > 0);
        REQUIRE(pie->count() == 3);
        CHECK(pie->slices().at(0)->value() == 36); // 継続
        CHECK(pie->slices().at(1)->value() == 5);  // 経過観察
        CHECK(pie->slices().at(2)->value() == 36); // 完了
        CHECK(pie->slices().at(0)->label().contains(QStringLiteral("継続")));
        CHECK(pie->sum() == 77);
    }
    SECTION("trend: the months as bars, the year before as a line")
    {
        const auto series = statistics::StatisticsEngine(*file).monthlySeries(calendar::FiscalYear(2023));
        REQUIRE(series.ok());
        std::unique_ptr<QChart> chart(charts::trendChart(QString(), series.value(), ja, screenStyle()));
        const QList<QBarSet*> sets = barSets(chart.get());
        REQUIRE(sets.size() == 1);
        CHECK(sets.constFirst()->label() == QStringLiteral("令和5年度"));
        CHECK(sets.constFirst()->count() == 12);
        CHECK(sets.constFirst()->sum() == 77);
        CHECK(categoriesOf(chart.get()).constFirst() == QStringLiteral("4月"));
        CHECK(categoriesOf(chart.get()).constLast() == QStringLiteral("3月"));
        QLineSeries* previous = nullptr;
        for (QAbstractSeries* s : chart->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(s)) {
                previous = line;
            }
        }
        REQUIRE(previous);
        CHECK(previous->name() == QStringLiteral("令和4年度"));
        CHECK(previous->count() == 12);
        CHECK(chart->legend()->isVisible());
        requireIntegerAxis(chart.get(), sets.constFirst()->at(0));
    }
    SECTION("workload: one bar per coordinator, the chief marked")
    {
        const auto loads = statistics::StatisticsEngine(*file).workload(QDate(2024, 3, 31));
        REQUIRE(loads.ok());
        REQUIRE_FALSE(loads->isEmpty());
        std::unique_ptr<QChart> chart(charts::workloadChart(QString(), loads.value(), ja, screenStyle()));
        const QList<qreal> values = valuesOf(barSets(chart.get()).constFirst());
        REQUIRE(values.size() == loads->size());
        // The most loaded coordinator is on top.
        CHECK(values.constLast() == loads->constFirst().openCases);
        qreal open = 0;
        for (const qreal v : values) {
            open += v;
        }
        CHECK(open == 41); // 継続 36 + 経過観察 5 on 令和6年3月31日
        CHECK(categoriesOf(chart.get()).join(QString()).contains(QStringLiteral("山田 花子（主任）")));
    }
    SECTION("the print style: white, still, no shadow")
    {
        std::unique_ptr<QChart> chart(charts::statusChart(QString(), summary, ja, printStyle()));
        CHECK(chart->animationOptions() == QChart::NoAnimation);
        CHECK_FALSE(chart->isDropShadowEnabled());
        CHECK(chart->backgroundBrush().color() == QColor(Qt::white));
    }
}

TEST_CASE("A chart view reports the item of a clicked bar", "[ui][charts]")
{
    const QList<charts::BarItem> items{
        {QStringLiteral("横須賀・三浦圏域"), 17, QStringLiteral("yokosuka-miura")},
        {QStringLiteral("湘南東部圏域"), 16, QStringLiteral("shonan-east")},
        {QStringLiteral("県央圏域"), 9, QStringLiteral("kenoh")}};
    for (const Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
        QChart* chart = charts::barChart(QString(), items, orientation, screenStyle());
        QList<int> clicked;
        std::unique_ptr<QWidget> view(
            charts::chartView(chart, nullptr, [&](int index) { clicked.append(index); }));
        auto* chartView = qobject_cast<QChartView*>(view.get());
        REQUIRE(chartView);
        CHECK(chartView->chart() == chart);
        CHECK(chartView->renderHints().testFlag(QPainter::Antialiasing));
        QBarSet* set = barSets(chart).constFirst();
        // The bar that shows 湘南東部圏域's 16 is item 1, whichever way it is drawn.
        const int bar = static_cast<int>(valuesOf(set).indexOf(16));
        Q_EMIT set->clicked(bar);
        CHECK(clicked == QList<int>{1});
    }
}

TEST_CASE("render() draws a chart as vector graphics at the target's size", "[ui][charts]")
{
    QTemporaryDir dir;
    const auto file = seedBranchFile(dir);
    const statistics::Summary summary = fy2023Summary(*file);

    SECTION("onto an image")
    {
        std::unique_ptr<QChart> chart(
            charts::barChart(QStringLiteral("（１）圏域別件数"),
                             charts::regionItems(summary, file->masterData(), Language::Japanese),
                             Qt::Horizontal, printStyle()));
        QImage image(800, 500, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            charts::render(chart.get(), &painter, QRectF(0, 0, 800, 500));
        }
        CHECK(nonWhitePixels(image) > 2000);
        CHECK(chart->scene() == nullptr); // nothing left behind

        // Twice the resolution, twice the pixels: the same drawing, finer.
        QImage fine(1600, 1000, QImage::Format_RGB32);
        fine.setDotsPerMeterX(image.dotsPerMeterX() * 2);
        fine.setDotsPerMeterY(image.dotsPerMeterY() * 2);
        fine.fill(Qt::white);
        {
            QPainter painter(&fine);
            charts::render(chart.get(), &painter, QRectF(0, 0, 1600, 1000));
        }
        const QImage coarse = fine.scaled(800, 500, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        double difference = 0;
        for (int y = 0; y < 500; ++y) {
            for (int x = 0; x < 800; ++x) {
                difference += std::abs(qGray(coarse.pixel(x, y)) - qGray(image.pixel(x, y)));
            }
        }
        // Text laid out at 1600 pixels instead would be half as large.
        CHECK(difference / (800.0 * 500.0) < 6.0);
    }
    SECTION("onto a 1200 dpi PDF, text staying text")
    {
        std::unique_ptr<QChart> chart(
            charts::statusChart(QStringLiteral("状況"), summary, Language::Japanese, printStyle()));
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        {
            QPdfWriter writer(path);
            writer.setResolution(1200);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            const QRectF target(0, 0, writer.width(), writer.width() * 0.6);
            charts::render(chart.get(), &painter, target);
        }
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        CHECK(bytes.startsWith("%PDF"));
        CHECK(bytes.size() > 1000);
        CHECK(bytes.contains("/FontFile")); // labels embedded as text, not pixels
        CHECK_FALSE(bytes.contains("/Subtype /Image"));
    }
    SECTION("a chart shown in a view is put back")
    {
        QChart* chart = charts::statusChart(QString(), summary, Language::Japanese, screenStyle());
        std::unique_ptr<QWidget> view(charts::chartView(chart, nullptr));
        view->resize(400, 300);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        QGraphicsScene* scene = chart->scene();
        REQUIRE(scene);
        const QRectF geometry = chart->geometry();
        REQUIRE(geometry.width() > 300);
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            charts::render(chart, &painter, QRectF(0, 0, 300, 200));
        }
        CHECK(nonWhitePixels(image) > 500);
        CHECK(chart->scene() == scene);
        CHECK(chart->geometry() == geometry);
    }
}

namespace {

struct Dashboard
{
    QTemporaryDir dir;
    std::unique_ptr<BranchFile> file;
    std::unique_ptr<DashboardView> view;

    Dashboard()
    {
        setDisplayLanguage(Language::Japanese);
        file = seedBranchFile(dir);
        view = std::make_unique<DashboardView>();
        view->resize(1366, 900);
        view->setBranchFile(file.get());
        view->setPeriod(DashboardView::PeriodChoice::fiscalYear(2023));
        refreshAndWait(*view);
        REQUIRE(view->lastError().isEmpty());
    }

    template <typename T>
    T* find(const QString& name) const
    {
        auto* widget = view->findChild<T*>(name);
        INFO(name.toStdString());
        REQUIRE(widget);
        return widget;
    }

    const QAbstractItemModel* table(const QString& id) const
    {
        return find<QTableView>(id + QStringLiteral("TableView"))->model();
    }
};

} // namespace

TEST_CASE("The dashboard shows the seed's FY R5 numbers in its tables", "[ui][dashboard]")
{
    Dashboard d;
    CHECK(d.view->period() == DashboardView::PeriodChoice::fiscalYear(2023));
    CHECK(d.find<QComboBox>(QStringLiteral("fiscalYearComboBox"))->currentText() ==
          QStringLiteral("令和5年度"));
    CHECK(d.find<QComboBox>(QStringLiteral("periodKindComboBox"))->isVisibleTo(d.view.get()));

    const QAbstractItemModel* region = d.table(QStringLiteral("region"));
    CHECK(region->headerData(1, Qt::Horizontal).toString() == QStringLiteral("当年度"));
    CHECK(valueAt(region, QStringLiteral("湘南東部圏域"), 1) == 16);
    CHECK(valueAt(region, QStringLiteral("横須賀・三浦圏域"), 1) == 17);
    CHECK(valueAt(region, QStringLiteral("藤沢市"), 1) == 13);
    CHECK(valueAt(region, QStringLiteral("政令市・その他"), 1) == 10);
    CHECK(valueAt(d.table(QStringLiteral("cases")), QStringLiteral("相談件数（実件数）"), 1) == 77);
    CHECK(valueAt(d.table(QStringLiteral("method")), QStringLiteral("電話"), 1) == 59);
    CHECK(valueAt(d.table(QStringLiteral("consulter")), QStringLiteral("支援者"), 1) == 51);
    CHECK(valueAt(d.table(QStringLiteral("topic")), QStringLiteral("入園に関すること（保育園・幼稚園）"),
                  1) == 20);
    CHECK(valueAt(d.table(QStringLiteral("topic")), QStringLiteral("合計"), 1) == 140);
    CHECK(valueAt(d.table(QStringLiteral("status")), QStringLiteral("継続"), 1) == 36);
    const QAbstractItemModel* trend = d.table(QStringLiteral("trend"));
    REQUIRE(trend->rowCount() == 13); // April to March, and the total
    CHECK(trend->index(0, 0).data().toString() == QStringLiteral("4月"));
    CHECK(trend->index(12, 1).data(ReportTableModel::SortRole).toLongLong() == 77);
    CHECK(valueAt(d.table(QStringLiteral("workload")), QStringLiteral("合計"), 1) == 41);
    CHECK(d.find<QLabel>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral(">77<")));

    // No contacts in the fixture: the card says so instead of an empty chart.
    CHECK(d.view->findChild<QLabel*>(QStringLiteral("casesEmptyLabel")));
    // Every other card has its chart; every card its table and copy button.
    CHECK(d.view->findChild<QTableView*>(QStringLiteral("casesTableView")));
    CHECK(d.view->findChild<QPushButton*>(QStringLiteral("casesCopyButton")));
    for (const QString& id : {QStringLiteral("region"), QStringLiteral("method"), QStringLiteral("consulter"),
                              QStringLiteral("topic"), QStringLiteral("status"), QStringLiteral("trend"),
                              QStringLiteral("workload")}) {
        INFO(id.toStdString());
        CHECK(d.view->findChild<QChartView*>(id + QStringLiteral("ChartView")));
        CHECK(d.view->findChild<QTableView*>(id + QStringLiteral("TableView")));
        CHECK(d.view->findChild<QPushButton*>(id + QStringLiteral("CopyButton")));
    }
    // The topic chart shows the table's numbers.
    const QChart* topics = d.find<QChartView>(QStringLiteral("topicChartView"))->chart();
    CHECK(barSets(topics).constFirst()->sum() == 140);
}

TEST_CASE("The dashboard draws the contacts of the period by kind", "[ui][dashboard]")
{
    Dashboard d;
    const int contacts = addContacts(*d.file);
    d.view->invalidate();
    refreshAndWait(*d.view);
    CHECK(valueAt(d.table(QStringLiteral("cases")), QStringLiteral("延べ件数（期間内の対応）"), 1) ==
          contacts);
    CHECK(valueAt(d.table(QStringLiteral("cases")), QStringLiteral("相談受付"), 1) == 77);
    CHECK_FALSE(d.view->findChild<QLabel*>(QStringLiteral("casesEmptyLabel")));
    const QChart* chart = d.find<QChartView>(QStringLiteral("casesChartView"))->chart();
    CHECK(barSets(chart).constFirst()->sum() == contacts);
    CHECK(categoriesOf(chart).constLast() == QStringLiteral("相談受付"));
}

TEST_CASE("Clicking a region shows its municipalities, and the button goes back", "[ui][dashboard]")
{
    Dashboard d;
    auto* back = d.find<QPushButton>(QStringLiteral("backToRegionsButton"));
    CHECK_FALSE(back->isVisibleTo(d.view.get()));

    QChart* regions = d.find<QChartView>(QStringLiteral("regionChartView"))->chart();
    QBarSet* set = barSets(regions).constFirst();
    const int shonanEast = static_cast<int>(categoriesOf(regions).indexOf(QStringLiteral("湘南東部圏域")));
    REQUIRE(shonanEast >= 0);
    Q_EMIT set->clicked(shonanEast);

    CHECK(d.view->drilledRegion() == QStringLiteral("shonan-east"));
    CHECK(back->isVisibleTo(d.view.get()));
    const QChart* municipalities = d.find<QChartView>(QStringLiteral("regionChartView"))->chart();
    CHECK(categoriesOf(municipalities) ==
          QStringList{QStringLiteral("寒川町"), QStringLiteral("茅ヶ崎市"), QStringLiteral("藤沢市")});
    CHECK(valuesOf(barSets(municipalities).constFirst()) == QList<qreal>{1, 2, 13});
    const QAbstractItemModel* table = d.table(QStringLiteral("region"));
    CHECK(table->rowCount() == 4); // the region and its three municipalities
    CHECK(valueAt(table, QStringLiteral("湘南東部圏域"), 1) == 16);
    CHECK(valueAt(table, QStringLiteral("藤沢市"), 1) == 13);
    CHECK(
        d.find<QLabel>(QStringLiteral("regionTitleLabel"))->text().contains(QStringLiteral("湘南東部圏域")));

    // A new period keeps the region open.
    d.view->setPeriod(DashboardView::PeriodChoice::range(QDate(2023, 4, 1), QDate(2024, 3, 31)));
    refreshAndWait(*d.view);
    CHECK(d.view->drilledRegion() == QStringLiteral("shonan-east"));
    CHECK(valueAt(d.table(QStringLiteral("region")), QStringLiteral("藤沢市"), 1) == 13);

    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(d.view->drilledRegion().isEmpty());
    CHECK_FALSE(back->isVisibleTo(d.view.get()));
    CHECK(d.table(QStringLiteral("region"))->rowCount() > 30);
    CHECK(categoriesOf(d.find<QChartView>(QStringLiteral("regionChartView"))->chart()).size() == 6);

    SECTION("the grouped bar lists the designated cities, 県外 and 不明")
    {
        d.view->drillDown(QString(charts::OtherRegionsCode));
        const QAbstractItemModel* others = d.table(QStringLiteral("region"));
        CHECK(others->rowCount() == 6);
        CHECK(valueAt(others, QStringLiteral("横浜市"), 1) == 5);
        CHECK(valueAt(others, QStringLiteral("不明"), 1) == 2);
    }
}

TEST_CASE("A card's copy button puts its table on the clipboard as TSV", "[ui][dashboard]")
{
    Dashboard d;
    QGuiApplication::clipboard()->clear();
    auto* copy = d.find<QPushButton>(QStringLiteral("regionCopyButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    CHECK(text.startsWith(QStringLiteral("圏域・市町村\t当年度\t前年度\n")));
    CHECK(text.contains(QStringLiteral("\n湘南東部圏域\t16\t0\n")));
    CHECK(text.contains(QStringLiteral("\n　　藤沢市\t13\t0\n")));

    // After a drill-down the button copies what the card shows.
    d.view->drillDown(QStringLiteral("shonan-east"));
    QTest::mouseClick(copy, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text().count(QLatin1Char('\n')) == 5);

    QTest::mouseClick(d.find<QPushButton>(QStringLiteral("topicCopyButton")), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("入園に関すること（保育園・幼稚園）\t20\t")));
}

TEST_CASE("The dashboard counts once per period change, and only while shown", "[ui][dashboard]")
{
    setDisplayLanguage(Language::Japanese);
    QTemporaryDir dir;
    const auto file = seedBranchFile(dir);
    DashboardView view;
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.resize(1366, 900);
    view.setBranchFile(file.get());
    QTest::qWait(50);
    CHECK(refreshed.count() == 0); // hidden: nothing counted yet

    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(waitFor([&] { return refreshed.count() > 0; }));
    CHECK(refreshed.count() == 1);
    // The latest case was received in FY R5: the dashboard starts there.
    CHECK(view.period() == DashboardView::PeriodChoice::fiscalYear(2023));
    CHECK(view.reportData().periodSummary.cases == 77);

    SECTION("another fiscal year")
    {
        auto* years = view.findChild<QComboBox*>(QStringLiteral("fiscalYearComboBox"));
        const int r6 = years->findData(2024);
        REQUIRE(r6 >= 0);
        years->setCurrentIndex(r6);
        REQUIRE(refreshed.wait(5000));
        QTest::qWait(100);
        CHECK(refreshed.count() == 2);
        CHECK(view.reportData().period.from == QDate(2024, 4, 1));
        CHECK(view.reportData().periodSummary.cases == 0);
    }
    SECTION("a month: kind and month change together, counted once")
    {
        view.setPeriod(DashboardView::PeriodChoice::month(QDate(2023, 5, 20)));
        REQUIRE(refreshed.wait(5000));
        QTest::qWait(100);
        CHECK(refreshed.count() == 2);
        CHECK(view.reportData().kind == statistics::ReportData::Kind::Monthly);
        CHECK(view.reportData().period.from == QDate(2023, 5, 1));
        CHECK(view.findChild<QComboBox*>(QStringLiteral("monthComboBox"))->isVisible());
        CHECK_FALSE(view.findChild<QComboBox*>(QStringLiteral("fiscalYearComboBox"))->isVisible());
        // A month's tables: the month, the year to date and both a year earlier.
        CHECK(view.findChild<QTableView*>(QStringLiteral("regionTableView"))->model()->columnCount() == 5);

        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("previousPeriodButton")),
                          Qt::LeftButton);
        REQUIRE(refreshed.wait(5000));
        CHECK(refreshed.count() == 3);
        CHECK(view.reportData().period.from == QDate(2023, 4, 1));
    }
    SECTION("a custom range")
    {
        view.setPeriod(DashboardView::PeriodChoice::range(QDate(2023, 4, 1), QDate(2023, 9, 30)));
        REQUIRE(refreshed.wait(5000));
        QTest::qWait(100);
        CHECK(refreshed.count() == 2);
        CHECK(view.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->date() == QDate(2023, 4, 1));
        CHECK(view.findChild<QDateEdit*>(QStringLiteral("toDateEdit"))->isVisible());
        const auto& data = view.reportData();
        CHECK(data.period == statistics::Period{QDate(2023, 4, 1), QDate(2023, 9, 30)});
        CHECK(data.periodSummary.cases > 0);
        CHECK(data.periodSummary.cases < 77);
        CHECK(data.series.fiscalYear == 2023);
        CHECK(view.findChild<QTableView*>(QStringLiteral("regionTableView"))->model()->columnCount() == 3);
    }
    SECTION("resizing lays out, it does not count")
    {
        view.resize(1900, 1000);
        QTest::qWait(100);
        view.resize(1000, 700);
        QTest::qWait(100);
        CHECK(refreshed.count() == 1);
    }
    SECTION("a change to the file is counted when the view is shown again")
    {
        view.hide();
        view.invalidate();
        QTest::qWait(50);
        CHECK(refreshed.count() == 1);
        view.show();
        REQUIRE(waitFor([&] { return refreshed.count() > 1; }));
        CHECK(refreshed.count() == 2);
    }
}

TEST_CASE("Without a branch file the dashboard says what to do", "[ui][dashboard]")
{
    DashboardView view;
    view.refresh();
    auto* message = view.findChild<QLabel*>(QStringLiteral("messageLabel"));
    REQUIRE(message);
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(view.findChild<QComboBox*>(QStringLiteral("periodKindComboBox"))->isEnabled());
}

TEST_CASE("A background task delivers the result of its latest run on the GUI thread", "[ui][background]")
{
    QObject receiver;
    BackgroundTask task(&receiver);
    QThread* workThread = nullptr;
    QThread* doneThread = nullptr;
    QList<int> delivered;

    SECTION("the work runs on a worker thread, the result arrives on the receiver's")
    {
        task.start(
            [&workThread](const BackgroundTask::IsCancelled&) {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int result) {
                doneThread = QThread::currentThread();
                delivered.append(result);
            });
        CHECK(task.isRunning());
        REQUIRE(waitFor([&] { return !delivered.isEmpty(); }));
        CHECK(delivered == QList<int>{42});
        CHECK(workThread != QThread::currentThread());
        CHECK(doneThread == QThread::currentThread());
        CHECK_FALSE(task.isRunning());
    }
    SECTION("a new run supersedes the one under way, even one that has finished its work")
    {
        QSemaphore firstMayFinish;
        std::atomic_bool firstStarted{false};
        std::atomic_bool firstDone{false};
        task.start(
            [&](const BackgroundTask::IsCancelled&) {
                firstStarted = true;
                firstMayFinish.acquire();
                firstDone = true;
                return 1;
            },
            [&](int result) { delivered.append(result); });
        REQUIRE(waitFor([&] { return firstStarted.load(); }));
        task.start([](const BackgroundTask::IsCancelled&) { return 2; },
                   [&](int result) { delivered.append(result); });
        firstMayFinish.release();
        REQUIRE(waitFor([&] { return firstDone && !delivered.isEmpty(); }));
        QTest::qWait(50);
        CHECK(delivered == QList<int>{2});
    }
    SECTION("cancel() tells the work, which stops early; nothing is delivered")
    {
        std::atomic_bool started{false};
        std::atomic_bool sawCancel{false};
        task.start(
            [&](const BackgroundTask::IsCancelled& isCancelled) {
                started = true;
                QDeadlineTimer deadline(5000);
                while (!isCancelled() && !deadline.hasExpired()) {
                    QThread::msleep(1);
                }
                sawCancel = isCancelled();
                return 3;
            },
            [&](int result) { delivered.append(result); });
        REQUIRE(waitFor([&] { return started.load(); }));
        task.cancel();
        CHECK_FALSE(task.isRunning());
        REQUIRE(waitFor([&] { return sawCancel.load(); }, 1000));
        QTest::qWait(50);
        CHECK(delivered.isEmpty());
    }
}

TEST_CASE("A background task whose receiver is destroyed mid-run delivers nothing", "[ui][background]")
{
    auto receiver = std::make_unique<QObject>();
    BackgroundTask task(receiver.get());
    QSemaphore mayFinish;
    std::atomic_bool sawCancel{false};
    bool delivered = false;
    task.start(
        [&](const BackgroundTask::IsCancelled& isCancelled) {
            mayFinish.acquire();
            sawCancel = isCancelled();
            return std::make_shared<QString>(QStringLiteral("result"));
        },
        [&](std::shared_ptr<QString>) { delivered = true; });
    receiver.reset();
    CHECK_FALSE(task.isRunning());
    mayFinish.release();
    REQUIRE(QThreadPool::globalInstance()->waitForDone(5000));
    QTest::qWait(50);
    CHECK_FALSE(delivered);
}

TEST_CASE("The dashboard counts on a worker thread, veiling the cards shown until the result arrives",
          "[ui][dashboard]")
{
    Dashboard d;
    d.view->show();
    REQUIRE(QTest::qWaitForWindowExposed(d.view.get()));
    QSignalSpy refreshed(d.view.get(), &DashboardView::refreshed);
    auto* overlay = d.find<QWidget>(QStringLiteral("busyOverlay"));
    CHECK_FALSE(overlay->isVisible());
    const auto firstHalf = DashboardView::PeriodChoice::range(QDate(2023, 4, 1), QDate(2023, 9, 30));

    SECTION("the result is shown when it arrives")
    {
        WriteLock lock(d.file->path());
        QElapsedTimer clock;
        clock.start();
        d.view->setPeriod(firstHalf);
        d.view->refresh();
        CHECK(clock.elapsed() < 1000); // not waiting for the locked file
        CHECK(d.view->isBusy());
        REQUIRE(waitFor([&] { return overlay->isVisible(); }));
        CHECK(overlay->geometry() == d.find<QWidget>(QStringLiteral("dashboardContent"))->rect());
        CHECK(d.find<QWidget>(QStringLiteral("busyCancelButton"))->isVisible());
        // Meanwhile the cards of FY R5 stay, veiled.
        CHECK(d.find<QWidget>(QStringLiteral("dashboardScrollArea"))->isVisible());
        CHECK(valueAt(d.table(QStringLiteral("cases")), QStringLiteral("相談件数（実件数）"), 1) == 77);
        CHECK(refreshed.count() == 0);

        lock.release();
        REQUIRE(waitFor([&] { return refreshed.count() == 1; }));
        CHECK_FALSE(d.view->isBusy());
        CHECK_FALSE(overlay->isVisible());
        CHECK(d.view->reportData().period == firstHalf.period());
        const qint64 cases =
            valueAt(d.table(QStringLiteral("cases")), QStringLiteral("相談件数（実件数）"), 1);
        CHECK(cases == d.view->reportData().periodSummary.cases);
        CHECK(cases < 77);
    }
    SECTION("a newer period supersedes the count under way")
    {
        WriteLock lock(d.file->path());
        d.view->setPeriod(DashboardView::PeriodChoice::fiscalYear(2022));
        d.view->refresh();
        d.view->setPeriod(firstHalf);
        d.view->refresh();
        CHECK(d.view->isBusy());
        lock.release();
        REQUIRE(waitFor([&] { return refreshed.count() > 0; }));
        QThreadPool::globalInstance()->waitForDone(5000);
        QTest::qWait(100);
        CHECK(refreshed.count() == 1);
        CHECK(d.view->reportData().period == firstHalf.period());
        CHECK(d.view->period() == firstHalf);
    }
    SECTION("a quick count shows no veil at all")
    {
        ShowCounter shown(overlay);
        d.view->setPeriod(firstHalf);
        REQUIRE(waitFor([&] { return refreshed.count() == 1; }));
        QTest::qWait(BusyOverlay::ShowDelayMs + 50);
        CHECK(shown.count == 0);
    }
}

TEST_CASE("Cancel stops the count and goes back to the period shown", "[ui][dashboard]")
{
    Dashboard d;
    d.view->show();
    REQUIRE(QTest::qWaitForWindowExposed(d.view.get()));
    QSignalSpy refreshed(d.view.get(), &DashboardView::refreshed);
    auto* overlay = d.find<QWidget>(QStringLiteral("busyOverlay"));
    auto* years = d.find<QComboBox>(QStringLiteral("fiscalYearComboBox"));
    REQUIRE(years->findData(2024) >= 0);

    WriteLock lock(d.file->path());
    years->setCurrentIndex(years->findData(2024));
    REQUIRE(waitFor([&] { return overlay->isVisible(); }));
    CHECK(d.view->isBusy());
    QTest::mouseClick(d.find<QPushButton>(QStringLiteral("busyCancelButton")), Qt::LeftButton);
    CHECK_FALSE(d.view->isBusy());
    CHECK_FALSE(overlay->isVisible());
    CHECK(d.view->period() == DashboardView::PeriodChoice::fiscalYear(2023));
    CHECK(years->currentData().toInt() == 2023);

    lock.release();
    QThreadPool::globalInstance()->waitForDone(5000);
    QTest::qWait(100);
    CHECK(refreshed.count() == 0);
    CHECK(d.view->reportData().period.from == QDate(2023, 4, 1));
    CHECK(valueAt(d.table(QStringLiteral("cases")), QStringLiteral("相談件数（実件数）"), 1) == 77);

    // Choosing the year again counts it.
    years->setCurrentIndex(years->findData(2024));
    REQUIRE(waitFor([&] { return refreshed.count() == 1; }));
    CHECK(d.view->reportData().period.from == QDate(2024, 4, 1));
}

TEST_CASE("A cancelled first count offers to count again", "[ui][dashboard]")
{
    setDisplayLanguage(Language::Japanese);
    QTemporaryDir dir;
    const auto file = seedBranchFile(dir);
    DashboardView view;
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.resize(1000, 700);
    view.setBranchFile(file.get());
    // Locked after setBranchFile(), which reads the file's years on this thread.
    WriteLock lock(file->path());
    view.show();
    REQUIRE(waitFor([&] { return view.isBusy(); }));
    view.cancelRefresh();
    auto* message = view.findChild<QLabel*>(QStringLiteral("messageLabel"));
    auto* again = view.findChild<QPushButton*>(QStringLiteral("countAgainButton"));
    REQUIRE(message);
    REQUIRE(again);
    CHECK(message->isVisible());
    CHECK(again->isVisible());
    lock.release();
    QTest::mouseClick(again, Qt::LeftButton);
    REQUIRE(waitFor([&] { return refreshed.count() == 1; }));
    CHECK_FALSE(again->isVisible());
    CHECK(view.reportData().periodSummary.cases == 77);
}

TEST_CASE("A change to the file drops the count under way, which may have read it before", "[ui][dashboard]")
{
    Dashboard d;
    d.view->show();
    REQUIRE(QTest::qWaitForWindowExposed(d.view.get()));
    QSignalSpy refreshed(d.view.get(), &DashboardView::refreshed);

    WriteLock lock(d.file->path());
    d.view->setPeriod(DashboardView::PeriodChoice::fiscalYear(2022));
    d.view->refresh();
    REQUIRE(d.view->isBusy());
    // Hidden (another tab is shown), a case is saved. (invalidate() reads the
    // file's years on this thread: the lock goes first, and the count's
    // result cannot arrive before control returns to the event loop.)
    d.view->hide();
    lock.release();
    d.view->invalidate();
    CHECK_FALSE(d.view->isBusy());
    QThreadPool::globalInstance()->waitForDone(5000);
    QTest::qWait(100);
    CHECK(refreshed.count() == 0);

    d.view->show();
    REQUIRE(waitFor([&] { return refreshed.count() == 1; }));
    CHECK(d.view->reportData().period.from == QDate(2022, 4, 1));
}

TEST_CASE("Destroying the dashboard or closing its file mid-count is safe", "[ui][dashboard]")
{
    setDisplayLanguage(Language::Japanese);
    QTemporaryDir dir;
    auto file = seedBranchFile(dir);
    const QString path = file->path();
    auto view = std::make_unique<DashboardView>();
    view->resize(1000, 700);
    view->setBranchFile(file.get());
    view->show();

    WriteLock lock(path);
    SECTION("the view goes, then the file")
    {
        REQUIRE(waitFor([&] { return view->isBusy(); }));
        view.reset();
        file.reset();
    }
    SECTION("the file is replaced, then the view goes")
    {
        REQUIRE(waitFor([&] { return view->isBusy(); }));
        view->setBranchFile(nullptr);
        CHECK_FALSE(view->isBusy());
        file.reset();
        view.reset();
    }
    lock.release();
    // The worker finishes on its own; its result goes nowhere.
    REQUIRE(QThreadPool::globalInstance()->waitForDone(5000));
    QTest::qWait(50);
}
