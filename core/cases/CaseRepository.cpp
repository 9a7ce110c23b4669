// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include "calendar/FiscalYear.h"
#include "codes/Codes.h"
#include "common/TextInput.h"
#include "master/MasterData.h"
#include "storage/BranchFile.h"
#include "storage/Schema.h"
#include "storage/SqliteApi.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace tsunagu {

using storage::databaseError;
using storage::WriteTransaction;

namespace {

/// The date as YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it but
/// without its formatting machinery: every stored case writes a few.
QString isoDate(QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999) {
        return date.toString(Qt::ISODate);
    }
    const char16_t digits[] = {
        char16_t(u'0' + year / 1000),
        char16_t(u'0' + year / 100 % 10),
        char16_t(u'0' + year / 10 % 10),
        char16_t(u'0' + year % 10),
        u'-',
        char16_t(u'0' + month / 10),
        char16_t(u'0' + month % 10),
        u'-',
        char16_t(u'0' + day / 10),
        char16_t(u'0' + day % 10),
    };
    return QString(reinterpret_cast<const QChar*>(digits), std::size(digits));
}

QVariant optionalValue(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

/// A null QString binds as SQL NULL; NOT NULL text columns take '' instead.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QList<StatusChange> normalisedHistory(const CaseRecord& record)
{
    if (record.statusHistory.isEmpty()) {
        return {StatusChange{QString(codes::status::Ongoing), record.receivedOn}};
    }
    return record.statusHistory;
}

/// Checks one coded value; \a missing is the untranslated message when it is
/// empty. Translated only when needed: every stored or imported case is
/// validated.
void checkCode(QList<FieldProblem>& problems, const QString& field, const QString& value,
               const CodeList& list, const char* missing)
{
    if (value.isEmpty()) {
        problems.append({field, CaseRepository::tr(missing)});
    } else if (!list.contains(value)) {
        problems.append({field, CaseRepository::tr("\"%1\" is not a known code").arg(value)});
    }
}

/// Checks the codes of a multi-valued field; \a missing is the untranslated
/// message when a required field is empty (nullptr for an optional field).
void checkCodes(QList<FieldProblem>& problems, const QString& field, const QStringList& values,
                const CodeList& list, const char* missing)
{
    if (missing && values.isEmpty()) {
        problems.append({field, CaseRepository::tr(missing)});
        return;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString& value = values.at(i);
        if (!list.contains(value)) {
            problems.append({field, CaseRepository::tr("\"%1\" is not a known code").arg(value)});
        } else if (i > 0 && values.lastIndexOf(value, i - 1) >= 0) {
            problems.append({field, CaseRepository::tr("\"%1\" is given twice").arg(value)});
        }
    }
}

/// Text fields may not hold control characters (NUL and the like); only the
/// note may hold line breaks and tabs.
void appendControlCharacterProblems(QList<FieldProblem>& problems, const CaseRecord& record)
{
    const std::pair<const char*, const QString*> oneLine[] = {
        {"child_name", &record.personal.childName},
        {"consulter_name", &record.personal.consulterName},
        {"contact", &record.personal.contact},
    };
    for (const auto& [field, value] : oneLine) {
        if (const QString problem = input::controlCharacterProblem(*value, input::Lines::Single);
            !problem.isEmpty()) {
            problems.append({QString::fromLatin1(field), problem});
        }
    }
    if (const QString problem = input::controlCharacterProblem(record.note, input::Lines::Multiple);
        !problem.isEmpty()) {
        problems.append({QStringLiteral("note"), problem});
    }
}

} // namespace

CaseRepository::CaseRepository(BranchFile& file)
    : m_file(file)
{}

