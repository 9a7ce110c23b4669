// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/CaseListView.h"
#include "cases/CaseRepository.h"
#include "cases/CaseTableModel.h"
#include "exchange/CaseCsv.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NewBranchWizard.h"
#include "report/ReportDialog.h"
#include "storage/BranchFile.h"
#include "storage/BranchLock.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::ui;

namespace {

QString createFile(const QTemporaryDir& dir, const QString& name = QStringLiteral("branch.tsunagu"))
{
    const QString path = dir.filePath(name);
    BranchInfo info{
        QStringLiteral("県西圏域ブランチ"), QStringLiteral("kensei"), QStringLiteral("小田 原子"), {}};
    REQUIRE(BranchFile::create(path, info).ok());
    return path;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Runs \a answer on the next modal dialog once it is shown.
void whenModalShows(std::function<void(QWidget*)> answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget* modal = QApplication::activeModalWidget();
        REQUIRE(modal);
        answer(modal);
    });
}

} // namespace

TEST_CASE("the main window shows the open branch in its title", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    MainWindow window;
    CHECK(window.windowTitle() == QStringLiteral("Tsunagu"));
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("mainStackedWidget"))->currentIndex() == 0);
    REQUIRE(window.openBranchFile(path));
    CHECK(window.windowTitle() == QStringLiteral("県西圏域ブランチ — branch.tsunagu — Tsunagu"));
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("mainStackedWidget"))->currentIndex() == 1);
    CHECK(window.findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"))->isHidden());
    CHECK(window.findChild<QAction*>(QStringLiteral("closeAction"))->isEnabled());
    CHECK(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    CHECK(QSettings().value(QStringLiteral("mainWindow/recentFiles")).toStringList().constFirst() ==
          QFileInfo(path).absoluteFilePath());
    window.closeBranchFile();
    CHECK(window.windowTitle() == QStringLiteral("Tsunagu"));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("closeAction"))->isEnabled());
}

TEST_CASE("a file locked elsewhere opens read-only with a banner when the user agrees", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    auto writer = BranchFile::open(path);
    REQUIRE(writer.ok());

    MessageBox::clearAnsweredTexts();
    MainWindow declined;
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(declined.openBranchFile(path));
    REQUIRE(MessageBox::answeredTexts().size() == 1);
    CHECK(MessageBox::answeredTexts().constFirst().startsWith(
        QStringLiteral("The branch file is already open for editing by ")));
    CHECK(declined.branchFile() == nullptr);

    MainWindow window;
    window.show();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(window.openBranchFile(path));
    REQUIRE(window.branchFile());
    CHECK(window.branchFile()->isReadOnly());
    CHECK(window.findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"))->isVisible());
    CHECK(window.windowTitle().endsWith(QStringLiteral(" [read-only]")));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("importCsvAction"))->isEnabled());
    CHECK(window.findChild<QAction*>(QStringLiteral("exportCsvAction"))->isEnabled());
}

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// A lock left by Tsunagu on another computer that no longer renews it.
void writeForeignLock(const QString& path, int heartbeatIntervalMs)
{
    const QJsonObject record{
        {QStringLiteral("application"), QStringLiteral("tsunagu")},
        {QStringLiteral("format"), 2},
        {QStringLiteral("user"), QStringLiteral("tanaka")},
        {QStringLiteral("host"), QStringLiteral("OFFICE-PC-3")},
        {QStringLiteral("pid"), 4242},
        {QStringLiteral("since"), QStringLiteral("2024-04-01T09:12:00Z")},
        {QStringLiteral("token"), QStringLiteral("left-behind")},
        {QStringLiteral("heartbeatIntervalMs"), heartbeatIntervalMs},
        {QStringLiteral("beat"), QStringLiteral("000000000007")},
    };
    writeFile(storage::BranchLock::lockPathFor(path), QJsonDocument(record).toJson());
}

QDialog* lockWaitDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("lockWaitDialog") && widget->isVisible()) {
            return qobject_cast<QDialog*>(widget);
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("a lock left on another computer is watched with a countdown, then taken over",
          "[ui][mainwindow][lock]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    writeForeignLock(path, 100); // watched for 3 x 100 ms
    MainWindow window;
    window.show();
    QStringList seen;
    QTimer probe;
    probe.setInterval(20);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        if (QDialog* dialog = lockWaitDialog()) {
            seen << dialog->findChild<QLabel*>(QStringLiteral("lockWaitExplanationLabel"))->text()
                 << dialog->findChild<QLabel*>(QStringLiteral("lockWaitCountdownLabel"))->text();
        }
    });
    probe.start();
    REQUIRE(window.openBranchFile(path));
    probe.stop();
    REQUIRE(window.branchFile());
    CHECK_FALSE(window.branchFile()->isReadOnly());
    CHECK(lockWaitDialog() == nullptr);
    REQUIRE(seen.size() >= 2);
    CHECK(seen.at(0).contains(QStringLiteral("tanaka on OFFICE-PC-3")));
    CHECK(seen.at(1).startsWith(QStringLiteral("Taking over in 1 second(s)")));
    CHECK(storage::BranchLock::readOwner(path)->host == QSysInfo::machineHostName());
}

