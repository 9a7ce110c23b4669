// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "calendar/DateInput.h"
#include "calendar/FiscalYear.h"
#include "cases/CaseRepository.h"
#include "common/SaveFile.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "exchange/CaseCsv.h"
#include "statistics/StatisticsEngine.h"
#include "statistics/SummaryFormat.h"
#include "storage/BranchFile.h"
#include "storage/FileCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace tsunagu::cli {

namespace {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

struct Streams
{
    QTextStream& out;
    QTextStream& err;
};

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList&, Streams&)> run;
};

/// Parses \a arguments for \a command; prints help or the usage problem and
/// returns an exit code when the command should not go on.
std::optional<int> parse(QCommandLineParser& parser, const QString& command, const QString& description,
                         const QStringList& arguments, Streams& io)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("tsunagu-cli %1").arg(command)} + arguments)) {
        io.err << parser.errorText() << Qt::endl
               << CliText::tr("Run \"tsunagu-cli %1 --help\" for usage.").arg(command) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), CliText::tr("The branch file."), QStringLiteral("FILE"));
}

std::optional<int> requireOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                 const QString& command, Streams& io)
{
    if (parser.isSet(option)) {
        return std::nullopt;
    }
    io.err << CliText::tr("tsunagu-cli %1: --%2 is required.").arg(command, option.names().constFirst())
           << Qt::endl;
    return UsageError;
}

/// After an open: tells the user when it undid an interrupted save.
void noticeRecovery(const BranchFile& file, Streams& io)
{
    if (file.recoveredInterruptedSave()) {
        io.err << file.interruptedSaveNotice() << Qt::endl;
    }
}

int fail(Streams& io, const QString& message)
{
    io.err << message << Qt::endl;
    return Failure;
}

/// Says once, on stderr, why opening waits for a lock held elsewhere.
storage::LockWaitObserver lockWaitNotice(Streams& io)
{
    return [&io, told = false](const storage::LockWait& wait) mutable {
        if (!told) {
            io.err << wait.explanation() << Qt::endl;
            told = true;
        }
        return true;
    };
}