QList<FieldProblem> CaseRepository::validate(const CaseRecord& record, const MasterData& masterData,
                                             QDate today)
{
    QList<FieldProblem> problems;
    if (record.caseNo.size() > 32) {
        problems.append(
            {QStringLiteral("case_no"), CaseRepository::tr("a case number has at most 32 characters")});
    } else {
        const bool spaced =
            std::any_of(record.caseNo.cbegin(), record.caseNo.cend(), [](QChar c) { return c.isSpace(); });
        if (spaced) {
            problems.append({QStringLiteral("case_no"),
                             CaseRepository::tr("a case number has no spaces or line breaks")});
        } else if (const QString problem = input::codeCharacterProblem(record.caseNo); !problem.isEmpty()) {
            problems.append({QStringLiteral("case_no"), problem});
        }
    }
    if (!record.receivedOn.isValid()) {
        problems.append({QStringLiteral("received_on"), CaseRepository::tr("the date is required")});
    } else if (record.receivedOn > today) {
        problems.append({QStringLiteral("received_on"),
                         CaseRepository::tr("%1 lies in the future").arg(isoDate(record.receivedOn))});
    }
    if (record.municipalityCode.isEmpty()) {
        problems.append({QStringLiteral("municipality"), CaseRepository::tr("the municipality is required")});
    } else if (!masterData.municipality(record.municipalityCode)) {
        problems.append({QStringLiteral("municipality"),
                         CaseRepository::tr("\"%1\" is not a municipality of the master data")
                             .arg(record.municipalityCode)});
    }
    checkCode(problems, QStringLiteral("method"), record.method, codes::methods(),
              QT_TRANSLATE_NOOP("tsunagu::CaseRepository", "the method is required"));
    checkCode(problems, QStringLiteral("consulter"), record.consulter, codes::consulters(),
              QT_TRANSLATE_NOOP("tsunagu::CaseRepository", "the consulter is required"));
    checkCodes(problems, QStringLiteral("topics"), record.topics, codes::topics(),
               QT_TRANSLATE_NOOP("tsunagu::CaseRepository", "choose at least one topic"));
    checkCodes(problems, QStringLiteral("care_needs"), record.careNeeds, codes::careNeeds(), nullptr);

    QDate previous;
    for (const StatusChange& change : record.statusHistory) {
        if (!codes::statuses().contains(change.status)) {
            problems.append({QStringLiteral("status"),
                             CaseRepository::tr("\"%1\" is not a known code").arg(change.status)});
        }
        if (!change.since.isValid()) {
            problems.append({QStringLiteral("status_since"), CaseRepository::tr("the date is required")});
        } else if (record.receivedOn.isValid() && change.since < record.receivedOn) {
            problems.append({QStringLiteral("status_since"),
                             CaseRepository::tr("%1 is before the date received (%2)")
                                 .arg(isoDate(change.since), isoDate(record.receivedOn))});
        } else if (change.since > today) {
            problems.append({QStringLiteral("status_since"),
                             CaseRepository::tr("%1 lies in the future").arg(isoDate(change.since))});
        } else if (previous.isValid() && change.since <= previous) {
            problems.append({QStringLiteral("status_since"),
                             CaseRepository::tr("the status history is not in date order")});
        }
        previous = change.since;
    }
    if (record.coordinatorSince) {
        const QDate since = *record.coordinatorSince;
        if (!since.isValid()) {
            problems.append(
                {QStringLiteral("coordinator_since"), CaseRepository::tr("the date is required")});
        } else if (record.receivedOn.isValid() && since < record.receivedOn) {
            problems.append({QStringLiteral("coordinator_since"),
                             CaseRepository::tr("%1 is before the date received (%2)")
                                 .arg(isoDate(since), isoDate(record.receivedOn))});
        } else if (since > today) {
            problems.append({QStringLiteral("coordinator_since"),
                             CaseRepository::tr("%1 lies in the future").arg(isoDate(since))});
        }
    }
    if (record.childAge && (*record.childAge < 0 || *record.childAge > 29)) {
        problems.append(
            {QStringLiteral("child_age"), CaseRepository::tr("the age must be between 0 and 29")});
    }
    appendControlCharacterProblems(problems, record);
    return problems;
}

Result<int> CaseRepository::maxSequence(int fiscalYear) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT MAX(CAST(substr(case_no, 6) AS INTEGER)) FROM case_record "
                                 "WHERE case_no GLOB ?"));
    query.addBindValue(QStringLiteral("%1-[0-9]*").arg(fiscalYear, 4, 10, QLatin1Char('0')));
    if (!query.exec() || !query.next()) {
        return databaseError(CaseRepository::tr("Numbering the case"), query.lastError());
    }
    return query.value(0).toInt();
}

Result<QString> CaseRepository::nextCaseNo(QDate receivedOn) const
{
    const int year = calendar::FiscalYear::containing(receivedOn).startYear();
    const auto max = maxSequence(year);
    if (!max.ok()) {
        return max.error();
    }
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(max.value() + 1, 4, 10, QLatin1Char('0'));
}

namespace {

constexpr int SqliteConstraint = 19; ///< SQLITE_CONSTRAINT: a broken rule, the transaction goes on

/// An INSERT of one to maxRows rows with one statement: "INSERT INTO t (a, b)
/// VALUES (:p0_0, :p0_1), (:p1_0, :p1_1), ...". Each row count is prepared
/// when first needed and kept. Values are bound by name, which Qt does
/// without formatting a name per value as it does for a positional bind; the
/// names are made once, and none appears twice in a statement (a repeated
/// name makes Qt map every value by name again on each run).
class MultiRowInsert
{
public:
    MultiRowInsert(const QSqlDatabase& db, const char* head, int columns, int maxRows)
        : m_db(db)
        , m_head(QString::fromLatin1(head))
        , m_columns(columns)
        , m_maxRows(maxRows)
    {}