TEST_CASE("while a lock is watched the user can open read-only instead, or cancel", "[ui][mainwindow][lock]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    writeForeignLock(path, 10'000); // a 30 s watch: the user does not wait for it
    const QByteArray lockBytes = readAll(storage::BranchLock::lockPathFor(path));

    const auto clickWhenShown = [](const QString& button) {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
            if (QDialog* dialog = lockWaitDialog()) {
                CHECK(dialog->findChild<QLabel*>(QStringLiteral("lockWaitCountdownLabel"))
                          ->text()
                          .startsWith(QStringLiteral("Taking over in 30 second(s)")));
                QTest::mouseClick(dialog->findChild<QPushButton*>(button), Qt::LeftButton);
                timer->deleteLater();
            }
        });
        timer->start();
    };

    MainWindow window;
    window.show();
    QElapsedTimer elapsed;
    elapsed.start();
    clickWhenShown(QStringLiteral("lockWaitCancelButton"));
    CHECK_FALSE(window.openBranchFile(path));
    CHECK(window.branchFile() == nullptr);

    clickWhenShown(QStringLiteral("lockWaitReadOnlyButton"));
    REQUIRE(window.openBranchFile(path));
    REQUIRE(window.branchFile());
    CHECK(window.branchFile()->isReadOnly());
    CHECK(elapsed.elapsed() < 10'000);
    CHECK(readAll(storage::BranchLock::lockPathFor(path)) == lockBytes);
}

