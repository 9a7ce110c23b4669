// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/CaseEditorDialog.h"
#include "cases/CaseQuery.h"
#include "cases/CaseRepository.h"
#include "cases/ContactLogModel.h"
#include "cases/MunicipalityComboBox.h"
#include "codes/Codes.h"
#include "contacts/ContactRepository.h"
#include "coordinators/CoordinatorRepository.h"
#include "storage/BranchFile.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace tsunagu;
using namespace tsunagu::ui;

namespace {

using Column = ContactLogModel::Column;

constexpr int CodeRole = Qt::UserRole + 1; // the checklists' item data role

const QString Fujisawa = QStringLiteral("142051");
const QString Chigasaki = QStringLiteral("142077");

std::unique_ptr<BranchFile> createBranchFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("branch.tsunagu"));
    auto file = BranchFile::create(path, BranchInfo{QStringLiteral("湘南東部圏域ブランチ"),
                                                    QStringLiteral("shonan-east"),
                                                    QStringLiteral("山田 花子"),
                                                    {}});
    INFO(file.message().toStdString());
    REQUIRE(file.ok());
    return std::move(file).value();
}

CaseRecord sampleCase()
{
    CaseRecord record;
    record.receivedOn = QDate(2024, 4, 1);
    record.municipalityCode = Fujisawa;
    record.method = QStringLiteral("phone");
    record.consulter = QStringLiteral("parent");
    record.topics = {QStringLiteral("respite")};
    record.note = QStringLiteral("初回の相談");
    return record;
}

qint64 addCase(BranchFile& file, CaseRecord record = sampleCase())
{
    const auto id = CaseRepository(file).add(record);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

CaseRecord loadCase(BranchFile& file, qint64 id)
{
    auto record = CaseRepository(file).load(id);
    INFO(record.message().toStdString());
    REQUIRE(record.ok());
    return std::move(record).value();
}

template <typename T>
T* child(const QWidget& parent, const char* objectName)
{
    T* widget = parent.findChild<T*>(QLatin1String(objectName));
    INFO(objectName);
    REQUIRE(widget != nullptr);
    return widget;
}

void showActive(QWidget& widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

QListWidgetItem* itemWithCode(QListWidget* list, const QString& code)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(CodeRole).toString() == code) {
            return list->item(row);
        }
    }
    FAIL("no item with code " << code.toStdString());
    return nullptr;
}

/// Types \a text as an input method commits it: how Japanese reaches a field
/// (QTest::keyClicks sends ASCII keys only).
void typeText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void clickItem(QListWidget* list, QListWidgetItem* item)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

void chooseCode(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

/// Fills every required field of a new case except the topics, as a user would.
void fillRequiredFieldsExceptTopics(const CaseEditorDialog& dialog)
{
    auto* municipality = child<MunicipalityComboBox>(dialog, "municipalityComboBox");
    QTest::keyClicks(municipality->lineEdit(), QStringLiteral("Fujisawa"));
    chooseCode(child<QComboBox>(dialog, "methodComboBox"), QStringLiteral("phone"));
    chooseCode(child<QComboBox>(dialog, "consulterComboBox"), QStringLiteral("supporter"));
}

bool isEditable(QWidget* widget)
{
    if (!widget->isEnabled()) {
        return false;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        return !edit->isReadOnly();
    }
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
        return !spin->isReadOnly();
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        return !text->isReadOnly();
    }
    if (auto* list = qobject_cast<QListWidget*>(widget)) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->flags() & Qt::ItemIsUserCheckable) {
                return true;
            }
        }
        return false;
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        return view->editTriggers() != QAbstractItemView::NoEditTriggers;
    }
    return true;
}

ContactRecord contact(QDate date, const char* kind, const char* method, std::optional<int> minutes = {})
{
    ContactRecord c;
    c.contactedOn = date;
    c.kind = QLatin1String(kind);
    c.method = QLatin1String(method);
    c.minutes = minutes;
    return c;
}

} // namespace

