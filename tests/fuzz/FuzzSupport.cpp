// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace tsunagu::fuzz {

namespace {

QTemporaryDir* scratch = nullptr;

/// Qt's warnings ("QSqlDatabasePrivate::removeDatabase: connection ... is
/// still in use") would flood the fuzzer's output; real crashes still show.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void initialize(int* argc, char*** argv)
{
    // Kept for the whole run: libFuzzer never returns to main's end.
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    qInstallMessageHandler(quietMessages);
    scratch = new QTemporaryDir();
    if (!scratch->isValid()) {
        std::fprintf(stderr, "cannot create a scratch folder\n");
        std::abort();
    }
    std::atexit([] { delete scratch; });
}

QString scratchPath(const QString& name)
{
    return scratch->filePath(name);
}

} // namespace tsunagu::fuzz
