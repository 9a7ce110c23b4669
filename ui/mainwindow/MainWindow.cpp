// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "cases/CaseEditorDialog.h"
#include "cases/CaseListView.h"
#include "cases/CaseRepository.h"
#include "common/BackgroundTask.h"
#include "common/BusyWaitPrompt.h"
#include "common/DisplaySettings.h"
#include "common/ProgressWait.h"
#include "common/SaveFile.h"
#include "coordinators/CoordinatorView.h"
#include "dashboard/DashboardView.h"
#include "exchange/CaseCsv.h"
#include "mainwindow/FileCheckRunner.h"
#include "mainwindow/LockWaitDialog.h"
#include "mainwindow/NewBranchWizard.h"
#include "mainwindow/SettingsDialog.h"
#include "report/ReportDialog.h"
#include "storage/BranchFile.h"
#include "storage/BranchLock.h"
#include "storage/ReadConnection.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace tsunagu::ui {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString RecentFilesKey = QStringLiteral("mainWindow/recentFiles");
const QString LastFolderKey = QStringLiteral("mainWindow/lastFolder");

QString lastFolder()
{
    return QSettings().value(LastFolderKey).toString();
}

void rememberFolder(const QString& path)
{
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
}

bool isBranchFileUrl(const QUrl& url)
{
    return url.isLocalFile() &&
           QFileInfo(url.toLocalFile()).suffix().compare(BranchFile::Extension, Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_busyWaitPrompt = std::make_unique<ui::BusyWaitPrompt>(this);
    m_fileCheck = new FileCheckRunner(this);
    connect(m_fileCheck, &FileCheckRunner::statusChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            statusBar()->clearMessage();
        } else {
            statusBar()->showMessage(text);
        }
    });
    connect(m_fileCheck, &FileCheckRunner::repaired, this, &MainWindow::updateView);
    createCentralWidgets();
    createActions();

    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(QStringLiteral("statusFileLabel"));
    statusBar()->addPermanentWidget(m_statusFile);
    m_checkProgress = new QProgressBar(this);
    m_checkProgress->setObjectName(QStringLiteral("integrityCheckProgressBar"));
    m_checkProgress->setRange(0, 0); // quick_check tells no progress: busy
    m_checkProgress->setMaximumWidth(160);
    m_checkProgress->setToolTip(tr("Checking the file"));
    m_checkProgress->hide();
    statusBar()->addPermanentWidget(m_checkProgress);

    m_integrityCheck = std::make_unique<BackgroundTask>(this);
    m_lockTimer = new QTimer(this);
    // The heartbeat runs on the lock's own thread; this only notices a loss.
    m_lockTimer->setInterval(storage::BranchLock::defaultOptions().heartbeatInterval);
    connect(m_lockTimer, &QTimer::timeout, this, &MainWindow::checkLock);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    updateRecentFilesMenu();
    updateView();
}

MainWindow::~MainWindow()
{
    // The views hold connections to the file: let go of them before it closes.
    m_caseList->setBranchFile(nullptr);
    m_coordinators->setBranchFile(nullptr);
    m_dashboard->setBranchFile(nullptr);
}