    int columns() const { return m_columns; }
    int maxRows() const { return m_maxRows; }
    const QSqlDatabase& database() const { return m_db; }
    const QString& error() const { return m_error; }

    /// The statement for \a rows rows (1 to maxRows()), or nullptr when it
    /// cannot be prepared (error() says why).
    QSqlQuery* statement(qsizetype rows)
    {
        std::unique_ptr<QSqlQuery>& statement = m_byRows[rows - 1];
        if (!statement) {
            // Names for as many rows as needed so far.
            for (qsizetype row = m_names.size() / m_columns; row < rows; ++row) {
                for (int column = 0; column < m_columns; ++column) {
                    m_names.append(QStringLiteral(":p%1_%2").arg(row).arg(column));
                }
            }
            QString sql = m_head;
            for (qsizetype row = 0; row < rows; ++row) {
                sql.append(row == 0 ? u"(" : u", (");
                for (int column = 0; column < m_columns; ++column) {
                    if (column > 0) {
                        sql.append(u", ");
                    }
                    sql.append(name(row, column));
                }
                sql.append(u')');
            }
            auto query = std::make_unique<QSqlQuery>(m_db);
            if (!query->prepare(sql)) {
                m_error = query->lastError().text();
                return nullptr;
            }
            statement = std::move(query);
        }
        return statement.get();
    }

    /// The placeholder of \a column in \a row, once a statement of that many
    /// rows is made.
    const QString& name(qsizetype row, int column) const { return m_names.at(row * m_columns + column); }

    /// Binds \a value to \a column of \a row in \a statement.
    void bind(QSqlQuery& statement, qsizetype row, int column, const QVariant& value) const
    {
        statement.bindValue(name(row, column), value);
    }

private:
    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    int m_maxRows;
    QStringList m_names;
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> m_byRows;
    QString m_error;
};

} // namespace

/// The statements of the inserts of one batch, prepared once: an import of
/// 100,000 cases must not prepare half a million statements, nor run one per
/// row. A case row and each of its rows in the other tables are a row of a
/// MultiRowInsert.
struct CaseRepository::Statements
{
    /// Cases a batch stores with one statement (14 values a row).
    static constexpr int CasesPerStatement = 32;
    /// Rows of another table stored with one statement.
    static constexpr int RowsPerStatement = 64;

    enum CaseColumn
    {
        Id,
        CaseNo,
        ReceivedOn,
        Municipality,
        Method,
        Consulter,
        Status,
        StatusSince,
        CoordinatorId,
        ChildAge,
        Note,
        CreatedAt,
        UpdatedAt,
        LastContactOn,
        CaseColumnCount,
    };

    explicit Statements(const QSqlDatabase& db)
        : cases(db,
                "INSERT INTO case_record (id, case_no, received_on, municipality_code, method, consulter, "
                "status, status_since, coordinator_id, child_age, note, created_at, updated_at, "
                "last_contact_on) VALUES ",
                CaseColumnCount, CasesPerStatement)
        , topics(db, "INSERT INTO case_topic (case_id, topic) VALUES ", 2, RowsPerStatement)
        , careNeeds(db, "INSERT INTO case_care_need (case_id, care_need) VALUES ", 2, RowsPerStatement)
        , statuses(db, "INSERT INTO case_status (case_id, since, status) VALUES ", 3, RowsPerStatement)
        , coordinators(db, "INSERT INTO case_coordinator (case_id, since, coordinator_id) VALUES ", 3,
                       RowsPerStatement)
        , search(db, "INSERT INTO case_search (case_id, folded) VALUES ", 2, RowsPerStatement)
        , personal(db, "INSERT INTO case_personal (case_id, child_name, consulter_name, contact) VALUES ", 4,
                   RowsPerStatement)
        , now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
    {}

    /// The statement storing \a rows cases; created_at and updated_at are
    /// the same for the whole batch and bound once.
    QSqlQuery* caseStatement(qsizetype rows)
    {
        QSqlQuery* statement = cases.statement(rows);
        if (statement && !nowBound.contains(rows)) {
            for (qsizetype row = 0; row < rows; ++row) {
                cases.bind(*statement, row, CreatedAt, now);
                cases.bind(*statement, row, UpdatedAt, now);
            }
            nowBound.insert(rows);
        }
        return statement;
    }

