// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseCsv.h"

#include "calendar/DateInput.h"
#include "cases/CaseRepository.h"
#include "codes/Codes.h"
#include "common/SaveFile.h"
#include "common/TextInput.h"
#include "coordinators/CoordinatorRepository.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/SpreadsheetCell.h"
#include "master/MasterData.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace tsunagu::exchange {

namespace {

/// The columns of caseColumns(), in its order.
enum Column : int
{
    CaseNo,
    ReceivedOn,
    MunicipalityColumn,
    Method,
    Consulter,
    Topics,
    Status,
    StatusSince,
    CoordinatorColumn,
    ChildAge,
    CareNeeds,
    ChildName,
    ConsulterName,
    Contact,
    Note,
    ColumnCount,
};

QString col(const char* code)
{
    return QString::fromLatin1(code);
}

/// Calls \a visit with each value of a multi-valued field: split on ';' (or
/// the full-width '；'), trimmed, empty values left out.
template <typename Visit>
void forEachValue(QStringView text, Visit visit)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != u';' && text[i] != u'；') {
            continue;
        }
        const QStringView value = text.sliced(start, i - start).trimmed();
        if (!value.isEmpty()) {
            visit(value);
        }
        start = i + 1;
    }
}

void sortByList(QStringList& codes, const CodeList& list)
{
    std::sort(codes.begin(), codes.end(),
              [&list](const QString& a, const QString& b) { return list.indexOf(a) < list.indexOf(b); });
}

/// The date of a field in the form almost every row uses, "2024-04-01" or
/// "2024/4/1" (ASCII, nothing around it), read without the general parser;
/// nullopt for anything else, which calendar::DateInput::parse() reads (and
/// explains when it is wrong). Accepts exactly what that parser accepts in
/// these forms, with the same result.
std::optional<QDate> quickDate(QStringView text)
{
    if (text.size() < 8 || text.size() > 10) {
        return std::nullopt;
    }
    const auto digit = [&](qsizetype i) {
        return text[i] >= u'0' && text[i] <= u'9';
    };
    const auto value = [&](qsizetype i) {
        return int(text[i].unicode() - u'0');
    };
    for (qsizetype i = 0; i < 4; ++i) {
        if (!digit(i)) {
            return std::nullopt;
        }
    }
    const QChar separator = text[4];
    if (separator != u'-' && separator != u'/') {
        return std::nullopt;
    }
    // One or two digits for the month and for the day.
    qsizetype i = 5;
    int parts[2] = {0, 0};
    for (int part = 0; part < 2; ++part) {
        const qsizetype first = i;
        while (i < text.size() && i - first < 2 && digit(i)) {
            parts[part] = parts[part] * 10 + value(i);
            ++i;
        }
        if (i == first) {
            return std::nullopt;
        }
        if (part == 0) {
            if (i >= text.size() || text[i] != separator) {
                return std::nullopt;
            }
            ++i;
        }
    }
    if (i != text.size()) {
        return std::nullopt;
    }
    const int year = value(0) * 1000 + value(1) * 100 + value(2) * 10 + value(3);
    if (year < 1 || !QDate::isValid(year, parts[0], parts[1])) {
        return std::nullopt;
    }
    return QDate(year, parts[0], parts[1]);
}

