// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"
#include "storage/BranchFile.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::ui;

namespace {

QString createFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("branch.tsunagu"));
    BranchInfo info{
        QStringLiteral("県西圏域ブランチ"), QStringLiteral("kensei"), QStringLiteral("小田 原子"), {}};
    REQUIRE(BranchFile::create(path, info).ok());
    return path;
}

} // namespace

TEST_CASE("the main window shows the open branch in its title", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    MainWindow window;
    CHECK(window.windowTitle() == QStringLiteral("Tsunagu"));
    REQUIRE(window.openBranchFile(path));
    CHECK(window.windowTitle() == QStringLiteral("県西圏域ブランチ — branch.tsunagu — Tsunagu"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"))->isHidden());
    CHECK(window.findChild<QAction*>(QStringLiteral("closeAction"))->isEnabled());
    window.closeBranchFile();
    CHECK(window.windowTitle() == QStringLiteral("Tsunagu"));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("closeAction"))->isEnabled());
}

TEST_CASE("a file locked elsewhere opens read-only with a banner when the user agrees", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = createFile(dir);
    auto writer = BranchFile::open(path);
    REQUIRE(writer.ok());

    MessageBox::clearAnsweredTexts();
    MainWindow declined;
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(declined.openBranchFile(path));
    REQUIRE(MessageBox::answeredTexts().size() == 1);
    CHECK(MessageBox::answeredTexts().constFirst().startsWith(
        QStringLiteral("The branch file is already open for editing by ")));
    CHECK(declined.branchFile() == nullptr);

    MainWindow window;
    window.show();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(window.openBranchFile(path));
    REQUIRE(window.branchFile());
    CHECK(window.branchFile()->isReadOnly());
    CHECK(window.findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"))->isVisible());
}

TEST_CASE("a file that is not a branch file is refused with the reason", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.tsunagu"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("just text");
    file.close();

    MessageBox::clearAnsweredTexts();
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openBranchFile(path));
    REQUIRE(MessageBox::answeredTexts().size() == 1);
    CHECK(MessageBox::answeredTexts().constFirst().endsWith(
        QStringLiteral("is not a Tsunagu branch file: it is not an SQLite database.")));
}