    /// Binds \a record's values to \a row of a case statement.
    void bindCase(QSqlQuery& statement, qsizetype row, const CaseRecord& record) const
    {
        const QString received = isoDate(record.receivedOn);
        const bool hasHistory = !record.statusHistory.isEmpty();
        cases.bind(statement, row, Id, record.id);
        cases.bind(statement, row, CaseNo, record.caseNo);
        cases.bind(statement, row, ReceivedOn, received);
        cases.bind(statement, row, Municipality, record.municipalityCode);
        cases.bind(statement, row, Method, record.method);
        cases.bind(statement, row, Consulter, record.consulter);
        cases.bind(statement, row, Status,
                   hasHistory ? record.statusHistory.constLast().status : QString(codes::status::Ongoing));
        cases.bind(statement, row, StatusSince,
                   hasHistory ? isoDate(record.statusHistory.constLast().since) : received);
        cases.bind(statement, row, CoordinatorId, optionalValue(record.coordinatorId));
        cases.bind(statement, row, ChildAge, optionalValue(record.childAge));
        cases.bind(statement, row, Note, text(record.note));
        cases.bind(statement, row, LastContactOn, received);
    }

    MultiRowInsert cases;
    MultiRowInsert topics;
    MultiRowInsert careNeeds;
    MultiRowInsert statuses;
    MultiRowInsert coordinators;
    MultiRowInsert search;
    MultiRowInsert personal;
    QString now;
    QSet<qsizetype> nowBound;
};

namespace {

/// Rows waiting for a MultiRowInsert: values in row order, columns() a row.
struct PendingRows
{
    MultiRowInsert* insert = nullptr;
    QList<QVariant> values;

    qsizetype rows() const { return values.size() / insert->columns(); }
};

/// The rows \a record has in the tables beside case_record, appended to
/// \a topics, \a careNeeds, ... in the column order of their statements;
/// the first row of its coordinator history only when \a coordinators is
/// given (a new case: a stored one keeps its history).
void appendChildRows(const CaseRecord& record, PendingRows& topics, PendingRows& careNeeds,
                     PendingRows& statuses, PendingRows* coordinators, PendingRows& search,
                     PendingRows& personal)
{
    const QVariant id(record.id);
    for (const QString& topic : record.topics) {
        topics.values << id << topic;
    }
    for (const QString& need : record.careNeeds) {
        careNeeds.values << id << need;
    }
    for (const StatusChange& change : normalisedHistory(record)) {
        statuses.values << id << isoDate(change.since) << change.status;
    }
    if (coordinators) {
        coordinators->values << id << isoDate(record.receivedOn) << optionalValue(record.coordinatorId);
    }
    search.values << id
                  << storage::searchTextOf(record.caseNo, record.note, record.personal.childName,
                                           record.personal.consulterName);
    if (!record.personal.isEmpty()) {
        personal.values << id << text(record.personal.childName) << text(record.personal.consulterName)
                        << text(record.personal.contact);
    }
}

/// Stores the first \a rows rows of \a pending with as few statements as
/// possible and removes them; returns the driver's error on failure.
std::optional<QSqlError> storeRows(PendingRows& pending, qsizetype rows)
{
    MultiRowInsert& insert = *pending.insert;
    const int columns = insert.columns();
    qsizetype done = 0;
    while (done < rows) {
        const qsizetype count = std::min<qsizetype>(rows - done, insert.maxRows());
        QSqlQuery* statement = insert.statement(count);
        if (!statement) {
            return QSqlError(insert.error(), QString(), QSqlError::StatementError);
        }
        for (qsizetype row = 0; row < count; ++row) {
            for (int column = 0; column < columns; ++column) {
                insert.bind(*statement, row, column, pending.values.at((done + row) * columns + column));
            }
        }
        if (!statement->exec()) {
            return statement->lastError();
        }
        done += count;
    }
    pending.values.remove(0, rows * columns);
    return std::nullopt;
}

} // namespace

Result<void> CaseRepository::insertChildren(Statements& statements, const CaseRecord& record, bool newCase)
{
    PendingRows topics{&statements.topics, {}};
    PendingRows careNeeds{&statements.careNeeds, {}};
    PendingRows statuses{&statements.statuses, {}};
    PendingRows coordinators{&statements.coordinators, {}};
    PendingRows search{&statements.search, {}};
    PendingRows personal{&statements.personal, {}};
    appendChildRows(record, topics, careNeeds, statuses, newCase ? &coordinators : nullptr, search, personal);
    for (PendingRows* rows : {&topics, &careNeeds, &statuses, &coordinators, &search, &personal}) {
        if (const auto error = storeRows(*rows, rows->rows())) {
            return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo), *error);
        }
    }
    return {};
}

