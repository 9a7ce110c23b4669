// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "cases/CaseTableModel.h"

#include <QApplication>
#include <QStandardPaths>
#include <QThreadPool>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // catch_discover_tests runs this binary at build time, where no display
    // may exist: without a platform plugin it would abort and register no tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Settings and data go to throw-away test locations, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    // The case list answers from its worker thread at once, however loaded
    // the machine; the tests of its background answers set their own wait.
    tsunagu::ui::CaseTableModel::setDefaultResponseWait(std::chrono::seconds(30));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TsunaguTests"));
    QApplication::setApplicationName(QStringLiteral("tsunagu_ui_tests"));
    const int failed = Catch::Session().run(argc, argv);
    // Work a test left running on a worker (a report it closed while it
    // counted) ends before the application object and Qt's SQL driver go.
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}
