// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include "calendar/FiscalYear.h"
#include "codes/Codes.h"
#include "master/MasterData.h"
#include "storage/BranchFile.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu {

using storage::databaseError;
using storage::WriteTransaction;

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
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

/// Checks the codes of a field; \a missing is the message when a required
/// field is empty (empty for an optional field).
void checkCodes(QList<FieldProblem>& problems, const QString& field, const QStringList& values,
                const CodeList& list, const QString& missing)
{
    if (!missing.isEmpty() && values.isEmpty()) {
        problems.append({field, missing});
        return;
    }
    QSet<QString> seen;
    for (const QString& value : values) {
        if (!list.contains(value)) {
            problems.append({field, CaseRepository::tr("\"%1\" is not a known code").arg(value)});
        } else if (seen.contains(value)) {
            problems.append({field, CaseRepository::tr("\"%1\" is given twice").arg(value)});
        }
        seen.insert(value);
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
        for (const QChar c : record.caseNo) {
            if (c.isSpace() || c.category() == QChar::Other_Control) {
                problems.append({QStringLiteral("case_no"),
                                 CaseRepository::tr("a case number has no spaces or line breaks")});
                break;
            }
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
    checkCodes(problems, QStringLiteral("method"),
               record.method.isEmpty() ? QStringList() : QStringList{record.method}, codes::methods(),
               CaseRepository::tr("the method is required"));
    checkCodes(problems, QStringLiteral("consulter"),
               record.consulter.isEmpty() ? QStringList() : QStringList{record.consulter},
               codes::consulters(), CaseRepository::tr("the consulter is required"));
    checkCodes(problems, QStringLiteral("topics"), record.topics, codes::topics(),
               CaseRepository::tr("choose at least one topic"));
    checkCodes(problems, QStringLiteral("care_needs"), record.careNeeds, codes::careNeeds(), QString());

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
    if (record.childAge && (*record.childAge < 0 || *record.childAge > 29)) {
        problems.append(
            {QStringLiteral("child_age"), CaseRepository::tr("the age must be between 0 and 29")});
    }
    return problems;
}

Result<int> CaseRepository::maxSequence(int fiscalYear) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT MAX(CAST(substr(case_no, 6) AS INTEGER)) FROM case_record "
                                 "WHERE case_no GLOB ?"));
    query.addBindValue(QStringLiteral("%1-[0-9]*").arg(fiscalYear, 4, 10, QLatin1Char('0')));
    if (!query.exec() || !query.next()) {
        return databaseError(CaseRepository::tr("Numbering the case"), query.lastError().text());
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

/// The statements of one batch of inserts, prepared once: an import of
/// 100,000 cases must not prepare half a million statements.
struct CaseRepository::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : insertCase(db)
        , insertTopic(db)
        , insertNeed(db)
        , insertStatus(db)
        , insertPersonal(db)
        , insertSearch(db)
    {
        const std::pair<QSqlQuery*, const char*> statements[] = {
            {&insertCase,
             "INSERT INTO case_record (case_no, received_on, municipality_code, method, consulter, "
             "status, status_since, coordinator_id, child_age, note, created_at, updated_at, "
             "last_contact_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&insertTopic, "INSERT INTO case_topic (case_id, topic) VALUES (?, ?)"},
            {&insertNeed, "INSERT INTO case_care_need (case_id, care_need) VALUES (?, ?)"},
            {&insertStatus, "INSERT INTO case_status (case_id, since, status) VALUES (?, ?, ?)"},
            {&insertPersonal,
             "INSERT INTO case_personal (case_id, child_name, consulter_name, contact) VALUES (?, ?, ?, ?)"},
            {&insertSearch, "INSERT INTO case_search (case_id, folded) VALUES (?, ?)"},
        };
        prepared = std::all_of(std::begin(statements), std::end(statements), [this](const auto& entry) {
            if (entry.first->prepare(QString::fromLatin1(entry.second))) {
                return true;
            }
            error = entry.first->lastError().text();
            return false;
        });
    }

    QSqlQuery insertCase;
    QSqlQuery insertTopic;
    QSqlQuery insertNeed;
    QSqlQuery insertStatus;
    QSqlQuery insertPersonal;
    QSqlQuery insertSearch;
    bool prepared = false;
    QString error;
};

Result<void> CaseRepository::insertChildren(Statements& statements, const CaseRecord& record)
{
    const auto fail = [&](const QSqlQuery& q) {
        return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo), q.lastError().text());
    };
    for (const QString& topic : record.topics) {
        statements.insertTopic.bindValue(0, record.id);
        statements.insertTopic.bindValue(1, topic);
        if (!statements.insertTopic.exec()) {
            return fail(statements.insertTopic);
        }
    }
    for (const QString& need : record.careNeeds) {
        statements.insertNeed.bindValue(0, record.id);
        statements.insertNeed.bindValue(1, need);
        if (!statements.insertNeed.exec()) {
            return fail(statements.insertNeed);
        }
    }
    for (const StatusChange& change : normalisedHistory(record)) {
        statements.insertStatus.bindValue(0, record.id);
        statements.insertStatus.bindValue(1, isoDate(change.since));
        statements.insertStatus.bindValue(2, change.status);
        if (!statements.insertStatus.exec()) {
            return fail(statements.insertStatus);
        }
    }
    statements.insertSearch.bindValue(0, record.id);
    statements.insertSearch.bindValue(1, storage::searchTextOf(record.caseNo, record.note,
                                                               record.personal.childName,
                                                               record.personal.consulterName));
    if (!statements.insertSearch.exec()) {
        return fail(statements.insertSearch);
    }
    if (!record.personal.isEmpty()) {
        statements.insertPersonal.bindValue(0, record.id);
        statements.insertPersonal.bindValue(1, text(record.personal.childName));
        statements.insertPersonal.bindValue(2, text(record.personal.consulterName));
        statements.insertPersonal.bindValue(3, text(record.personal.contact));
        if (!statements.insertPersonal.exec()) {
            return fail(statements.insertPersonal);
        }
    }
    return {};
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
    Statements statements(m_file.database());
    if (!statements.prepared) {
        return databaseError(CaseRepository::tr("Saving cases"), statements.error);
    }
    // Numbers given in this batch; automatic numbers are above every stored
    // number of their fiscal year, so only these can collide with them.
    QSet<QString> givenNumbers;
    for (const CaseRecord& record : std::as_const(records)) {
        if (!record.caseNo.isEmpty()) {
            givenNumbers.insert(record.caseNo);
        }
    }
    QHash<int, int> nextSequence;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (CaseRecord& record : records) {
        if (record.caseNo.isEmpty()) {
            const int year = calendar::FiscalYear::containing(record.receivedOn).startYear();
            if (!nextSequence.contains(year)) {
                const auto max = maxSequence(year);
                if (!max.ok()) {
                    return max.error();
                }
                nextSequence.insert(year, max.value() + 1);
            }
            QString candidate;
            do {
                candidate = QStringLiteral("%1-%2")
                                .arg(year, 4, 10, QLatin1Char('0'))
                                .arg(nextSequence[year]++, 4, 10, QLatin1Char('0'));
            } while (givenNumbers.contains(candidate));
            record.caseNo = candidate;
        }
        const QList<StatusChange> history = normalisedHistory(record);
        QSqlQuery& insert = statements.insertCase;
        insert.bindValue(0, record.caseNo);
        insert.bindValue(1, isoDate(record.receivedOn));
        insert.bindValue(2, record.municipalityCode);
        insert.bindValue(3, record.method);
        insert.bindValue(4, record.consulter);
        insert.bindValue(5, history.constLast().status);
        insert.bindValue(6, isoDate(history.constLast().since));
        insert.bindValue(7, optionalValue(record.coordinatorId));
        insert.bindValue(8, optionalValue(record.childAge));
        insert.bindValue(9, text(record.note));
        insert.bindValue(10, now);
        insert.bindValue(11, now);
        insert.bindValue(12, isoDate(record.receivedOn));
        if (!insert.exec()) {
            if (insert.lastError().nativeErrorCode() == QLatin1String("2067")) { // SQLITE_CONSTRAINT_UNIQUE
                return Error(Error::Kind::Invalid,
                             CaseRepository::tr("Case number %1 is already in use.").arg(record.caseNo));
            }
            return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo),
                                 insert.lastError().text());
        }
        record.id = insert.lastInsertId().toLongLong();
        if (auto r = insertChildren(statements, record); !r.ok()) {
            return r;
        }
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
    if (const auto problems = validate(record, m_file.masterData()); !problems.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     CaseRepository::tr("Case %1: %2: %3")
                         .arg(record.caseNo, problems.constFirst().field, problems.constFirst().message));
    }
    const QList<StatusChange> history = normalisedHistory(record);
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("UPDATE case_record SET case_no = ?, received_on = ?, municipality_code = "
                       "?, method = ?, consulter = ?, "
                       "status = ?, status_since = ?, coordinator_id = ?, child_age = ?, note = ?, "
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
        return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo),
                             query.lastError().text());
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
            return databaseError(CaseRepository::tr("Saving case %1").arg(record.caseNo),
                                 remove.lastError().text());
        }
    }
    Statements statements(m_file.database());
    return insertChildren(statements, record);
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
        return databaseError(CaseRepository::tr("Deleting a case"), query.lastError().text());
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
        return databaseError(CaseRepository::tr("Reading a case"), query.lastError().text());
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
            return databaseError(CaseRepository::tr("Reading a case"), list.lastError().text());
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
        return databaseError(CaseRepository::tr("Reading a case"), history.lastError().text());
    }
    while (history.next()) {
        record.statusHistory.append(StatusChange{
            history.value(0).toString(), QDate::fromString(history.value(1).toString(), Qt::ISODate)});
    }
    return record;
}

Result<std::optional<qint64>> CaseRepository::idForCaseNo(const QString& caseNo) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT id FROM case_record WHERE case_no = ?"));
    query.addBindValue(caseNo);
    if (!query.exec()) {
        return databaseError(CaseRepository::tr("Looking up a case"), query.lastError().text());
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
        return databaseError(CaseRepository::tr("Counting cases"), query.lastError().text());
    }
    return query.value(0).toLongLong();
}

} // namespace tsunagu
