// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QIODevice;
class QTextStream;

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

/// A command's body: its arguments (after the command name), the output and
/// error streams; returns the exit code (0, 1 failure, 2 usage error).
using CommandFunction = std::function<int(const QStringList& arguments, QTextStream& out, QTextStream& err)>;

/// Adds a command that lives in a library core cannot depend on (the PDF
/// report needs QtGui). Call before run().
void registerCommand(const QString& name, const QString& summary, CommandFunction function);

} // namespace tsunagu::cli