Result<QDate> parseDate(QStringView text)
{
    if (const std::optional<QDate> date = quickDate(text)) {
        return *date;
    }
    return calendar::DateInput::parse(text.toString());
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
    qsizetype count() const { return m_count; }
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

/// Turns the records of a case CSV into cases, one record at a time: the
/// header first, then each row, checking every rule of the exchange spec and
/// of CaseRepository::validate(). Lookups go through indexes built once
/// (CodeList::itemForInput(), MasterData::municipalityCodeForInput()); a row
/// allocates little beyond the strings its case keeps.
class RowParser
{
public:
    enum class Outcome
    {
        Skipped, ///< an empty row
        Invalid, ///< problems were added
        Valid,   ///< the case is ready to store
    };

    RowParser(const MasterData& masterData, QDate today)
        : m_masterData(masterData)
        , m_today(today)
    {
        m_index.fill(-1);
    }

    /// Reads the header (English codes or Japanese labels, in any order);
    /// false when it has problems, which are added.
    bool readHeader(const CsvReader& header, Problems& problems);

    /// Reads the reader's current record into \a imported.
    Outcome readRow(const CsvReader& record, ImportedCase& imported, Problems& problems);

    /// The field of \a column in the header, or -1 when the file has no such column.
    qsizetype fieldIndex(Column column) const { return m_index[column]; }

private:
    /// The field of \a column as the case keeps it: without the "'" an
    /// export put before text a spreadsheet would take for a formula
    /// (exchange spec 1.1), and without invisible characters
    /// (input::withoutInvisibles()). A view valid until the next row.
    QStringView field(const CsvReader& record, Column column) const
    {
        if (m_index[column] < 0) {
            return QStringView();
        }
        const QStringView text = unguardedCell(record.field(m_index[column]));
        if (std::none_of(text.cbegin(), text.cend(), input::isInvisible)) {
            return text;
        }
        m_visible[column] = input::withoutInvisibles(text);
        return m_visible[column];
    }
    const QString& column(Column column) const { return m_header[column]; }
    bool requireValue(const CsvReader& record, Column column, Problems& problems) const;
    QString codedValue(QStringView text, const CodeList& list, Column column, int row,
                       Problems& problems) const;
    QStringList codedValues(QStringView text, const CodeList& list, Column column, int row,
                            Problems& problems) const;

    const MasterData& m_masterData;
    QDate m_today;
    std::array<qsizetype, ColumnCount> m_index;
    std::array<QString, ColumnCount> m_header; ///< as the file writes it, else the code
    qsizetype m_headerFields = 0;
    mutable std::array<QString, ColumnCount> m_visible; ///< fields that held invisible characters
    QHash<QString, int> m_caseNoRows;                   ///< case number -> the row that gave it
};

bool RowParser::readHeader(const CsvReader& header, Problems& problems)
{
    const QList<CaseColumn>& columns = caseColumns();
    const qsizetype problemsBefore = problems.count();
    m_headerFields = header.fieldCount();
    // A sheet saved with ';' (a European Excel) or pasted as tab-separated
    // text: one header field holding every name.
    if (header.fieldCount() == 1) {
        const QStringView only = header.field(0);
        for (const QChar separator : {QChar(u';'), QChar(u'\t')}) {
            if (only.count(separator) >= 2) {
                problems.add(header.row(), QString(),
                             CaseCsv::tr("the columns are separated by %1, not by commas: save the sheet as "
                                         "\"CSV\" (comma separated)")
                                 .arg(separator == u';' ? CaseCsv::tr("semicolons") : CaseCsv::tr("tabs")));
                return false;
            }
        }
    }
    for (qsizetype i = 0; i < header.fieldCount(); ++i) {
        // Invisible characters (a second BOM, a zero-width space) are left
        // out, so that a header reads as what it shows.
        const QString name = input::withoutInvisibles(unguardedCell(header.field(i))).trimmed();
        const auto found = std::find_if(columns.cbegin(), columns.cend(), [&](const CaseColumn& c) {
            return c.code == name || c.headerJa == name;
        });
        if (found == columns.cend()) {
            problems.add(header.row(), name.isEmpty() ? CaseCsv::tr("%1").arg(i + 1) : name,
                         name.isEmpty() ? CaseCsv::tr("a column has no header")
                                        : CaseCsv::tr("unknown column"));
            continue;
        }
        const auto c = static_cast<Column>(found - columns.cbegin());
        if (m_index[c] >= 0) {
            problems.add(header.row(), name, CaseCsv::tr("the column appears twice"));
            continue;
        }
        m_index[c] = i;
        m_header[c] = name;
    }
    for (qsizetype c = 0; c < ColumnCount; ++c) {
        const CaseColumn& spec = columns.at(c);
        if (m_index[c] < 0) {
            m_header[c] = spec.code;
            if (spec.required) {
                problems.add(
                    header.row(), QString(),
                    CaseCsv::tr("the required column %1 (%2) is missing").arg(spec.headerJa, spec.code));
            }
        }
    }
    return problems.count() == problemsBefore;
}

bool RowParser::requireValue(const CsvReader& record, Column column, Problems& problems) const
{
    if (field(record, column).trimmed().isEmpty()) {
        problems.add(record.row(), this->column(column), CaseCsv::tr("a value is required"));
        return false;
    }
    return true;
}

QString RowParser::codedValue(QStringView text, const CodeList& list, Column column, int row,
                              Problems& problems) const
{
    if (const CodeItem* item = list.itemForInput(text)) {
        return item->code;
    }
    // A code typed in full-width letters ("ｐｈｏｎｅ") is the code; labels
    // match exactly, as the spec says.
    if (const CodeItem* item = list.itemForInput(input::normalizedCode(text))) {
        return item->code;
    }
    const QString value = text.trimmed().toString();
    if (value.contains(u'、') || value.contains(u',') || value.contains(u'，')) {
        problems.add(row, this->column(column),
                     CaseCsv::tr("\"%1\" is not a known code or label (separate several values with \";\")")
                         .arg(value));
    } else {
        problems.add(row, this->column(column),
                     CaseCsv::tr("\"%1\" is not a known code or label").arg(value));
    }
    return QString();
}

QStringList RowParser::codedValues(QStringView text, const CodeList& list, Column column, int row,
                                   Problems& problems) const
{
    QStringList codes;
    forEachValue(text, [&](QStringView value) {
        const QString code = codedValue(value, list, column, row, problems);
        if (!code.isEmpty()) {
            codes.append(code);
        }
    });
    return codes;
}

RowParser::Outcome RowParser::readRow(const CsvReader& record, ImportedCase& imported, Problems& problems)
{
    const int row = record.row();
    bool blank = true;
    for (qsizetype i = 0; i < record.fieldCount() && blank; ++i) {
        blank = record.field(i).trimmed().isEmpty();
    }
    if (blank) {
        return Outcome::Skipped; // Excel writes empty rows at the end of a sheet
    }
    if (record.fieldCount() != m_headerFields) {
        problems.add(
            row, QString(),
            CaseCsv::tr("%1 fields, but the header has %2").arg(record.fieldCount()).arg(m_headerFields));
        return Outcome::Invalid;
    }
    const qsizetype problemsBefore = problems.count();
    // A field of megabytes is almost always a stray quote that swallowed the
    // rows below it; nothing in a case is that long.
    for (qsizetype i = 0; i < record.fieldCount(); ++i) {
        if (record.field(i).size() > CaseCsv::MaxFieldLength) {
            const auto c = std::find(m_index.cbegin(), m_index.cend(), i);
            problems.add(row, c == m_index.cend() ? QString::number(i + 1) : m_header[c - m_index.cbegin()],
                         CaseCsv::tr("%1 characters, more than the %2 a field may hold (is a quote not "
                                     "closed where it should be?)")
                             .arg(record.field(i).size())
                             .arg(CaseCsv::MaxFieldLength));
        }
    }
    if (problems.count() != problemsBefore) {
        return Outcome::Invalid;
    }

    imported = ImportedCase();
    imported.row = row;
    imported.caseNoColumn = column(CaseNo);
    CaseRecord& c = imported.record;
    // Normalised, so that a case number with a zero-width space or in
    // full-width digits is the number it looks like.
    c.caseNo = input::normalizedCode(field(record, CaseNo));
    if (requireValue(record, ReceivedOn, problems)) {
        const auto date = parseDate(field(record, ReceivedOn));
        if (date.ok()) {
            c.receivedOn = date.value();
        } else {
            problems.add(row, column(ReceivedOn), date.message());
        }
    }
    if (requireValue(record, MunicipalityColumn, problems)) {
        const QStringView text = field(record, MunicipalityColumn);
        c.municipalityCode = m_masterData.municipalityCodeForInput(text.toString());
        if (c.municipalityCode.isEmpty()) {
            problems.add(
                row, column(MunicipalityColumn),
                CaseCsv::tr("\"%1\" is not a municipality code or name").arg(text.trimmed().toString()));
        }
    }
    if (requireValue(record, Method, problems)) {
        c.method = codedValue(field(record, Method), codes::methods(), Method, row, problems);
    }
    if (requireValue(record, Consulter, problems)) {
        c.consulter = codedValue(field(record, Consulter), codes::consulters(), Consulter, row, problems);
    }
    if (requireValue(record, Topics, problems)) {
        c.topics = codedValues(field(record, Topics), codes::topics(), Topics, row, problems);
        sortByList(c.topics, codes::topics());
    }
    c.careNeeds = codedValues(field(record, CareNeeds), codes::careNeeds(), CareNeeds, row, problems);
    sortByList(c.careNeeds, codes::careNeeds());

    QString status;
    if (requireValue(record, Status, problems)) {
        status = codedValue(field(record, Status), codes::statuses(), Status, row, problems);
    }
    QDate since = c.receivedOn;
    if (!field(record, StatusSince).trimmed().isEmpty()) {
        const auto date = parseDate(field(record, StatusSince));
        if (date.ok()) {
            since = date.value();
        } else {
            problems.add(row, column(StatusSince), date.message());
        }
    }
    // Before status_since the case counts as ongoing (spec §1).
    if (!status.isEmpty() && c.receivedOn.isValid() && since.isValid()) {
        if (since < c.receivedOn) {
            problems.add(row, column(StatusSince),
                         CaseCsv::tr("%1 is before the date received (%2)")
                             .arg(since.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate)));
        } else if (since == c.receivedOn) {
            c.statusHistory.append({status, since});
        } else {
            c.statusHistory.append({QString(codes::status::Ongoing), c.receivedOn});
            c.statusHistory.append({status, since});
        }
    }

    if (const QStringView age = field(record, ChildAge).trimmed(); !age.isEmpty()) {
        // Plain ASCII digits, as almost every file has them, read directly;
        // anything else (full-width digits, signs) as before.
        const bool digitsOnly = age.size() <= 9 && std::all_of(age.cbegin(), age.cend(), [](QChar ch) {
                                    return ch >= u'0' && ch <= u'9';
                                });
        if (digitsOnly) {
            int years = 0;
            for (const QChar ch : age) {
                years = years * 10 + (ch.unicode() - u'0');
            }
            c.childAge = years;
        } else if (const QString normalized = age.toString().normalized(QString::NormalizationForm_KC);
                   !normalized.isEmpty()) {
            bool ok = false;
            const int years = normalized.toInt(&ok);
            if (ok) {
                c.childAge = years;
            } else {
                problems.add(row, column(ChildAge),
                             CaseCsv::tr("\"%1\" is not a whole number of years").arg(normalized));
            }
        }
    }
    imported.coordinatorName = field(record, CoordinatorColumn).trimmed().toString();
    if (const QString problem =
            input::controlCharacterProblem(imported.coordinatorName, input::Lines::Single);
        !problem.isEmpty()) {
        problems.add(row, column(CoordinatorColumn), problem);
    }
    c.personal = PersonalData{field(record, ChildName).trimmed().toString(),
                              field(record, ConsulterName).trimmed().toString(),
                              field(record, Contact).trimmed().toString()};
    c.note = field(record, Note).toString();

    if (!c.caseNo.isEmpty()) {
        if (const auto first = m_caseNoRows.constFind(c.caseNo); first != m_caseNoRows.constEnd()) {
            problems.add(row, column(CaseNo),
                         CaseCsv::tr("case number %1 repeats row %2").arg(c.caseNo).arg(first.value()));
        } else {
            m_caseNoRows.insert(c.caseNo, row);
        }
    }
    // Rules of the case itself (dates in order, ages, repeated codes, ...),
    // only for fields that parsed, so one mistake is reported once.
    const QList<FieldProblem> caseProblems = CaseRepository::validate(c, m_masterData, m_today);
    for (const FieldProblem& p : caseProblems) {
        const bool parsedField =
            (p.field == QLatin1String("received_on") && c.receivedOn.isValid()) ||
            (p.field == QLatin1String("municipality") && !c.municipalityCode.isEmpty()) ||
            p.field == QLatin1String("case_no") || p.field == QLatin1String("child_age") ||
            p.field == QLatin1String("status_since") ||
            (p.field == QLatin1String("topics") && !field(record, Topics).trimmed().isEmpty() &&
             !c.topics.isEmpty()) ||
            (p.field == QLatin1String("care_needs") && !c.careNeeds.isEmpty()) ||
            p.field == QLatin1String("child_name") || p.field == QLatin1String("consulter_name") ||
            p.field == QLatin1String("contact") || p.field == QLatin1String("note");
        if (parsedField) {
            const auto it = std::find_if(caseColumns().cbegin(), caseColumns().cend(),
                                         [&](const CaseColumn& spec) { return spec.code == p.field; });
            problems.add(row,
                         it == caseColumns().cend() ? p.field : column(Column(it - caseColumns().cbegin())),
                         p.message);
        }
    }
    if (problems.count() == problemsBefore && !caseProblems.isEmpty()) {
        // Cannot happen while every rule of validate() has its check above;
        // should one be added there and not here, the row must still not pass.
        const FieldProblem& p = caseProblems.constFirst();
        problems.add(row, p.field, p.message);
    }
    return problems.count() == problemsBefore ? Outcome::Valid : Outcome::Invalid;
}