TEST_CASE("a new case typed into the editor is stored when saved", "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    CaseEditorDialog dialog(*file, 0);
    QSignalSpy saved(&dialog, &CaseEditorDialog::caseSaved);
    showActive(dialog);

    CHECK(dialog.windowTitle() == QStringLiteral("New case — Tsunagu"));
    auto* caseNo = child<QLineEdit>(dialog, "caseNoLineEdit");
    CHECK(caseNo->text().isEmpty());
    CHECK_FALSE(caseNo->placeholderText().isEmpty());
    auto* receivedOn = child<QDateEdit>(dialog, "receivedOnDateEdit");
    CHECK(receivedOn->date() == QDate::currentDate());
    CHECK_FALSE(dialog.isModified());

    // Tab selects the year; the digits fill year, month and day in turn.
    caseNo->setFocus();
    QTest::keyClick(caseNo, Qt::Key_Tab);
    REQUIRE(receivedOn->hasFocus());
    QTest::keyClicks(receivedOn, QStringLiteral("20240510"));
    CHECK(receivedOn->date() == QDate(2024, 5, 10));
    CHECK(child<QLabel>(dialog, "receivedOnEraLabel")->text() == QStringLiteral("令和6年5月10日"));

    auto* municipality = child<MunicipalityComboBox>(dialog, "municipalityComboBox");
    QTest::keyClicks(municipality->lineEdit(), QStringLiteral("chigasaki"));
    CHECK(municipality->currentCode() == Chigasaki);
    CHECK(child<QLabel>(dialog, "regionLabel")->text().contains(QStringLiteral("湘南東部圏域")));

    chooseCode(child<QComboBox>(dialog, "methodComboBox"), QStringLiteral("line"));
    chooseCode(child<QComboBox>(dialog, "consulterComboBox"), QStringLiteral("parent"));
    auto* age = child<QSpinBox>(dialog, "childAgeSpinBox");
    CHECK(age->value() == age->minimum()); // not known
    age->setFocus();
    age->selectAll();
    QTest::keyClicks(age, QStringLiteral("4"));

    auto* topics = child<QListWidget>(dialog, "topicsListWidget");
    REQUIRE(topics->count() == codes::topics().size());
    CHECK(topics->item(0)->text() == QStringLiteral("退院調整（在宅移行支援）"));
    clickItem(topics, itemWithCode(topics, QStringLiteral("respite")));
    clickItem(topics, itemWithCode(topics, QStringLiteral("nursery")));
    auto* careNeeds = child<QListWidget>(dialog, "careNeedsListWidget");
    REQUIRE(careNeeds->count() == 14);
    careNeeds->setFocus();
    careNeeds->setCurrentItem(itemWithCode(careNeeds, QStringLiteral("tube-feeding")));
    QTest::keyClick(careNeeds, Qt::Key_Space);

    typeText(child<QPlainTextEdit>(dialog, "noteTextEdit"), QStringLiteral("母より電話"));
    typeText(child<QLineEdit>(dialog, "childNameLineEdit"), QStringLiteral("茅ヶ崎 こども"));
    CHECK(dialog.isModified());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);

    REQUIRE(saved.count() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(dialog.caseId() > 0);
    CHECK(saved.constFirst().constFirst().toLongLong() == dialog.caseId());
    const CaseRecord stored = loadCase(*file, dialog.caseId());
    CHECK(stored.caseNo == QStringLiteral("2024-0001"));
    CHECK(stored.receivedOn == QDate(2024, 5, 10));
    CHECK(stored.municipalityCode == Chigasaki);
    CHECK(stored.method == QStringLiteral("line"));
    CHECK(stored.consulter == QStringLiteral("parent"));
    CHECK(stored.childAge == 4);
    CHECK(stored.topics == QStringList{QStringLiteral("respite"), QStringLiteral("nursery")});
    CHECK(stored.careNeeds == QStringList{QStringLiteral("tube-feeding")});
    CHECK(stored.note == QStringLiteral("母より電話"));
    CHECK(stored.personal.childName == QStringLiteral("茅ヶ崎 こども"));
    CHECK(stored.currentStatus() == QStringLiteral("ongoing"));
    CHECK(stored.currentStatusSince() == QDate(2024, 5, 10));
    CHECK_FALSE(stored.coordinatorId.has_value());
}

TEST_CASE("the case editor is used from the keyboard", "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    CaseEditorDialog dialog(*file, 0);
    showActive(dialog);

    SECTION("Return moves to the next field instead of closing")
    {
        auto* caseNo = child<QLineEdit>(dialog, "caseNoLineEdit");
        caseNo->setFocus();
        QTest::keyClick(caseNo, Qt::Key_Return);
        CHECK(dialog.isVisible());
        auto* receivedOn = child<QDateEdit>(dialog, "receivedOnDateEdit");
        REQUIRE(receivedOn->hasFocus());
        QTest::keyClick(receivedOn, Qt::Key_Return);
        auto* municipality = child<MunicipalityComboBox>(dialog, "municipalityComboBox");
        REQUIRE(municipality->hasFocus());
        QTest::keyClicks(municipality->lineEdit(), QStringLiteral("fujisawa"));
        QTest::keyClick(municipality->lineEdit(), Qt::Key_Return);
        CHECK(municipality->currentCode() == Fujisawa);
        CHECK(child<QComboBox>(dialog, "methodComboBox")->hasFocus());
        CHECK(dialog.isVisible());
    }
    SECTION("Ctrl+Return saves and closes")
    {
        fillRequiredFieldsExceptTopics(dialog);
        auto* topics = child<QListWidget>(dialog, "topicsListWidget");
        topics->setFocus();
        topics->setCurrentRow(0);
        QTest::keyClick(topics, Qt::Key_Space);
        QTest::keyClick(topics, Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.caseId() > 0);
        CHECK(loadCase(*file, dialog.caseId()).topics == QStringList{QStringLiteral("discharge-home")});
    }
    SECTION("Esc closes an unchanged editor without asking")
    {
        MessageBox::clearAnsweredTexts();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(MessageBox::answeredTexts().isEmpty());
    }
}

