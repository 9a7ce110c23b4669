// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "statistics/ReportData.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace tsunagu {
class BranchFile;
}
namespace tsunagu::ui {
class BusyWaitPrompt;
class FileCheckRunner;
} // namespace tsunagu::ui

namespace tsunagu::ui {

class BackgroundTask;
class CaseListView;
class CoordinatorView;
class DashboardView;

/// The main window: one branch file at a time, its cases and coordinators.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int MaxRecentFiles = 8;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path, offering read-only access when it is locked elsewhere.
    /// Returns whether a file is open afterwards.
    bool openBranchFile(const QString& path);
    /// Takes over an already opened file.
    void setBranchFile(std::unique_ptr<BranchFile> file);
    void closeBranchFile();
    BranchFile* branchFile() const { return m_file.get(); }

    CaseListView* caseListView() const { return m_caseList; }
    CoordinatorView* coordinatorView() const { return m_coordinators; }

    // The menu commands, public so that tests can drive them.
    void newBranchFile();
    void chooseAndOpen();
    void saveCopy();
    void checkFile();
    void importCsv();
    void exportCsv();
    void newCase();
    void editCase(qint64 caseId);
    void editCurrentCase();
    void deleteCurrentCase();
    void showSettings();
    void showReport(statistics::ReportData::Kind kind);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createCentralWidgets();
    void updateView();
    void updateRecentFilesMenu();
    void addRecentFile(const QString& path);
    void checkLock();
    void showAbout();
    void startIntegrityCheck();
    void stopIntegrityCheck();
    void integrityChecked(const Result<void>& result);

    std::unique_ptr<BranchFile> m_file;
    std::unique_ptr<ui::BusyWaitPrompt> m_busyWaitPrompt; ///< a save waiting for another program
    FileCheckRunner* m_fileCheck = nullptr;               ///< the daily full check
    QStackedWidget* m_stack = nullptr;
    QLabel* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    CaseListView* m_caseList = nullptr;
    CoordinatorView* m_coordinators = nullptr;
    DashboardView* m_dashboard = nullptr;
    QListWidget* m_welcomeRecent = nullptr;
    QLabel* m_statusFile = nullptr;
    QTimer* m_lockTimer = nullptr;
    QProgressBar* m_checkProgress = nullptr;
    std::unique_ptr<BackgroundTask> m_integrityCheck; ///< of a large file, after opening
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_fileActions;  ///< need an open file
    QList<QAction*> m_writeActions; ///< need a writable file
};

} // namespace tsunagu::ui