/// Keeps SQLite's statement journals in memory while it lives. An import
/// stores its cases with multi-row statements (CaseRepository::Inserter),
/// each of which journals the pages it changes so that it can be undone on
/// its own; in a temporary file that costs two small writes per page. SQLite
/// takes the setting (temp_store) when a transaction begins, and changing it
/// drops the connection's temporary tables, so it is changed only when there
/// are none, and set back afterwards.
class StatementJournalInMemory
{
public:
    explicit StatementJournalInMemory(const QSqlDatabase& database)
        : m_database(database)
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("PRAGMA temp_store")) || !query.next()) {
            return;
        }
        const int previous = query.value(0).toInt();
        if (previous == MemoryStore ||
            !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_temp_master")) || !query.next() ||
            query.value(0).toInt() != 0) {
            return;
        }
        if (query.exec(QStringLiteral("PRAGMA temp_store = %1").arg(MemoryStore))) {
            m_previous = previous;
        }
    }
    ~StatementJournalInMemory()
    {
        if (m_previous) {
            QSqlQuery(m_database).exec(QStringLiteral("PRAGMA temp_store = %1").arg(*m_previous));
        }
    }
    StatementJournalInMemory(const StatementJournalInMemory&) = delete;
    StatementJournalInMemory& operator=(const StatementJournalInMemory&) = delete;

