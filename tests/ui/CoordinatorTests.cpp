// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/CaseRepository.h"
#include "codes/Codes.h"
#include "coordinators/CoordinatorDialog.h"
#include "coordinators/CoordinatorRepository.h"
#include "coordinators/CoordinatorTableModel.h"
#include "coordinators/CoordinatorView.h"
#include "storage/BranchFile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>
#include <limits>

using namespace tsunagu;
using namespace tsunagu::ui;

namespace {

using Column = CoordinatorTableModel::Column;

constexpr int column(Column c)
{
    return static_cast<int>(c);
}

const QString ChiefName = QStringLiteral("山田 花子");

QString createBranchFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("branch.tsunagu"));
    REQUIRE(
        BranchFile::create(
            path,
            BranchInfo{QStringLiteral("湘南東部圏域ブランチ"), QStringLiteral("shonan-east"), ChiefName, {}})
            .ok());
    return path;
}

std::unique_ptr<BranchFile> openBranchFile(const QString& path,
                                           BranchFile::Access access = BranchFile::Access::ReadWrite)
{
    auto file = BranchFile::open(path, access);
    INFO(file.message().toStdString());
    REQUIRE(file.ok());
    return std::move(file).value();
}

qint64 chiefId(BranchFile& file)
{
    const auto chief = CoordinatorRepository(file).findByName(ChiefName);
    REQUIRE(chief.ok());
    REQUIRE(chief->has_value());
    return (*chief)->id;
}

qint64 addCoordinator(BranchFile& file, const QString& name, bool active = true,
                      std::optional<int> cohort = {})
{
    Coordinator c;
    c.name = name;
    c.role = QString(codes::role::Coordinator);
    c.affiliation = QStringLiteral("藤沢市障害者相談支援センター");
    c.municipalityCode = QStringLiteral("142051"); // 藤沢市
    c.trainingCohort = cohort;
    c.active = active;
    const auto id = CoordinatorRepository(file).add(c);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void addCases(BranchFile& file, qint64 coordinatorId, int count,
              QLatin1StringView status = codes::status::Ongoing)
{
    QList<CaseRecord> records;
    for (int i = 0; i < count; ++i) {
        CaseRecord record;
        record.receivedOn = QDate(2024, 4, 1).addDays(i);
        record.municipalityCode = QStringLiteral("142051");
        record.method = QStringLiteral("phone");
        record.consulter = QStringLiteral("parent");
        record.topics = {QStringLiteral("respite")};
        record.statusHistory = {{QString(status), record.receivedOn}};
        record.coordinatorId = coordinatorId;
        records.append(record);
    }
    const auto added = CaseRepository(file).addAll(records);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
}

Coordinator coordinator(qint64 id, const QString& name,
                        const QString& role = QString(codes::role::Coordinator))
{
    Coordinator c;
    c.id = id;
    c.name = name;
    c.role = role;
    return c;
}

template <typename T>
T* child(const QObject& parent, const char* objectName)
{
    auto* found = parent.findChild<T*>(QLatin1StringView(objectName));
    INFO("no child " << objectName);
    REQUIRE(found);
    return found;
}

/// The row of the view's (sorted, filtered) model showing \a name; -1 if none.
int rowOfName(const QAbstractItemModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column(Column::Name)).data() == name) {
            return row;
        }
    }
    return -1;
}

QString cell(const QAbstractItemModel& model, const QString& name, Column c)
{
    const int row = rowOfName(model, name);
    REQUIRE(row >= 0);
    return model.index(row, column(c)).data().toString();
}

