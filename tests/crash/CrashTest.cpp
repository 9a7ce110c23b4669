// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The crash test: kills an import (tsunagu-cli import) and a run of case saves
// with SIGKILL at random moments, like a PC switched off mid-save, and checks
// after each kill that
//   - the next open just works (`tsunagu-cli info` exits 0, no "damaged"),
//     the lock the killed process left does not block it,
//   - the file passes integrity_check, and
//   - it holds exactly the old or the new state (no partial import; the saves
//     seen are whole saves).
//
//   tsunagu_crash_test --cli PATH/tsunagu-cli [--runs N] [--seed S] [--rows R]
//
// CTest runs a short version; CONTRIBUTING.md gives the long command.

#include "cases/CaseRepository.h"
#include "demo/DemoGenerator.h"
#include "exchange/CaseCsv.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <signal.h>

using namespace tsunagu;

namespace {

constexpr int EditedCases = 5;

/// The file under test, kept for a look when a check fails.
QString g_work;

void fail(const QString& message)
{
    std::fprintf(stderr, "crash test FAILED: %s\n", qPrintable(message));
    if (!g_work.isEmpty()) {
        const QString keep = QDir::temp().filePath(QStringLiteral("tsunagu-crash-failure"));
        QDir(keep).removeRecursively();
        QDir().mkpath(keep);
        for (const char* suffix : {"", "-journal", ".lock"}) {
            QFile::copy(g_work + QLatin1String(suffix),
                        QDir(keep).filePath(QStringLiteral("work.tsunagu") + QLatin1String(suffix)));
        }
        std::fprintf(stderr, "the file is kept in %s\n", qPrintable(keep));
    }
    std::exit(1);
}

void removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-journal", ".lock"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

void copyBase(const QString& base, const QString& work)
{
    removeFiles(work);
    if (!QFile::copy(base, work)) {
        fail(QStringLiteral("cannot copy %1").arg(base));
    }
    QFile::setPermissions(work, QFile::ReadOwner | QFile::WriteOwner);
}

struct State
{
    qint64 cases = 0;
    QStringList editedNotes;
    QString integrity;
};

/// What the next open sees, read as a user would: `tsunagu-cli info` first
/// (it must just work), then the content.
State inspect(const QString& cli, const QString& path)
{
    QProcess info;
    // Starting a process can fail for a moment on a loaded machine (fork):
    // that is the harness's trouble, not the file's, so try again.
    for (int attempt = 0;; ++attempt) {
        info.start(cli, {QStringLiteral("info"), QStringLiteral("--db"), path});
        if (info.waitForStarted(30000)) {
            break;
        }
        if (attempt == 4) {
            fail(QStringLiteral("cannot start tsunagu-cli info: %1").arg(info.errorString()));
        }
        QThread::msleep(200);
    }
    if (!info.waitForFinished(60000) && info.state() != QProcess::NotRunning) {
        // Where it hangs, for the report (when gdb is there).
        QProcess::execute(QStringLiteral("gdb"),
                          {QStringLiteral("-p"), QString::number(info.processId()), QStringLiteral("-batch"),
                           QStringLiteral("-ex"), QStringLiteral("thread apply all bt")});
        info.kill();
        info.waitForFinished();
        fail(QStringLiteral("tsunagu-cli info did not finish in a minute: %1")
                 .arg(QString::fromUtf8(info.readAllStandardOutput() + info.readAllStandardError())));
    }
    const QString output = QString::fromUtf8(info.readAllStandardOutput() + info.readAllStandardError());
    if (info.exitStatus() != QProcess::NormalExit || info.exitCode() != 0) {
        fail(QStringLiteral("the next open failed (exit %1, %2): %3")
                 .arg(info.exitCode())
                 .arg(info.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                               : QStringLiteral("ended"))
                 .arg(output));
    }
    if (output.contains(QLatin1String("damaged"))) {
        fail(QStringLiteral("an intact file was called damaged: %1").arg(output));
    }
    auto file = BranchFile::open(path, BranchFile::Access::ReadWrite);
    if (!file.ok()) {
        fail(QStringLiteral("the next writable open failed: %1").arg(file.message()));
    }
    State state;
    QSqlQuery query(file.value()->database());
    query.exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (query.next()) {
        lines << query.value(0).toString();
    }
    state.integrity = lines.join(QLatin1Char(';'));
    query.exec(QStringLiteral("SELECT COUNT(*) FROM case_record"));
    query.next();
    state.cases = query.value(0).toLongLong();
    query.exec(QStringLiteral("SELECT note FROM case_record ORDER BY id LIMIT %1").arg(EditedCases));
    while (query.next()) {
        state.editedNotes << query.value(0).toString();
    }
    return state;
}

/// The writer the save runs kill: saves in a loop, each one transaction that
/// edits the first cases and adds one, as the case editor does.
int runWriter(const QString& path)
{
    auto file = BranchFile::open(path, BranchFile::Access::ReadWrite);
    if (!file.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(file.message()));
        return 1;
    }
    CaseRepository cases(*file.value());
    QList<CaseRecord> edited;
    for (qint64 id = 1; id <= EditedCases; ++id) {
        auto record = cases.load(id);
        if (!record.ok()) {
            return 1;
        }
        edited << record.value();
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int save = 1;; ++save) {
        storage::WriteTransaction transaction(file.value()->database());
        if (!transaction.begin().ok()) {
            return 1;
        }
        const QString note = QStringLiteral("save %1").arg(save);
        for (CaseRecord& record : edited) {
            record.note = note;
            if (!cases.updateInTransaction(record).ok()) {
                return 1;
            }
        }
        QList<CaseRecord> added{edited.constFirst()};
        added.first().id = 0;
        added.first().caseNo.clear();
        if (!cases.insertInTransaction(added).ok() || !transaction.commit().ok()) {
            return 1;
        }
    }
}

