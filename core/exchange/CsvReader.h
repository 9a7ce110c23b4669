// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tsunagu::exchange {

/// One record of a CSV file.
struct CsvRecord
{
    /// The row number a spreadsheet shows for this record: the header is row 1,
    /// and a line break inside a quoted field does not start a new row.
    int row = 0;
    /// The field values, unquoted and unescaped.
    QStringList fields;
};

/// Splits CSV text into records (RFC 4180, as Excel writes it).
///
/// - Fields are separated by ','. A field that starts with '"' is quoted: it
///   may hold ',', '"' (written "") and line breaks, and ends at the next single
///   '"', which must be followed by ',', a line break or the end of the text.
/// - Records end with CRLF, LF or a lone CR. Inside a quoted field, CRLF is
///   kept as LF; a lone LF or CR is kept as it is.
/// - No trimming: spaces around values are part of the values.
/// - Empty lines at the end of the text are ignored. A completely empty line
///   anywhere else is returned as a record with one empty field and uses up
///   its row number; the caller decides whether that is an error or a row to
///   skip.
/// - A trailing ',' means one more empty field.
class CsvReader
{
public:
    /// Parses the whole text in one pass. Fails on the first malformed record,
    /// with an Error of kind Invalid and a translated message:
    /// "row N: a quoted field is not closed",
    /// "row N, column M: a quote inside an unquoted field" or
    /// "row N, column M: text after the closing quote of a quoted field"
    /// (M is the 1-based field position).
    static Result<QList<CsvRecord>> parse(const QString& text);
};

} // namespace tsunagu::exchange
