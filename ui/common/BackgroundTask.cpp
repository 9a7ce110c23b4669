// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

namespace tsunagu::ui {

BackgroundTask::BackgroundTask(QObject* receiver)
    : m_receiver(receiver)
{}

BackgroundTask::~BackgroundTask()
{
    cancel();
}

void BackgroundTask::cancel()
{
    QFutureWatcherBase* watcher = m_watcher.data();
    m_watcher.clear();
    if (!watcher) {
        return;
    }
    // No result reaches the receiver any more, and the worker sees
    // isCancelled() at its next step.
    QObject::disconnect(watcher, &QFutureWatcherBase::finished, nullptr, nullptr);
    watcher->cancel();
    watcher->deleteLater();
}

} // namespace tsunagu::ui