int runCreate(const QStringList& arguments, Streams& io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption name(QStringLiteral("name"), CliText::tr("The branch name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption region(
        QStringLiteral("region"), CliText::tr("The region code (e.g. shonan-east)."), QStringLiteral("CODE"));
    const QCommandLineOption chief(QStringLiteral("chief"), CliText::tr("The chief coordinator's name."),
                                   QStringLiteral("NAME"));
    parser.addOptions({db, name, region, chief});
    if (auto exit = parse(parser, QStringLiteral("create"), CliText::tr("Creates a new, empty branch file."),
                          arguments, io)) {
        return *exit;
    }
    for (const auto& option : {db, name, region}) {
        if (auto exit = requireOption(parser, option, QStringLiteral("create"), io)) {
            return *exit;
        }
    }
    BranchInfo info;
    info.name = parser.value(name);
    info.regionCode = parser.value(region);
    info.chiefCoordinatorName = parser.value(chief);
    auto file = BranchFile::create(parser.value(db), info);
    if (!file.ok()) {
        return fail(io, file.error().message);
    }
    io.out << CliText::tr("Created %1.").arg(QDir::toNativeSeparators(file.value()->path())) << Qt::endl;
    return Success;
}

int runInfo(const QStringList& arguments, Streams& io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    if (auto exit = parse(parser, QStringLiteral("info"), CliText::tr("Shows what a branch file holds."),
                          arguments, io)) {
        return *exit;
    }
    if (auto exit = requireOption(parser, db, QStringLiteral("info"), io)) {
        return *exit;
    }
    auto file = BranchFile::open(parser.value(db), BranchFile::Access::ReadOnly);
    if (!file.ok()) {
        return fail(io, file.error().message);
    }
    noticeRecovery(*file.value(), io);
    const BranchInfo& info = file.value()->info();
    const Region* region = file.value()->masterData().region(info.regionCode);
    const auto count = CaseRepository(*file.value()).count();
    if (!count.ok()) {
        return fail(io, count.error().message);
    }
    io.out << CliText::tr("Branch: %1").arg(info.name) << Qt::endl
           << CliText::tr("Region: %1 (%2)").arg(region ? region->name() : QString(), info.regionCode)
           << Qt::endl
           << CliText::tr("Chief coordinator: %1").arg(info.chiefCoordinatorName) << Qt::endl
           << CliText::tr("Cases: %1").arg(count.value()) << Qt::endl
           << CliText::tr("File format: %1").arg(file.value()->schemaVersion()) << Qt::endl;
    return Success;
}

int runGenerate(const QStringList& arguments, Streams& io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption cases(QStringLiteral("cases"), CliText::tr("How many cases to make."),
                                   QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"), CliText::tr("Seed of the random generator."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   CliText::tr("Make cases up to this date (YYYY-MM-DD; default today)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption years(
        QStringLiteral("years"),
        CliText::tr("Spread the cases over this many fiscal years up to --today (default 2)."),
        QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({db, cases, seed, today, years});
    if (auto exit =
            parse(parser, QStringLiteral("generate"),
                  CliText::tr("Makes a branch file of realistic synthetic cases (no real people), for demos, "
                              "tests and benchmarks. The file must not exist yet."),
                  arguments, io)) {
        return *exit;
    }
    if (auto exit = requireOption(parser, db, QStringLiteral("generate"), io)) {
        return *exit;
    }
    DemoGenerator::Options options;
    bool ok = false;
    options.cases = parser.value(cases).toInt(&ok);
    if (!ok || options.cases < 0) {
        io.err << CliText::tr("tsunagu-cli generate: --cases takes a whole number.") << Qt::endl;
        return UsageError;
    }
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        io.err << CliText::tr("tsunagu-cli generate: --seed takes a whole number.") << Qt::endl;
        return UsageError;
    }
    options.fiscalYears = parser.value(years).toInt(&ok);
    if (!ok || options.fiscalYears < 1 || options.fiscalYears > 100) {
        io.err << CliText::tr("tsunagu-cli generate: --years takes a whole number from 1 to 100.")
               << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            io.err << CliText::tr("tsunagu-cli generate: --today takes a date as YYYY-MM-DD.") << Qt::endl;
            return UsageError;
        }
    }
    auto file = BranchFile::create(parser.value(db), DemoGenerator::demoBranchInfo());
    if (!file.ok()) {
        return fail(io, file.error().message);
    }
    if (auto r = DemoGenerator::populate(*file.value(), options); !r.ok()) {
        const QString path = file.value()->path();
        file.value().reset();
        QFile::remove(path);
        return fail(io, r.error().message);
    }
    io.out << CliText::tr("Generated %n case(s) in %1.", nullptr, options.cases)
                  .arg(QDir::toNativeSeparators(file.value()->path()))
           << Qt::endl;
    return Success;
}

/// Writes \a bytes (UTF-8) to \a path atomically, or to the output stream
/// when \a path is empty.
int emit(const QByteArray& bytes, const QString& path, Streams& io)
{
    if (path.isEmpty()) {
        io.out.flush();
        if (io.out.device()->write(bytes) != bytes.size()) {
            return fail(io, CliText::tr("Cannot write the output."));
        }
        return Success;
    }
    if (auto r = writeFileAtomically(path, bytes); !r.ok()) {
        return fail(io, r.error().message);
    }
    return Success;
}

/// The region most cases come from, given \a counts of cases per region
/// (outside and unknown left out by the caller).
QString mostFrequentRegion(const QHash<QString, int>& counts, const MasterData& master)
{
    QString best = QString(MasterData::Unknown);
    int bestCount = 0;
    for (const Region& r : master.regions()) {
        if (counts.value(r.code) > bestCount) {
            best = r.code;
            bestCount = counts.value(r.code);
        }
    }
    return best;
}

int runImport(const QStringList& arguments, Streams& io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CliText::tr("The CSV's encoding: auto (default), utf-8 or cp932."),
                                      QStringLiteral("ENCODING"), QStringLiteral("auto"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  CliText::tr("Branch name for a new branch file (default: the file name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    CliText::tr("Region code for a new branch file (default: the region most "
                                                "cases come from)."),
                                    QStringLiteral("CODE"));
    parser.addOptions({db, encoding, name, region});
    parser.addPositionalArgument(QStringLiteral("csv"), CliText::tr("The case CSV to import."),
                                 QStringLiteral("CSV"));
    if (auto exit = parse(parser, QStringLiteral("import"),
                          CliText::tr("Imports cases from a CSV file (exchange format) into a branch file, "
                                      "creating the branch file when it does not exist. All rows or none."),
                          arguments, io)) {
        return *exit;
    }
    if (auto exit = requireOption(parser, db, QStringLiteral("import"), io)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << CliText::tr("tsunagu-cli import: name one CSV file.") << Qt::endl;
        return UsageError;
    }
    const auto chosenEncoding = exchange::encodingFromName(parser.value(encoding));
    if (!chosenEncoding) {
        io.err << CliText::tr("tsunagu-cli import: --encoding takes auto, utf-8 or cp932.") << Qt::endl;
        return UsageError;
    }
    const QString csvPath = parser.positionalArguments().constFirst();
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        return fail(
            io, CliText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(csvPath), csv.errorString()));
    }
    const QByteArray bytes = csv.readAll();

    const QString dbPath = parser.value(db);
    std::unique_ptr<BranchFile> file;
    bool created = false;
    if (QFileInfo::exists(dbPath)) {
        auto opened = BranchFile::open(dbPath, BranchFile::Access::ReadWrite,
                                       BranchFile::IntegrityCheck::BeforeOpening, lockWaitNotice(io));
        if (!opened.ok()) {
            return fail(io, opened.error().message);
        }
        noticeRecovery(*opened.value(), io);
        file = std::move(opened).value();
    } else {
        // Check the CSV before creating anything, so a bad CSV leaves no file;
        // case by case, not holding them all.
        const MasterData& master = MasterData::kanagawa();
        QHash<QString, int> regionCounts;
        const auto read =
            exchange::CaseCsv::readEach(bytes, *chosenEncoding, master, [&](const exchange::ImportedCase& c) {
                const QString r = master.regionOf(c.record.municipalityCode);
                if (r != MasterData::Outside && r != MasterData::Unknown) {
                    ++regionCounts[r];
                }
            });
        if (!read.ok()) {
            return fail(io, read.error().message);
        }
        BranchInfo info;
        info.name = parser.isSet(name) ? parser.value(name) : QFileInfo(dbPath).completeBaseName();
        info.regionCode =
            parser.isSet(region) ? parser.value(region) : mostFrequentRegion(regionCounts, master);
        auto made = BranchFile::create(dbPath, info);
        if (!made.ok()) {
            return fail(io, made.error().message);
        }
        file = std::move(made).value();
        created = true;
    }
    // The lock's heartbeat runs on a thread of its own however long this
    // takes; should the lock be lost anyway (e.g. this computer was suspended
    // and another took over), stop and roll back rather than commit.
    const auto report = exchange::CaseCsv::import(*file, bytes, *chosenEncoding,
                                                  [&file] { return !file->ensureWritable().ok(); });
    if (!report.ok()) {
        if (auto lock = file->ensureWritable(); !lock.ok()) {
            return fail(io, lock.error().message);
        }
        if (created) {
            const QString path = file->path();
            file.reset();
            QFile::remove(path);
        }
        return fail(io, report.error().message);
    }
    io.out << CliText::tr("Imported %n case(s) from %1 (%2).", nullptr, report->imported)
                  .arg(QDir::toNativeSeparators(csvPath), exchange::encodingName(report->encoding))
           << Qt::endl;
    if (report->coordinatorsCreated > 0) {
        io.out << CliText::tr("Added %n coordinator(s) named in the file.", nullptr,
                              report->coordinatorsCreated)
               << Qt::endl;
    }
    return Success;
}

