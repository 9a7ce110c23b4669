// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTables.h"

#include "calendar/JapaneseCalendar.h"
#include "codes/Codes.h"
#include "exchange/SpreadsheetCell.h"
#include "master/MasterData.h"

namespace tsunagu::statistics {

namespace {

/// Report text is chosen by the report's language, not by the installed
/// translator: a Japanese report stays Japanese on an English desktop.
QString pick(Language language, const QString& japanese, const QString& english)
{
    return language == Language::Japanese ? japanese : english;
}

/// The summaries (and contact counts) of the value columns, in order.
struct Columns
{
    QList<const Summary*> summaries;
    QList<const ContactCounts*> contacts;
};

Columns columnsOf(const ReportData& data)
{
    if (data.kind == ReportData::Kind::Annual) {
        return {{&data.periodSummary, &data.periodPreviousYear},
                {&data.periodContacts, &data.periodContactsPreviousYear}};
    }
    return {{&data.periodSummary, &data.cumulativeSummary, &data.periodPreviousYear,
             &data.cumulativePreviousYear},
            {&data.periodContacts, &data.cumulativeContacts, &data.periodContactsPreviousYear,
             &data.cumulativeContactsPreviousYear}};
}

QStringList valueHeaders(const ReportData& data, Language language)
{
    if (data.kind == ReportData::Kind::Annual) {
        return {pick(language, QStringLiteral("当年度"), QStringLiteral("This year")),
                pick(language, QStringLiteral("前年度"), QStringLiteral("Previous year"))};
    }
    return {pick(language, QStringLiteral("当月"), QStringLiteral("Month")),
            pick(language, QStringLiteral("年度累計"), QStringLiteral("Year to date")),
            pick(language, QStringLiteral("前年同月"), QStringLiteral("Month, prev. year")),
            pick(language, QStringLiteral("前年度同期"), QStringLiteral("YTD, prev. year"))};
}

ReportTable::Row row(const QString& label, const QList<qint64>& values, int indent = 0, bool emphasis = false)
{
    return ReportTable::Row{label, values, indent, emphasis};
}

template <typename Get>
QList<qint64> valuesOf(const QList<const Summary*>& summaries, Get get)
{
    QList<qint64> values;
    for (const Summary* s : summaries) {
        values.append(get(*s));
    }
    return values;
}

ReportTable codeTable(const QString& id, const QString& title, const QString& labelHeader,
                      const CodeList& list, QList<Count> Summary::*member, const Columns& columns,
                      const QStringList& headers, Language language)
{
    ReportTable table;
    table.id = id;
    table.title = title;
    table.columns = QStringList{labelHeader} + headers;
    for (const CodeItem& item : list.items()) {
        table.rows.append(row(item.label(language), valuesOf(columns.summaries, [&](const Summary& s) {
                                  return Summary::countOf(s.*member, item.code);
                              })));
    }
    return table;
}

} // namespace

QString ReportTable::toTsv() const
{
    // Text cells are guarded against formulas like the cells of a CSV
    // (exchange spec 1.1): Excel reads pasted text as it reads a file.
    const auto clean = [](QString text) {
        return exchange::guardedCell(text.replace(QLatin1Char('\t'), QLatin1Char(' ')));
    };
    QStringList lines;
    QStringList header;
    for (const QString& column : columns) {
        header.append(clean(column));
    }
    lines.append(header.join(QLatin1Char('\t')));
    for (const Row& r : rows) {
        QStringList cells{clean(QString(r.indent * 2, QChar(0x3000)) + r.label)};
        for (const qint64 v : r.values) {
            cells.append(QString::number(v));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<ReportTable> reportTables(const ReportData& data, const MasterData& masterData, Language language)
{
    const Columns columns = columnsOf(data);
    const QStringList headers = valueHeaders(data, language);
    const bool japanese = language == Language::Japanese;
    QList<ReportTable> tables;

    // Cases (実件数) and contacts in the period (延べ件数（期間内の対応）,
    // countContacts()).
    {
        ReportTable table;
        table.id = QStringLiteral("cases");
        table.title = pick(language, QStringLiteral("相談件数"), QStringLiteral("Cases and contacts"));
        table.columns = QStringList{pick(language, QStringLiteral("区分"), QStringLiteral("Item"))} + headers;
        table.rows.append(row(pick(language, QStringLiteral("相談件数（実件数）"), QStringLiteral("Cases")),
                              valuesOf(columns.summaries, [](const Summary& s) { return s.cases; }), 0,
                              true));
        QList<qint64> contactTotals;
        for (const ContactCounts* c : columns.contacts) {
            contactTotals.append(c->total);
        }
        table.rows.append(row(pick(language, QStringLiteral("延べ件数（期間内の対応）"),
                                   QStringLiteral("Contacts in the period")),
                              contactTotals, 0, true));
        for (const CodeItem& kind : codes::contactKinds().items()) {
            QList<qint64> values;
            for (const ContactCounts* c : columns.contacts) {
                values.append(Summary::countOf(c->kind, kind.code));
            }
            table.rows.append(row(kind.label(language), values, 1));
        }
        table.note =
            pick(language,
                 QStringLiteral("相談件数は受付日、延べ件数は対応日で数えています（期間より前に受け付けた相"
                                "談への対応を含みます）。"),
                 QStringLiteral("Cases are counted by the day received, contacts by the day they "
                                "happened (contacts with cases received earlier included)."));
        tables.append(table);
    }

    // (1) By region, with each region's municipalities.
    {
        ReportTable table;
        table.id = QStringLiteral("region");
        table.title =
            pick(language, QStringLiteral("（１）圏域別件数"), QStringLiteral("(1) Cases by region"));
        table.columns = QStringList{pick(language, QStringLiteral("圏域・市町村"),
                                         QStringLiteral("Region / municipality"))} +
                        headers;
        // As in the center's tables: each region with its municipalities,
        // then designated cities, 県外 and 不明 together at the end.
        QList<const Region*> others;
        for (const Region& region : masterData.regions()) {
            const bool pseudo = region.code == MasterData::Outside || region.code == MasterData::Unknown;
            if (region.designatedCity || pseudo) {
                others.append(&region);
                continue;
            }
            table.rows.append(
                row(region.name(language),
                    valuesOf(columns.summaries,
                             [&](const Summary& s) { return Summary::countOf(s.region, region.code); }),
                    0, true));
            for (const Municipality* m : masterData.municipalitiesIn(region.code)) {
                table.rows.append(
                    row(m->name(language),
                        valuesOf(columns.summaries,
                                 [&](const Summary& s) { return Summary::countOf(s.municipality, m->code); }),
                        1));
            }
        }
        if (!others.isEmpty()) {
            table.rows.append(row(pick(language, QStringLiteral("政令市・その他"),
                                       QStringLiteral("Designated cities and other")),
                                  valuesOf(columns.summaries,
                                           [&](const Summary& s) {
                                               qint64 sum = 0;
                                               for (const Region* r : std::as_const(others)) {
                                                   sum += Summary::countOf(s.region, r->code);
                                               }
                                               return sum;
                                           }),
                                  0, true));
            for (const Region* r : std::as_const(others)) {
                table.rows.append(
                    row(r->name(language),
                        valuesOf(columns.summaries,
                                 [&](const Summary& s) { return Summary::countOf(s.region, r->code); }),
                        1));
            }
        }
        tables.append(table);
    }

    tables.append(codeTable(QStringLiteral("method"),
                            pick(language, QStringLiteral("（２）相談方法"), QStringLiteral("(2) Method")),
                            pick(language, QStringLiteral("相談方法"), QStringLiteral("Method")),
                            codes::methods(), &Summary::method, columns, headers, language));
    tables.append(codeTable(QStringLiteral("consulter"),
                            pick(language, QStringLiteral("（３）相談者"), QStringLiteral("(3) Consulter")),
                            pick(language, QStringLiteral("相談者"), QStringLiteral("Consulter")),
                            codes::consulters(), &Summary::consulter, columns, headers, language));
    {
        ReportTable table = codeTable(QStringLiteral("topic"),
                                      pick(language, QStringLiteral("（４）相談内容（主訴別）"),
                                           QStringLiteral("(4) Topics (mentions)")),
                                      pick(language, QStringLiteral("相談内容"), QStringLiteral("Topic")),
                                      codes::topics(), &Summary::topic, columns, headers, language);
        table.rows.append(row(pick(language, QStringLiteral("合計"), QStringLiteral("Total")),
                              valuesOf(columns.summaries, [](const Summary& s) { return s.topicMentions; }),
                              0, true));
        table.note = pick(language,
                          QStringLiteral("1件の相談に複数の主訴があるため、合計は相談件数より多くなります。"),
                          QStringLiteral("A case can have several topics, so the total exceeds the cases."));
        tables.append(table);
    }
    {
        ReportTable table = codeTable(QStringLiteral("status"),
                                      pick(language, QStringLiteral("（５）状況（各期間の末日時点）"),
                                           QStringLiteral("(5) Status (as of each period's last day)")),
                                      pick(language, QStringLiteral("状況"), QStringLiteral("Status")),
                                      codes::statuses(), &Summary::status, columns, headers, language);
        tables.append(table);
    }

    // Open cases per coordinator as of the period's end.
    {
        ReportTable table;
        table.id = QStringLiteral("workload");
        const QString asOf = japanese
                                 ? calendar::JapaneseCalendar::instance().formatDate(data.period.to, language)
                                 : data.period.to.toString(Qt::ISODate);
        table.title = pick(language, QStringLiteral("（６）担当者別の継続中の相談（%1現在）").arg(asOf),
                           QStringLiteral("(6) Open cases per coordinator (as of %1)").arg(asOf));
        table.columns =
            QStringList{pick(language, QStringLiteral("担当コーディネーター"), QStringLiteral("Coordinator")),
                        pick(language, QStringLiteral("継続中"), QStringLiteral("Open cases"))};
        for (const CoordinatorLoad& load : data.workload) {
            QString label = load.coordinatorId == 0 ? pick(language, QStringLiteral("（担当者なし）"),
                                                           QStringLiteral("(nobody in charge)"))
                                                    : load.name;
            if (load.role == QLatin1String("chief")) {
                label += pick(language, QStringLiteral("（主任）"), QStringLiteral(" (chief)"));
            }
            table.rows.append(row(label, {load.openCases}));
        }
        qint64 total = 0;
        for (const CoordinatorLoad& load : data.workload) {
            total += load.openCases;
        }
        table.rows.append(
            row(pick(language, QStringLiteral("合計"), QStringLiteral("Total")), {total}, 0, true));
        tables.append(table);
    }
    return tables;
}

} // namespace tsunagu::statistics
