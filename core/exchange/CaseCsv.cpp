// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseCsv.h"

#include "calendar/DateInput.h"
#include "cases/CaseRepository.h"
#include "codes/Codes.h"
#include "coordinators/CoordinatorRepository.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "master/MasterData.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tsunagu::exchange {

namespace {

QString col(const char* code)
{
    return QString::fromLatin1(code);
}

/// Splits a multi-valued field on ';' (or the full-width '；').
QStringList splitValues(const QString& text)
{
    QStringList values;
    QString current;
    for (const QChar c : text) {
        if (c == u';' || c == u'；') {
            values.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    values.append(current.trimmed());
    values.removeAll(QString());
    return values;
}

void sortByList(QStringList& codes, const CodeList& list)
{
    std::sort(codes.begin(), codes.end(),
              [&list](const QString& a, const QString& b) { return list.indexOf(a) < list.indexOf(b); });
}

/// Collects "row N, column X: what" lines, up to a limit.
class Problems
{
public:
    void add(int row, const QString& column, const QString& what)
    {
        ++m_count;
        if (m_lines.size() < CaseCsv::MaxReportedProblems) {
            m_lines.append(column.isEmpty()
                               ? CaseCsv::tr("row %1: %2").arg(row).arg(what)
                               : CaseCsv::tr("row %1, column %2: %3").arg(row).arg(column, what));
        }
    }
    bool isEmpty() const { return m_count == 0; }
    Error error() const
    {
        QStringList lines = m_lines;
        if (m_count > m_lines.size()) {
            lines.append(CaseCsv::tr("… and %1 more problems").arg(m_count - m_lines.size()));
        }
        lines.prepend(CaseCsv::tr("Nothing was imported: %n problem(s) in the file.", nullptr, m_count));
        return Error(Error::Kind::Invalid, lines.join(QLatin1Char('\n')));
    }

private:
    QStringList m_lines;
    qsizetype m_count = 0;
};

QString codedValue(const QString& text, const CodeList& list, const QString& column, int row,
                   Problems& problems)
{
    const QString code = list.codeForInput(text);
    if (code.isEmpty()) {
        problems.add(row, column, CaseCsv::tr("\"%1\" is not a known code or label").arg(text.trimmed()));
    }
    return code;
}

QStringList codedValues(const QString& text, const CodeList& list, const QString& column, int row,
                        Problems& problems)
{
    QStringList codes;
    for (const QString& value : splitValues(text)) {
        const QString code = codedValue(value, list, column, row, problems);
        if (!code.isEmpty()) {
            codes.append(code);
        }
    }
    return codes;
}

} // namespace

const QList<CaseColumn>& caseColumns()
{
    static const QList<CaseColumn> columns{
        {col("case_no"), QStringLiteral("相談番号"), false, false},
        {col("received_on"), QStringLiteral("受付日"), true, false},
        {col("municipality"), QStringLiteral("市町村"), true, false},
        {col("method"), QStringLiteral("相談方法"), true, false},
        {col("consulter"), QStringLiteral("相談者"), true, false},
        {col("topics"), QStringLiteral("相談内容"), true, false},
        {col("status"), QStringLiteral("状況"), true, false},
        {col("status_since"), QStringLiteral("状況変更日"), false, false},
        {col("coordinator"), QStringLiteral("担当コーディネーター"), false, false},
        {col("child_age"), QStringLiteral("年齢"), false, false},
        {col("care_needs"), QStringLiteral("医療的ケア"), false, false},
        {col("child_name"), QStringLiteral("児童氏名"), false, true},
        {col("consulter_name"), QStringLiteral("相談者氏名"), false, true},
        {col("contact"), QStringLiteral("連絡先"), false, true},
        {col("note"), QStringLiteral("備考"), false, false},
    };
    return columns;
}

Result<QList<ImportedCase>> CaseCsv::read(const QByteArray& bytes, Encoding encoding,
                                          const MasterData& masterData, Encoding* detected, QDate today)
{
    const auto decoded = decodeText(bytes, encoding);
    if (!decoded.ok()) {
        return decoded.error();
    }
    if (detected) {
        *detected = decoded->encoding;
    }
    const auto parsed = CsvReader::parse(decoded->text);
    if (!parsed.ok()) {
        return Error(Error::Kind::Invalid, tr("Nothing was imported: %1").arg(parsed.message()));
    }
    const QList<CsvRecord>& records = parsed.value();
    if (records.isEmpty()) {
        return Error(Error::Kind::Invalid, tr("Nothing was imported: the file is empty."));
    }

    // The header: English codes or Japanese labels, in any order.
    Problems problems;
    const CsvRecord& header = records.constFirst();
    QHash<QString, int> indexOf;      // column code -> field index
    QHash<QString, QString> headerOf; // column code -> header as written
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const auto column =
            std::find_if(caseColumns().cbegin(), caseColumns().cend(),
                         [&](const CaseColumn& c) { return c.code == name || c.headerJa == name; });
        if (column == caseColumns().cend()) {
            problems.add(header.row, name.isEmpty() ? tr("%1").arg(i + 1) : name,
                         name.isEmpty() ? tr("a column has no header") : tr("unknown column"));
            continue;
        }
        if (indexOf.contains(column->code)) {
            problems.add(header.row, name, tr("the column appears twice"));
            continue;
        }
        indexOf.insert(column->code, i);
        headerOf.insert(column->code, name);
    }
    for (const CaseColumn& column : caseColumns()) {
        if (column.required && !indexOf.contains(column.code)) {
            problems.add(header.row, QString(),
                         tr("the required column %1 (%2) is missing").arg(column.headerJa, column.code));
        }
    }
    if (!problems.isEmpty()) {
        return problems.error();
    }

    QList<ImportedCase> cases;
    cases.reserve(records.size() - 1);
    QHash<QString, int> caseNoRows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        const int row = record.row;
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (blank) {
            continue; // Excel writes empty rows at the end of a sheet
        }
        if (record.fields.size() != header.fields.size()) {
            problems.add(
                row, QString(),
                tr("%1 fields, but the header has %2").arg(record.fields.size()).arg(header.fields.size()));
            continue;
        }
        const auto field = [&](const char* code) {
            const auto it = indexOf.constFind(col(code));
            return it == indexOf.constEnd() ? QString() : record.fields.at(*it);
        };
        const auto column = [&](const char* code) {
            return headerOf.value(col(code), col(code));
        };
        const auto requireValue = [&](const char* code) {
            if (field(code).trimmed().isEmpty()) {
                problems.add(row, column(code), tr("a value is required"));
                return false;
            }
            return true;
        };

        ImportedCase imported;
        imported.row = row;
        imported.caseNoColumn = column("case_no");
        CaseRecord& c = imported.record;
        c.caseNo = field("case_no").trimmed();
        if (requireValue("received_on")) {
            const auto date = calendar::DateInput::parse(field("received_on"));
            if (date.ok()) {
                c.receivedOn = date.value();
            } else {
                problems.add(row, column("received_on"), date.message());
            }
        }
        if (requireValue("municipality")) {
            c.municipalityCode = masterData.municipalityCodeForInput(field("municipality"));
            if (c.municipalityCode.isEmpty()) {
                problems.add(
                    row, column("municipality"),
                    tr("\"%1\" is not a municipality code or name").arg(field("municipality").trimmed()));
            }
        }
        if (requireValue("method")) {
            c.method = codedValue(field("method"), codes::methods(), column("method"), row, problems);
        }
        if (requireValue("consulter")) {
            c.consulter =
                codedValue(field("consulter"), codes::consulters(), column("consulter"), row, problems);
        }
        if (requireValue("topics")) {
            c.topics = codedValues(field("topics"), codes::topics(), column("topics"), row, problems);
            sortByList(c.topics, codes::topics());
        }
        c.careNeeds =
            codedValues(field("care_needs"), codes::careNeeds(), column("care_needs"), row, problems);
        sortByList(c.careNeeds, codes::careNeeds());

        QString status;
        if (requireValue("status")) {
            status = codedValue(field("status"), codes::statuses(), column("status"), row, problems);
        }
        QDate since = c.receivedOn;
        if (!field("status_since").trimmed().isEmpty()) {
            const auto date = calendar::DateInput::parse(field("status_since"));
            if (date.ok()) {
                since = date.value();
            } else {
                problems.add(row, column("status_since"), date.message());
            }
        }
        // Before status_since the case counts as ongoing (spec §1).
        if (!status.isEmpty() && c.receivedOn.isValid() && since.isValid()) {
            if (since < c.receivedOn) {
                problems.add(row, column("status_since"),
                             tr("%1 is before the date received (%2)")
                                 .arg(since.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate)));
            } else if (since == c.receivedOn) {
                c.statusHistory.append({status, since});
            } else {
                c.statusHistory.append({QString(codes::status::Ongoing), c.receivedOn});
                c.statusHistory.append({status, since});
            }
        }

