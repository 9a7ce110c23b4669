// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace tsunagu::ui {

/// Runs the desktop application with the command-line \a arguments (without
/// the program name): `--demo` opens the demo branch, a file name opens that
/// file. Returns the exit code.
int runDesktopApplication(const QStringList& arguments);

/// The demo branch file (created with synthetic cases when missing).
Result<QString> ensureDemoBranchFile();

} // namespace tsunagu::ui
