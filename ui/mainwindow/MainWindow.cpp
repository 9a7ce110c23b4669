// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "cases/CaseRepository.h"
#include "storage/BranchFile.h"
#include "storage/BranchLock.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace tsunagu::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("readOnlyBannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; padding: 8px; "
                                           "border: 1px solid #e0c060; }"));
    m_banner->hide();
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary, 1);
    setCentralWidget(central);

    m_lockTimer = new QTimer(this);
    m_lockTimer->setInterval(
        std::chrono::duration_cast<std::chrono::milliseconds>(storage::BranchLock::HeartbeatInterval));
    connect(m_lockTimer, &QTimer::timeout, this, &MainWindow::refreshLock);

    createActions();
    resize(1000, 700);
    updateView();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* openAction = fileMenu->addAction(tr("&Open..."), this, &MainWindow::chooseAndOpen);
    openAction->setObjectName(QStringLiteral("openAction"));
    openAction->setShortcut(QKeySequence::Open);
    m_closeAction = fileMenu->addAction(tr("&Close"), this, &MainWindow::closeBranchFile);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
}

bool MainWindow::openBranchFile(const QString& path)
{
    auto opened = BranchFile::open(path, BranchFile::Access::ReadWrite);
    if (!opened.ok() && opened.error().kind == Error::Kind::Locked) {
        const auto answer =
            MessageBox::question(this, tr("File in use"),
                                 tr("%1\n\nOpen it read-only? You can look at everything but not change it.")
                                     .arg(opened.error().message),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            return false;
        }
        opened = BranchFile::open(path, BranchFile::Access::ReadOnly);
    }
    if (!opened.ok()) {
        MessageBox::critical(this, tr("Cannot open the branch file"), opened.error().message);
        return false;
    }
    setBranchFile(std::move(opened).value());
    return true;
}

void MainWindow::setBranchFile(std::unique_ptr<BranchFile> file)
{
    m_file = std::move(file);
    if (m_file && !m_file->isReadOnly()) {
        m_lockTimer->start();
    } else {
        m_lockTimer->stop();
    }
    updateView();
}

void MainWindow::closeBranchFile()
{
    m_lockTimer->stop();
    m_file.reset();
    updateView();
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open branch file"), QString(),
                                                      tr("Tsunagu branch files (*.tsunagu)"));
    if (!path.isEmpty()) {
        openBranchFile(path);
    }
}

void MainWindow::refreshLock()
{
    if (!m_file) {
        return;
    }
    if (auto r = m_file->refreshLock(); !r.ok()) {
        MessageBox::warning(this, tr("Branch file"), r.error().message);
        updateView();
    }
}

void MainWindow::updateView()
{
    m_closeAction->setEnabled(m_file != nullptr);
    if (!m_file) {
        setWindowTitle(tr("Tsunagu"));
        m_banner->hide();
        m_summary->setText(tr("No branch file is open. Use File → Open to open one."));
        statusBar()->clearMessage();
        return;
    }
    const BranchInfo& info = m_file->info();
    const QString fileName = QFileInfo(m_file->path()).fileName();
    setWindowTitle(tr("%1 — %2 — Tsunagu").arg(info.name, fileName));
    setWindowFilePath(m_file->path());
    switch (m_file->readOnlyReason()) {
    case BranchFile::ReadOnlyReason::None:
        m_banner->hide();
        break;
    case BranchFile::ReadOnlyReason::Requested:
        m_banner->setText(tr("Read-only: this file is open for viewing only. Changes cannot be saved."));
        m_banner->show();
        break;
    case BranchFile::ReadOnlyReason::FileNotWritable:
        m_banner->setText(tr("Read-only: the file or its folder cannot be written (for example a read-only "
                             "share). Changes cannot be saved."));
        m_banner->show();
        break;
    }
    const Region* region = m_file->masterData().region(info.regionCode);
    const auto count = CaseRepository(*m_file).count();
    m_summary->setText(
        tr("<h2>%1</h2><p>Region: %2<br>Chief coordinator: %3<br>Cases: %4</p>")
            .arg(info.name.toHtmlEscaped(), region ? region->name().toHtmlEscaped() : QString(),
                 info.chiefCoordinatorName.toHtmlEscaped(),
                 count.ok() ? QString::number(count.value()) : count.message().toHtmlEscaped()));
    statusBar()->showMessage(QDir::toNativeSeparators(m_file->path()));
}

} // namespace tsunagu::ui