void MainWindow::createCentralWidgets()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mainStackedWidget"));

    // Page 0: nothing open — what can be done from here.
    auto* welcome = new QWidget(m_stack);
    welcome->setObjectName(QStringLiteral("welcomeWidget"));
    auto* title = new QLabel(
        tr("<h1>Tsunagu</h1><p>Consultations of a medical-care children's support branch</p>"), welcome);
    title->setAlignment(Qt::AlignCenter);
    auto* newButton = new QPushButton(tr("New branch file..."), welcome);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto* openButton = new QPushButton(tr("Open branch file..."), welcome);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    auto* recentLabel = new QLabel(tr("Recent files:"), welcome);
    m_welcomeRecent = new QListWidget(welcome);
    m_welcomeRecent->setObjectName(QStringLiteral("recentFilesListWidget"));
    m_welcomeRecent->setMaximumWidth(640);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newBranchFile);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(m_welcomeRecent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openBranchFile(item->data(Qt::UserRole).toString()); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    auto* welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(title);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addSpacing(16);
    welcomeLayout->addWidget(recentLabel, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(m_welcomeRecent, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch(2);

    // Page 1: a branch file is open.
    auto* work = new QWidget(m_stack);
    m_banner = new QLabel(work);
    m_banner->setObjectName(QStringLiteral("readOnlyBannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #4d3800; padding: 8px; border: 1px solid #e0c060; }"));
    m_banner->hide();
    m_tabs = new QTabWidget(work);
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_caseList = new CaseListView(m_tabs);
    m_coordinators = new CoordinatorView(m_tabs);
    m_dashboard = new DashboardView(m_tabs);
    m_tabs->addTab(m_caseList, tr("Cases"));
    m_tabs->addTab(m_coordinators, tr("Coordinators"));
    m_tabs->addTab(m_dashboard, tr("Statistics"));
    auto* workLayout = new QVBoxLayout(work);
    workLayout->addWidget(m_banner);
    workLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(welcome);
    m_stack->addWidget(work);
    setCentralWidget(m_stack);

    connect(m_caseList, &CaseListView::caseActivated, this, &MainWindow::editCase);
    // After any change the statistics are recomputed when next looked at.
    connect(m_coordinators, &CoordinatorView::coordinatorsChanged, m_dashboard, &DashboardView::invalidate);
    connect(m_coordinators, &CoordinatorView::coordinatorsChanged, m_caseList, &CaseListView::refresh);
    connect(m_coordinators, &CoordinatorView::showCasesRequested, this, [this](qint64 coordinatorId) {
        m_tabs->setCurrentWidget(m_caseList);
        m_caseList->showCoordinator(coordinatorId);
    });
}

void MainWindow::createActions()
{
    const auto action = [this](QMenu* menu, const QString& text, const QString& objectName, auto slot,
                               const QKeySequence& shortcut = {}) {
        QAction* a = menu->addAction(text, this, slot);
        a->setObjectName(objectName);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
        }
        return a;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    action(file, tr("&New Branch File..."), QStringLiteral("newBranchFileAction"), &MainWindow::newBranchFile,
           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action(file, tr("&Open..."), QStringLiteral("openAction"), &MainWindow::chooseAndOpen,
           QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_fileActions << action(file, tr("&Close"), QStringLiteral("closeAction"), &MainWindow::closeBranchFile,
                            QKeySequence::Close);
    file->addSeparator();
    m_fileActions << action(file, tr("Save a &Copy..."), QStringLiteral("saveCopyAction"),
                            &MainWindow::saveCopy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_fileActions << action(file, tr("C&heck the File"), QStringLiteral("checkFileAction"),
                            &MainWindow::checkFile);
    file->addSeparator();
    m_writeActions << action(file, tr("&Import Cases from CSV..."), QStringLiteral("importCsvAction"),
                             &MainWindow::importCsv, QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileActions << action(file, tr("&Export Cases as CSV..."), QStringLiteral("exportCsvAction"),
                            &MainWindow::exportCsv, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction* quit =
        action(file, tr("&Quit"), QStringLiteral("quitAction"), &QWidget::close, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* cases = menuBar()->addMenu(tr("&Case"));
    m_writeActions << action(cases, tr("&New Case..."), QStringLiteral("newCaseAction"), &MainWindow::newCase,
                             QKeySequence::New);
    m_fileActions << action(cases, tr("&Open Case..."), QStringLiteral("editCaseAction"),
                            &MainWindow::editCurrentCase, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_writeActions << action(cases, tr("&Delete Case..."), QStringLiteral("deleteCaseAction"),
                             &MainWindow::deleteCurrentCase, QKeySequence(Qt::CTRL | Qt::Key_Delete));
    cases->addSeparator();
    m_fileActions << action(
        cases, tr("&Find..."), QStringLiteral("findAction"),
        [this] {
            m_tabs->setCurrentWidget(m_caseList);
            m_caseList->focusSearch();
        },
        QKeySequence::Find);
    m_fileActions << action(cases, tr("C&lear Filters"), QStringLiteral("clearFiltersAction"),
                            [this] { m_caseList->clearFilters(); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_fileActions << action(
        view, tr("&Cases"), QStringLiteral("showCasesAction"),
        [this] { m_tabs->setCurrentWidget(m_caseList); }, QKeySequence(Qt::CTRL | Qt::Key_1));
    m_fileActions << action(
        view, tr("C&oordinators"), QStringLiteral("showCoordinatorsAction"),
        [this] { m_tabs->setCurrentWidget(m_coordinators); }, QKeySequence(Qt::CTRL | Qt::Key_2));
    m_fileActions << action(
        view, tr("&Statistics"), QStringLiteral("showStatisticsAction"),
        [this] { m_tabs->setCurrentWidget(m_dashboard); }, QKeySequence(Qt::CTRL | Qt::Key_3));

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    m_fileActions << action(
        reports, tr("&Monthly Summary..."), QStringLiteral("monthlyReportAction"),
        [this] { showReport(statistics::ReportData::Kind::Monthly); }, QKeySequence::Print);
    m_fileActions << action(reports, tr("&Annual Report..."), QStringLiteral("annualReportAction"),
                            [this] { showReport(statistics::ReportData::Kind::Annual); });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* settings = action(tools, tr("&Settings..."), QStringLiteral("settingsAction"),
                               &MainWindow::showSettings, QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about =
        action(help, tr("&About Tsunagu"), QStringLiteral("aboutAction"), &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openBranchFile(const QString& path)
{
    // A large file opens at once and is checked on a worker thread. A lock
    // held elsewhere is watched for a few seconds, with a countdown, to see
    // whether it was left behind.
    LockWaitDialog lockWait(path, this);
    auto opened =
        BranchFile::open(path, BranchFile::Access::ReadWrite, BranchFile::IntegrityCheck::Deferred,
                         [&lockWait](const storage::LockWait& wait) { return lockWait.update(wait); });
    lockWait.hide();
    if (!opened.ok() && opened.error().kind == Error::Kind::Cancelled) {
        if (lockWait.choice() != LockWaitDialog::Choice::ReadOnly) {
            return false;
        }
        opened = BranchFile::open(path, BranchFile::Access::ReadOnly, BranchFile::IntegrityCheck::Deferred);
    } else if (!opened.ok() && opened.error().kind == Error::Kind::Locked) {
        const auto answer =
            MessageBox::question(this, tr("File in use"),
                                 tr("%1\n\nOpen it read-only? You can look at everything but not change it.")
                                     .arg(opened.error().message),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            return false;
        }
        opened = BranchFile::open(path, BranchFile::Access::ReadOnly, BranchFile::IntegrityCheck::Deferred);
    }
    // Another program saving right now: a moment later it will have finished.
    while (!opened.ok() && opened.error().kind == Error::Kind::Busy) {
        const auto answer =
            MessageBox::question(this, tr("File busy"), opened.error().message,
                                 QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry);
        if (answer != QMessageBox::Retry) {
            return false;
        }
        opened = BranchFile::open(path, BranchFile::Access::ReadWrite, BranchFile::IntegrityCheck::Deferred);
    }
    if (!opened.ok()) {
        MessageBox::critical(this, tr("Cannot open the branch file"), opened.error().message);
        return false;
    }
    if (opened.value()->recoveredInterruptedSave()) {
        MessageBox::information(this, tr("Interrupted save undone"), opened.value()->interruptedSaveNotice());
    }
    addRecentFile(opened.value()->path());
    rememberFolder(path);
    setBranchFile(std::move(opened).value());
    return true;
}

void MainWindow::setBranchFile(std::unique_ptr<BranchFile> file)
{
    // The views let go of the old file before it closes.
    m_caseList->setBranchFile(nullptr);
    m_coordinators->setBranchFile(nullptr);
    m_dashboard->setBranchFile(nullptr);
    stopIntegrityCheck();
    m_fileCheck->setBranchFile(nullptr);
    m_file = std::move(file);
    m_fileCheck->setBranchFile(m_file.get());
    m_caseList->setBranchFile(m_file.get());
    m_coordinators->setBranchFile(m_file.get());
    m_dashboard->setBranchFile(m_file.get());
    if (m_file &&
        (!m_file->isReadOnly() || m_file->readOnlyReason() == BranchFile::ReadOnlyReason::Checking)) {
        m_lockTimer->start();
    } else {
        m_lockTimer->stop();
    }
    if (m_file && !m_file->isIntegrityConfirmed()) {
        startIntegrityCheck();
    }
    updateView();
    if (m_file) {
        m_tabs->setCurrentWidget(m_caseList);
        m_caseList->tableView()->setFocus();
    }
}

void MainWindow::startIntegrityCheck()
{
    // The worker opens a connection of its own; a result for a file that has
    // since been closed is dropped (setBranchFile cancels the check).
    const QString path = m_file->databaseFilePath();
    m_checkProgress->show();
    statusBar()->showMessage(tr("Checking the file…"));
    m_integrityCheck->start(
        [path](const BackgroundTask::IsCancelled&) { return BranchFile::checkIntegrity(path); },
        [this](const Result<void>& result) { integrityChecked(result); });
}

void MainWindow::stopIntegrityCheck()
{
    m_integrityCheck->cancel();
    if (m_checkProgress->isVisible()) {
        m_checkProgress->hide();
        statusBar()->clearMessage();
    }
}

void MainWindow::integrityChecked(const Result<void>& result)
{
    stopIntegrityCheck();
    if (!result.ok()) {
        // Nothing has written to it: close it and say so.
        const QString message = result.error().message;
        closeBranchFile();
        MessageBox::critical(this, tr("Cannot open the branch file"), message);
        return;
    }
    if (auto r = m_file->integrityConfirmed(); !r.ok()) {
        MessageBox::critical(this, tr("Branch file"), r.error().message);
    }
    updateView();
}

void MainWindow::checkFile()
{
    m_fileCheck->checkNow();
}

void MainWindow::closeBranchFile()
{
    setBranchFile(nullptr);
}

void MainWindow::newBranchFile()
{
    NewBranchWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted) {
        return;
    }
    auto created = BranchFile::create(wizard.filePath(), wizard.branchInfo());
    if (!created.ok()) {
        MessageBox::critical(this, tr("Cannot create the branch file"), created.error().message);
        return;
    }
    addRecentFile(created.value()->path());
    rememberFolder(created.value()->path());
    setBranchFile(std::move(created).value());
}

void MainWindow::chooseAndOpen()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open branch file"), lastFolder(),
                                                     tr("Tsunagu branch files (*.tsunagu);;All files (*)"));
    if (!path.isEmpty()) {
        openBranchFile(path);
    }
}

void MainWindow::saveCopy()
{
    if (!m_file) {
        return;
    }
    const QFileInfo current(m_file->path());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1 (copy %2).tsunagu")
            .arg(current.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save a copy"), suggested,
                                    tr("Tsunagu branch files (*.tsunagu)"), QString(BranchFile::Extension));
    if (path.isEmpty()) {
        return;
    }
    if (auto r = m_file->saveCopy(path); !r.ok()) {
        MessageBox::critical(this, tr("Cannot save a copy"), r.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::importCsv()
{
    if (!m_file || m_file->isReadOnly()) {
        return;
    }
    const QString path = FileDialog::getOpenFileName(this, tr("Import cases from CSV"), lastFolder(),
                                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    QFile csv(path);
    if (!csv.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Import cases"),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), csv.errorString()));
        return;
    }
    // On a worker thread with a connection of its own (a hundred thousand rows
    // take seconds); Cancel rolls the whole import back.
    const BranchFile::WorkerAccess access = m_file->workerAccess();
    const QByteArray bytes = csv.readAll();
    const auto report = waitWithProgress(
        this, QStringLiteral("importProgressDialog"), tr("Import cases"), tr("Importing the cases…"),
        [access, bytes](const BackgroundTask::IsCancelled& isCancelled) -> Result<exchange::ImportReport> {
            auto file = BranchFile::openForWorker(access);
            if (!file.ok()) {
                return file.error();
            }
            return exchange::CaseCsv::import(*file.value(), bytes, exchange::Encoding::Auto, isCancelled);
        });
    if (!report.ok() && report.error().kind == Error::Kind::Cancelled) {
        statusBar()->showMessage(tr("The import was cancelled; nothing was imported."), 8000);
        return;
    }
    if (!report.ok()) {
        const QString message = report.error().message;
        const qsizetype firstBreak = message.indexOf(QLatin1Char('\n'));
        MessageBox::warningWithDetails(this, tr("Import cases"),
                                       firstBreak < 0 ? message : message.left(firstBreak),
                                       firstBreak < 0 ? QString() : message.mid(firstBreak + 1));
        return;
    }
    m_caseList->refresh();
    m_coordinators->reload();
    m_dashboard->invalidate();
    QString text =
        tr("Imported %n case(s) from %1.", nullptr, report->imported).arg(QFileInfo(path).fileName());
    if (report->coordinatorsCreated > 0) {
        text += QLatin1Char('\n') +
                tr("Added %n coordinator(s) named in the file.", nullptr, report->coordinatorsCreated);
    }
    MessageBox::information(this, tr("Import cases"), text);
}

void MainWindow::exportCsv()
{
    if (!m_file) {
        return;
    }
    QDialog options(this);
    options.setObjectName(QStringLiteral("exportOptionsDialog"));
    options.setWindowTitle(tr("Export cases as CSV"));
    auto* personal = new QCheckBox(tr("Include names and contact details (personal data)"), &options);
    personal->setObjectName(QStringLiteral("includePersonalCheckBox"));
    auto* japanese = new QCheckBox(tr("Japanese headers and labels (for reading in Excel)"), &options);
    japanese->setObjectName(QStringLiteral("japaneseHeadersCheckBox"));
    japanese->setChecked(displayLanguage() == Language::Japanese);
    // Said plainly: a CSV imported elsewhere would change past figures
    // (the status on a past date, the contacts of a period) without a word.
    auto* note = new QLabel(
        tr("The file is UTF-8 CSV that Excel opens as it is. It holds each case with its current status "
           "only: the status history, the contact log and the history of who was in charge are not in it, "
           "nor coordinators' details other than their names, so a branch imported from it shows different "
           "figures for past periods.\n"
           "To move or hand over a branch without losing anything, use File > Save a Copy."),
        &options);
    note->setObjectName(QStringLiteral("exportNoteLabel"));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &options);
    connect(buttons, &QDialogButtonBox::accepted, &options, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &options, &QDialog::reject);
    auto* layout = new QVBoxLayout(&options);
    layout->addWidget(personal);
    layout->addWidget(japanese);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (options.exec() != QDialog::Accepted) {
        return;
    }
    const QString suggested =
        QDir(lastFolder().isEmpty() ? QFileInfo(m_file->path()).absolutePath() : lastFolder())
            .filePath(QFileInfo(m_file->path()).completeBaseName() + QStringLiteral(".csv"));
    const QString path = FileDialog::getSaveFileName(this, tr("Export cases as CSV"), suggested,
                                                     tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    exchange::ExportOptions exportOptions;
    exportOptions.includePersonal = personal->isChecked();
    exportOptions.japanese = japanese->isChecked();
    // On a worker thread with a connection of its own, streamed into the file
    // (replaced only when complete): a million cases take seconds and tens of
    // megabytes, and Cancel leaves no file behind.
    const QString databasePath = m_file->databaseFilePath();
    const MasterData master = m_file->masterData();
    const Result<void> written = waitWithProgress(
        this, QStringLiteral("exportProgressDialog"), tr("Export cases"), tr("Exporting the cases…"),
        [databasePath, master, exportOptions, path](const BackgroundTask::IsCancelled& isCancelled) {
            auto connection = storage::ReadConnection::open(databasePath);
            if (!connection.ok()) {
                return Result<void>(connection.error());
            }
            return writeFileAtomically(path, [&](QIODevice& device) {
                return exchange::CaseCsv::exportCases(connection->database(), master, exportOptions, device,
                                                      isCancelled);
            });
        });
    if (!written.ok() && written.error().kind == Error::Kind::Cancelled) {
        statusBar()->showMessage(tr("The export was cancelled."), 8000);
        return;
    }
    if (!written.ok()) {
        MessageBox::critical(this, tr("Export cases"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported the cases to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::newCase()
{
    if (m_file && !m_file->isReadOnly()) {
        editCase(0);
    }
}

void MainWindow::editCase(qint64 caseId)
{
    if (!m_file) {
        return;
    }
    CaseEditorDialog editor(*m_file, caseId, this);
    connect(&editor, &CaseEditorDialog::caseSaved, this, [this](qint64 savedId) {
        m_caseList->refresh();
        m_caseList->selectCase(savedId);
        m_coordinators->reload();
        m_dashboard->invalidate();
    });
    editor.exec();
    m_caseList->tableView()->setFocus();
}

void MainWindow::editCurrentCase()
{
    if (const qint64 id = m_caseList->currentCaseId()) {
        editCase(id);
    }
}

void MainWindow::deleteCurrentCase()
{
    const qint64 id = m_caseList->currentCaseId();
    if (!m_file || m_file->isReadOnly() || id == 0) {
        return;
    }
    CaseRepository cases(*m_file);
    const auto record = cases.load(id);
    if (!record.ok()) {
        MessageBox::critical(this, tr("Delete case"), record.error().message);
        return;
    }
    const auto answer =
        MessageBox::question(this, tr("Delete case"),
                             tr("Delete case %1, received %2, with its contact log? This cannot be undone.")
                                 .arg(record->caseNo, DisplaySettings::formatDate(record->receivedOn)),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto r = cases.remove(id); !r.ok()) {
        MessageBox::critical(this, tr("Delete case"), r.error().message);
        return;
    }
    m_caseList->refresh();
    m_coordinators->reload();
    m_dashboard->invalidate();
    statusBar()->showMessage(tr("Deleted case %1.").arg(record->caseNo), 8000);
}

void MainWindow::showReport(statistics::ReportData::Kind kind)
{
    if (!m_file) {
        return;
    }
    ReportDialog dialog(*m_file, kind, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.apply()) {
        MessageBox::information(this, tr("Settings"),
                                tr("The new language takes effect when Tsunagu starts again."));
    }
    m_caseList->refresh();
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Tsunagu"),
        tr("Tsunagu %1\n\nConsultation records and statistics for the regional branches of medical-care "
           "children's support centers.\n\nLicensed under the GNU GPL, version 3 or later. The BIZ UDPGothic "
           "font is licensed under the SIL Open Font License 1.1.")
            .arg(QStringLiteral(TSUNAGU_VERSION)));
}

void MainWindow::checkLock()
{
    if (!m_file) {
        return;
    }
    if (auto r = m_file->checkLock(); !r.ok()) {
        MessageBox::critical(this, tr("Branch file"), r.error().message);
        setBranchFile(std::move(m_file)); // re-read views on the read-only connection
    }
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(RecentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles) {
        files.removeLast();
    }
    settings.setValue(RecentFilesKey, files);
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    const QStringList files = QSettings().value(RecentFilesKey).toStringList();
    m_recentMenu->clear();
    m_welcomeRecent->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        const QString label = QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction* a = m_recentMenu->addAction(label, this, [this, path] { openBranchFile(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_welcomeRecent);
        item->setData(Qt::UserRole, path);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            QSettings().remove(RecentFilesKey);
            updateRecentFilesMenu();
        });
    }
    m_welcomeRecent->setVisible(!files.isEmpty());
}

void MainWindow::updateView()
{
    const bool open = m_file != nullptr;
    const bool writable = open && !m_file->isReadOnly();
    for (QAction* a : std::as_const(m_fileActions)) {
        a->setEnabled(open);
    }
    for (QAction* a : std::as_const(m_writeActions)) {
        a->setEnabled(writable);
    }
    m_stack->setCurrentIndex(open ? 1 : 0);
    if (!open) {
        setWindowTitle(tr("Tsunagu"));
        setWindowFilePath(QString());
        m_banner->hide();
        m_statusFile->clear();
        return;
    }
    const QString fileName = QFileInfo(m_file->path()).fileName();
    QString title = tr("%1 — %2 — Tsunagu").arg(m_file->info().name, fileName);
    if (!writable && m_file->readOnlyReason() != BranchFile::ReadOnlyReason::Checking) {
        title += tr(" [read-only]");
    }
    setWindowTitle(title);
    setWindowFilePath(m_file->path());
    switch (m_file->readOnlyReason()) {
    case BranchFile::ReadOnlyReason::None:
        m_banner->hide();
        break;
    case BranchFile::ReadOnlyReason::Requested:
        m_banner->setText(tr("Read-only: this file is open for viewing only. Changes cannot be saved."));
        m_banner->show();
        break;
    case BranchFile::ReadOnlyReason::Checking:
        m_banner->setText(tr("Checking the file… You can look at the cases now; changes can be made as soon "
                             "as the check is done."));
        m_banner->show();
        break;
    case BranchFile::ReadOnlyReason::FileNotWritable:
        m_banner->setText(tr("Read-only: the file or its folder cannot be written (for example a read-only "
                             "share). Changes cannot be saved."));
        m_banner->show();
        break;
    }
    m_statusFile->setText(QDir::toNativeSeparators(m_file->path()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    setBranchFile(nullptr);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), isBranchFileUrl)) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (isBranchFileUrl(url)) {
            event->acceptProposedAction();
            openBranchFile(url.toLocalFile());
            return;
        }
    }
}

} // namespace tsunagu::ui
