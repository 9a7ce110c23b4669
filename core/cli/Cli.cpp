// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "cases/CaseRepository.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "storage/BranchFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

int fail(Streams& io, const QString& message)
{
    io.err << message << Qt::endl;
    return Failure;
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
    parser.addOptions({db, cases, seed, today});
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
    io.out << CliText::tr("Generated %1 cases in %2.")
                  .arg(options.cases)
                  .arg(QDir::toNativeSeparators(file.value()->path()))
           << Qt::endl;
    return Success;
}

const QList<Command>& commands()
{
    static const QList<Command> list{
        {QStringLiteral("create"), CliText::tr("Create a new, empty branch file."), runCreate},
        {QStringLiteral("info"), CliText::tr("Show what a branch file holds."), runInfo},
        {QStringLiteral("generate"), CliText::tr("Make a branch file of synthetic cases."), runGenerate},
    };
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

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Streams io{out, err};
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

int run(const QStringList& arguments)
{
    installTranslators(systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace tsunagu::cli
