// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/DesktopApplication.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tsunagu"));
    QApplication::setApplicationName(QStringLiteral("Tsunagu"));
    QApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));
    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    return tsunagu::ui::runDesktopApplication(arguments);
}