TEST_CASE("changing the status of a stored case records it in the history", "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    const qint64 id = addCase(*file);
    CaseEditorDialog dialog(*file, id);
    showActive(dialog);

    CHECK(dialog.windowTitle() == QStringLiteral("Case 2024-0001 — Tsunagu"));
    auto* caseNo = child<QLineEdit>(dialog, "caseNoLineEdit");
    CHECK(caseNo->text() == QStringLiteral("2024-0001"));
    CHECK(caseNo->isReadOnly());
    auto* status = child<QComboBox>(dialog, "statusComboBox");
    auto* since = child<QDateEdit>(dialog, "statusSinceDateEdit");
    auto* history = child<QTableWidget>(dialog, "statusHistoryTableWidget");
    CHECK(status->currentData().toString() == QStringLiteral("ongoing"));
    CHECK(since->date() == QDate(2024, 4, 1));
    CHECK(history->rowCount() == 1);
    CHECK_FALSE(dialog.isModified());

    chooseCode(status, QStringLiteral("completed"));
    CHECK(since->date() == QDate::currentDate()); // a new status is dated today by default
    since->setDate(QDate(2024, 6, 30));
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(1, 1)->text() == codes::statuses().label(QStringLiteral("completed")));
    CHECK(history->item(1, 0)->font().italic()); // not stored yet
    CHECK(dialog.isModified());

    REQUIRE(dialog.save());
    CHECK(dialog.isVisible()); // save() alone keeps the editor open
    CHECK_FALSE(dialog.isModified());
    const CaseRecord stored = loadCase(*file, id);
    CHECK(stored.statusHistory == QList<StatusChange>{{QStringLiteral("ongoing"), QDate(2024, 4, 1)},
                                                      {QStringLiteral("completed"), QDate(2024, 6, 30)}});
    CHECK(stored.note == sampleCase().note);
    CHECK_FALSE(history->item(1, 0)->font().italic());

    SECTION("a status dated before a later recorded change is refused")
    {
        chooseCode(status, QStringLiteral("observation"));
        since->setDate(QDate(2024, 5, 1));
        CHECK_FALSE(dialog.save());
        auto* error = child<QLabel>(dialog, "statusSinceErrorLabel");
        CHECK(error->isVisible());
        CHECK(loadCase(*file, id).statusHistory.size() == 2);
    }
    SECTION("moving the date received moves the first entry with it")
    {
        child<QDateEdit>(dialog, "receivedOnDateEdit")->setDate(QDate(2024, 4, 3));
        REQUIRE(dialog.save());
        CHECK(loadCase(*file, id).statusHistory.constFirst() ==
              StatusChange{QStringLiteral("ongoing"), QDate(2024, 4, 3)});
    }
}

TEST_CASE("inline validation shows problems beside their fields and stores nothing", "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    CaseEditorDialog dialog(*file, 0);
    showActive(dialog);
    MessageBox::clearAnsweredTexts();

    auto* topicsError = child<QLabel>(dialog, "topicsErrorLabel");
    auto* methodError = child<QLabel>(dialog, "methodErrorLabel");
    CHECK(topicsError->isHidden());

    SECTION("no topics")
    {
        fillRequiredFieldsExceptTopics(dialog);
        CHECK_FALSE(dialog.save());
        CHECK(topicsError->isVisible());
        CHECK(topicsError->text() == QStringLiteral("choose at least one topic"));
        CHECK(methodError->isHidden());
        CHECK(child<QLabel>(dialog, "receivedOnErrorLabel")->isHidden());
        CHECK(child<QListWidget>(dialog, "topicsListWidget")->hasFocus());
        CHECK(CaseRepository(*file).count().value() == 0);
        CHECK(dialog.isVisible());
        CHECK(MessageBox::answeredTexts().isEmpty());

        // The message follows the edit, and then the case can be saved.
        auto* topics = child<QListWidget>(dialog, "topicsListWidget");
        clickItem(topics, itemWithCode(topics, QStringLiteral("system")));
        CHECK(topicsError->isHidden());
        CHECK(dialog.save());
        CHECK(CaseRepository(*file).count().value() == 1);
    }
    SECTION("the first invalid field in tab order takes the focus")
    {
        child<QDateEdit>(dialog, "receivedOnDateEdit")->setDate(QDate::currentDate().addDays(3));
        CHECK_FALSE(dialog.save());
        CHECK(child<QDateEdit>(dialog, "receivedOnDateEdit")->hasFocus());
        CHECK(child<QLabel>(dialog, "receivedOnErrorLabel")
                  ->text()
                  .endsWith(QStringLiteral("lies in the future")));
        CHECK(child<QLabel>(dialog, "municipalityErrorLabel")->isVisible());
        CHECK(methodError->isVisible());
        CHECK(child<QLabel>(dialog, "consulterErrorLabel")->isVisible());
        CHECK(topicsError->isVisible());
    }
    SECTION("a municipality name that is not in the list is named")
    {
        fillRequiredFieldsExceptTopics(dialog);
        auto* municipality = child<MunicipalityComboBox>(dialog, "municipalityComboBox");
        municipality->lineEdit()->selectAll();
        QTest::keyClicks(municipality->lineEdit(), QStringLiteral("Atlantis"));
        CHECK_FALSE(dialog.save());
        CHECK(child<QLabel>(dialog, "municipalityErrorLabel")->text().contains(QStringLiteral("Atlantis")));
        CHECK(municipality->hasFocus());
    }
    SECTION("a case number already in use")
    {
        addCase(*file);
        fillRequiredFieldsExceptTopics(dialog);
        auto* topics = child<QListWidget>(dialog, "topicsListWidget");
        clickItem(topics, itemWithCode(topics, QStringLiteral("other")));
        QTest::keyClicks(child<QLineEdit>(dialog, "caseNoLineEdit"), QStringLiteral("2024-0001"));
        CHECK_FALSE(dialog.save());
        CHECK(child<QLabel>(dialog, "caseNoErrorLabel")->text().contains(QStringLiteral("2024-0001")));
        CHECK(CaseRepository(*file).count().value() == 1);
    }
}

