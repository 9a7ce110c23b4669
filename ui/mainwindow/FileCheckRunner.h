// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/FileCheck.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;
class QWidget;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

class BackgroundTask;

/// The full check of the open branch file (storage::FileCheck) in the
/// desktop app: in the background once a day, a few minutes after the file
/// was opened, and on demand (File → Check the File). A file that fails is
/// reported with what to do; when only its indexes are damaged the user can
/// repair them at once.
class FileCheckRunner : public QObject
{
    Q_OBJECT

public:
    /// How long after opening (and between looks) the daily check waits.
    static constexpr int IdleDelayMs = 3 * 60 * 1000;

    explicit FileCheckRunner(QWidget* window);
    ~FileCheckRunner() override;

    /// The file to check; nullptr when none is open. Cancels a running check.
    void setBranchFile(BranchFile* file);
    /// Checks now and tells the result, whatever it is.
    void checkNow();
    /// Starts the daily check if it is due (for tests; the timer calls it).
    void checkIfDue();
    bool isRunning() const;

Q_SIGNALS:
    /// A status line while checking; empty when done.
    void statusChanged(const QString& text);
    /// After a repair, so that views read the file again.
    void repaired();

private:
    void start(bool tellWhenSound);
    void finished(const Result<storage::FileCheck::Outcome>& outcome, bool tellWhenSound);

    QPointer<QWidget> m_window;
    BranchFile* m_file = nullptr;
    std::unique_ptr<BackgroundTask> m_task;
    QTimer* m_timer = nullptr;
};

} // namespace tsunagu::ui
