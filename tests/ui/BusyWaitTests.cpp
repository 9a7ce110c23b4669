// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BusyWaitPrompt.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace tsunagu;

TEST_CASE("a save held off by a reader shows why it waits, and Cancel gives it up", "[ui][storage]")
{
    QTemporaryDir dir;
    BranchInfo info;
    info.name = QStringLiteral("湘南東部圏域ブランチ");
    info.regionCode = QStringLiteral("shonan-east");
    auto file = BranchFile::create(dir.filePath(QStringLiteral("b.tsunagu")), info);
    REQUIRE(file.ok());

    // Another connection in the middle of a long read (a report, another PC).
    {
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("busy-reader"));
        reader.setDatabaseName(file.value()->path());
        REQUIRE(reader.open());
        QSqlQuery read(reader);
        REQUIRE(read.exec(QStringLiteral("BEGIN")));
        REQUIRE(read.exec(QStringLiteral("SELECT COUNT(*) FROM region")));
        REQUIRE(read.next());

        QWidget window;
        window.show();
        const ui::BusyWaitPrompt prompt(&window);
        QString shownText;
        bool sawDialog = false;
        QTimer poll;
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, &window, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QProgressDialog*>(widget);
                if (dialog && dialog->objectName() == QLatin1String("busyWaitProgressDialog") &&
                    dialog->isVisible()) {
                    sawDialog = true;
                    shownText = dialog->labelText();
                    dialog->cancel();
                }
            }
        });
        poll.start();

        storage::WriteTransaction transaction(file.value()->database());
        REQUIRE(transaction.begin().ok());
        QSqlQuery write(file.value()->database());
        REQUIRE(
            write.exec(QStringLiteral("UPDATE branch_meta SET value = 'changed' WHERE key = 'branch_name'")));
        const auto saved = transaction.commit();
        poll.stop();

        CHECK(sawDialog);
        CHECK(shownText.contains(QLatin1String("reading")));
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == Error::Kind::Busy);
        read.exec(QStringLiteral("COMMIT"));
        read = QSqlQuery();
        reader.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("busy-reader"));
    QSqlQuery check(file.value()->database());
    REQUIRE(check.exec(QStringLiteral("SELECT value FROM branch_meta WHERE key = 'branch_name'")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("湘南東部圏域ブランチ"));
}