TEST_CASE("closing with unsaved changes asks to save, discard or cancel", "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    const qint64 id = addCase(*file);
    CaseEditorDialog dialog(*file, id);
    showActive(dialog);
    auto* note = child<QPlainTextEdit>(dialog, "noteTextEdit");
    note->moveCursor(QTextCursor::End);
    typeText(note, QStringLiteral("。再相談あり"));
    REQUIRE(dialog.isModified());
    MessageBox::clearAnsweredTexts();

    SECTION("Cancel keeps the editor open")
    {
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        REQUIRE(MessageBox::answeredTexts().size() == 1);
        CHECK(MessageBox::answeredTexts().constFirst().contains(QStringLiteral("2024-0001")));
        CHECK(dialog.isVisible());
        CHECK(dialog.isModified());
        CHECK(loadCase(*file, id).note == sampleCase().note);
    }
    SECTION("Discard closes without saving")
    {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
        CHECK(MessageBox::answeredTexts().size() == 1);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(loadCase(*file, id).note == sampleCase().note);
    }
    SECTION("Save saves and closes")
    {
        MessageBox::setNextAnswer(QMessageBox::Save);
        child<QPushButton>(dialog, "cancelButton")->click();
        CHECK(MessageBox::answeredTexts().size() == 1);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(loadCase(*file, id).note == QStringLiteral("初回の相談。再相談あり"));
    }
}

TEST_CASE("a storage error is reported in a message box", "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    const qint64 id = addCase(*file);
    CaseEditorDialog dialog(*file, id);
    child<QSpinBox>(dialog, "childAgeSpinBox")->setValue(7);
    REQUIRE(CaseRepository(*file).remove(id).ok());

    MessageBox::clearAnsweredTexts();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.save());
    REQUIRE(MessageBox::answeredTexts().size() == 1);
    CHECK(MessageBox::answeredTexts().constFirst().contains(QStringLiteral("no longer exists")));
    CHECK(dialog.isModified());
}

TEST_CASE("the coordinator list offers active coordinators and keeps an inactive assignee",
          "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    CoordinatorRepository coordinators(*file);
    Coordinator active{0, QStringLiteral("佐藤 一郎"), QStringLiteral("coordinator"), {}, {}, {}, true};
    Coordinator retired{0, QStringLiteral("鈴木 次郎"), QStringLiteral("coordinator"), {}, {}, {}, false};
    Coordinator otherRetired{0,    QStringLiteral("高橋 三郎"), QStringLiteral("coordinator"), {}, {}, {},
                             false};
    REQUIRE(coordinators.add(active).ok());
    REQUIRE(coordinators.add(retired).ok());
    REQUIRE(coordinators.add(otherRetired).ok());
    CaseRecord record = sampleCase();
    record.coordinatorId = retired.id;
    const qint64 id = addCase(*file, record);

    CaseEditorDialog dialog(*file, id);
    auto* combo = child<QComboBox>(dialog, "coordinatorComboBox");
    CHECK(combo->currentData().toLongLong() == retired.id);
    CHECK(combo->currentText().contains(QStringLiteral("鈴木 次郎")));
    CHECK(combo->itemData(0).isNull()); // (none)
    CHECK(combo->findData(active.id) > 0);
    CHECK(combo->findData(otherRetired.id) < 0);
    CHECK(combo->count() == 4); // (none), the chief, 佐藤, 鈴木

    combo->setCurrentIndex(0);
    REQUIRE(dialog.save());
    CHECK_FALSE(loadCase(*file, id).coordinatorId.has_value());
}

TEST_CASE("contacts added and removed in the editor are stored with the case", "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    const qint64 id = addCase(*file);
    const auto lastContact = [&file] {
        CaseQuery query(file->database(), file->masterData());
        const auto rows = query.fetch(0, 10);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        return rows->constFirst().lastContactOn;
    };
    CHECK(lastContact() == QDate(2024, 4, 1));

    {
        CaseEditorDialog dialog(*file, id);
        showActive(dialog);
        auto* table = child<QTableView>(dialog, "contactLogTableView");
        auto* model = qobject_cast<ContactLogModel*>(table->model());
        REQUIRE(model);
        auto* add = child<QPushButton>(dialog, "addContactButton");
        auto* remove = child<QPushButton>(dialog, "removeContactButton");
        CHECK_FALSE(remove->isEnabled());

        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        REQUIRE(model->rowCount() == 2);
        CHECK(child<QTabWidget>(dialog, "caseEditorTabWidget")->currentIndex() == 1);
        CHECK(model->contact(0).kind == QStringLiteral("intake"));
        CHECK(model->contact(1).kind == QStringLiteral("monitoring"));
        CHECK(model->contact(0).method == QStringLiteral("phone")); // the case's method
        CHECK(model->contact(1).contactedOn == QDate::currentDate());
        REQUIRE(model->setData(model->index(0, int(Column::Date)), QDate(2024, 4, 2)));
        REQUIRE(model->setData(model->index(0, int(Column::Minutes)), 30));
        REQUIRE(model->setData(model->index(0, int(Column::Note)), QStringLiteral("母と面談")));
        REQUIRE(model->setData(model->index(1, int(Column::Date)), QDate(2024, 5, 20)));
        CHECK(dialog.isModified());
        REQUIRE(dialog.save());
    }
    auto stored = ContactRepository(*file).forCase(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).contactedOn == QDate(2024, 4, 2));
    CHECK(stored->at(0).minutes == 30);
    CHECK(stored->at(0).note == QStringLiteral("母と面談"));
    CHECK(stored->at(1).kind == QStringLiteral("monitoring"));
    CHECK(lastContact() == QDate(2024, 5, 20));

    {
        CaseEditorDialog dialog(*file, id);
        showActive(dialog);
        auto* table = child<QTableView>(dialog, "contactLogTableView");
        REQUIRE(table->model()->rowCount() == 2);
        child<QTabWidget>(dialog, "caseEditorTabWidget")->setCurrentIndex(1);
        table->selectRow(1);
        auto* remove = child<QPushButton>(dialog, "removeContactButton");
        REQUIRE(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        CHECK(table->model()->rowCount() == 1);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    stored = ContactRepository(*file).forCase(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).contactedOn == QDate(2024, 4, 2));
    CHECK(lastContact() == QDate(2024, 4, 2));
}