private:
    static constexpr int MemoryStore = 2;
    QSqlDatabase m_database;
    std::optional<int> m_previous;
};

/// Where a case came from, for a store function that looks further down
/// the file.
struct RowSource
{
    qsizetype caseNoField = -1; ///< the field of the case number, -1 without one
    qsizetype next = 0;         ///< where the record after the case's starts in the text
};

/// Reads a whole case CSV with a RowParser, handing each valid case to
/// \a store(ImportedCase&, const RowSource&) as long as no row had a
/// problem; \a store returns an Error to stop at once (a failed database),
/// else nullopt. Apart from that, the messages are those of a file read in
/// full before anything else is looked at: a malformed CSV first, then an
/// empty file, then the header, then the rows.
template <typename Store>
Result<qsizetype> readCases(QStringView text, const MasterData& masterData, QDate today, Problems& problems,
                            Store store)
{
    CsvReader reader(text);
    RowParser parser(masterData, today);
    bool haveHeader = false;
    bool headerOk = false;
    bool anyContent = false; // a record that is not an empty line
    qsizetype cases = 0;
    ImportedCase imported;
    while (reader.readRecord()) {
        anyContent = anyContent || !reader.isEmptyLine();
        if (!haveHeader) {
            haveHeader = true;
            headerOk = parser.readHeader(reader, problems);
            continue;
        }
        if (!headerOk) {
            continue; // only looking for a malformed record
        }
        if (parser.readRow(reader, imported, problems) == RowParser::Outcome::Valid) {
            ++cases;
            if (problems.isEmpty()) {
                if (std::optional<Error> error =
                        store(imported, RowSource{parser.fieldIndex(CaseNo), reader.position()})) {
                    return *error;
                }
            }
        }
    }
    if (const auto& error = reader.error()) {
        return Error(Error::Kind::Invalid, CaseCsv::tr("Nothing was imported: %1").arg(error->message));
    }
    if (!anyContent) {
        return Error(Error::Kind::Invalid, CaseCsv::tr("Nothing was imported: the file is empty."));
    }
    if (!problems.isEmpty()) {
        return problems.error();
    }
    if (cases == 0) {
        return Error(Error::Kind::Invalid,
                     CaseCsv::tr("Nothing was imported: the file has no cases below its header."));
    }
    return cases;
}