struct CaseRepository::Inserter::Private
{
    explicit Private(BranchFile& file)
        : repository(file)
        , statements(file.database())
        , topics{&statements.topics, {}}
        , careNeeds{&statements.careNeeds, {}}
        , statuses{&statements.statuses, {}}
        , coordinators{&statements.coordinators, {}}
        , search{&statements.search, {}}
        , personal{&statements.personal, {}}
    {}

    /// Stores one case and, unless \a caseOnly, its other rows, with
    /// statements of one row each. A number already in use is a duplicate.
    Result<void> storeOne(const CaseRecord& record, qint64 tag, bool caseOnly);
    /// Stores the queued cases, then as many of their other rows as fill
    /// whole statements (all of them when \a everything).
    Result<void> flush(bool everything);

    CaseRepository repository;
    Statements statements;
    /// Case numbers given in this batch; automatic numbers are above every
    /// stored number of their fiscal year, so only these can collide with them.
    QSet<QString> reserved;
    QHash<int, int> nextSequence;
    qint64 nextId = 1;
    /// Cases queued for the next statement, with their callers' tags.
    QList<std::pair<CaseRecord, qint64>> queued;
    /// Rows of stored cases waiting to fill a statement.
    PendingRows topics;
    PendingRows careNeeds;
    PendingRows statuses;
    PendingRows coordinators;
    PendingRows search;
    PendingRows personal;
    QList<Duplicate> duplicates;
};

Result<void> CaseRepository::Inserter::Private::storeOne(const CaseRecord& record, qint64 tag, bool caseOnly)
{
    QSqlQuery* statement = statements.caseStatement(1);
    if (!statement) {
        return databaseError(CaseRepository::tr("Saving cases"), statements.cases.error());
    }
    statements.bindCase(*statement, 0, record);
    if (!statement->exec()) {
        // A duplicate number fails only its own statement; SQLite keeps the
        // transaction, and the batch goes on to find further duplicates.
        if (statement->lastError().nativeErrorCode() == QLatin1String("2067") && // SQLITE_CONSTRAINT_UNIQUE
            storage::sqlite::inTransaction(statements.cases.database())) {
            duplicates.append(Duplicate{tag, record.caseNo});
            return {};
        }
        return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo), statement->lastError());
    }
    return caseOnly ? Result<void>() : insertChildren(statements, record, true);
}

Result<void> CaseRepository::Inserter::Private::flush(bool everything)
{
    if (!queued.isEmpty()) {
        QSqlQuery* statement = statements.caseStatement(queued.size());
        if (!statement) {
            return databaseError(CaseRepository::tr("Saving cases"), statements.cases.error());
        }
        for (qsizetype row = 0; row < queued.size(); ++row) {
            statements.bindCase(*statement, row, queued.at(row).first);
        }
        if (statement->exec()) {
            for (const auto& [record, tag] : std::as_const(queued)) {
                appendChildRows(record, topics, careNeeds, statuses, &coordinators, search, personal);
            }
        } else {
            // Only a broken rule (a duplicate number) is worth a second look;
            // any other error (a full disk, an I/O error) fails the whole
            // operation, and SQLite may have ended the transaction already:
            // going on would store the rest outside it.
            const QSqlError error = statement->lastError();
            if (storage::sqlite::primaryCode(error.nativeErrorCode()) != SqliteConstraint ||
                !storage::sqlite::inTransaction(statements.cases.database())) {
                return databaseError(CaseRepository::tr("Saving cases"), error);
            }
            // One of them is a duplicate or broke a rule: store them one at
            // a time to find which, and say so as an insert of that case alone
            // would have.
            for (const auto& [record, tag] : std::as_const(queued)) {
                if (auto r = storeOne(record, tag, !duplicates.isEmpty()); !r.ok()) {
                    return r;
                }
            }
        }
        queued.clear();
    }
    for (PendingRows* rows : {&topics, &careNeeds, &statuses, &coordinators, &search, &personal}) {
        const qsizetype count =
            everything ? rows->rows() : rows->rows() - rows->rows() % Statements::RowsPerStatement;
        if (const auto error = storeRows(*rows, count)) {
            return databaseError(CaseRepository::tr("Saving cases"), *error);
        }
    }
    return {};
}