int runExport(const QStringList& arguments, Streams& io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption personal(QStringLiteral("include-personal"),
                                      CliText::tr("Include names and contact details (personal data)."));
    const QCommandLineOption japanese(QStringLiteral("japanese"),
                                      CliText::tr("Japanese headers and labels instead of codes."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    CliText::tr("Write to this file instead of stdout."),
                                    QStringLiteral("OUT.csv"));
    parser.addOptions({db, personal, japanese, output});
    if (auto exit = parse(
            parser, QStringLiteral("export"),
            CliText::tr(
                "Exports every case as CSV (exchange format, UTF-8 with BOM). Personal "
                "data is left out unless asked for.\n"
                "A case CSV carries each case's current status only: not the status "
                "history, not the contact log, not who was in charge when, and of a coordinator only the "
                "name. A "
                "branch imported from it shows different figures for past periods. To "
                "move a branch whole, use File > Save a Copy in the app."),
            arguments, io)) {
        return *exit;
    }
    if (auto exit = requireOption(parser, db, QStringLiteral("export"), io)) {
        return *exit;
    }
    auto file = BranchFile::open(parser.value(db), BranchFile::Access::ReadOnly,
                                 BranchFile::IntegrityCheck::Deferred);
    if (!file.ok()) {
        return fail(io, file.error().message);
    }
    noticeRecovery(*file.value(), io);
    exchange::ExportOptions options;
    options.includePersonal = parser.isSet(personal);
    options.japanese = parser.isSet(japanese);
    // Streamed a block at a time: a million cases never sit in memory.
    const auto write = [&](QIODevice& device) {
        return exchange::CaseCsv::exportCases(*file.value(), options, device);
    };
    if (parser.value(output).isEmpty()) {
        io.out.flush();
        if (auto r = write(*io.out.device()); !r.ok()) {
            return fail(io,
                        r.error().kind == Error::Kind::Io
                            ? CliText::tr("Cannot write the output: %1").arg(writeErrorText(*io.out.device()))
                            : r.error().message);
        }
        return Success;
    }
    if (auto r = writeFileAtomically(parser.value(output), write); !r.ok()) {
        return fail(io, r.error().message);
    }
    return Success;
}

/// The period named by --from/--to, --month or --fiscal-year.
std::optional<statistics::Period> periodFromOptions(const QCommandLineParser& parser,
                                                    const QCommandLineOption& from,
                                                    const QCommandLineOption& to,
                                                    const QCommandLineOption& month,
                                                    const QCommandLineOption& fiscalYear, Streams& io)
{
    const int forms = (parser.isSet(from) || parser.isSet(to) ? 1 : 0) + (parser.isSet(month) ? 1 : 0) +
                      (parser.isSet(fiscalYear) ? 1 : 0);
    if (forms != 1) {
        io.err << CliText::tr("tsunagu-cli summary: give the period as --from and --to, --month or "
                              "--fiscal-year (one of them).")
               << Qt::endl;
        return std::nullopt;
    }
    if (parser.isSet(month)) {
        const QDate first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid() || parser.value(month).size() != 7) {
            io.err << CliText::tr("tsunagu-cli summary: --month takes YYYY-MM.") << Qt::endl;
            return std::nullopt;
        }
        return statistics::Period{first, first.addMonths(1).addDays(-1)};
    }
    if (parser.isSet(fiscalYear)) {
        bool ok = false;
        const int year = parser.value(fiscalYear).toInt(&ok);
        if (!ok || year < 1900 || year > 9998) {
            io.err << CliText::tr("tsunagu-cli summary: --fiscal-year takes the year it starts in (2024 for "
                                  "2024-04-01 to 2025-03-31).")
                   << Qt::endl;
            return std::nullopt;
        }
        const calendar::FiscalYear fy(year);
        return statistics::Period{fy.firstDay(), fy.lastDay()};
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        io.err << CliText::tr("tsunagu-cli summary: --from and --to go together.") << Qt::endl;
        return std::nullopt;
    }
    const auto first = calendar::DateInput::parse(parser.value(from));
    const auto last = calendar::DateInput::parse(parser.value(to));
    if (!first.ok() || !last.ok()) {
        io.err << CliText::tr("tsunagu-cli summary: %1").arg(first.ok() ? last.message() : first.message())
               << Qt::endl;
        return std::nullopt;
    }
    if (last.value() < first.value()) {
        io.err << CliText::tr("tsunagu-cli summary: --to is before --from.") << Qt::endl;
        return std::nullopt;
    }
    return statistics::Period{first.value(), last.value()};
}

