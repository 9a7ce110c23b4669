// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRecord.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

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
    /// Replaces a stored case (matched by id) with \a record.
    Result<void> update(const CaseRecord& record);
    /// Replaces a stored case inside the caller's WriteTransaction (the case
    /// editor saves a case and its contact log together).
    Result<void> updateInTransaction(const CaseRecord& record);
    Result<void> remove(qint64 id);

    Result<CaseRecord> load(qint64 id) const;
    Result<std::optional<qint64>> idForCaseNo(const QString& caseNo) const;
    Result<qint64> count() const;

    /// The next free number for a case received on \a receivedOn: the fiscal
    /// year and a sequence, "2024-0001".
    Result<QString> nextCaseNo(QDate receivedOn) const;

private:
    struct Statements;
    Result<void> insertChildren(Statements& statements, const CaseRecord& record);
    Result<int> maxSequence(int fiscalYear) const;

    BranchFile& m_file;
};

} // namespace tsunagu
