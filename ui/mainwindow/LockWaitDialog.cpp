// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockWaitDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

LockWaitDialog::LockWaitDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("lockWaitDialog"));
    setWindowTitle(tr("File in use"));
    setWindowModality(Qt::WindowModal);
    auto* file = new QLabel(QDir::toNativeSeparators(path), this);
    file->setObjectName(QStringLiteral("lockWaitFileLabel"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("lockWaitExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("lockWaitCountdownLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("lockWaitProgressBar"));
    m_progress->setTextVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* readOnly = buttons->addButton(tr("Open &Read-Only"), QDialogButtonBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("lockWaitReadOnlyButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("lockWaitCancelButton"));
    connect(readOnly, &QPushButton::clicked, this, [this] { m_choice = Choice::ReadOnly; });
    connect(cancel, &QPushButton::clicked, this, [this] { m_choice = Choice::Cancel; });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(m_explanation);
    layout->addWidget(m_countdown);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool LockWaitDialog::update(const storage::LockWait& wait)
{
    m_explanation->setText(wait.explanation());
    const int seconds = int((wait.remaining.count() + 999) / 1000);
    m_countdown->setText(
        wait.reason == storage::LockWait::Reason::Takeover
            ? tr("Waiting at most %n more second(s)…", nullptr, seconds)
            : tr("Taking over in %n second(s) unless the lock is renewed…", nullptr, seconds));
    m_progress->setRange(0, int(wait.total.count()));
    m_progress->setValue(int((wait.total - wait.remaining).count()));
    if (!isVisible()) {
        show();
    }
    // open() waits on this thread: let the dialog paint and its buttons work.
    QCoreApplication::processEvents();
    return m_choice == Choice::Wait;
}

// Escape or closing the window: cancel, not "done".
void LockWaitDialog::reject()
{
    m_choice = Choice::Cancel;
}

} // namespace tsunagu::ui