int runSummary(const QStringList& arguments, Streams& io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption from(QStringLiteral("from"), CliText::tr("First day received (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("Last day received (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption month(QStringLiteral("month"), CliText::tr("A calendar month."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption fiscalYear(QStringLiteral("fiscal-year"),
                                        CliText::tr("A fiscal year, by the year it starts in (April)."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("json (default), csv or text."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      CliText::tr("Language of csv and text output: ja (default) or en."),
                                      QStringLiteral("LANG"), QStringLiteral("ja"));
    parser.addOptions({db, from, to, month, fiscalYear, format, language});
    if (auto exit = parse(parser, QStringLiteral("summary"),
                          CliText::tr("Prints the statistics of the cases received in a period; each case's "
                                      "status as it stood on the period's last day."),
                          arguments, io)) {
        return *exit;
    }
    if (auto exit = requireOption(parser, db, QStringLiteral("summary"), io)) {
        return *exit;
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv") &&
        formatName != QLatin1String("text")) {
        io.err << CliText::tr("tsunagu-cli summary: --format takes json, csv or text.") << Qt::endl;
        return UsageError;
    }
    if (parser.value(language) != QLatin1String("ja") && parser.value(language) != QLatin1String("en")) {
        io.err << CliText::tr("tsunagu-cli summary: --language takes ja or en.") << Qt::endl;
        return UsageError;
    }
    const Language reportLanguage =
        parser.value(language) == QLatin1String("ja") ? Language::Japanese : Language::English;
    const auto period = periodFromOptions(parser, from, to, month, fiscalYear, io);
    if (!period) {
        return UsageError;
    }
    auto file = BranchFile::open(parser.value(db), BranchFile::Access::ReadOnly,
                                 BranchFile::IntegrityCheck::Deferred);
    if (!file.ok()) {
        return fail(io, file.error().message);
    }
    noticeRecovery(*file.value(), io);
    // A damaged index gives wrong counts without any error: figures come
    // only from a file that passes the full check.
    if (auto r =
            storage::FileCheck::requireSound(file.value()->path(), file.value()->databaseFilePath(), false);
        !r.ok()) {
        return fail(io, r.error().message);
    }
    const auto summary = statistics::StatisticsEngine(*file.value()).summary(*period);
    if (!summary.ok()) {
        return fail(io, summary.error().message);
    }
    if (formatName == QLatin1String("json")) {
        return emit(statistics::summaryToJson(summary.value()), QString(), io);
    }
    if (formatName == QLatin1String("csv")) {
        return emit(statistics::summaryToCsv(summary.value(), file.value()->masterData(), reportLanguage),
                    QString(), io);
    }
    return emit(
        statistics::summaryToText(summary.value(), file.value()->masterData(), reportLanguage).toUtf8(),
        QString(), io);
}

int runCheck(const QStringList& arguments, Streams& io)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption repair(QStringLiteral("repair"),
                                    CliText::tr("When only indexes are damaged, rebuild them (REINDEX)."));
    parser.addOptions({db, repair});
    if (auto exit =
            parse(parser, QStringLiteral("check"),
                  CliText::tr("Runs the full check of a branch file (integrity_check), which also finds "
                              "damaged indexes that give wrong counts; remembers the result on this PC."),
                  arguments, io)) {
        return *exit;
    }
    if (auto exit = requireOption(parser, db, QStringLiteral("check"), io)) {
        return *exit;
    }
    auto file = BranchFile::open(parser.value(db), BranchFile::Access::ReadOnly,
                                 BranchFile::IntegrityCheck::Deferred);
    if (!file.ok()) {
        return fail(io, file.error().message);
    }
    noticeRecovery(*file.value(), io);
    const QString path = file.value()->path();
    auto outcome = storage::FileCheck::run(path, file.value()->databaseFilePath());
    if (!outcome.ok()) {
        return fail(io, outcome.error().message);
    }
    if (outcome->sound()) {
        io.out << CliText::tr("%1 passed the full check.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Success;
    }
    if (!parser.isSet(repair) || !outcome->indexesOnly) {
        return fail(io, storage::FileCheck::damagedError(path, outcome.value()).message);
    }
    file = Error(); // let go of the read-only connection before writing
    auto writable = BranchFile::open(path, BranchFile::Access::ReadWrite);
    if (!writable.ok()) {
        return fail(io, writable.error().message);
    }
    auto repaired = storage::FileCheck::repairIndexes(*writable.value());
    if (!repaired.ok()) {
        return fail(io, repaired.error().message);
    }
    if (!repaired->sound()) {
        return fail(io, storage::FileCheck::damagedError(path, repaired.value()).message);
    }
    io.out << CliText::tr("The indexes of %1 were rebuilt; it now passes the full check.")
                  .arg(QDir::toNativeSeparators(path))
           << Qt::endl;
    return Success;
}

QList<Command>& registeredCommands()
{
    static QList<Command> list;
    return list;
}

QList<Command> commands()
{
    QList<Command> list{
        {QStringLiteral("create"), CliText::tr("Create a new, empty branch file."), runCreate},
        {QStringLiteral("info"), CliText::tr("Show what a branch file holds."), runInfo},
        {QStringLiteral("import"), CliText::tr("Import cases from a CSV file."), runImport},
        {QStringLiteral("export"), CliText::tr("Export cases as CSV."), runExport},
        {QStringLiteral("summary"), CliText::tr("Print the statistics of a period."), runSummary},
        {QStringLiteral("check"), CliText::tr("Check a branch file fully; repair damaged indexes."),
         runCheck},
    };
    list += registeredCommands();
    list.append(
        {QStringLiteral("generate"), CliText::tr("Make a branch file of synthetic cases."), runGenerate});
    return list;
}

void printUsage(QTextStream& stream)
{
    stream << CliText::tr("Usage: tsunagu-cli COMMAND [OPTIONS]") << Qt::endl
           << Qt::endl
           << CliText::tr("Commands:") << Qt::endl;
    for (const Command& command : commands()) {
        stream << QStringLiteral("  %1  %2").arg(command.name, -10).arg(command.summary) << Qt::endl;
    }
    stream << Qt::endl
           << CliText::tr("Run \"tsunagu-cli COMMAND --help\" for the options of a command.") << Qt::endl;
}

int runCommand(const QStringList& arguments, Streams& io)
{
    QTextStream& out = io.out;
    QTextStream& err = io.err;
    if (arguments.isEmpty()) {
        printUsage(err);
        return UsageError;
    }
    const QString& first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out);
        return Success;
    }
    if (first == QLatin1String("--version")) {
        out << QStringLiteral("tsunagu-cli %1").arg(QStringLiteral(TSUNAGU_VERSION)) << Qt::endl;
        return Success;
    }
    for (const Command& command : commands()) {
        if (command.name == first) {
            return command.run(arguments.mid(1), io);
        }
    }
    err << CliText::tr("tsunagu-cli: unknown command \"%1\".").arg(first) << Qt::endl;
    printUsage(err);
    return UsageError;
}

} // namespace

void registerCommand(const QString& name, const QString& summary, CommandFunction function)
{
    registeredCommands().append(Command{name, summary, [function](const QStringList& arguments, Streams& io) {
                                            return function(arguments, io.out, io.err);
                                        }});
}

int run(const QStringList& arguments, QIODevice& outDevice, QIODevice& errDevice)
{
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    Streams io{out, err};
    const int code = runCommand(arguments, io);
    out.flush();
    err.flush();
    return code;
}

int run(const QStringList& arguments)
{
    installTranslators(systemLanguage());
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly)) {
        return Failure;
    }
    return run(arguments, out, err);
}

} // namespace tsunagu::cli