CaseRepository::Inserter::Inserter(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

CaseRepository::Inserter::Inserter(Inserter&&) noexcept = default;
CaseRepository::Inserter& CaseRepository::Inserter::operator=(Inserter&&) noexcept = default;
CaseRepository::Inserter::~Inserter() = default;

void CaseRepository::Inserter::reserveCaseNo(const QString& caseNo)
{
    if (!caseNo.isEmpty()) {
        d->reserved.insert(caseNo);
    }
}

Result<void> CaseRepository::Inserter::insert(CaseRecord& record, qint64 tag)
{
    if (record.caseNo.isEmpty()) {
        const int year = calendar::FiscalYear::containing(record.receivedOn).startYear();
        auto next = d->nextSequence.find(year);
        if (next == d->nextSequence.end()) {
            // The highest number of the year among the stored cases, queued
            // ones included.
            if (auto r = d->flush(false); !r.ok()) {
                return r;
            }
            const auto max = d->repository.maxSequence(year);
            if (!max.ok()) {
                return max.error();
            }
            next = d->nextSequence.insert(year, max.value() + 1);
        }
        QString candidate;
        do {
            candidate = QStringLiteral("%1-%2")
                            .arg(year, 4, 10, QLatin1Char('0'))
                            .arg((*next)++, 4, 10, QLatin1Char('0'));
        } while (d->reserved.contains(candidate));
        record.caseNo = candidate;
    }
    // The id SQLite would choose, one above the highest: the rows beside the
    // case need it before the case is stored.
    record.id = d->nextId++;
    if (!d->duplicates.isEmpty()) {
        // Nothing will be committed: only look for more duplicates.
        return d->storeOne(record, tag, true);
    }
    d->queued.append({record, tag});
    if (d->queued.size() == Statements::CasesPerStatement) {
        return d->flush(false);
    }
    return {};
}

Result<void> CaseRepository::Inserter::finish()
{
    return d->flush(true);
}

const QList<CaseRepository::Inserter::Duplicate>& CaseRepository::Inserter::duplicates() const
{
    return d->duplicates;
}

Result<CaseRepository::Inserter> CaseRepository::inserter()
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r.error();
    }
    auto p = std::make_unique<Inserter::Private>(m_file);
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("SELECT MAX(id) FROM case_record")) || !query.next()) {
        return databaseError(CaseRepository::tr("Saving cases"), query.lastError());
    }
    p->nextId = query.value(0).toLongLong() + 1;
    return Inserter(std::move(p));
}

Result<void> CaseRepository::insertInTransaction(QList<CaseRecord>& records)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    const QDate today = QDate::currentDate();
    for (const CaseRecord& record : std::as_const(records)) {
        if (const auto problems = validate(record, m_file.masterData(), today); !problems.isEmpty()) {
            return Error(Error::Kind::Invalid,
                         CaseRepository::tr("Case %1: %2: %3")
                             .arg(record.caseNo.isEmpty() ? CaseRepository::tr("(new)") : record.caseNo,
                                  problems.constFirst().field, problems.constFirst().message));
        }
    }
    auto inserter = this->inserter();
    if (!inserter.ok()) {
        return inserter.error();
    }
    for (const CaseRecord& record : std::as_const(records)) {
        inserter->reserveCaseNo(record.caseNo);
    }
    const auto duplicate = [&]() -> Result<void> {
        return Error(Error::Kind::Invalid, CaseRepository::tr("Case number %1 is already in use.")
                                               .arg(inserter->duplicates().constFirst().caseNo));
    };
    for (CaseRecord& record : records) {
        if (auto r = inserter->insert(record); !r.ok()) {
            return r;
        }
        if (!inserter->duplicates().isEmpty()) {
            return duplicate();
        }
    }
    if (auto r = inserter->finish(); !r.ok()) {
        return r;
    }
    if (!inserter->duplicates().isEmpty()) {
        return duplicate();
    }
    return {};
}

Result<qint64> CaseRepository::add(CaseRecord& record)
{
    QList<CaseRecord> batch{record};
    if (auto r = addAll(batch); !r.ok()) {
        return r.error();
    }
    record = batch.constFirst();
    return record.id;
}

Result<void> CaseRepository::addAll(QList<CaseRecord>& records)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    // Work on copies, so that a failed batch leaves the caller's records (ids,
    // case numbers) untouched, just as it leaves the file.
    QList<CaseRecord> stored = records;
    WriteTransaction transaction(m_file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r;
    }
    if (auto r = insertInTransaction(stored); !r.ok()) {
        return r;
    }
    if (auto r = transaction.commit(); !r.ok()) {
        return r;
    }
    records = std::move(stored);
    return {};
}

