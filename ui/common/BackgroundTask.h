// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace tsunagu::ui {

/// Runs one computation at a time off the GUI thread and hands its result to
/// a receiver on the GUI thread: what a view uses for anything that may take
/// longer than a blink (the statistics of a million-case file).
///
/// start(work, done) runs `work(isCancelled)` on a thread of Qt's global
/// thread pool, then calls `done(result)` in the receiver's thread. A run is
/// outdated as soon as start() is called again, cancel() is called, or the
/// task or its receiver is destroyed: its `done` is then never called, and its
/// `isCancelled()` turns true so that work checking it between its queries
/// stops early.
///
/// Nothing waits for the worker: a view can be closed mid-computation. So the
/// work must own copies of everything it reads (a database path, master
/// data) and open its own connection (storage::ReadConnection), never touch a
/// BranchFile, its QSqlDatabase or a widget. Qt waits for the global thread
/// pool when the QApplication is destroyed, so no run outlives the
/// application.
class BackgroundTask
{
public:
    /// Asked by the work between its steps; true once the run is outdated.
    using IsCancelled = std::function<bool()>;

    /// \a receiver is the object whose thread `done` runs in, usually the
    /// view that owns this task; a run ends with it.
    explicit BackgroundTask(QObject* receiver);
    /// Cancels the run in progress; does not wait for it.
    ~BackgroundTask();
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    /// Cancels the run in progress, if any, and starts \a work, a callable
    /// `T(const IsCancelled&)`, on a worker thread. Unless the run is outdated
    /// first, \a done, a callable `void(T)`, receives its result in the
    /// receiver's thread.
    template <typename Work, typename Done>
    void start(Work work, Done done);

    /// Makes the run in progress outdated: its result will be dropped.
    void cancel();

    /// Whether a run was started and neither delivered nor cancelled yet.
    bool isRunning() const { return !m_watcher.isNull(); }

private:
    QObject* m_receiver = nullptr;
    QPointer<QFutureWatcherBase> m_watcher; ///< of the current run, a child of m_receiver
};

template <typename Work, typename Done>
void BackgroundTask::start(Work work, Done done)
{
    using T = std::invoke_result_t<Work&, const IsCancelled&>;
    cancel();

    auto promise = std::make_shared<QPromise<T>>();
    auto* watcher = new QFutureWatcher<T>(m_receiver);
    m_watcher = watcher;
    // The watcher lives in the receiver's thread and is deleted with it or by
    // cancel(); Qt delivers its finished() there, safely across threads.
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [this, watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if (m_watcher != watcher) {
                             return;
                         }
                         m_watcher.clear();
                         QFuture<T> future = watcher->future();
                         if (future.isCanceled() || future.resultCount() == 0) {
                             return;
                         }
                         // Cleared first: done() may start the next run.
                         done(future.takeResult());
                     });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        if (!promise->isCanceled()) {
            const IsCancelled isCancelled = [state = promise.get()] {
                return state->isCanceled();
            };
            promise->addResult(work(isCancelled));
        }
        promise->finish();
    });
}

} // namespace tsunagu::ui
