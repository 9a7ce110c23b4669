// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace tsunagu::ui {

/// For the start-up benchmark: with TSUNAGU_REPORT_FIRST_PAINT set, prints
/// `first-paint-ns N` (N on the monotonic clock, as Python's time.monotonic_ns
/// reads it) once \a window has painted for the first time, and quits. The
/// benchmark subtracts the time it started the process.
class FirstPaintProbe : public QObject
{
public:
    static bool isRequested() { return !qEnvironmentVariableIsEmpty("TSUNAGU_REPORT_FIRST_PAINT"); }

    static void install(QWidget* window)
    {
        if (isRequested()) {
            window->installEventFilter(new FirstPaintProbe(window));
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // The window paints first, its children in the same pass, then the
            // frame is flushed: report when control is back in the event loop.
            QTimer::singleShot(0, this, [] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::printf("first-paint-ns %lld\n",
                            static_cast<long long>(std::chrono::nanoseconds(now).count()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit FirstPaintProbe(QObject* parent)
        : QObject(parent)
    {}

    bool m_seen = false;
};

} // namespace tsunagu::ui
