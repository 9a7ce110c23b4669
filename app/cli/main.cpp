// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tsunagu"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return tsunagu::cli::run(arguments);
}
