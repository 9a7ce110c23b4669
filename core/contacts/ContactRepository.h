// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRepository.h"
#include "common/Result.h"
#include "contacts/ContactRecord.h"

#include <QCoreApplication>
#include <QList>

namespace tsunagu {

class BranchFile;

/// Reads and writes the contact log of cases. Keeps each case's
/// last-contact date (shown and sorted in the case list) up to date.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ContactRepository)

public:
    explicit ContactRepository(BranchFile& file);

    /// What keeps \a contact from being stored; empty when valid. A contact
    /// is dated by \a today at the latest and, when \a receivedOn is given
    /// (the date its case was received), not before it. Every write below
    /// checks against the date stored for the case.
    static QList<FieldProblem> validate(const ContactRecord& contact, QDate today = QDate::currentDate(),
                                        QDate receivedOn = QDate());

    /// The contacts of a case, oldest first.
    Result<QList<ContactRecord>> forCase(qint64 caseId) const;
    Result<qint64> add(ContactRecord& contact);
    Result<void> update(const ContactRecord& contact);
    Result<void> remove(qint64 contactId);

    /// Adds many contacts (of any cases) inside the caller's transaction,
    /// with one prepared statement; for imports and generated data.
    Result<void> insertInTransaction(QList<ContactRecord>& contacts);

    /// Replaces the whole log of a case inside the caller's transaction (the
    /// case editor saves a case and its log together, the case first: the
    /// contacts are checked against the received date just stored).
    Result<void> replaceInTransaction(qint64 caseId, QList<ContactRecord>& contacts);

private:
    Result<void> refreshLastContact(qint64 caseId);
    /// The date case \a caseId was received, as stored.
    Result<QDate> receivedOn(qint64 caseId) const;

    BranchFile& m_file;
};

} // namespace tsunagu