        if (const QString age = field("child_age").trimmed().normalized(QString::NormalizationForm_KC);
            !age.isEmpty()) {
            bool ok = false;
            const int years = age.toInt(&ok);
            if (ok) {
                c.childAge = years;
            } else {
                problems.add(row, column("child_age"), tr("\"%1\" is not a whole number of years").arg(age));
            }
        }
        imported.coordinatorName = field("coordinator").trimmed();
        c.personal = PersonalData{field("child_name").trimmed(), field("consulter_name").trimmed(),
                                  field("contact").trimmed()};
        c.note = field("note");

        if (!c.caseNo.isEmpty()) {
            if (const auto first = caseNoRows.constFind(c.caseNo); first != caseNoRows.constEnd()) {
                problems.add(row, column("case_no"),
                             tr("case number %1 repeats row %2").arg(c.caseNo).arg(first.value()));
            } else {
                caseNoRows.insert(c.caseNo, row);
            }
        }
        // Rules of the case itself (dates in order, ages, ...), only for
        // fields that parsed, so one mistake is reported once.
        for (const FieldProblem& p : CaseRepository::validate(c, masterData, today)) {
            const bool parsedField =
                (p.field == QLatin1String("received_on") && c.receivedOn.isValid()) ||
                (p.field == QLatin1String("municipality") && !c.municipalityCode.isEmpty()) ||
                p.field == QLatin1String("case_no") || p.field == QLatin1String("child_age") ||
                p.field == QLatin1String("status_since") ||
                (p.field == QLatin1String("topics") && !field("topics").trimmed().isEmpty() &&
                 !c.topics.isEmpty());
            if (parsedField) {
                problems.add(row, column(p.field.toLatin1().constData()), p.message);
            }
        }
        cases.append(std::move(imported));
    }
    if (!problems.isEmpty()) {
        return problems.error();
    }
    if (cases.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     tr("Nothing was imported: the file has no cases below its header."));
    }
    return cases;
}

