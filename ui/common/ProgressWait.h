// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace tsunagu::ui {

/// Runs \a work, a callable `T(const BackgroundTask::IsCancelled&)`, on a
/// worker thread while \a parent waits for it in an event loop of its own
/// (so the window keeps painting) behind a window-modal progress dialog
/// that appears after 0.4 s; returns its result. Cancel asks the work to
/// stop (its isCancelled() turns true) and still waits for its answer, so an
/// operation that had already finished is reported as done. The same rules
/// as for BackgroundTask hold: the work owns copies of what it reads.
template <typename Work>
std::invoke_result_t<Work&, const BackgroundTask::IsCancelled&>
waitWithProgress(QWidget* parent, const QString& objectName, const QString& title, const QString& label,
                 Work work)
{
    using T = std::invoke_result_t<Work&, const BackgroundTask::IsCancelled&>;
    QProgressDialog progress(label, QCoreApplication::translate("tsunagu::ui::ProgressWait", "Cancel"), 0, 0,
                             parent);
    progress.setObjectName(objectName);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QEventLoop loop;
    std::optional<T> result;
    auto stop = std::make_shared<std::atomic_bool>(false);
    BackgroundTask task(parent);
    task.start(
        [stop, work = std::move(work)](const BackgroundTask::IsCancelled& isCancelled) mutable {
            return work(BackgroundTask::IsCancelled([&] { return *stop || isCancelled(); }));
        },
        [&](T value) {
            result = std::move(value);
            loop.quit();
        });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [stop] { *stop = true; });
    loop.exec();
    progress.reset();
    return std::move(*result);
}

} // namespace tsunagu::ui
