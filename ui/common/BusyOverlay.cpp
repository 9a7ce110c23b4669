// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyOverlay.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tsunagu::ui {

BusyOverlay::BusyOverlay(QWidget* covered)
    : QWidget(covered)
{
    setObjectName(QStringLiteral("busyOverlay"));
    // Only the translucent veil of paintEvent(): the content shows through.
    // Being on top, the overlay takes the clicks and wheel turns meant for it.
    setAttribute(Qt::WA_NoSystemBackground);

    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("busyPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::Base);
    m_label = new QLabel(panel);
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("busyProgressBar"));
    m_progress->setRange(0, 0); // how long it takes is not known: indeterminate
    m_progress->setTextVisible(false);
    m_progress->setMinimumWidth(m_label->fontMetrics().averageCharWidth() * 36);
    m_cancel = new QPushButton(tr("Cancel"), panel);
    m_cancel->setObjectName(QStringLiteral("busyCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &BusyOverlay::cancelRequested);

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_cancel);
    buttonRow->addStretch(1);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(24, 16, 24, 16);
    panelLayout->setSpacing(10);
    panelLayout->addWidget(m_label);
    panelLayout->addWidget(m_progress);
    panelLayout->addLayout(buttonRow);

    // The panel sits in the upper part, where the eye is after choosing a
    // period, not in the middle of a tall window.
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(panel, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, [this] {
        setGeometry(parentWidget()->rect());
        raise();
        show();
        // Keyboard focus in the veiled content goes to Cancel.
        if (QWidget* focus = QApplication::focusWidget(); focus && parentWidget()->isAncestorOf(focus)) {
            m_cancel->setFocus();
        }
    });

    covered->installEventFilter(this);
    hide();
}

void BusyOverlay::start(const QString& text)
{
    m_label->setText(text);
    m_progress->setAccessibleName(text);
    m_active = true;
    if (!isVisible() && !m_delay->isActive()) {
        m_delay->start(ShowDelayMs);
    }
}

void BusyOverlay::stop()
{
    m_active = false;
    m_delay->stop();
    hide();
}

bool BusyOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void BusyOverlay::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    // A veil of the window colour: the old content shows through, faded.
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(190);
    QPainter painter(this);
    painter.fillRect(rect(), veil);
}

} // namespace tsunagu::ui