TEST_CASE("an invalid contact blocks saving and is pointed out", "[ui][case-editor]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    const qint64 id = addCase(*file);
    CaseEditorDialog dialog(*file, id);
    showActive(dialog);
    auto* table = child<QTableView>(dialog, "contactLogTableView");
    auto* model = qobject_cast<ContactLogModel*>(table->model());
    REQUIRE(model);
    model->appendContact(contact(QDate::currentDate().addDays(2), "connect", "email"));

    CHECK_FALSE(dialog.save());
    auto* error = child<QLabel>(dialog, "contactLogErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("Contact 1: ")));
    CHECK(child<QTabWidget>(dialog, "caseEditorTabWidget")->currentIndex() == 1);
    CHECK(table->currentIndex() == model->index(0, int(Column::Date)));
    CHECK(ContactRepository(*file).forCase(id)->isEmpty());
}

TEST_CASE("a handover in the editor is dated today unless another date is chosen",
          "[ui][case-editor][coordinator]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    CoordinatorRepository coordinators(*file);
    Coordinator a{0, QStringLiteral("鈴木 一郎"), QStringLiteral("coordinator"), QString(), {}, {}, true};
    Coordinator b{0, QStringLiteral("高橋 二郎"), QStringLiteral("coordinator"), QString(), {}, {}, true};
    REQUIRE(coordinators.add(a).ok());
    REQUIRE(coordinators.add(b).ok());
    CaseRecord record = sampleCase(); // received 2024-04-01
    record.coordinatorId = a.id;
    const qint64 id = addCase(*file, record);
    const QDate today = QDate::currentDate();

    CaseEditorDialog dialog(*file, id);
    showActive(dialog);
    auto* coordinator = child<QComboBox>(dialog, "coordinatorComboBox");
    auto* since = child<QDateEdit>(dialog, "coordinatorSinceDateEdit");
    auto* history = child<QLabel>(dialog, "coordinatorHistoryLabel");
    CHECK(since->date() == QDate(2024, 4, 1));
    CHECK_FALSE(since->isEnabled()); // the first coordinator is in charge from the date received
    CHECK(history->isHidden());
    CHECK_FALSE(dialog.isModified());

    coordinator->setCurrentIndex(coordinator->findData(b.id));
    CHECK(since->isEnabled());
    CHECK(since->date() == today);
    CHECK(history->isVisible());
    CHECK(dialog.isModified());
    // Back to the stored coordinator: nothing to record.
    coordinator->setCurrentIndex(coordinator->findData(a.id));
    CHECK(since->date() == QDate(2024, 4, 1));
    CHECK_FALSE(dialog.isModified());

    SECTION("a handover on a chosen date")
    {
        coordinator->setCurrentIndex(coordinator->findData(b.id));
        since->setDate(QDate(2024, 6, 1));
        REQUIRE(dialog.save());
        CHECK(CaseRepository(*file).coordinatorHistory(id).value() ==
              QList<CoordinatorChange>{{a.id, QDate(2024, 4, 1)}, {b.id, QDate(2024, 6, 1)}});
        CHECK(loadCase(*file, id).coordinatorId == b.id);
        CHECK_FALSE(dialog.isModified());
        CHECK(since->date() == QDate(2024, 6, 1));
        CHECK(history->text().contains(QStringLiteral("高橋 二郎")));

        // Reopened: the last handover's date, which can be corrected.
        CaseEditorDialog again(*file, id);
        showActive(again);
        auto* againSince = child<QDateEdit>(again, "coordinatorSinceDateEdit");
        CHECK(againSince->date() == QDate(2024, 6, 1));
        CHECK(againSince->isEnabled());
        againSince->setDate(QDate(2024, 6, 10));
        REQUIRE(again.save());
        CHECK(CaseRepository(*file).coordinatorHistory(id).value() ==
              QList<CoordinatorChange>{{a.id, QDate(2024, 4, 1)}, {b.id, QDate(2024, 6, 10)}});
    }
    SECTION("a handover without a chosen date is dated today")
    {
        coordinator->setCurrentIndex(coordinator->findData(b.id));
        REQUIRE(dialog.save());
        CHECK(CaseRepository(*file).coordinatorHistory(id).value() ==
              QList<CoordinatorChange>{{a.id, QDate(2024, 4, 1)}, {b.id, today}});
    }
    SECTION("a handover before the date received or in the future is refused")
    {
        coordinator->setCurrentIndex(coordinator->findData(b.id));
        auto* error = child<QLabel>(dialog, "coordinatorSinceErrorLabel");
        since->setDate(QDate(2024, 3, 31));
        CHECK_FALSE(dialog.save());
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("before the date received")));
        since->setDate(today.addDays(1));
        CHECK_FALSE(dialog.save());
        CHECK(error->text().contains(QStringLiteral("lies in the future")));
        CHECK(CaseRepository(*file).coordinatorHistory(id).value() ==
              QList<CoordinatorChange>{{a.id, QDate(2024, 4, 1)}});
        CHECK(loadCase(*file, id).coordinatorId == a.id);
    }
}

