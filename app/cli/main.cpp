// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "common/Fonts.h"
#include "report/ReportCommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // Only the PDF report draws (text, charts): it needs a QApplication, but
    // never a display. Every other command runs on a plain QCoreApplication.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tsunagu"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));
    if (drawing) {
        tsunagu::ui::loadBundledFonts();
    }
    tsunagu::ui::ReportCommand::registerCommand();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return tsunagu::cli::run(arguments);
}