void clickRow(QTableView* table, const QString& name)
{
    const int row = rowOfName(*table->model(), name);
    REQUIRE(row >= 0);
    const QRect rect = table->visualRect(table->model()->index(row, column(Column::Name)));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

/// Runs \a interact on the modal CoordinatorDialog that \a open shows, then
/// makes sure the dialog is closed so that a failing test cannot hang.
bool interactWithDialog(const std::function<void()>& open,
                        const std::function<void(CoordinatorDialog&)>& interact)
{
    bool seen = false;
    QTimer::singleShot(0, qApp, [&] {
        auto* dialog = qobject_cast<CoordinatorDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        seen = true;
        interact(*dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    open();
    return seen;
}

} // namespace

TEST_CASE("the coordinator model reports precise changes across reloads", "[ui][coordinators]")
{
    CoordinatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const MasterData& master = MasterData::kanagawa();

    Coordinator chief = coordinator(1, ChiefName, QString(codes::role::Chief));
    chief.municipalityCode = QStringLiteral("142051");
    chief.trainingCohort = 1;
    Coordinator suzuki = coordinator(2, QStringLiteral("鈴木 一郎"));
    model.setCoordinators({chief, suzuki}, {{1, 3}, {2, 1}}, master);
    REQUIRE(model.rowCount() == 2);
    CHECK(resets.size() == 1);
    CHECK(model.columnCount() == column(Column::Count));
    CHECK(model.index(0, column(Column::Name)).data() == ChiefName);
    CHECK(model.index(0, column(Column::Role)).data() == codes::coordinatorRoles().label(chief.role));
    CHECK(model.index(0, column(Column::Municipality)).data() ==
          master.municipality(chief.municipalityCode)->name());
    CHECK(model.index(0, column(Column::TrainingCohort)).data() == QStringLiteral("Cohort 1"));
    CHECK(model.index(1, column(Column::TrainingCohort)).data() == QString());
    CHECK(model.index(1, column(Column::TrainingCohort)).data(CoordinatorTableModel::SortRole) ==
          std::numeric_limits<int>::max());
    CHECK(model.index(0, column(Column::OpenCases)).data() == QStringLiteral("3"));
    CHECK(model.index(0, column(Column::OpenCases)).data(CoordinatorTableModel::SortRole).toLongLong() == 3);
    CHECK(model.index(1, column(Column::OpenCases))
              .data(CoordinatorTableModel::WorkloadFractionRole)
              .toDouble() == Approx(1.0 / 3.0));
    CHECK(model.index(1, column(Column::Name)).data(CoordinatorTableModel::IdRole).toLongLong() == 2);
    CHECK(model.totalOpenCases() == 4);

    SECTION("a changed coordinator and new counts are reported as changed data, not a reset")
    {
        suzuki.affiliation = QStringLiteral("茅ヶ崎市相談支援事業所");
        changes.clear();
        model.setCoordinators({chief, suzuki}, {{1, 3}, {2, 6}}, master);
        CHECK(resets.size() == 1);
        CHECK(model.index(1, column(Column::Affiliation)).data() == suzuki.affiliation);
        CHECK(model.index(1, column(Column::OpenCases)).data() == QStringLiteral("6"));
        // Suzuki's row, and the bars of the whole column for the new maximum.
        REQUIRE(changes.size() == 2);
        CHECK(changes[0][0].toModelIndex().row() == 1);
        CHECK(changes[1][1].toModelIndex().row() == 1);
        CHECK(changes[1][0].toModelIndex().column() == column(Column::OpenCases));
        CHECK(model.index(0, column(Column::OpenCases))
                  .data(CoordinatorTableModel::WorkloadFractionRole)
                  .toDouble() == Approx(0.5));

        changes.clear();
        model.setCoordinators({chief, suzuki}, {{1, 3}, {2, 6}}, master);
        CHECK(changes.isEmpty());
        CHECK(resets.size() == 1);
    }

    SECTION("one added coordinator is one inserted row")
    {
        model.setCoordinators({chief, coordinator(3, QStringLiteral("佐藤 次郎")), suzuki}, {{1, 3}, {2, 1}},
                              master);
        CHECK(resets.size() == 1);
        REQUIRE(inserts.size() == 1);
        CHECK(inserts[0][1].toInt() == 1);
        REQUIRE(model.rowCount() == 3);
        CHECK(model.index(1, column(Column::Name)).data() == QStringLiteral("佐藤 次郎"));
        CHECK(model.rowOf(2) == 2);
    }

    SECTION("other coordinators, or no coordinators, reset the model")
    {
        model.setCoordinators({coordinator(7, QStringLiteral("田中 三郎"))}, {}, master);
        CHECK(resets.size() == 2);
        CHECK(model.rowCount() == 1);
        CHECK(model.index(0, column(Column::OpenCases)).data() == QStringLiteral("0"));
        CHECK(model.index(0, column(Column::OpenCases))
                  .data(CoordinatorTableModel::WorkloadFractionRole)
                  .toDouble() == 0.0);
        model.clear();
        CHECK(model.rowCount() == 0);
        model.setCoordinators({chief}, {{1, 2}}, master);
        CHECK(model.rowCount() == 1);
    }
}

TEST_CASE("the view shows each coordinator's open cases and the chief's share", "[ui][coordinators]")
{
    QTemporaryDir dir;
    auto file = openBranchFile(createBranchFile(dir));
    const qint64 chief = chiefId(*file);
    const qint64 suzuki = addCoordinator(*file, QStringLiteral("鈴木 一郎"));
    addCases(*file, chief, 3);
    addCases(*file, chief, 2, codes::status::Completed);
    addCases(*file, suzuki, 1);

    CoordinatorView view;
    view.setBranchFile(file.get());
    auto* table = child<QTableView>(view, "coordinatorTableView");
    QAbstractItemModel& model = *table->model();
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, ChiefName, Column::OpenCases) == QStringLiteral("3"));
    CHECK(cell(model, QStringLiteral("鈴木 一郎"), Column::OpenCases) == QStringLiteral("1"));
    // The chief comes first, as the repository orders them.
    CHECK(model.index(0, column(Column::Name)).data() == ChiefName);

    auto* workload = child<QLabel>(view, "workloadLabel");
    CHECK(workload->text().startsWith(QStringLiteral(
        "4 open case(s) assigned to coordinators. Chief coordinator 山田 花子 holds 3 of them (75%).")));

    SECTION("a reload picks up new cases")
    {
        addCases(*file, suzuki, 4);
        view.reload();
        CHECK(cell(model, QStringLiteral("鈴木 一郎"), Column::OpenCases) == QStringLiteral("5"));
        CHECK(workload->text().startsWith(QStringLiteral("8 open case(s)")));
    }

    SECTION("sorting by open cases sorts numbers, not text")
    {
        addCases(*file, suzuki, 9); // 10 against the chief's 3
        view.reload();
        table->sortByColumn(column(Column::OpenCases), Qt::DescendingOrder);
        CHECK(model.index(0, column(Column::Name)).data() == QStringLiteral("鈴木 一郎"));
        table->sortByColumn(column(Column::OpenCases), Qt::AscendingOrder);
        CHECK(model.index(0, column(Column::Name)).data() == ChiefName);
    }

    SECTION("closing the file empties the view")
    {
        view.setBranchFile(nullptr);
        CHECK(model.rowCount() == 0);
        CHECK(workload->text().isEmpty());
        CHECK_FALSE(child<QPushButton>(view, "addCoordinatorButton")->isEnabled());
    }
}

TEST_CASE("a coordinator entered in the dialog is stored", "[ui][coordinators]")
{
    QTemporaryDir dir;
    auto file = openBranchFile(createBranchFile(dir));

    CoordinatorDialog dialog(*file, 0);
    dialog.show();
    auto* save = child<QPushButton>(dialog, "saveButton");
    CHECK_FALSE(save->isEnabled()); // no name yet
    CHECK(child<QLabel>(dialog, "errorLabel")->isHidden());

    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("Sato Jiro"));
    auto* role = child<QComboBox>(dialog, "roleComboBox");
    role->setCurrentIndex(role->findData(QString(codes::role::Coordinator)));
    child<QLineEdit>(dialog, "affiliationLineEdit")
        ->setText(QStringLiteral("茅ヶ崎市障害者相談支援センター"));
    auto* municipality = child<QComboBox>(dialog, "municipalityComboBox");
    CHECK(municipality->itemData(0).toString().isEmpty()); // "(none)"
    // The branch's own region comes first.
    CHECK(municipality->itemData(1).toString() == QStringLiteral("142051"));
    municipality->setCurrentIndex(municipality->findData(QStringLiteral("142077"))); // 茅ヶ崎市
    auto* cohort = child<QSpinBox>(dialog, "trainingCohortSpinBox");
    cohort->setValue(2);
    CHECK(cohort->text() == QStringLiteral("Cohort 2"));
    CHECK(child<QCheckBox>(dialog, "activeCheckBox")->isChecked());

    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.coordinatorId() != 0);

    const auto stored = CoordinatorRepository(*file).load(dialog.coordinatorId());
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Sato Jiro"));
    CHECK(stored->role == QString(codes::role::Coordinator));
    CHECK(stored->affiliation == QStringLiteral("茅ヶ崎市障害者相談支援センター"));
    CHECK(stored->municipalityCode == QStringLiteral("142077"));
    CHECK(stored->trainingCohort == 2);
    CHECK(stored->active);
}

