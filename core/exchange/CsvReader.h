// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

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
///
/// A reader walks the text one record at a time without copying it: the
/// fields of the current record are views into the text (or, for a quoted
/// field with "" or CRLF in it, into the reader's own buffer), valid until the
/// next call of readRecord(). The text must outlive the reader.
class CsvReader
{
public:
    explicit CsvReader(QStringView text);

    /// Moves to the next record. Returns false at the end of the text, and on
    /// a malformed record (then error() says why). Unlike parse(), a reader
    /// returns empty lines at the end of the text as records too.
    bool readRecord();

    /// The current record's row number (see CsvRecord::row).
    int row() const { return m_row; }
    qsizetype fieldCount() const { return m_fields.size(); }
    QStringView field(qsizetype index) const;
    /// Whether the current record is a completely empty line.
    bool isEmptyLine() const { return m_emptyLine; }
    /// The current record as a CsvRecord (copies the fields).
    CsvRecord record() const;
    /// Where the next record starts, as an offset into the text.
    qsizetype position() const { return m_pos - m_begin; }

    /// Why readRecord() stopped early; nullopt at a clean end of the text.
    const std::optional<Error>& error() const { return m_error; }

    /// Parses the whole text in one pass. Fails on the first malformed record,
    /// with an Error of kind Invalid and a translated message:
    /// "row N: a quoted field is not closed",
    /// "row N, column M: a quote inside an unquoted field" or
    /// "row N, column M: text after the closing quote of a quoted field"
    /// (M is the 1-based field position).
    static Result<QList<CsvRecord>> parse(const QString& text);

private:
    /// Where a field's characters are: in the text, or in m_unescaped.
    struct Span
    {
        qsizetype start = 0;
        qsizetype size = 0;
        bool unescaped = false;
    };

    const char16_t* m_begin;
    const char16_t* m_end;
    const char16_t* m_pos;
    QList<Span> m_fields;
    QString m_unescaped;
    std::optional<Error> m_error;
    int m_row = 0;
    bool m_emptyLine = false;
};

} // namespace tsunagu::exchange