/// readCases() with the reading on a thread of its own: reading and checking
/// the rows takes about a fifth of an import, storing them (which must stay
/// on the thread of the database connection) the rest, and a PC has two
/// cores. The reader runs at most a few chunks ahead, so memory stays small.
/// \a store runs on the calling thread, in file order, and sees only cases
/// read before any problem.
template <typename Store>
Result<qsizetype> readCasesAlongside(QStringView text, const MasterData& masterData, QDate today,
                                     Problems& problems, Store store)
{
    constexpr qsizetype ChunkSize = 256;
    constexpr size_t MaxChunksAhead = 4;
    using Chunk = std::vector<std::pair<ImportedCase, RowSource>>;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> chunks;
    bool readerDone = false;
    bool cancelled = false;
    std::optional<Result<qsizetype>> read;

    std::thread reader([&] {
        Chunk chunk;
        const auto hand = [&](Chunk&& full) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return chunks.size() < MaxChunksAhead || cancelled; });
            if (!cancelled) {
                chunks.push_back(std::move(full));
            }
            changed.notify_all();
            return !cancelled;
        };
        auto result =
            readCases(text, masterData, today, problems,
                      [&](const ImportedCase& imported, const RowSource& source) -> std::optional<Error> {
                          chunk.emplace_back(imported, source);
                          if (qsizetype(chunk.size()) == ChunkSize && !hand(std::exchange(chunk, {}))) {
                              return Error(); // the storing side failed and says why
                          }
                          return std::nullopt;
                      });
        // Cases read before a problem are not stored: the import fails.
        if (result.ok() && !chunk.empty()) {
            hand(std::move(chunk));
        }
        std::lock_guard lock(mutex);
        read = std::move(result);
        readerDone = true;
        changed.notify_all();
    });

    const auto stop = [&] {
        {
            std::lock_guard lock(mutex);
            cancelled = true;
        }
        changed.notify_all();
        reader.join();
    };
    while (true) {
        Chunk chunk;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !chunks.empty() || readerDone; });
            if (chunks.empty()) {
                break;
            }
            chunk = std::move(chunks.front());
            chunks.pop_front();
            changed.notify_all();
        }
        for (auto& [imported, source] : chunk) {
            if (std::optional<Error> error = store(imported, source)) {
                stop();
                return *error;
            }
        }
    }
    reader.join();
    return std::move(*read);
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
    QList<ImportedCase> cases;
    const auto read = readEach(
        bytes, encoding, masterData, [&](const ImportedCase& imported) { cases.append(imported); }, detected,
        today);
    if (!read.ok()) {
        return read.error();
    }
    return cases;
}