TEST_CASE("editing a coordinator in the dialog changes only what was edited", "[ui][coordinators]")
{
    QTemporaryDir dir;
    auto file = openBranchFile(createBranchFile(dir));
    const qint64 id = addCoordinator(*file, QStringLiteral("鈴木 一郎"), true, 1);
    addCases(*file, id, 2);
    const Coordinator before = CoordinatorRepository(*file).load(id).value();

    CoordinatorDialog dialog(*file, id);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(child<QLineEdit>(dialog, "nameLineEdit")->text() == before.name);
    CHECK(child<QComboBox>(dialog, "municipalityComboBox")->currentData() == before.municipalityCode);
    auto* cohort = child<QSpinBox>(dialog, "trainingCohortSpinBox");
    CHECK(cohort->value() == 1);
    auto* active = child<QCheckBox>(dialog, "activeCheckBox");
    CHECK(active->isChecked());
    auto* hint = child<QLabel>(dialog, "openCasesHintLabel");
    CHECK(hint->isHidden());

    child<QLineEdit>(dialog, "affiliationLineEdit")->setText(QStringLiteral("寒川町相談支援事業所"));
    cohort->setValue(0);
    CHECK(cohort->text() == QStringLiteral("Not known"));
    active->setChecked(false);
    // Two cases are still with them: the dialog says so, but does not refuse.
    CHECK(hint->isVisible());
    CHECK(hint->text().startsWith(QStringLiteral("2 open case(s)")));

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());

    const auto after = CoordinatorRepository(*file).load(id);
    REQUIRE(after.ok());
    Coordinator expected = before;
    expected.affiliation = QStringLiteral("寒川町相談支援事業所");
    expected.trainingCohort.reset();
    expected.active = false;
    CHECK(after.value() == expected);
}

