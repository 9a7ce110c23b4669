// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopApplication.h"

#include "application/FirstPaintProbe.h"
#include "common/DisplaySettings.h"
#include "common/Fonts.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "mainwindow/MainWindow.h"
#include "storage/BranchFile.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QThreadPool>

namespace tsunagu::ui {

Result<QString> ensureDemoBranchFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        return Error(Error::Kind::Io, QApplication::translate("tsunagu::ui::DesktopApplication",
                                                              "Cannot create the folder %1.")
                                          .arg(QDir::toNativeSeparators(folder)));
    }
    const QString path = QDir(folder).filePath(QStringLiteral("demo.tsunagu"));
    if (QFileInfo::exists(path)) {
        return path;
    }
    // Build under another name and move into place only when complete.
    const QString building = path + QStringLiteral(".new");
    QFile::remove(building);
    {
        auto file = BranchFile::create(building, DemoGenerator::demoBranchInfo());
        if (!file.ok()) {
            return file.error();
        }
        if (auto r = DemoGenerator::populate(*file.value(), DemoGenerator::Options{}); !r.ok()) {
            file.value().reset();
            QFile::remove(building);
            return r.error();
        }
    }
    if (!QFile::rename(building, path)) {
        return Error(Error::Kind::Io,
                     QApplication::translate("tsunagu::ui::DesktopApplication", "Cannot create %1.")
                         .arg(QDir::toNativeSeparators(path)));
    }
    return path;
}

int runDesktopApplication(const QStringList& arguments)
{
    installTranslators(DisplaySettings::startupLanguage());
    QApplication::setFont(applicationFont());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tsunagu/icons/tsunagu.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("tsunagu::ui::DesktopApplication",
                                "Tsunagu: consultations of a medical-care children's support branch"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("tsunagu::ui::DesktopApplication",
                                                        "Open the demo branch file (synthetic cases)."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("tsunagu::ui::DesktopApplication", "A branch file to open."),
        QStringLiteral("[file.tsunagu]"));
    parser.process(QStringList{QApplication::applicationFilePath()} + arguments);

    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    FirstPaintProbe::install(window);
    window->show();
    if (parser.isSet(demoOption)) {
        const auto demo = ensureDemoBranchFile();
        if (demo.ok()) {
            window->openBranchFile(demo.value());
        } else {
            MessageBox::critical(
                window, QApplication::translate("tsunagu::ui::DesktopApplication", "Demo branch file"),
                demo.error().message);
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        window->openBranchFile(parser.positionalArguments().constFirst());
    }
    const int exitCode = QApplication::exec();
    // A count or check still running on a worker (the window closed while it
    // ran; it stops at its next step) finishes before Qt's SQL driver goes
    // away with the application object.
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}

} // namespace tsunagu::ui