Result<void> CaseRepository::update(const CaseRecord& record)
{
    // Checked before the transaction: a read-only connection cannot begin one.
    // The rest is checked by updateInTransaction().
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    WriteTransaction transaction(m_file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r;
    }
    if (auto r = updateInTransaction(record); !r.ok()) {
        return r;
    }
    // Its contacts stay: none may now lie before the date received. (The
    // case editor, which stores a new log with the case, has that log
    // checked by ContactRepository::replaceInTransaction() instead.)
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT MIN(contacted_on) FROM contact_log WHERE case_id = ?"));
    query.addBindValue(record.id);
    if (!query.exec() || !query.next()) {
        return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo),
                             query.lastError().text());
    }
    const QDate firstContact = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    if (firstContact.isValid() && firstContact < record.receivedOn) {
        return Error(
            Error::Kind::Invalid,
            CaseRepository::tr("Case %1: received_on: its contact log has a contact on %2, before %3; "
                               "correct the contact log first")
                .arg(record.caseNo, isoDate(firstContact), isoDate(record.receivedOn)));
    }
    return transaction.commit();
}

Result<void> CaseRepository::updateInTransaction(const CaseRecord& record)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    if (record.id <= 0 || record.caseNo.isEmpty()) {
        return Error(Error::Kind::Invalid, CaseRepository::tr("Only a stored case can be updated."));
    }
    const QDate today = QDate::currentDate();
    if (const auto problems = validate(record, m_file.masterData(), today); !problems.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     CaseRepository::tr("Case %1: %2: %3")
                         .arg(record.caseNo, problems.constFirst().field, problems.constFirst().message));
    }
    const QList<StatusChange> history = normalisedHistory(record);
    const auto storedCoordinators = coordinatorHistory(record.id);
    if (!storedCoordinators.ok()) {
        return storedCoordinators.error();
    }
    const QList<CoordinatorChange> coordinators =
        coordinatorHistoryAfterSaving(storedCoordinators.value(), record, today);
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("UPDATE case_record SET case_no = ?, received_on = ?, municipality_code = "
                       "?, method = ?, consulter = ?, status = ?, status_since = ?, coordinator_id = ?, "
                       "handed_over_on = ?, child_age = ?, note = ?, "
                       "updated_at = ?, last_contact_on = max(?, COALESCE((SELECT MAX(contacted_on) "
                       "FROM contact_log WHERE case_id = ?), ?)) WHERE id = ?"));
    query.addBindValue(record.caseNo);
    query.addBindValue(isoDate(record.receivedOn));
    query.addBindValue(record.municipalityCode);
    query.addBindValue(record.method);
    query.addBindValue(record.consulter);
    query.addBindValue(history.constLast().status);
    query.addBindValue(isoDate(history.constLast().since));
    query.addBindValue(optionalValue(record.coordinatorId));
    query.addBindValue(coordinators.size() > 1 ? QVariant(isoDate(coordinators.constLast().since))
                                               : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(optionalValue(record.childAge));
    query.addBindValue(text(record.note));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(isoDate(record.receivedOn));
    query.addBindValue(record.id);
    query.addBindValue(isoDate(record.receivedOn));
    query.addBindValue(record.id);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067")) {
            return Error(Error::Kind::Invalid,
                         CaseRepository::tr("Case number %1 is already in use.").arg(record.caseNo));
        }
        return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo), query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return Error(Error::Kind::NotFound,
                     CaseRepository::tr("Case %1 no longer exists.").arg(record.caseNo));
    }
    QSqlQuery remove(m_file.database());
    for (const char* table :
         {"case_topic", "case_care_need", "case_status", "case_personal", "case_search"}) {
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(QLatin1String(table)));
        remove.addBindValue(record.id);
        if (!remove.exec()) {
            return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo), remove.lastError());
        }
    }
    Statements statements(m_file.database());
    if (auto r = insertChildren(statements, record, false); !r.ok()) {
        return r;
    }
    if (coordinators == storedCoordinators.value()) {
        return {};
    }
    remove.prepare(QStringLiteral("DELETE FROM case_coordinator WHERE case_id = ?"));
    remove.addBindValue(record.id);
    if (!remove.exec()) {
        return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo), remove.lastError());
    }
    PendingRows rows{&statements.coordinators, {}};
    for (const CoordinatorChange& change : coordinators) {
        rows.values << record.id << isoDate(change.since) << optionalValue(change.coordinatorId);
    }
    if (const auto error = storeRows(rows, rows.rows())) {
        return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo), *error);
    }
    return {};
}

