// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Core code uses QCoreApplication::translate and QStandardPaths; give it an
    // application object, and keep the tests independent of the user's locale.
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TsunaguTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu_core_tests"));
    return Catch::Session().run(argc, argv);
}