Result<qsizetype> CaseCsv::readEach(const QByteArray& bytes, Encoding encoding, const MasterData& masterData,
                                    const std::function<void(const ImportedCase&)>& visit, Encoding* detected,
                                    QDate today)
{
    const auto decoded = decodeText(bytes, encoding);
    if (!decoded.ok()) {
        return decoded.error();
    }
    if (detected) {
        *detected = decoded->encoding;
    }
    Problems problems;
    return readCases(decoded->text, masterData, today, problems,
                     [&](const ImportedCase& imported, const RowSource&) {
                         visit(imported);
                         return std::optional<Error>();
                     });
}

Result<ImportReport> CaseCsv::import(BranchFile& file, const QByteArray& bytes, Encoding encoding,
                                     const std::function<bool()>& isCancelled)
{
    if (auto r = file.ensureWritable(); !r.ok()) {
        return r.error();
    }
    ImportReport report;
    const auto decoded = decodeText(bytes, encoding);
    if (!decoded.ok()) {
        return decoded.error();
    }
    report.encoding = decoded->encoding;
    const QString& text = decoded->text;

    // Declared before the transaction: set before it begins, restored after
    // it ends.
    const StatementJournalInMemory journalInMemory(file.database());
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
    auto inserter = CaseRepository(file).inserter();
    if (!inserter.ok()) {
        return inserter.error();
    }

    // Rows are stored as they are read; a problem in any row rolls them all
    // back. Case numbers already in the file show as duplicates when stored;
    // they are reported only when the rows themselves are fine, as when they
    // were looked up after reading the whole file.
    Problems duplicates;
    QString caseNoColumn;
    const auto reportDuplicates = [&] {
        const auto& found = inserter->duplicates();
        for (qsizetype i = duplicates.count(); i < found.size(); ++i) {
            duplicates.add(int(found.at(i).tag), caseNoColumn,
                           tr("case number %1 is already in the branch file").arg(found.at(i).caseNo));
        }
    };
    bool reservedLaterNumbers = false;
    const auto store = [&](ImportedCase& imported, const RowSource& source) -> std::optional<Error> {
        if (isCancelled && report.imported % 1000 == 999 && isCancelled()) {
            return Error(Error::Kind::Cancelled, tr("The import was cancelled."));
        }
        CaseRecord& record = imported.record;
        caseNoColumn = imported.caseNoColumn;
        if (record.caseNo.isEmpty() && !reservedLaterNumbers) {
            // Automatic numbers skip the numbers rows further down give
            // themselves (those above are stored already).
            reservedLaterNumbers = true;
            if (source.caseNoField >= 0) {
                CsvReader rest(QStringView(text).sliced(source.next));
                while (rest.readRecord()) {
                    if (source.caseNoField < rest.fieldCount()) {
                        inserter->reserveCaseNo(input::normalizedCode(
                            input::withoutInvisibles(unguardedCell(rest.field(source.caseNoField)))));
                    }
                }
            }
        }
        if (!imported.coordinatorName.isEmpty()) {
            auto id = coordinatorIds.constFind(imported.coordinatorName);
            if (id == coordinatorIds.constEnd()) {
                Coordinator added;
                added.name = imported.coordinatorName;
                added.role = QString(codes::role::Coordinator);
                auto newId = coordinators.insertInTransaction(added);
                if (!newId.ok()) {
                    return newId.error();
                }
                id = coordinatorIds.insert(imported.coordinatorName, newId.value());
                ++report.coordinatorsCreated;
            }
            record.coordinatorId = *id;
        }
        if (auto r = inserter->insert(record, imported.row); !r.ok()) {
            return r.error();
        }
        reportDuplicates();
        ++report.imported;
        return std::nullopt;
    };
    Problems problems;
    const auto read = readCasesAlongside(text, file.masterData(), QDate::currentDate(), problems, store);
    if (!read.ok()) {
        return read.error();
    }
    if (auto r = inserter->finish(); !r.ok()) {
        return r.error();
    }
    reportDuplicates();
    if (!duplicates.isEmpty()) {
        return duplicates.error();
    }
    if (auto r = transaction.commit(); !r.ok()) {
        return r.error();
    }
    return report;
}

