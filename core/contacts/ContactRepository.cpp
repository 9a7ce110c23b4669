// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactRepository.h"

#include "codes/Codes.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu {

using storage::databaseError;

namespace {

ContactRecord fromQuery(const QSqlQuery& query)
{
    ContactRecord c;
    c.id = query.value(0).toLongLong();
    c.caseId = query.value(1).toLongLong();
    c.contactedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    c.kind = query.value(3).toString();
    c.method = query.value(4).toString();
    if (!query.value(5).isNull()) {
        c.minutes = query.value(5).toInt();
    }
    c.note = query.value(6).toString();
    return c;
}

void bindFields(QSqlQuery& query, const ContactRecord& c)
{
    query.addBindValue(c.caseId);
    query.addBindValue(c.contactedOn.toString(Qt::ISODate));
    query.addBindValue(c.kind);
    query.addBindValue(c.method);
    query.addBindValue(c.minutes ? QVariant(*c.minutes) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(c.note.isNull() ? QStringLiteral("") : c.note);
}

} // namespace

ContactRepository::ContactRepository(BranchFile& file)
    : m_file(file)
{}

QList<FieldProblem> ContactRepository::validate(const ContactRecord& contact, QDate today, QDate receivedOn)
{
    QList<FieldProblem> problems;
    if (!contact.contactedOn.isValid()) {
        problems.append({QStringLiteral("contacted_on"), tr("the date is required")});
    } else if (contact.contactedOn > today) {
        problems.append({QStringLiteral("contacted_on"),
                         tr("%1 lies in the future").arg(contact.contactedOn.toString(Qt::ISODate))});
    } else if (receivedOn.isValid() && contact.contactedOn < receivedOn) {
        // Counted in a period before the case existed, it would make that
        // period's 延べ件数 and the case's history disagree.
        problems.append({QStringLiteral("contacted_on"), tr("%1 is before the date received (%2)")
                                                             .arg(contact.contactedOn.toString(Qt::ISODate),
                                                                  receivedOn.toString(Qt::ISODate))});
    }
    if (!codes::contactKinds().contains(contact.kind)) {
        problems.append({QStringLiteral("kind"), tr("choose what kind of contact it was")});
    }
    if (!codes::methods().contains(contact.method)) {
        problems.append({QStringLiteral("method"), tr("choose how the contact was made")});
    }
    if (contact.minutes && (*contact.minutes < 0 || *contact.minutes > 24 * 60)) {
        problems.append({QStringLiteral("minutes"), tr("the minutes must be between 0 and 1440")});
    }
    return problems;
}

Result<QList<ContactRecord>> ContactRepository::forCase(qint64 caseId) const
{
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, case_id, contacted_on, kind, method, minutes, note FROM contact_log "
                       "WHERE case_id = ? ORDER BY contacted_on, id"));
    query.addBindValue(caseId);
    if (!query.exec()) {
        return databaseError(tr("Reading the contact log"), query.lastError());
    }
    QList<ContactRecord> result;
    while (query.next()) {
        result.append(fromQuery(query));
    }
    return result;
}

Result<QDate> ContactRepository::receivedOn(qint64 caseId) const
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT received_on FROM case_record WHERE id = ?"));
    query.addBindValue(caseId);
    if (!query.exec()) {
        return databaseError(tr("Reading the case"), query.lastError().text());
    }
    if (!query.next()) {
        return Error(Error::Kind::NotFound, tr("The case no longer exists."));
    }
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

Result<void> ContactRepository::refreshLastContact(qint64 caseId)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral(
        "UPDATE case_record SET last_contact_on = max(received_on, COALESCE((SELECT MAX(contacted_on) "
        "FROM contact_log WHERE case_id = case_record.id), received_on)) WHERE id = ?"));
    query.addBindValue(caseId);
    if (!query.exec()) {
        return databaseError(tr("Saving the contact log"), query.lastError());
    }
    return {};
}

Result<qint64> ContactRepository::add(ContactRecord& contact)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r.error();
    }
    storage::WriteTransaction transaction(m_file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r.error();
    }
    const auto received = receivedOn(contact.caseId);
    if (!received.ok()) {
        return received.error();
    }
    if (const auto problems = validate(contact, QDate::currentDate(), received.value());
        !problems.isEmpty()) {
        return Error(Error::Kind::Invalid, problems.constFirst().message);
    }
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("INSERT INTO contact_log (case_id, contacted_on, kind, method, minutes, note) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    bindFields(query, contact);
    if (!query.exec()) {
        return databaseError(tr("Saving the contact log"), query.lastError());
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto r = refreshLastContact(contact.caseId); !r.ok()) {
        return r.error();
    }
    if (auto r = transaction.commit(); !r.ok()) {
        return r.error();
    }
    contact.id = id;
    return id;
}

