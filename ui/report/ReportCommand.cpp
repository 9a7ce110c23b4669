// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "cli/Cli.h"
#include "report/ReportRenderer.h"
#include "statistics/ReportData.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"
#include "storage/FileCheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace tsunagu::ui {

void ReportCommand::registerCommand()
{
    cli::registerCommand(QStringLiteral("report"), tr("Write the monthly summary or annual report as PDF."),
                         &ReportCommand::run);
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the monthly summary (月報) of a month, or the annual report (年度報告) of a fiscal year, "
           "as an A4 "
           "PDF with the bundled Japanese font embedded. No personal data is included."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The branch file."), QStringLiteral("FILE"));
    const QCommandLineOption month(QStringLiteral("month"), tr("The month of a monthly summary."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption fiscalYear(QStringLiteral("fiscal-year"),
                                        tr("The fiscal year of an annual report, by the year it starts in."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The PDF to write."),
                                    QStringLiteral("OUT.pdf"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of the report: ja (default) or en."),
                                      QStringLiteral("LANG"), QStringLiteral("ja"));
    parser.addOptions({help, db, month, fiscalYear, output, language});
    const auto usage = [&](const QString& problem) {
        err << problem << Qt::endl << tr("Run \"tsunagu-cli report --help\" for usage.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(QStringList{QStringLiteral("tsunagu-cli report")} + arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(db) || !parser.isSet(output)) {
        return usage(tr("tsunagu-cli report: --db and --output are required."));
    }
    if (parser.isSet(month) == parser.isSet(fiscalYear)) {
        return usage(tr("tsunagu-cli report: give either --month or --fiscal-year."));
    }
    if (parser.value(language) != QLatin1String("ja") && parser.value(language) != QLatin1String("en")) {
        return usage(tr("tsunagu-cli report: --language takes ja or en."));
    }
    QDate monthStart;
    int year = 0;
    if (parser.isSet(month)) {
        monthStart = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
        if (!monthStart.isValid() || parser.value(month).size() != 7) {
            return usage(tr("tsunagu-cli report: --month takes YYYY-MM."));
        }
    } else {
        bool ok = false;
        year = parser.value(fiscalYear).toInt(&ok);
        if (!ok || year < 1900 || year > 9998) {
            return usage(
                tr("tsunagu-cli report: --fiscal-year takes the year it starts in (2024 for April 2024 to "
                   "March 2025)."));
        }
    }
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        err << tr("tsunagu-cli report: internal error: the report needs a QApplication.") << Qt::endl;
        return 1;
    }

    auto file = BranchFile::open(parser.value(db), BranchFile::Access::ReadOnly,
                                 BranchFile::IntegrityCheck::Deferred);
    if (!file.ok()) {
        err << file.error().message << Qt::endl;
        return 1;
    }
    if (file.value()->recoveredInterruptedSave()) {
        err << file.value()->interruptedSaveNotice() << Qt::endl;
    }
    // An annual report is always preceded by the full check; a monthly one by
    // it when the file is small, else by what this PC remembers of it.
    if (auto r = storage::FileCheck::requireSound(file.value()->path(), file.value()->databaseFilePath(),
                                                  !monthStart.isValid());
        !r.ok()) {
        err << r.error().message << Qt::endl;
        return 1;
    }
    const statistics::StatisticsEngine engine(*file.value());
    auto data = monthStart.isValid()
                    ? statistics::ReportData::monthly(engine, file.value()->info(), monthStart)
                    : statistics::ReportData::annual(engine, file.value()->info(), year);
    if (!data.ok()) {
        err << data.error().message << Qt::endl;
        return 1;
    }
    const Language reportLanguage =
        parser.value(language) == QLatin1String("ja") ? Language::Japanese : Language::English;
    const ReportRenderer renderer(std::move(data).value(), file.value()->masterData(), reportLanguage);
    if (auto r = renderer.writePdf(parser.value(output)); !r.ok()) {
        err << r.error().message << Qt::endl;
        return 1;
    }
    out << (monthStart.isValid()
                ? tr("Wrote the monthly summary of %1 to %2 (%n page(s)).", nullptr, renderer.pageCount())
                      .arg(monthStart.toString(QStringLiteral("yyyy-MM")),
                           QDir::toNativeSeparators(parser.value(output)))
                : tr("Wrote the annual report of fiscal year %1 to %2 (%n page(s)).", nullptr,
                     renderer.pageCount())
                      .arg(year)
                      .arg(QDir::toNativeSeparators(parser.value(output))))
        << Qt::endl;
    return 0;
}

} // namespace tsunagu::ui
