// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The reference for the desktop app's start-up: a bare Qt Widgets main window
// with a menu bar, a table and a status bar, no data, timed to its first paint
// the same way (FirstPaintProbe).
#include "application/FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("File"));
    window.setCentralWidget(new QTableWidget(30, 10, &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    tsunagu::ui::FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}