Result<void> ContactRepository::update(const ContactRecord& contact)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    storage::WriteTransaction transaction(m_file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r;
    }
    const auto received = receivedOn(contact.caseId);
    if (!received.ok()) {
        return received.error();
    }
    if (const auto problems = validate(contact, QDate::currentDate(), received.value());
        !problems.isEmpty()) {
        return Error(Error::Kind::Invalid, problems.constFirst().message);
    }
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("UPDATE contact_log SET case_id = ?, contacted_on = ?, kind = ?, method = ?, "
                       "minutes = ?, note = ? WHERE id = ?"));
    bindFields(query, contact);
    query.addBindValue(contact.id);
    if (!query.exec()) {
        return databaseError(tr("Saving the contact log"), query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return Error(Error::Kind::NotFound, tr("The contact no longer exists."));
    }
    if (auto r = refreshLastContact(contact.caseId); !r.ok()) {
        return r;
    }
    return transaction.commit();
}

Result<void> ContactRepository::remove(qint64 contactId)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    storage::WriteTransaction transaction(m_file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r;
    }
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT case_id FROM contact_log WHERE id = ?"));
    query.addBindValue(contactId);
    if (!query.exec() || !query.next()) {
        return Error(Error::Kind::NotFound, tr("The contact no longer exists."));
    }
    const qint64 caseId = query.value(0).toLongLong();
    query.prepare(QStringLiteral("DELETE FROM contact_log WHERE id = ?"));
    query.addBindValue(contactId);
    if (!query.exec()) {
        return databaseError(tr("Deleting a contact"), query.lastError());
    }
    if (auto r = refreshLastContact(caseId); !r.ok()) {
        return r;
    }
    return transaction.commit();
}

Result<void> ContactRepository::insertInTransaction(QList<ContactRecord>& contacts)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("INSERT INTO contact_log (case_id, contacted_on, kind, method, minutes, note) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    QSet<qint64> cases;
    QHash<qint64, QDate> received; // of the cases met so far
    const QDate today = QDate::currentDate();
    for (ContactRecord& contact : contacts) {
        auto known = received.constFind(contact.caseId);
        if (known == received.constEnd()) {
            const auto date = receivedOn(contact.caseId);
            if (!date.ok()) {
                return date.error();
            }
            known = received.insert(contact.caseId, date.value());
        }
        if (const auto problems = validate(contact, today, *known); !problems.isEmpty()) {
            return Error(Error::Kind::Invalid,
                         tr("Contact of %1: %2")
                             .arg(contact.contactedOn.toString(Qt::ISODate), problems.constFirst().message));
        }
        bindFields(query, contact);
        if (!query.exec()) {
            return databaseError(tr("Saving the contact log"), query.lastError());
        }
        contact.id = query.lastInsertId().toLongLong();
        cases.insert(contact.caseId);
    }
    QSqlQuery refresh(m_file.database());
    refresh.prepare(QStringLiteral(
        "UPDATE case_record SET last_contact_on = max(received_on, COALESCE((SELECT MAX(contacted_on) "
        "FROM contact_log WHERE case_id = case_record.id), received_on)) WHERE id = ?"));
    for (const qint64 caseId : std::as_const(cases)) {
        refresh.bindValue(0, caseId);
        if (!refresh.exec()) {
            return databaseError(tr("Saving the contact log"), refresh.lastError());
        }
    }
    return {};
}

Result<void> ContactRepository::replaceInTransaction(qint64 caseId, QList<ContactRecord>& contacts)
{
    const auto received = receivedOn(caseId);
    if (!received.ok()) {
        return received.error();
    }
    const QDate today = QDate::currentDate();
    for (const ContactRecord& contact : std::as_const(contacts)) {
        if (const auto problems = validate(contact, today, received.value()); !problems.isEmpty()) {
            return Error(Error::Kind::Invalid,
                         tr("Contact of %1: %2")
                             .arg(contact.contactedOn.toString(Qt::ISODate), problems.constFirst().message));
        }
    }
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("DELETE FROM contact_log WHERE case_id = ?"));
    query.addBindValue(caseId);
    if (!query.exec()) {
        return databaseError(tr("Saving the contact log"), query.lastError());
    }
    query.prepare(
        QStringLiteral("INSERT INTO contact_log (case_id, contacted_on, kind, method, minutes, note) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (ContactRecord& contact : contacts) {
        contact.caseId = caseId;
        bindFields(query, contact);
        if (!query.exec()) {
            return databaseError(tr("Saving the contact log"), query.lastError());
        }
        contact.id = query.lastInsertId().toLongLong();
    }
    return refreshLastContact(caseId);
}

} // namespace tsunagu