Result<ImportReport> CaseCsv::import(BranchFile& file, const QByteArray& bytes, Encoding encoding)
{
    if (auto r = file.ensureWritable(); !r.ok()) {
        return r.error();
    }
    ImportReport report;
    auto read = CaseCsv::read(bytes, encoding, file.masterData(), &report.encoding);
    if (!read.ok()) {
        return read.error();
    }
    QList<ImportedCase>& imported = read.value();

    // Case numbers the file already holds.
    {
        Problems problems;
        QSqlQuery query(file.database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT case_no FROM case_record"))) {
            return storage::databaseError(tr("Reading case numbers"), query.lastError().text());
        }
        QSet<QString> existing;
        while (query.next()) {
            existing.insert(query.value(0).toString());
        }
        for (const ImportedCase& c : std::as_const(imported)) {
            if (existing.contains(c.record.caseNo)) {
                problems.add(c.row, c.caseNoColumn,
                             tr("case number %1 is already in the branch file").arg(c.record.caseNo));
            }
        }
        if (!problems.isEmpty()) {
            return problems.error();
        }
    }

    storage::WriteTransaction transaction(file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r.error();
    }
    CoordinatorRepository coordinators(file);
    QHash<QString, qint64> coordinatorIds;
    if (auto all = coordinators.all(); all.ok()) {
        for (const Coordinator& c : all.value()) {
            if (!coordinatorIds.contains(c.name)) {
                coordinatorIds.insert(c.name, c.id);
            }
        }
    } else {
        return all.error();
    }
    QList<CaseRecord> records;
    records.reserve(imported.size());
    for (ImportedCase& c : imported) {
        if (!c.coordinatorName.isEmpty()) {
            if (!coordinatorIds.contains(c.coordinatorName)) {
                Coordinator added;
                added.name = c.coordinatorName;
                added.role = QString(codes::role::Coordinator);
                auto id = coordinators.insertInTransaction(added);
                if (!id.ok()) {
                    return id.error();
                }
                coordinatorIds.insert(c.coordinatorName, id.value());
                ++report.coordinatorsCreated;
            }
            c.record.coordinatorId = coordinatorIds.value(c.coordinatorName);
        }
        records.append(std::move(c.record));
    }
    if (auto r = CaseRepository(file).insertInTransaction(records); !r.ok()) {
        return r.error();
    }
    if (auto r = transaction.commit(); !r.ok()) {
        return r.error();
    }
    report.imported = static_cast<int>(records.size());
    return report;
}