Result<QByteArray> CaseCsv::exportCases(const BranchFile& file, const ExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto r = exportCases(file, options, buffer); !r.ok()) {
        return r.error();
    }
    return bytes;
}

Result<void> CaseCsv::exportCases(const BranchFile& file, const ExportOptions& options, QIODevice& device)
{
    return exportCases(file.database(), file.masterData(), options, device);
}

Result<void> CaseCsv::exportCases(QSqlDatabase database, const MasterData& master,
                                  const ExportOptions& options, QIODevice& device,
                                  const std::function<bool()>& isCancelled)
{
    CsvWriter writer(device);
    for (const CaseColumn& column : caseColumns()) {
        if (!column.personal || options.includePersonal) {
            writer.addField(options.japanese ? column.headerJa : column.code);
        }
    }
    writer.endRow();

    QSqlQuery query(database);
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
    // The few combinations of topics (or care needs) a file holds, each
    // sorted and labelled once.
    QHash<QString, QString> topicLists;
    QHash<QString, QString> careNeedLists;
    const auto labelledList = [&](const QString& joined, const CodeList& list,
                                  QHash<QString, QString>& done) -> QString {
        if (const auto it = done.constFind(joined); it != done.constEnd()) {
            return *it;
        }
        QStringList values = joined.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        sortByList(values, list);
        if (options.japanese) {
            for (QString& v : values) {
                v = list.label(v, Language::Japanese);
            }
        }
        QString result = values.join(QLatin1Char(';'));
        if (done.size() < 4096) {
            done.insert(joined, result);
        }
        return result;
    };
    qint64 rows = 0;
    while (query.next()) {
        if (isCancelled && ++rows % 1000 == 0 && isCancelled()) {
            return Error(Error::Kind::Cancelled, tr("The export was cancelled."));
        }
        const QString municipality = query.value(2).toString();
        const Municipality* m = options.japanese ? master.municipality(municipality) : nullptr;
        writer.addField(query.value(0).toString());
        writer.addField(query.value(1).toString());
        writer.addField(m ? m->nameJa : municipality);
        writer.addField(labelled(query.value(3).toString(), codes::methods()));
        writer.addField(labelled(query.value(4).toString(), codes::consulters()));
        writer.addField(labelledList(query.value(5).toString(), codes::topics(), topicLists));
        writer.addField(labelled(query.value(6).toString(), codes::statuses()));
        writer.addField(query.value(7).toString());
        writer.addField(query.value(8).toString());
        const QVariant age = query.value(9);
        writer.addField(age.isNull() ? QString() : age.toString());
        writer.addField(labelledList(query.value(10).toString(), codes::careNeeds(), careNeedLists));
        if (options.includePersonal) {
            writer.addField(query.value(11).toString());
            writer.addField(query.value(12).toString());
            writer.addField(query.value(13).toString());
        }
        writer.addField(query.value(14).toString());
        writer.endRow();
    }
    if (query.lastError().isValid()) {
        return storage::databaseError(tr("Exporting cases"), query.lastError().text());
    }
    if (!writer.flush()) {
        return Error(Error::Kind::Io, tr("Exporting cases: %1").arg(writeErrorText(device)));
    }
    return {};
}

} // namespace tsunagu::exchange
