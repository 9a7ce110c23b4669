// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/LockWait.h"

#include <QDialog>

class QLabel;
class QProgressBar;

namespace tsunagu::ui {

/// Shown while opening a branch file waits to see whether the lock of a
/// holder elsewhere is still renewed (storage::BranchLock::acquire()): who
/// holds it, why Tsunagu waits, a countdown to the takeover, and the ways
/// out — open read-only instead, or cancel.
///
/// Its update() is the LockWaitObserver passed to BranchFile::open(): it
/// shows the dialog (window-modal) on the first call and keeps events flowing
/// while open() waits on the GUI thread, as QProgressDialog does.
class LockWaitDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Wait,
        ReadOnly,
        Cancel,
    };

    explicit LockWaitDialog(const QString& path, QWidget* parent = nullptr);

    /// Shows \a wait; false once the user chose read-only or cancel.
    bool update(const storage::LockWait& wait);
    Choice choice() const { return m_choice; }

    void reject() override;

private:
    QLabel* m_explanation = nullptr;
    QLabel* m_countdown = nullptr;
    QProgressBar* m_progress = nullptr;
    Choice m_choice = Choice::Wait;
};

} // namespace tsunagu::ui
