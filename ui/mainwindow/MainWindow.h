// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTimer;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

/// The main window: one branch file at a time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path, offering read-only access when it is locked elsewhere.
    /// Returns whether a file is open afterwards.
    bool openBranchFile(const QString& path);
    /// Takes over an already opened file.
    void setBranchFile(std::unique_ptr<BranchFile> file);
    void closeBranchFile();
    BranchFile* branchFile() const { return m_file.get(); }

private:
    void createActions();
    void updateView();
    void chooseAndOpen();
    void refreshLock();

    std::unique_ptr<BranchFile> m_file;
    QLabel* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_lockTimer = nullptr;
    QAction* m_closeAction = nullptr;
};

} // namespace tsunagu::ui