namespace {

/// Grows a branch file past the size from which its integrity check runs in
/// the background, as a million cases would.
void padPastDeferredCheck(const QString& path)
{
    const QString name = QStringLiteral("padding");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE padding (b BLOB)")));
        REQUIRE(query.exec(
            QStringLiteral("INSERT INTO padding VALUES (zeroblob(%1))").arg(BranchFile::DeferredCheckSize)));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("a large file opens at once and becomes writable when its check has passed", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    padPastDeferredCheck(path);

    MainWindow window;
    window.show();
    REQUIRE(window.openBranchFile(path));
    REQUIRE(window.branchFile());
    // Checking: readable now, not yet writable; the banner says why.
    CHECK(window.branchFile()->readOnlyReason() == BranchFile::ReadOnlyReason::Checking);
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"));
    CHECK(banner->isVisible());
    CHECK(banner->text().startsWith(QStringLiteral("Checking the file")));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    CHECK_FALSE(window.windowTitle().endsWith(QStringLiteral(" [read-only]")));

    REQUIRE(QTest::qWaitFor([&] { return !window.branchFile()->isReadOnly(); }, 20000));
    CHECK_FALSE(banner->isVisible());
    CHECK(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    CaseRecord record;
    record.receivedOn = QDate(2024, 4, 1);
    record.municipalityCode = QStringLiteral("142051");
    record.method = QStringLiteral("phone");
    record.consulter = QStringLiteral("parent");
    record.topics = {QStringLiteral("respite")};
    record.setStatus(QStringLiteral("ongoing"), record.receivedOn);
    const auto added = CaseRepository(*window.branchFile()).add(record);
    INFO(added.message().toStdString());
    CHECK(added.ok());
}

TEST_CASE("closing a large file during its check drops the check", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString large = createFile(dir);
    padPastDeferredCheck(large);
    const QString small = createFile(dir, QStringLiteral("small.tsunagu"));

    MainWindow window;
    window.show();
    REQUIRE(window.openBranchFile(large));
    auto* busy = window.findChild<QProgressBar*>(QStringLiteral("integrityCheckProgressBar"));
    CHECK(busy->isVisible());
    REQUIRE(window.openBranchFile(small)); // small: checked before opening
    CHECK_FALSE(busy->isVisible());
    // The dropped check's result never reaches the small file.
    MessageBox::clearAnsweredTexts();
    QTest::qWait(500);
    CHECK(MessageBox::answeredTexts().isEmpty());
    CHECK_FALSE(window.branchFile()->isReadOnly());
    CHECK(QFileInfo(window.branchFile()->path()).fileName() == QStringLiteral("small.tsunagu"));
}

TEST_CASE("a file that is not a branch file is refused with the reason", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.tsunagu"));
    writeFile(path, "just text");

    MessageBox::clearAnsweredTexts();
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openBranchFile(path));
    REQUIRE(MessageBox::answeredTexts().size() == 1);
    CHECK(MessageBox::answeredTexts().constFirst().endsWith(
        QStringLiteral("is not a Tsunagu branch file: it is not an SQLite database.")));
}

TEST_CASE("importing a CSV from the menu adds its cases, or none with every problem listed",
          "[ui][mainwindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openBranchFile(createFile(dir)));
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    writeFile(good, "受付日,市町村,相談方法,相談者,相談内容,状況\n"
                    "2024/4/1,小田原市,電話,親・親族,レスパイト,継続\n"
                    "R6.4.2,箱根町,LINE,支援者,入園に関すること（保育園・幼稚園）,完了\n");
    MessageBox::clearAnsweredTexts();
    FileDialog::setNextFileName(good);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.importCsv();
    REQUIRE(MessageBox::answeredTexts().size() == 1);
    CHECK(MessageBox::answeredTexts().constFirst().startsWith(QStringLiteral("Imported 2 case")));
    CHECK(window.caseListView()->model()->rowCount() == 2);

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, "受付日,市町村,相談方法,相談者,相談内容,状況\n"
                   "2024/4/3,小田原市,電話,親・親族,レスパイト,継続\n"
                   "2024/4/31,小田原市,電話,親・親族,レスパイト,継続\n");
    MessageBox::clearAnsweredTexts();
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.importCsv();
    REQUIRE(MessageBox::answeredTexts().size() == 1);
    CHECK(MessageBox::answeredTexts().constFirst().contains(QStringLiteral("row 3, column 受付日")));
    CHECK(window.caseListView()->model()->rowCount() == 2);
}

TEST_CASE("exporting from the menu writes the CSV with the chosen options", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    {
        auto file = BranchFile::open(path);
        REQUIRE(file.ok());
        CaseRecord c;
        c.receivedOn = QDate(2024, 4, 1);
        c.municipalityCode = QStringLiteral("142069");
        c.method = QStringLiteral("phone");
        c.consulter = QStringLiteral("parent");
        c.topics = {QStringLiteral("respite")};
        c.personal.childName = QStringLiteral("佐藤 陽翔");
        REQUIRE(CaseRepository(*file.value()).add(c).ok());
    }
    MainWindow window;
    REQUIRE(window.openBranchFile(path));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QString note;
    whenModalShows([&note](QWidget* dialog) {
        // It says plainly what the file leaves out, not that it "can be imported again".
        note = dialog->findChild<QLabel*>(QStringLiteral("exportNoteLabel"))->text();
        dialog->findChild<QCheckBox*>(QStringLiteral("includePersonalCheckBox"))->setChecked(false);
        dialog->findChild<QCheckBox*>(QStringLiteral("japaneseHeadersCheckBox"))->setChecked(true);
        static_cast<QDialog*>(dialog)->accept();
    });
    FileDialog::setNextFileName(out);
    window.exportCsv();
    QFile csv(out);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "相談番号,受付日,市町村"));
    CHECK(bytes.contains("小田原市"));
    CHECK_FALSE(bytes.contains("佐藤"));
    INFO(note.toStdString());
    CHECK(note.contains(QStringLiteral("status history")));
    CHECK(note.contains(QStringLiteral("contact log")));
    CHECK(note.contains(QStringLiteral("Save a Copy")));
    CHECK_FALSE(note.contains(QStringLiteral("can be imported again")));
}

TEST_CASE("the new branch wizard checks its fields and proposes a file name", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    NewBranchWizard wizard;
    wizard.show();
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("branchNameErrorLabel"))->text() ==
          QStringLiteral("The branch needs a name."));
    wizard.findChild<QLineEdit*>(QStringLiteral("branchNameLineEdit"))
        ->setText(QStringLiteral("県央圏域ブランチ"));
    auto* region = wizard.findChild<QComboBox*>(QStringLiteral("regionComboBox"));
    region->setCurrentIndex(region->findData(QStringLiteral("kenoh")));
    wizard.findChild<QLineEdit*>(QStringLiteral("chiefCoordinatorLineEdit"))
        ->setText(QStringLiteral("厚木 太郎"));
    CHECK(wizard.validateCurrentPage());
    wizard.next();
    CHECK(wizard.findChild<QLineEdit*>(QStringLiteral("filePathLineEdit"))
              ->text()
              .endsWith(QStringLiteral("県央圏域ブランチ.tsunagu")));
    const QString existing = createFile(dir, QStringLiteral("taken.tsunagu"));
    wizard.findChild<QLineEdit*>(QStringLiteral("filePathLineEdit"))->setText(existing);
    CHECK_FALSE(wizard.validateCurrentPage());
    wizard.findChild<QLineEdit*>(QStringLiteral("filePathLineEdit"))
        ->setText(dir.filePath(QStringLiteral("new")));
    CHECK(wizard.validateCurrentPage());
    CHECK(wizard.filePath() == dir.filePath(QStringLiteral("new.tsunagu")));
    CHECK(wizard.branchInfo().regionCode == QStringLiteral("kenoh"));
    CHECK(wizard.branchInfo().chiefCoordinatorName == QStringLiteral("厚木 太郎"));
}

