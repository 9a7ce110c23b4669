// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRecord.h"
#include "common/Result.h"
#include "exchange/TextCodec.h"
#include "master/MasterData.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QIODevice;

namespace tsunagu {
class BranchFile;
class MasterData;
} // namespace tsunagu

namespace tsunagu::exchange {

/// One column of the case CSV (exchange spec §1).
struct CaseColumn
{
    QString code;     ///< the English header, e.g. received_on
    QString headerJa; ///< the Japanese header, e.g. 受付日
    bool required = false;
    bool personal = false;
};

/// The columns in the spec's order.
const QList<CaseColumn>& caseColumns();

/// A case read from a CSV row, with what the row named but the case stores
/// by id (the coordinator).
struct ImportedCase
{
    int row = 0;
    CaseRecord record;
    QString coordinatorName;
    QString caseNoColumn; ///< the case-number header as the file writes it
};

/// What an import did.
struct ImportReport
{
    int imported = 0;
    int coordinatorsCreated = 0;
    Encoding encoding = Encoding::Utf8;
};

/// Options of a case export.
struct ExportOptions
{
    /// Include child_name, consulter_name and contact. Off unless asked for.
    bool includePersonal = false;
    /// Japanese headers and labels instead of codes (dates stay ISO).
    bool japanese = false;
};

/// Reads, imports and exports the case CSV of the exchange spec.
class CaseCsv
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::exchange::CaseCsv)

public:
    /// At most this many problems are listed; the rest are counted.
    static constexpr int MaxReportedProblems = 200;
    /// A field of an imported CSV holds at most this many UTF-16 code units.
    static constexpr qsizetype MaxFieldLength = 100000;

    /// Decodes and checks every row of a case CSV without touching any file.
    /// Fails listing every problem as "row N, column X: what is wrong", where
    /// N is the row number a spreadsheet shows and X the header as written.
    static Result<QList<ImportedCase>> read(const QByteArray& bytes, Encoding encoding,
                                            const MasterData& masterData, Encoding* detected = nullptr,
                                            QDate today = QDate::currentDate());

    /// As read(), handing each case to \a visit instead of keeping them all,
    /// for a look at a large file in little memory. \a visit sees only cases
    /// read before any problem. Returns how many cases the file holds.
    static Result<qsizetype> readEach(const QByteArray& bytes, Encoding encoding,
                                      const MasterData& masterData,
                                      const std::function<void(const ImportedCase&)>& visit,
                                      Encoding* detected = nullptr, QDate today = QDate::currentDate());

    /// Imports a case CSV into \a file: all rows or none. Case numbers that
    /// repeat in the CSV or already exist in the file are errors; coordinators
    /// named in the CSV but unknown to the file are added.
    ///
    /// One pass in one write transaction: each row is checked and stored as it
    /// is read, and a problem anywhere rolls everything back. Memory holds the
    /// text, not the cases.
    static Result<ImportReport> import(BranchFile& file, const QByteArray& bytes, Encoding encoding,
                                       const std::function<bool()>& isCancelled = {});

    /// Exports every case of \a file as UTF-8 CSV with a BOM (so that Excel on
    /// a Japanese PC opens it as it is), in received order.
    static Result<QByteArray> exportCases(const BranchFile& file, const ExportOptions& options);
    /// The same CSV written to \a device a block at a time, so that memory
    /// stays small however many cases the file holds. On failure the device
    /// may hold part of the CSV.
    static Result<void> exportCases(const BranchFile& file, const ExportOptions& options, QIODevice& device);
    /// The same over any connection to a branch file (a worker thread's own,
    /// storage::ReadConnection). Fails with Error::Kind::Cancelled once
    /// \a isCancelled, asked every thousand cases, returns true.
    static Result<void> exportCases(QSqlDatabase database, const MasterData& masterData,
                                    const ExportOptions& options, QIODevice& device,
                                    const std::function<bool()>& isCancelled = {});
};

} // namespace tsunagu::exchange