Result<QByteArray> CaseCsv::exportCases(const BranchFile& file, const ExportOptions& options)
{
    const MasterData& master = file.masterData();
    QList<QStringList> rows;
    QStringList header;
    for (const CaseColumn& column : caseColumns()) {
        if (!column.personal || options.includePersonal) {
            header.append(options.japanese ? column.headerJa : column.code);
        }
    }
    rows.append(header);

    QSqlQuery query(file.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT c.case_no, c.received_on, c.municipality_code, c.method, c.consulter, "
                           "(SELECT group_concat(topic, ';') FROM case_topic WHERE case_id = c.id), "
                           "c.status, c.status_since, co.name, c.child_age, "
                           "(SELECT group_concat(care_need, ';') FROM case_care_need WHERE case_id = c.id), "
                           "p.child_name, p.consulter_name, p.contact, c.note "
                           "FROM case_record c LEFT JOIN coordinator co ON co.id = c.coordinator_id "
                           "LEFT JOIN case_personal p ON p.case_id = c.id ORDER BY c.received_on, c.id"))) {
        return storage::databaseError(tr("Exporting cases"), query.lastError().text());
    }
    const auto labelled = [&](const QString& code, const CodeList& list) {
        return options.japanese ? list.label(code, Language::Japanese) : code;
    };
    const auto labelledList = [&](const QString& joined, const CodeList& list) {
        QStringList values = joined.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        sortByList(values, list);
        if (options.japanese) {
            for (QString& v : values) {
                v = list.label(v, Language::Japanese);
            }
        }
        return values.join(QLatin1Char(';'));
    };
    while (query.next()) {
        QStringList row;
        const QString municipality = query.value(2).toString();
        const Municipality* m = master.municipality(municipality);
        row << query.value(0).toString() << query.value(1).toString()
            << (options.japanese && m ? m->nameJa : municipality)
            << labelled(query.value(3).toString(), codes::methods())
            << labelled(query.value(4).toString(), codes::consulters())
            << labelledList(query.value(5).toString(), codes::topics())
            << labelled(query.value(6).toString(), codes::statuses()) << query.value(7).toString()
            << query.value(8).toString() << (query.value(9).isNull() ? QString() : query.value(9).toString())
            << labelledList(query.value(10).toString(), codes::careNeeds());
        if (options.includePersonal) {
            row << query.value(11).toString() << query.value(12).toString() << query.value(13).toString();
        }
        row << query.value(14).toString();
        rows.append(row);
    }
    return CsvWriter::write(rows);
}

} // namespace tsunagu::exchange
