// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tsunagu::ui {

/// A veil over a widget while work for it runs on another thread: what the
/// widget showed stays visible, greyed, under a message, an indeterminate
/// progress bar and a Cancel button, and takes no clicks. It appears after
/// a short delay, so that work done in a blink does not flicker.
class BusyOverlay : public QWidget
{
    Q_OBJECT

public:
    /// How long work runs before the overlay appears.
    static constexpr int ShowDelayMs = 150;

    /// Covers \a covered (its parent), following its size.
    explicit BusyOverlay(QWidget* covered);

    /// Shows \a text, after ShowDelayMs; again if already shown.
    void start(const QString& text);
    /// Hides the overlay.
    void stop();
    /// Between start() and stop(), shown yet or not.
    bool isActive() const { return m_active; }

Q_SIGNALS:
    /// The Cancel button was pressed. The overlay stays until stop().
    void cancelRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_delay = nullptr;
    bool m_active = false;
};

} // namespace tsunagu::ui