Result<void> CaseRepository::remove(qint64 id)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    WriteTransaction transaction(m_file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r;
    }
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("DELETE FROM case_record WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return databaseError(CaseRepository::tr("Deleting a case"), query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return Error(Error::Kind::NotFound, CaseRepository::tr("The case no longer exists."));
    }
    return transaction.commit();
}

Result<CaseRecord> CaseRepository::load(qint64 id) const
{
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.case_no, c.received_on, c.municipality_code, c.method, c.consulter, c.coordinator_id, "
        "c.child_age, c.note, p.child_name, p.consulter_name, p.contact "
        "FROM case_record c LEFT JOIN case_personal p ON p.case_id = c.id WHERE c.id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return databaseError(CaseRepository::tr("Reading a case"), query.lastError());
    }
    if (!query.next()) {
        return Error(Error::Kind::NotFound, CaseRepository::tr("The case no longer exists."));
    }
    CaseRecord record;
    record.id = id;
    record.caseNo = query.value(0).toString();
    record.receivedOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    record.municipalityCode = query.value(2).toString();
    record.method = query.value(3).toString();
    record.consulter = query.value(4).toString();
    if (!query.value(5).isNull()) {
        record.coordinatorId = query.value(5).toLongLong();
    }
    if (!query.value(6).isNull()) {
        record.childAge = query.value(6).toInt();
    }
    record.note = query.value(7).toString();
    record.personal =
        PersonalData{query.value(8).toString(), query.value(9).toString(), query.value(10).toString()};

    const auto readList = [&](const QString& sql, QStringList& out) -> Result<void> {
        QSqlQuery list(m_file.database());
        list.setForwardOnly(true);
        list.prepare(sql);
        list.addBindValue(id);
        if (!list.exec()) {
            return databaseError(CaseRepository::tr("Reading a case"), list.lastError());
        }
        while (list.next()) {
            out.append(list.value(0).toString());
        }
        return {};
    };
    if (auto r = readList(QStringLiteral("SELECT topic FROM case_topic WHERE case_id = ?"), record.topics);
        !r.ok()) {
        return r.error();
    }
    if (auto r = readList(QStringLiteral("SELECT care_need FROM case_care_need WHERE case_id = ?"),
                          record.careNeeds);
        !r.ok()) {
        return r.error();
    }
    // Report order, not storage order.
    const auto byListOrder = [](const CodeList& list) {
        return [&list](const QString& a, const QString& b) {
            return list.indexOf(a) < list.indexOf(b);
        };
    };
    std::sort(record.topics.begin(), record.topics.end(), byListOrder(codes::topics()));
    std::sort(record.careNeeds.begin(), record.careNeeds.end(), byListOrder(codes::careNeeds()));

    QSqlQuery history(m_file.database());
    history.setForwardOnly(true);
    history.prepare(QStringLiteral("SELECT status, since FROM case_status WHERE case_id = ? ORDER BY since"));
    history.addBindValue(id);
    if (!history.exec()) {
        return databaseError(CaseRepository::tr("Reading a case"), history.lastError());
    }
    while (history.next()) {
        record.statusHistory.append(StatusChange{
            history.value(0).toString(), QDate::fromString(history.value(1).toString(), Qt::ISODate)});
    }
    return record;
}

Result<QList<CoordinatorChange>> CaseRepository::coordinatorHistory(qint64 id) const
{
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT since, coordinator_id FROM case_coordinator WHERE case_id = ? ORDER BY since"));
    query.addBindValue(id);
    if (!query.exec()) {
        return databaseError(CaseRepository::tr("Reading a case"), query.lastError());
    }
    QList<CoordinatorChange> history;
    while (query.next()) {
        CoordinatorChange change;
        change.since = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (!query.value(1).isNull()) {
            change.coordinatorId = query.value(1).toLongLong();
        }
        history.append(change);
    }
    if (query.lastError().isValid()) {
        return databaseError(CaseRepository::tr("Reading a case"), query.lastError());
    }
    return history;
}

Result<std::optional<qint64>> CaseRepository::idForCaseNo(const QString& caseNo) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT id FROM case_record WHERE case_no = ?"));
    query.addBindValue(caseNo);
    if (!query.exec()) {
        return databaseError(CaseRepository::tr("Looking up a case"), query.lastError());
    }
    if (!query.next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<qint64> CaseRepository::count() const
{
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM case_record")) || !query.next()) {
        return databaseError(CaseRepository::tr("Counting cases"), query.lastError());
    }
    return query.value(0).toLongLong();
}

} // namespace tsunagu