qint64 runMilliseconds(QProcess& process, const QString& program, const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        fail(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, arguments.join(QLatin1Char(' ')),
                      QString::fromUtf8(process.readAllStandardError())));
    }
    return timer.elapsed();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("tsunagu-cli"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("kills of each kind"),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("random seed"),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows of the CSV imported"),
                                        QStringLiteral("R"), QStringLiteral("20000"));
    const QCommandLineOption writerOption(QStringLiteral("writer"), QStringLiteral("internal"),
                                          QStringLiteral("FILE"));
    parser.addOptions({cliOption, runsOption, seedOption, rowsOption, writerOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(writerOption)) {
        return runWriter(parser.value(writerOption));
    }
    const QString cli = parser.value(cliOption);
    if (!QFileInfo(cli).isExecutable()) {
        fail(QStringLiteral("give --cli PATH/tsunagu-cli"));
    }
    const int runs = parser.value(runsOption).toInt();
    const int rows = parser.value(rowsOption).toInt();
    QRandomGenerator random(parser.value(seedOption).toUInt());

    QTemporaryDir scratch;
    const QString base = scratch.filePath(QStringLiteral("base.tsunagu"));
    const QString csvPath = scratch.filePath(QStringLiteral("import.csv"));
    const QString work = scratch.filePath(QStringLiteral("work.tsunagu"));
    g_work = work;
    qint64 baseCases = 0;
    {
        // The CSV: generated cases exported; the base: a few cases of another year.
        const QString source = scratch.filePath(QStringLiteral("source.tsunagu"));
        auto file = BranchFile::create(source, DemoGenerator::demoBranchInfo());
        DemoGenerator::Options options;
        options.cases = rows;
        options.today = QDate(2024, 11, 30);
        if (!file.ok() || !DemoGenerator::populate(*file.value(), options).ok()) {
            fail(QStringLiteral("cannot generate the cases"));
        }
        exchange::ExportOptions exportOptions;
        exportOptions.includePersonal = true;
        auto csv = exchange::CaseCsv::exportCases(*file.value(), exportOptions);
        QFile out(csvPath);
        if (!csv.ok() || !out.open(QIODevice::WriteOnly) || out.write(csv.value()) != csv->size()) {
            fail(QStringLiteral("cannot write the CSV"));
        }
        auto baseFile = BranchFile::create(base, DemoGenerator::demoBranchInfo());
        DemoGenerator::Options few;
        few.cases = 50;
        few.fiscalYears = 1;
        few.today = QDate(2019, 11, 30);
        if (!baseFile.ok() || !DemoGenerator::populate(*baseFile.value(), few).ok()) {
            fail(QStringLiteral("cannot make the base file"));
        }
        baseCases = 50;
    }

    // How long an import takes undisturbed: kills fall anywhere in it.
    copyBase(base, work);
    QProcess calibration;
    const qint64 importMs =
        runMilliseconds(calibration, cli, {QStringLiteral("import"), QStringLiteral("--db"), work, csvPath});
    const qint64 importedCases = inspect(cli, work).cases;
    if (importedCases != baseCases + rows) {
        fail(QStringLiteral("the undisturbed import stored %1 cases").arg(importedCases));
    }
    std::printf("import of %d rows takes %lld ms; %d kills of each kind\n", rows,
                static_cast<long long>(importMs), runs);

    int oldState = 0;
    int newState = 0;
    for (int run = 0; run < runs; ++run) {
        copyBase(base, work);
        QProcess import;
        import.start(cli, {QStringLiteral("import"), QStringLiteral("--db"), work, csvPath});
        if (!import.waitForStarted()) {
            fail(QStringLiteral("cannot start tsunagu-cli"));
        }
        QThread::msleep(random.bounded(static_cast<int>(importMs * 14 / 10) + 1));
        ::kill(static_cast<pid_t>(import.processId()), SIGKILL);
        import.waitForFinished();
        const State state = inspect(cli, work);
        if (state.integrity != QLatin1String("ok")) {
            fail(QStringLiteral("import run %1: integrity_check says %2").arg(run).arg(state.integrity));
        }
        if (state.cases == baseCases) {
            ++oldState;
        } else if (state.cases == baseCases + rows) {
            ++newState;
        } else {
            fail(QStringLiteral("import run %1: %2 cases, neither %3 nor %4 (partial)")
                     .arg(run)
                     .arg(state.cases)
                     .arg(baseCases)
                     .arg(baseCases + rows));
        }
    }
    std::printf("import: %d kills, %d old state, %d new state, 0 partial, 0 corrupt, 0 blocked\n", runs,
                oldState, newState);

    int saves = 0;
    for (int run = 0; run < runs; ++run) {
        copyBase(base, work);
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), work});
        if (!writer.waitForReadyRead(60000)) {
            fail(QStringLiteral("the writer did not start: %1")
                     .arg(QString::fromUtf8(writer.readAllStandardError())));
        }
        QThread::msleep(random.bounded(300));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        writer.waitForFinished();
        const State state = inspect(cli, work);
        if (state.integrity != QLatin1String("ok")) {
            fail(QStringLiteral("save run %1: integrity_check says %2").arg(run).arg(state.integrity));
        }
        // Whole saves only: k saves made every edited note "save k" and added k cases.
        const qint64 k = state.cases - baseCases;
        const QString expected = k == 0 ? QString() : QStringLiteral("save %1").arg(k);
        for (const QString& note : state.editedNotes) {
            if (k > 0 ? note != expected : note.startsWith(QLatin1String("save "))) {
                fail(QStringLiteral("save run %1: %2 cases added but a note says \"%3\" (half a save)")
                         .arg(run)
                         .arg(k)
                         .arg(note));
            }
        }
        saves += static_cast<int>(k);
    }
    std::printf("saves: %d kills, %d whole saves seen, 0 partial, 0 corrupt, 0 blocked\n", runs, saves);
    std::printf("%d passed, 0 failed\n", 2 * runs);
    return 0;
}
