// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace tsunagu::cli {

/// Translation context of the command-line tool's messages.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::cli::CliText)
};

/// Runs `tsunagu-cli` with \a arguments (without the program name). Results
/// go to \a out (UTF-8; files such as CSV byte for byte, BOM included),
/// problems to \a err; returns the process exit code (0 on success, 1 when
/// the work failed, 2 for a usage error).
int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

/// The same on the process's stdout and stderr.
int run(const QStringList& arguments);

} // namespace tsunagu::cli
