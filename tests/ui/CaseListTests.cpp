// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "cases/CaseListView.h"
#include "cases/CaseRepository.h"
#include "cases/CaseTableModel.h"
#include "common/BusyOverlay.h"
#include "contacts/ContactRepository.h"
#include "statistics/ReportData.h"
#include "storage/BranchFile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::ui;

namespace {

std::unique_ptr<BranchFile> branchWithCases(const QTemporaryDir& dir, int count)
{
    BranchInfo info{QStringLiteral("湘南東部圏域ブランチ"),
                    QStringLiteral("shonan-east"),
                    QStringLiteral("山田 花子"),
                    {}};
    auto file = BranchFile::create(dir.filePath(QStringLiteral("b.tsunagu")), info);
    REQUIRE(file.ok());
    QList<CaseRecord> cases;
    for (int i = 0; i < count; ++i) {
        CaseRecord c;
        c.receivedOn = QDate(2023, 4, 3).addDays(i);
        c.municipalityCode = i % 4 == 0 ? QStringLiteral("141003") : QStringLiteral("142051");
        c.method = i % 2 == 0 ? QStringLiteral("phone") : QStringLiteral("line");
        c.consulter = QStringLiteral("parent");
        c.topics = {i % 3 == 0 ? QStringLiteral("respite") : QStringLiteral("nursery")};
        c.personal.childName = i == 42 ? QStringLiteral("ｽｽﾞｷ ｲﾁﾛｳ") : QStringLiteral("佐藤 陽翔");
        c.statusHistory = {{QStringLiteral("ongoing"), c.receivedOn}};
        if (i % 5 == 0) {
            c.setStatus(QStringLiteral("completed"), c.receivedOn.addDays(10));
        }
        cases.append(c);
    }
    REQUIRE(CaseRepository(*file.value()).addAll(cases).ok());
    return std::move(file).value();
}

/// Lets the event loop deliver the worker's answers until \a done, for up to ten seconds.
template <typename Done>
bool waitUntil(Done done)
{
    return QTest::qWaitFor(done, 10000);
}

} // namespace

TEST_CASE("the case table model fetches lazily and passes the model tester", "[ui][case-list]")
{
    QTemporaryDir dir;
    auto file = branchWithCases(dir, 650);
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setBranchFile(file.get());
    CHECK(model.rowCount() == 650);
    CHECK(model.columnCount() == static_cast<int>(CaseListColumn::Count));
    // Newest first by default.
    CHECK(model.index(0, static_cast<int>(CaseListColumn::CaseNo)).data().toString() ==
          QStringLiteral("2024-0286"));
    CHECK(model.index(649, static_cast<int>(CaseListColumn::CaseNo)).data().toString() ==
          QStringLiteral("2023-0001"));
    CHECK(model.index(0, static_cast<int>(CaseListColumn::Municipality)).data().toString() ==
          QStringLiteral("藤沢市"));
    CHECK(model.index(0, static_cast<int>(CaseListColumn::Region)).data().toString() ==
          QStringLiteral("湘南東部圏域"));

    model.sort(static_cast<int>(CaseListColumn::CaseNo), Qt::AscendingOrder);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("2023-0001"));

    CaseFilter filter;
    filter.regionCode = QStringLiteral("yokohama");
    model.setFilter(filter);
    CHECK(model.rowCount() == 163);
    filter.text = QStringLiteral("すずき");
    model.setFilter(filter);
    CHECK(model.rowCount() == 0); // case 42 is in Fujisawa
    filter.regionCode.clear();
    model.setFilter(filter);
    CHECK(model.rowCount() == 1);

    model.setBranchFile(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("days since the last contact are shown for open cases only", "[ui][case-list]")
{
    QTemporaryDir dir;
    auto file = branchWithCases(dir, 10);
    CaseTableModel model;
    model.setBranchFile(file.get());
    model.setToday(QDate(2023, 5, 3));
    model.sort(static_cast<int>(CaseListColumn::CaseNo), Qt::AscendingOrder);
    const int days = static_cast<int>(CaseListColumn::DaysSinceContact);
    CHECK(model.index(0, days).data().toString().isEmpty());                            // case 0 is completed
    CHECK(model.index(1, days).data().toString().startsWith(QStringLiteral("29 day"))); // received 2023-04-04
    CHECK(model.index(1, days).data(Qt::ForegroundRole).isNull());
    CHECK(model.index(2, days).data().toString().startsWith(QStringLiteral("28 day")));
    model.setToday(QDate(2023, 5, 10));
    CHECK(model.index(1, days).data(Qt::ForegroundRole).isValid()); // 36 days: stands out
}

TEST_CASE("the filter bar filters, counts and hands over to the keyboard", "[ui][case-list]")
{
    QTemporaryDir dir;
    auto file = branchWithCases(dir, 60);
    CaseListView view;
    view.resize(1200, 600);
    view.show();
    view.setBranchFile(file.get());
    auto* count = view.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    REQUIRE(count);
    CHECK(count->text().startsWith(QStringLiteral("60 case")));

    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("completed")));
    CHECK(view.model()->rowCount() == 12);
    CHECK(count->text().contains(QStringLiteral("(filtered)")));

    auto* fiscalYear = view.findChild<QComboBox*>(QStringLiteral("fiscalYearComboBox"));
    REQUIRE(fiscalYear->findData(2023) > 0);
    auto* month = view.findChild<QComboBox*>(QStringLiteral("monthComboBox"));
    fiscalYear->setCurrentIndex(fiscalYear->findData(2023));
    month->setCurrentIndex(month->findData(5)); // May 2023: received 2023-05-01 … 05-31 → cases 28…58
    CHECK(view.model()->rowCount() == 6);

    view.clearFilters();
    CHECK(view.model()->rowCount() == 60);

    // Type a search, go down into the results, press Enter: the case opens.
    QSignalSpy activated(&view, &CaseListView::caseActivated);
    view.focusSearch();
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    search->insert(QStringLiteral("スズキ")); // as an input method commits it
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(view.model()->rowCount() == 1);
    auto* table = view.findChild<QTableView*>(QStringLiteral("caseTableView"));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toLongLong() ==
          CaseRepository(*file).idForCaseNo(QStringLiteral("2023-0043")).value());
}

