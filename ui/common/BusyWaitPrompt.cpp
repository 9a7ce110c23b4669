// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyWaitPrompt.h"

#include <QProgressDialog>
#include <QWidget>

namespace tsunagu::ui {

BusyWaitPrompt::BusyWaitPrompt(QWidget* parent)
    : m_parent(parent)
{
    m_previous = storage::setBusyWaitHandler([this](const storage::BusyWait& wait) { return onWait(wait); });
}

BusyWaitPrompt::~BusyWaitPrompt()
{
    storage::setBusyWaitHandler(std::move(m_previous));
}

bool BusyWaitPrompt::onWait(const storage::BusyWait& wait)
{
    if (wait.finished) {
        m_dialog.reset();
        return true;
    }
    if (!m_dialog && wait.waited.count() >= ShowAfterMs) {
        m_dialog = std::make_unique<QProgressDialog>(m_parent);
        m_dialog->setObjectName(QStringLiteral("busyWaitProgressDialog"));
        m_dialog->setWindowTitle(tr("Waiting to save"));
        m_dialog->setRange(0, 0); // no end known
        m_dialog->setMinimumDuration(0);
        // Application-modal: the save that waits may come from any window (the
        // case editor), and nothing may start another save meanwhile.
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setCancelButtonText(tr("Cancel (do not save)"));
    }
    if (m_dialog) {
        const qint64 seconds = wait.waited.count() / 1000;
        m_dialog->setLabelText(
            (wait.committing
                 ? tr("Waiting for another program that is reading %1 (a report, a count or another PC)…")
                 : tr("Waiting for another program that is saving to %1…"))
                .arg(wait.filePath) +
            QLatin1Char('\n') +
            tr("Waited %n second(s) so far. Nothing is lost while you wait.", nullptr, int(seconds)));
        m_dialog->show();
        QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
        if (m_dialog->wasCanceled()) {
            m_dialog.reset();
            return false;
        }
    }
    return true;
}

} // namespace tsunagu::ui