TEST_CASE("a coordinator without a name, or with another's name, cannot be saved", "[ui][coordinators]")
{
    QTemporaryDir dir;
    auto file = openBranchFile(createBranchFile(dir));
    const qint64 chief = chiefId(*file);

    SECTION("emptying the name")
    {
        CoordinatorDialog dialog(*file, chief);
        dialog.show();
        auto* name = child<QLineEdit>(dialog, "nameLineEdit");
        auto* save = child<QPushButton>(dialog, "saveButton");
        auto* error = child<QLabel>(dialog, "errorLabel");
        CHECK(save->isEnabled());
        CHECK(error->isHidden());

        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        CHECK(name->text().isEmpty());
        CHECK_FALSE(save->isEnabled());
        CHECK(error->isVisible());
        CHECK(error->text() == QStringLiteral("A coordinator needs a name."));

        CHECK_FALSE(dialog.save());
        QTest::keyClick(name, Qt::Key_Return); // Enter does not save either
        CHECK(dialog.isVisible());
        CHECK(CoordinatorRepository(*file).load(chief)->name == ChiefName);

        QTest::keyClicks(name, QStringLiteral("Yamada Hanako"));
        CHECK(save->isEnabled());
        CHECK(error->isHidden());
    }

    SECTION("a name another coordinator has")
    {
        CoordinatorDialog dialog(*file, 0);
        dialog.show();
        child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral(" 山田 花子 "));
        CHECK_FALSE(dialog.save());
        auto* error = child<QLabel>(dialog, "errorLabel");
        CHECK(error->isVisible());
        CHECK(error->text().startsWith(QStringLiteral("Another coordinator is already called 山田 花子.")));
        CHECK(CoordinatorRepository(*file).all()->size() == 1);
    }
}

TEST_CASE("Show cases asks for the selected coordinator's cases", "[ui][coordinators]")
{
    QTemporaryDir dir;
    auto file = openBranchFile(createBranchFile(dir));
    const qint64 suzuki = addCoordinator(*file, QStringLiteral("鈴木 一郎"));

    CoordinatorView view;
    view.resize(900, 400);
    view.setBranchFile(file.get());
    view.show();
    QSignalSpy requested(&view, &CoordinatorView::showCasesRequested);
    auto* showCases = child<QPushButton>(view, "showCasesButton");
    CHECK_FALSE(showCases->isEnabled());

    clickRow(child<QTableView>(view, "coordinatorTableView"), QStringLiteral("鈴木 一郎"));
    CHECK(view.currentCoordinatorId() == suzuki);
    REQUIRE(showCases->isEnabled());
    QTest::mouseClick(showCases, Qt::LeftButton);
    REQUIRE(requested.size() == 1);
    CHECK(requested[0][0].toLongLong() == suzuki);

    view.selectCoordinator(chiefId(*file));
    child<QAction>(view, "showCasesAction")->trigger(); // the context menu's entry
    REQUIRE(requested.size() == 2);
    CHECK(requested[1][0].toLongLong() == chiefId(*file));
}

