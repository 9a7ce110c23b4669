// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace tsunagu::ui {

/// `tsunagu-cli report`: the monthly summary (月報) or annual report (年度報告)
/// as PDF, through the same renderer as the window's print-out.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::ReportCommand)

public:
    /// Adds the command to tsunagu-cli. It needs a QApplication when it runs.
    static void registerCommand();
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace tsunagu::ui
