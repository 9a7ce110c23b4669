// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRecord.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace tsunagu {

class BranchFile;
class MasterData;

/// Something wrong with one field of a case. \a field is the field's code in
/// the exchange spec (`received_on`, `topics`, ...), so the same problem can
/// be shown beside a form field or as "row N, column X" of a CSV file.
struct FieldProblem
{
    QString field;
    QString message;

    friend bool operator==(const FieldProblem&, const FieldProblem&) = default;
};

/// Reads and writes cases of a branch file. Every write is one BEGIN IMMEDIATE
/// transaction: a case is stored whole (with topics, history and personal
/// data) or not at all.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::CaseRepository)

public:
    explicit CaseRepository(BranchFile& file);

    /// Stores new cases inside the caller's WriteTransaction as they come,
    /// a few dozen to a statement, with every statement prepared once: an
    /// import checks and stores a row at a time instead of holding all of its
    /// cases, and does not run half a million statements. Made by inserter().
    class Inserter
    {
    public:
        /// A case whose number the file (or an earlier case of the batch)
        /// already holds.
        struct Duplicate
        {
            qint64 tag = 0; ///< what the caller passed to insert()
            QString caseNo;
        };

        Inserter(Inserter&&) noexcept;
        Inserter& operator=(Inserter&&) noexcept;
        ~Inserter();

        /// A case number that a case of this batch gives itself, stored or
        /// still to come: automatic numbers skip it.
        void reserveCaseNo(const QString& caseNo);
        /// Queues \a record, which validate() has passed, to be stored: sets
        /// its id, and its case number when empty. It is stored by the time
        /// finish() returns. A case number already in use is not an error of
        /// this call but a Duplicate (with \a tag), reported as soon as it is
        /// found; after one, nothing more is stored (the batch must not be
        /// committed), only further duplicates are looked for.
        Result<void> insert(CaseRecord& record, qint64 tag = 0);
        /// Stores everything still queued. Call after the last insert().
        Result<void> finish();
        /// The duplicates found so far, in the order of their insert() calls.
        const QList<Duplicate>& duplicates() const;

    private:
        friend class CaseRepository;
        struct Private;
        explicit Inserter(std::unique_ptr<Private> d);
        std::unique_ptr<Private> d;
    };

    /// The problems that keep \a record from being stored; empty when valid.
    static QList<FieldProblem> validate(const CaseRecord& record, const MasterData& masterData,
                                        QDate today = QDate::currentDate());

    /// Stores a new case; assigns its case number when empty and sets its id.
    Result<qint64> add(CaseRecord& record);
    /// Stores several new cases in one transaction: all of them or none.
    Result<void> addAll(QList<CaseRecord>& records);
    /// Stores new cases inside the caller's WriteTransaction (for an import
    /// that writes coordinators too); assigns numbers and ids.
    Result<void> insertInTransaction(QList<CaseRecord>& records);
    /// An Inserter for the caller's WriteTransaction; fails when the file is
    /// read-only.
    Result<Inserter> inserter();
    /// Replaces a stored case (matched by id) with \a record; refused when
    /// its contact log would then hold a contact before the date received.
    /// A coordinator other than the stored one is a handover, kept in the
    /// case's coordinator history (see CaseRecord::coordinatorSince).
    Result<void> update(const CaseRecord& record);
    /// Replaces a stored case inside the caller's WriteTransaction (the case
    /// editor saves a case and its contact log together). The caller stores
    /// the log next, with ContactRepository::replaceInTransaction(), which
    /// checks it against the received date stored here.
    Result<void> updateInTransaction(const CaseRecord& record);
    Result<void> remove(qint64 id);

    Result<CaseRecord> load(qint64 id) const;
    /// Who was in charge of case \a id when, oldest first; the first entry is
    /// dated on the day it was received. See CaseRecord::coordinatorSince.
    Result<QList<CoordinatorChange>> coordinatorHistory(qint64 id) const;
    Result<std::optional<qint64>> idForCaseNo(const QString& caseNo) const;
    Result<qint64> count() const;

    /// The next free number for a case received on \a receivedOn: the fiscal
    /// year and a sequence, "2024-0001".
    Result<QString> nextCaseNo(QDate receivedOn) const;

private:
    struct Statements;
    /// Stores the rows of \a record beside case_record; the first row of its
    /// coordinator history only when \a newCase.
    static Result<void> insertChildren(Statements& statements, const CaseRecord& record, bool newCase);
    Result<int> maxSequence(int fiscalYear) const;

    BranchFile& m_file;
};

} // namespace tsunagu