TEST_CASE("double-click and Enter open the editor; a save reloads and keeps the selection",
          "[ui][coordinators]")
{
    QTemporaryDir dir;
    auto file = openBranchFile(createBranchFile(dir));
    const qint64 suzuki = addCoordinator(*file, QStringLiteral("鈴木 一郎"));

    CoordinatorView view;
    view.resize(900, 400);
    view.setBranchFile(file.get());
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QSignalSpy changed(&view, &CoordinatorView::coordinatorsChanged);
    auto* table = child<QTableView>(view, "coordinatorTableView");
    clickRow(table, QStringLiteral("鈴木 一郎"));

    const int row = rowOfName(*table->model(), QStringLiteral("鈴木 一郎"));
    const QRect rect = table->visualRect(table->model()->index(row, column(Column::Name)));
    const bool opened = interactWithDialog(
        [&] { QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center()); },
        [](CoordinatorDialog& dialog) {
            CHECK(dialog.coordinatorId() != 0);
            child<QLineEdit>(dialog, "affiliationLineEdit")->setText(QStringLiteral("新しい所属"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
    CHECK(opened);
    CHECK(changed.size() == 1);
    CHECK(cell(*table->model(), QStringLiteral("鈴木 一郎"), Column::Affiliation) ==
          QStringLiteral("新しい所属"));
    CHECK(view.currentCoordinatorId() == suzuki);

    // Enter on the table edits too; cancelling changes nothing.
    // The offscreen platform does not hand activation back when a modal closes.
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    table->setFocus();
    const bool openedByEnter = interactWithDialog([&] { QTest::keyClick(table, Qt::Key_Return); },
                                                  [&](CoordinatorDialog& dialog) {
                                                      CHECK(dialog.coordinatorId() == suzuki);
                                                      QTest::keyClick(&dialog, Qt::Key_Escape);
                                                  });
    CHECK(openedByEnter);
    CHECK(changed.size() == 1);
}

TEST_CASE("inactive coordinators are listed only on request", "[ui][coordinators]")
{
    QTemporaryDir dir;
    auto file = openBranchFile(createBranchFile(dir));
    addCoordinator(*file, QStringLiteral("鈴木 一郎"));
    const qint64 tanaka = addCoordinator(*file, QStringLiteral("田中 三郎"), false);
    addCases(*file, tanaka, 2);

    CoordinatorView view;
    auto* table = child<QTableView>(view, "coordinatorTableView");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setBranchFile(file.get());
    auto* showInactive = child<QCheckBox>(view, "showInactiveCheckBox");
    CHECK_FALSE(showInactive->isChecked());
    CHECK(table->model()->rowCount() == 2);
    CHECK(rowOfName(*table->model(), QStringLiteral("田中 三郎")) < 0);
    CHECK(table->isColumnHidden(column(Column::Active)));
    // Their cases are not forgotten while they are hidden.
    CHECK(child<QLabel>(view, "workloadLabel")
              ->text()
              .endsWith(QStringLiteral("2 open case(s) are still assigned to inactive coordinators.")));

    showInactive->setChecked(true);
    CHECK(table->model()->rowCount() == 3);
    CHECK(cell(*table->model(), QStringLiteral("田中 三郎"), Column::Active) == QStringLiteral("No"));
    CHECK_FALSE(table->isColumnHidden(column(Column::Active)));

    showInactive->setChecked(false);
    CHECK(table->model()->rowCount() == 2);
}

TEST_CASE("a read-only branch file shows coordinators but does not let them be changed", "[ui][coordinators]")
{
    QTemporaryDir dir;
    const QString path = createBranchFile(dir);
    {
        auto writer = openBranchFile(path);
        addCoordinator(*writer, QStringLiteral("鈴木 一郎"));
    }
    auto file = openBranchFile(path, BranchFile::Access::ReadOnly);
    REQUIRE(file->isReadOnly());

    CoordinatorView view;
    view.resize(900, 400);
    view.setBranchFile(file.get());
    view.show();
    auto* table = child<QTableView>(view, "coordinatorTableView");
    CHECK(table->model()->rowCount() == 2);
    clickRow(table, QStringLiteral("鈴木 一郎"));
    CHECK(view.currentCoordinatorId() != 0);
    CHECK_FALSE(child<QPushButton>(view, "addCoordinatorButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(view, "editCoordinatorButton")->isEnabled());
    CHECK_FALSE(child<QAction>(view, "editCoordinatorAction")->isEnabled());
    CHECK(child<QPushButton>(view, "showCasesButton")->isEnabled());

    // Opened anyway (e.g. by other code), the dialog only shows.
    CoordinatorDialog dialog(*file, view.currentCoordinatorId());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")) == nullptr);
    CHECK(child<QLineEdit>(dialog, "nameLineEdit")->isReadOnly());
    CHECK_FALSE(child<QComboBox>(dialog, "roleComboBox")->isEnabled());
}
