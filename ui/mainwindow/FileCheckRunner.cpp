// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCheckRunner.h"

#include "common/BackgroundTask.h"
#include "storage/BranchFile.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>

namespace tsunagu::ui {

FileCheckRunner::FileCheckRunner(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_task(std::make_unique<BackgroundTask>(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(IdleDelayMs);
    connect(m_timer, &QTimer::timeout, this, &FileCheckRunner::checkIfDue);
}

FileCheckRunner::~FileCheckRunner() = default;

void FileCheckRunner::setBranchFile(BranchFile* file)
{
    m_task->cancel();
    if (m_file) {
        Q_EMIT statusChanged(QString());
    }
    m_file = file;
    if (m_file) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

bool FileCheckRunner::isRunning() const
{
    return m_task->isRunning();
}

void FileCheckRunner::checkIfDue()
{
    // Not while the user is in a dialog, nor before the opening check is done.
    if (!m_file || isRunning() || !m_file->isIntegrityConfirmed() || QApplication::activeModalWidget()) {
        return;
    }
    if (storage::FileCheck::isDue(m_file->path())) {
        start(false);
    }
}

void FileCheckRunner::checkNow()
{
    if (m_file && !isRunning()) {
        start(true);
    }
}

void FileCheckRunner::start(bool tellWhenSound)
{
    const QString filePath = m_file->path();
    const QString databasePath = m_file->databaseFilePath();
    Q_EMIT statusChanged(tr("Checking the whole file (saves wait meanwhile)…"));
    m_task->start(
        [filePath, databasePath](const BackgroundTask::IsCancelled& isCancelled) {
            return storage::FileCheck::run(filePath, databasePath, isCancelled);
        },
        [this, tellWhenSound](const Result<storage::FileCheck::Outcome>& outcome) {
            finished(outcome, tellWhenSound);
        });
}

void FileCheckRunner::finished(const Result<storage::FileCheck::Outcome>& outcome, bool tellWhenSound)
{
    Q_EMIT statusChanged(QString());
    if (!m_file) {
        return;
    }
    if (!outcome.ok()) {
        if (outcome.error().kind != Error::Kind::Cancelled && tellWhenSound) {
            MessageBox::warning(m_window, tr("Check the File"), outcome.error().message);
        }
        return;
    }
    if (outcome->sound()) {
        if (tellWhenSound) {
            MessageBox::information(
                m_window, tr("Check the File"),
                tr("%1 passed the full check.").arg(QDir::toNativeSeparators(m_file->path())));
        }
        return;
    }
    const Error damaged = storage::FileCheck::damagedError(m_file->path(), outcome.value());
    if (!outcome->indexesOnly || m_file->isReadOnly()) {
        MessageBox::critical(m_window, tr("The file failed its check"), damaged.message);
        return;
    }
    const auto answer =
        MessageBox::question(m_window, tr("The file failed its check"),
                             damaged.message + QStringLiteral("\n\n") + tr("Repair the indexes now?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto repair = storage::FileCheck::repairIndexes(*m_file);
    QApplication::restoreOverrideCursor();
    if (!repair.ok()) {
        MessageBox::critical(m_window, tr("Check the File"), repair.error().message);
    } else if (!repair->sound()) {
        MessageBox::critical(m_window, tr("Check the File"),
                             storage::FileCheck::damagedError(m_file->path(), repair.value()).message);
    } else {
        MessageBox::information(m_window, tr("Check the File"),
                                tr("The indexes were rebuilt; %1 now passes the full check.")
                                    .arg(QDir::toNativeSeparators(m_file->path())));
        Q_EMIT repaired();
    }
}

} // namespace tsunagu::ui