TEST_CASE("a branch file dropped on the window opens", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    MainWindow window;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("other.txt"))), QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    REQUIRE(window.branchFile());
    CHECK(window.branchFile()->info().name == QStringLiteral("県西圏域ブランチ"));
}

TEST_CASE("a case is added, found, edited and closed with the keyboard alone", "[ui][mainwindow][keyboard]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openBranchFile(createFile(dir)));
    const auto keyInActiveModal = [](auto&& drive) {
        whenModalShows([drive](QWidget* modal) {
            QApplication::setActiveWindow(modal);
            drive(modal);
        });
    };

    // Ctrl+N: a new case. Tab from field to field, type, Space to tick, Ctrl+S.
    keyInActiveModal([](QWidget* editor) {
        QWidget* received = editor->findChild<QWidget*>(QStringLiteral("receivedOnDateEdit"));
        received->setFocus();
        QTest::keyClicks(received, QStringLiteral("20240510"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Odawara")); // municipality, type-ahead
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // method: the first choice
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // consulter
        auto* topics = editor->findChild<QWidget*>(QStringLiteral("topicsListWidget"));
        while (QApplication::focusWidget() != topics) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QTest::keyClick(topics, Qt::Key_Space); // the first topic
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(window.caseListView()->model()->rowCount() == 1);
    CaseRepository cases(*window.branchFile());
    const auto id = cases.idForCaseNo(QStringLiteral("2024-0001")).value();
    REQUIRE(id.has_value());
    const CaseRecord added = cases.load(*id).value();
    CHECK(added.receivedOn == QDate(2024, 5, 10));
    CHECK(added.municipalityCode == QStringLiteral("142069"));
    CHECK(added.topics == QStringList{QStringLiteral("discharge-home")});
    CHECK(added.currentStatus() == QStringLiteral("ongoing"));

    // Ctrl+F, type the number, Down into the list, Enter opens it; close the case.
    // (A window manager reactivates the main window when the dialog closes;
    // the offscreen platform does not.)
    QApplication::setActiveWindow(&window);
    window.caseListView()->tableView()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("searchLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2024-0001"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    REQUIRE(QApplication::focusWidget() == window.caseListView()->tableView());
    keyInActiveModal([](QWidget* editor) {
        QWidget* status = editor->findChild<QWidget*>(QStringLiteral("statusComboBox"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_End); // 完了 / completed, the last status
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const CaseRecord closed = cases.load(*id).value();
    CHECK(closed.currentStatus() == QStringLiteral("completed"));
    CHECK(closed.currentStatusSince() == QDate::currentDate());
}

TEST_CASE("the report dialog saves the chosen month's summary as PDF", "[ui][report]")
{
    QTemporaryDir dir;
    auto file = BranchFile::open(createFile(dir));
    REQUIRE(file.ok());
    QFile csv(QStringLiteral(TSUNAGU_TEST_DATA_DIR "/seed-fy-r5/fy-r5-cases.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    REQUIRE(exchange::CaseCsv::import(*file.value(), csv.readAll(), exchange::Encoding::Auto).ok());

    ReportDialog dialog(*file.value(), statistics::ReportData::Kind::Monthly);
    auto* month = dialog.findChild<QDateEdit*>(QStringLiteral("reportMonthDateEdit"));
    REQUIRE(month);
    month->setDate(QDate(2024, 3, 1));
    const auto data = dialog.reportData();
    REQUIRE(data.ok());
    CHECK(data->cumulativeSummary.cases == 77);
    const QString pdf = dir.filePath(QStringLiteral("march.pdf"));
    FileDialog::setNextFileName(pdf);
    CHECK(dialog.savePdf() == pdf);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
    FileDialog::setNextFileName(QString()); // cancelled
    CHECK(dialog.savePdf().isEmpty());
}
