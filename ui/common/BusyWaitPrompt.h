// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace tsunagu::ui {

/// What a save on the GUI thread shows while it waits for another program
/// (a reader holding off its commit, or another writer): after half a second
/// a small window "Waiting for another program reading … — Cancel", kept
/// responsive while SQLite retries. Cancel gives the save up; nothing is
/// saved then. Installed for the GUI thread while this object lives.
class BusyWaitPrompt
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::BusyWaitPrompt)

public:
    explicit BusyWaitPrompt(QWidget* parent);
    ~BusyWaitPrompt();
    BusyWaitPrompt(const BusyWaitPrompt&) = delete;
    BusyWaitPrompt& operator=(const BusyWaitPrompt&) = delete;

    /// How long a wait goes unseen before the window shows.
    static constexpr int ShowAfterMs = 500;

private:
    bool onWait(const storage::BusyWait& wait);

    QPointer<QWidget> m_parent;
    std::unique_ptr<QProgressDialog> m_dialog;
    storage::BusyWaitHandler m_previous;
};

} // namespace tsunagu::ui