TEST_CASE("a slow answer keeps the rows shown until it comes, and can be cancelled", "[ui][case-list]")
{
    QTemporaryDir dir;
    auto file = branchWithCases(dir, 650);
    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResponseWait(std::chrono::milliseconds(0));
    // While another connection holds the file's write lock the worker waits,
    // so its answers come later for sure.
    auto lock = std::make_unique<test::WriteLock>(file->databaseFilePath());
    QSignalSpy loading(&model, &CaseTableModel::loadingChanged);
    model.setBranchFile(file.get());
    CHECK(model.isLoading());
    CHECK(model.rowCount() == 0);
    lock.reset();
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    CHECK(model.rowCount() == 650);
    CHECK(loading.count() == 2);
    REQUIRE(waitUntil([&] { return model.contactCount() >= 0; }));
    CHECK(model.contactCount() == 0);

    // A new sort: the rows shown stay until the new ones are read.
    const int caseNo = static_cast<int>(CaseListColumn::CaseNo);
    lock = std::make_unique<test::WriteLock>(file->databaseFilePath());
    model.sort(caseNo, Qt::AscendingOrder);
    CHECK(model.isLoading());
    CHECK(model.index(0, caseNo).data().toString() == QStringLiteral("2024-0286"));
    lock.reset();
    REQUIRE(waitUntil([&] { return !model.isLoading(); }));
    CHECK(model.sortColumn() == CaseListColumn::CaseNo);
    CHECK(model.index(0, caseNo).data().toString() == QStringLiteral("2023-0001"));

    // Cancelled: nothing changes, even when the worker's answer comes.
    QSignalSpy cancelled(&model, &CaseTableModel::loadCancelled);
    CaseFilter filter;
    filter.text = QStringLiteral("すずき");
    lock = std::make_unique<test::WriteLock>(file->databaseFilePath());
    model.setFilter(filter);
    model.sort(static_cast<int>(CaseListColumn::Topics), Qt::AscendingOrder); // joins the same load
    CHECK(model.isLoading());
    model.cancelLoading();
    CHECK_FALSE(model.isLoading());
    CHECK(cancelled.count() == 1);
    lock.reset();
    QTest::qWait(200);
    CHECK(model.rowCount() == 650);
    CHECK(model.filter().text.isEmpty());
    CHECK(model.sortColumn() == CaseListColumn::CaseNo);
    CHECK(model.index(0, caseNo).data().toString() == QStringLiteral("2023-0001"));

    // A page not read yet shows empty rows until it is.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    lock = std::make_unique<test::WriteLock>(file->databaseFilePath());
    CHECK_FALSE(model.isRowLoaded(450));
    CHECK(model.index(450, caseNo).data().toString().isEmpty());
    lock.reset();
    REQUIRE(waitUntil([&] { return model.isRowLoaded(450); }));
    CHECK(changed.count() == 1);
    CHECK(model.index(450, caseNo).data().toString() == QStringLiteral("2024-0087")); // 364 in FY2023

    model.setBranchFile(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the case list veils a slow load; Cancel puts the controls back", "[ui][case-list]")
{
    QTemporaryDir dir;
    auto file = branchWithCases(dir, 60);
    CaseListView view;
    view.resize(1200, 600);
    view.show();
    view.setBranchFile(file.get());
    view.model()->setResponseWait(std::chrono::milliseconds(0));
    auto* busy = view.findChild<BusyOverlay*>(QStringLiteral("caseListBusyOverlay"));
    REQUIRE(busy);
    auto* table = view.findChild<QTableView*>(QStringLiteral("caseTableView"));
    QHeaderView* header = table->horizontalHeader();
    const int received = static_cast<int>(CaseListColumn::ReceivedOn);
    REQUIRE(header->sortIndicatorSection() == received);

    // Sorting by topics, then cancelled: the indicator goes back. (The write
    // lock keeps the worker from answering before the cancel.)
    auto lock = std::make_unique<test::WriteLock>(file->databaseFilePath());
    table->sortByColumn(static_cast<int>(CaseListColumn::Topics), Qt::AscendingOrder);
    CHECK(view.model()->isLoading());
    CHECK(busy->isActive());
    Q_EMIT busy->cancelRequested();
    CHECK_FALSE(busy->isActive());
    CHECK(header->sortIndicatorSection() == received);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK_FALSE(view.model()->isLoading());

    // A search, cancelled: the search field is emptied again.
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("スズキ"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(view.model()->isLoading());
    Q_EMIT busy->cancelRequested();
    CHECK(search->text().isEmpty());
    lock.reset();
    QTest::qWait(400); // past the search field's typing delay: nothing is searched again
    CHECK_FALSE(view.model()->isLoading());
    CHECK(view.model()->rowCount() == 60);

    // Not cancelled: the list and its count follow when the answer comes.
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("completed")));
    REQUIRE(waitUntil([&] { return !view.model()->isLoading() && view.model()->contactCount() >= 0; }));
    CHECK_FALSE(busy->isActive());
    CHECK(view.model()->rowCount() == 12);
    auto* count = view.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    CHECK(count->text().startsWith(QStringLiteral("12 case")));
    INFO(count->text().toStdString());
    INFO(count->text().toStdString());
    CHECK(count->text().contains(QStringLiteral(" 0 contact")));
}

TEST_CASE("the case list's contact count is the report's 延べ件数 of the period, and says so",
          "[ui][case-list][contact-count]")
{
    QTemporaryDir dir;
    auto file = branchWithCases(dir, 60); // received 2023-04-03 … 06-01
    // Each case is contacted when received and, every third, a year later
    // (fiscal year 2024): those are not contacts of fiscal year 2023.
    ContactRepository contacts(*file);
    QSqlQuery query(file->database());
    REQUIRE(query.exec(QStringLiteral("SELECT id, received_on FROM case_record")));
    int all = 0;
    int inYear = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QDate received = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        for (const QDate day : {received, received.addYears(1)}) {
            if (day != received && id % 3 != 0) {
                continue;
            }
            ContactRecord c{0, id, day, QStringLiteral("connect"), QStringLiteral("phone"), 10, QString()};
            REQUIRE(contacts.add(c).ok());
            ++all;
            inYear += day <= QDate(2024, 3, 31) ? 1 : 0;
        }
    }
    REQUIRE(inYear < all);
    const auto report =
        statistics::ReportData::annual(statistics::StatisticsEngine(*file), file->info(), 2023);
    REQUIRE(report.ok());
    REQUIRE(report->periodContacts.total == inYear);

    CaseListView view;
    view.resize(1200, 600);
    view.show();
    view.setBranchFile(file.get());
    auto* count = view.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    REQUIRE(waitUntil([&] { return !view.model()->isLoading() && view.model()->contactCount() >= 0; }));
    INFO(count->text().toStdString());
    CHECK(count->text().contains(QStringLiteral(" %1 contact").arg(all)));
    CHECK(count->text().contains(QStringLiteral("of all dates")));

    auto* fiscalYear = view.findChild<QComboBox*>(QStringLiteral("fiscalYearComboBox"));
    fiscalYear->setCurrentIndex(fiscalYear->findData(2023));
    REQUIRE(waitUntil([&] { return !view.model()->isLoading() && view.model()->contactCount() >= 0; }));
    CHECK(view.model()->rowCount() == 60);
    CHECK(view.model()->contactCount() == report->periodContacts.total);
    INFO(count->text().toStdString());
    CHECK(count->text().contains(QStringLiteral(" %1 contact").arg(inYear)));
    CHECK(count->text().contains(QStringLiteral("in the period")));
}