TEST_CASE("a status change or a contact dated in the future is refused with the date",
          "[ui][case-editor][dates]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    const qint64 id = addCase(*file);
    CaseEditorDialog dialog(*file, id);
    showActive(dialog);
    const QDate tomorrow = QDate::currentDate().addDays(1);
    chooseCode(child<QComboBox>(dialog, "statusComboBox"), QStringLiteral("completed"));
    child<QDateEdit>(dialog, "statusSinceDateEdit")->setDate(tomorrow);
    auto* model = qobject_cast<ContactLogModel*>(child<QTableView>(dialog, "contactLogTableView")->model());
    REQUIRE(model);
    model->appendContact(contact(tomorrow, "connect", "phone"));
    CHECK_FALSE(dialog.save());
    const QString future = QStringLiteral("%1 lies in the future").arg(tomorrow.toString(Qt::ISODate));
    CHECK(child<QLabel>(dialog, "statusSinceErrorLabel")->text().contains(future));
    CHECK(child<QLabel>(dialog, "contactLogErrorLabel")->text().contains(future));
    CHECK(loadCase(*file, id).statusHistory.size() == 1);
    CHECK(ContactRepository(*file).forCase(id)->isEmpty());
}

TEST_CASE("a contact dated before the case was received blocks saving, also after the date moves",
          "[ui][case-editor][dates]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    const qint64 id = addCase(*file); // received 2024-04-01
    CaseEditorDialog dialog(*file, id);
    showActive(dialog);
    auto* table = child<QTableView>(dialog, "contactLogTableView");
    auto* model = qobject_cast<ContactLogModel*>(table->model());
    REQUIRE(model);
    auto* error = child<QLabel>(dialog, "contactLogErrorLabel");

    SECTION("a contact before the date received")
    {
        model->appendContact(contact(QDate(2024, 3, 28), "intake", "phone"));
        CHECK_FALSE(dialog.save());
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("2024-03-28 is before the date received (2024-04-01)")));
        CHECK(model->index(0, int(Column::Date)).data(Qt::BackgroundRole).isValid()); // tinted
    }
    SECTION("the date received moved after a contact")
    {
        model->appendContact(contact(QDate(2024, 4, 2), "intake", "phone"));
        REQUIRE(dialog.save());
        CHECK_FALSE(model->index(0, int(Column::Date)).data(Qt::BackgroundRole).isValid());
        child<QDateEdit>(dialog, "receivedOnDateEdit")->setDate(QDate(2024, 4, 5));
        CHECK(model->index(0, int(Column::Date)).data(Qt::BackgroundRole).isValid());
        CHECK_FALSE(dialog.save());
        CHECK(error->text().contains(QStringLiteral("before the date received (2024-04-05)")));
        CHECK(loadCase(*file, id).receivedOn == QDate(2024, 4, 1));
    }
    CHECK(ContactRepository(*file).forCase(id)->size() <= 1);
    CHECK(loadCase(*file, id).receivedOn == QDate(2024, 4, 1));
}

TEST_CASE("on a read-only branch file the editor changes nothing", "[ui][case-editor]")
{
    QTemporaryDir dir;
    QString path;
    qint64 id = 0;
    {
        auto file = createBranchFile(dir);
        path = file->path();
        id = addCase(*file);
        ContactRecord c = contact(QDate(2024, 4, 2), "intake", "phone", 20);
        c.caseId = id;
        REQUIRE(ContactRepository(*file).add(c).ok());
    }
    auto opened = BranchFile::open(path, BranchFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    auto file = std::move(opened).value();
    REQUIRE(file->isReadOnly());

    CaseEditorDialog dialog(*file, id);
    showActive(dialog);
    CHECK(child<QLabel>(dialog, "readOnlyNoteLabel")->isVisible());
    CHECK(child<QPushButton>(dialog, "saveButton")->isHidden());
    CHECK(child<QPushButton>(dialog, "addContactButton")->isHidden());
    CHECK(child<QPushButton>(dialog, "removeContactButton")->isHidden());
    for (const char* name :
         {"caseNoLineEdit", "receivedOnDateEdit", "municipalityComboBox", "methodComboBox",
          "consulterComboBox", "coordinatorComboBox", "coordinatorSinceDateEdit", "childAgeSpinBox",
          "topicsListWidget", "careNeedsListWidget", "statusComboBox", "statusSinceDateEdit", "noteTextEdit",
          "childNameLineEdit", "consulterNameLineEdit", "contactLineEdit", "contactLogTableView"}) {
        INFO(name);
        CHECK_FALSE(isEditable(child<QWidget>(dialog, name)));
    }
    auto* table = child<QTableView>(dialog, "contactLogTableView");
    CHECK(table->model()->rowCount() == 1);
    CHECK_FALSE(table->model()->flags(table->model()->index(0, 0)).testFlag(Qt::ItemIsEditable));

    // Clicking a topic does not tick it.
    auto* topics = child<QListWidget>(dialog, "topicsListWidget");
    QListWidgetItem* item = itemWithCode(topics, QStringLiteral("system"));
    clickItem(topics, item);
    CHECK(item->checkState() == Qt::Unchecked);
    CHECK_FALSE(dialog.isModified());
    CHECK_FALSE(dialog.save());

    MessageBox::clearAnsweredTexts();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(MessageBox::answeredTexts().isEmpty());
}

TEST_CASE("the contact log model keeps its views consistent", "[ui][case-editor]")
{
    ContactLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setContacts(
        {contact(QDate(2024, 4, 1), "intake", "phone", 15), contact(QDate(2024, 4, 8), "connect", "email")});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == int(Column::Count));

    model.insertContact(1, contact(QDate(2024, 4, 3), "monitoring", "visit"));
    CHECK(model.appendContact(contact(QDate(2024, 4, 9), "case-conference", "other")) == 3);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.contact(1).kind == QStringLiteral("monitoring"));
    CHECK(model.contact(3).kind == QStringLiteral("case-conference"));

    REQUIRE(model.insertRows(0, 2));
    CHECK(model.rowCount() == 6);
    CHECK(model.contact(0) == ContactRecord{});
    // An empty contact explains what it lacks.
    CHECK(model.data(model.index(0, int(Column::Kind)), Qt::ToolTipRole).toString() ==
          QStringLiteral("choose what kind of contact it was"));
    CHECK(model.data(model.index(0, int(Column::Kind)), Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.data(model.index(2, int(Column::Kind)), Qt::BackgroundRole).isValid());
    REQUIRE(model.removeRows(0, 2));
    CHECK_FALSE(model.removeRows(3, 2));
    CHECK_FALSE(model.insertRows(9, 1));
    model.removeContact(2);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.contact(2).kind == QStringLiteral("case-conference"));

    changed.clear();
    const QModelIndex minutes = model.index(1, int(Column::Minutes));
    REQUIRE(model.setData(minutes, 45));
    CHECK(changed.count() == 1);
    CHECK(model.data(minutes, Qt::DisplayRole).toString() == QStringLiteral("45"));
    CHECK(model.data(minutes, Qt::EditRole).toInt() == 45);
    REQUIRE(model.setData(minutes, QVariant()));
    CHECK_FALSE(model.contact(1).minutes.has_value());
    CHECK_FALSE(model.setData(model.index(1, int(Column::Kind)), QStringLiteral("相談受付")));
    CHECK(model.setData(model.index(1, int(Column::Kind)), QStringLiteral("direct-support")));
    CHECK(model.data(model.index(1, int(Column::Kind))).toString() ==
          codes::contactKinds().label(QStringLiteral("direct-support")));
    CHECK(model.setData(model.index(1, int(Column::Date)), QStringLiteral("R6.4.5")));
    CHECK(model.contact(1).contactedOn == QDate(2024, 4, 5));
    CHECK(model.data(model.index(1, int(Column::Date)), ContactLogModel::SortRole).toString() ==
          QStringLiteral("2024-04-05"));
    CHECK_FALSE(model.setData(model.index(1, int(Column::Date)), QStringLiteral("someday")));
    CHECK(model.headerData(int(Column::Note), Qt::Horizontal).toString() == QStringLiteral("Note"));

    model.setEditable(false);
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(0, int(Column::Note)), QStringLiteral("x")));
    model.setContacts({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the municipality combo box groups by region and completes typed names", "[ui][case-editor]")
{
    const MasterData& master = MasterData::kanagawa();
    MunicipalityComboBox combo(master);
    QSignalSpy codeChanged(&combo, &MunicipalityComboBox::codeChanged);
    combo.show();
    REQUIRE(QTest::qWaitForWindowExposed(&combo));

    SECTION("region headers are bold, cannot be chosen, and are skipped by the arrow keys")
    {
        int headers = 0;
        for (int i = 0; i < combo.count(); ++i) {
            const QModelIndex index = combo.model()->index(i, 0);
            if (combo.isHeader(i)) {
                ++headers;
                CHECK_FALSE(index.flags().testFlag(Qt::ItemIsSelectable));
                CHECK_FALSE(index.flags().testFlag(Qt::ItemIsEnabled));
                CHECK(index.data(Qt::FontRole).value<QFont>().bold());
                CHECK(index.data(MunicipalityComboBox::CodeRole).toString().isEmpty());
            } else {
                CHECK(index.flags().testFlag(Qt::ItemIsSelectable));
            }
        }
        CHECK(headers > 0);
        CHECK(combo.findText(QStringLiteral("湘南東部圏域")) >= 0);
        CHECK(combo.isHeader(combo.findText(QStringLiteral("湘南東部圏域"))));
        // A designated city is listed once, without a header of the same name.
        CHECK(combo.findText(QStringLiteral("横浜市"), Qt::MatchExactly) >= 0);
        CHECK_FALSE(combo.isHeader(combo.findText(QStringLiteral("横浜市"))));

        combo.setCurrentCode(QStringLiteral("143219")); // 寒川町, the last of 湘南東部
        QTest::keyClick(&combo, Qt::Key_Down);
        CHECK(combo.currentCode() == QStringLiteral("142034")); // 平塚市, after the 湘南西部 header
        CHECK(combo.currentRegionCode() == QStringLiteral("shonan-west"));
    }
    SECTION("setCurrentCode and currentCode round-trip every municipality")
    {
        for (const Municipality& municipality : master.municipalities()) {
            combo.setCurrentCode(municipality.code);
            CHECK(combo.currentCode() == municipality.code);
            CHECK(combo.currentData(MunicipalityComboBox::CodeRole).toString() == municipality.code);
            CHECK(combo.currentText() == municipality.name());
            CHECK_FALSE(combo.hasUnresolvedText());
        }
        CHECK(codeChanged.count() == master.municipalities().size());
        combo.setCurrentCode(QString());
        CHECK(combo.currentCode().isEmpty());
        CHECK(combo.currentIndex() == -1);
        CHECK(combo.currentText().isEmpty());
        combo.setCurrentCode(QStringLiteral("999999"));
        CHECK(combo.currentCode() == QStringLiteral("999999"));
        CHECK(combo.hasUnresolvedText());
    }
    SECTION("typing a name selects it")
    {
        combo.setFocus();
        typeText(combo.lineEdit(), QStringLiteral("茅ヶ崎"));
        CHECK(combo.currentCode() == Chigasaki);
        CHECK(codeChanged.count() == 1);
        combo.lineEdit()->selectAll();
        QTest::keyClicks(combo.lineEdit(), QStringLiteral("FUJISAWA"));
        CHECK(combo.currentCode() == Fujisawa);
        Q_EMIT combo.lineEdit()->editingFinished();
        CHECK(combo.currentText() == master.municipality(Fujisawa)->name());
        CHECK(combo.currentData(MunicipalityComboBox::CodeRole).toString() == Fujisawa);
        combo.lineEdit()->selectAll();
        typeText(combo.lineEdit(), QStringLiteral("県外"));
        CHECK(combo.currentCode() == QStringLiteral("outside"));
    }
    SECTION("type-ahead offers names containing the typed text, in either language")
    {
        QCompleter* completer = combo.lineEdit()->completer();
        REQUIRE(completer);
        CHECK(completer->filterMode() == Qt::MatchContains);
        CHECK(completer->caseSensitivity() == Qt::CaseInsensitive);
        completer->setCompletionPrefix(QStringLiteral("jisa"));
        REQUIRE(completer->completionCount() == 1);
        CHECK(completer->currentIndex().data(MunicipalityComboBox::CodeRole).toString() == Fujisawa);
        completer->setCompletionPrefix(QStringLiteral("ヶ崎"));
        REQUIRE(completer->completionCount() == 1);
        // Choosing the offer selects the municipality and shows its name.
        Q_EMIT completer->activated(completer->currentIndex());
        CHECK(combo.currentCode() == Chigasaki);
        CHECK(combo.currentText() == QStringLiteral("茅ヶ崎市"));
    }
}

TEST_CASE("the editor reads a case number and text as an import does", "[ui][case-editor][lookalike]")
{
    QTemporaryDir dir;
    auto file = createBranchFile(dir);
    addCase(*file); // 2024-0001
    CaseEditorDialog dialog(*file, 0);
    showActive(dialog);
    fillRequiredFieldsExceptTopics(dialog);
    auto* topics = child<QListWidget>(dialog, "topicsListWidget");
    clickItem(topics, itemWithCode(topics, QStringLiteral("other")));
    auto* caseNo = child<QLineEdit>(dialog, "caseNoLineEdit");
    auto* note = child<QPlainTextEdit>(dialog, "noteTextEdit");

    SECTION("a lookalike of a case number in use is that number")
    {
        caseNo->setText(QStringLiteral("2024\uFEFF-0001\u200B"));
        CHECK_FALSE(dialog.save());
        CHECK(child<QLabel>(dialog, "caseNoErrorLabel")
                  ->text()
                  .contains(QStringLiteral("2024-0001 is already")));
        CHECK(CaseRepository(*file).count().value() == 1);
    }
    SECTION("a control character in the note is named with its field")
    {
        note->setPlainText(QStringLiteral("ab") + QChar(0) + QStringLiteral("c"));
        CHECK_FALSE(dialog.save());
        CHECK(child<QLabel>(dialog, "generalErrorLabel")->text() ==
              QStringLiteral("Note: an invisible control character (U+0000) at character 3 is not allowed"));
        CHECK(CaseRepository(*file).count().value() == 1);
    }
    SECTION("invisible characters are dropped, full-width digits become half-width, names stay as typed")
    {
        caseNo->setText(QStringLiteral("２０２４-\u200B０００９"));
        child<QLineEdit>(dialog, "childNameLineEdit")->setText(QStringLiteral("ｻﾄｳ\u200B　髙橋"));
        note->setPlainText(QStringLiteral("10時～12時\u2060\tＯＫ"));
        REQUIRE(dialog.save());
        const CaseRecord stored = loadCase(*file, dialog.caseId());
        CHECK(stored.caseNo.toStdString() == "2024-0009");
        CHECK(stored.personal.childName.toStdString() == "ｻﾄｳ　髙橋");
        CHECK(stored.note.toStdString() == "10時～12時\tＯＫ");
    }
}
