// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace tsunagu::exchange {

/// Writes CSV files that Excel on a Japanese Windows PC opens correctly and
/// that CsvReader reads back unchanged: UTF-8 with a BOM (without it Japanese
/// Excel assumes Shift_JIS), fields separated by ',', every row ending with
/// CRLF. A field is quoted, with '"' doubled, when it contains ',', '"', CR or
/// LF, or starts or ends with white space (which some readers would trim);
/// line breaks inside a field are written as they are. A row of one empty
/// field is written as "" so that it does not become an empty line; a row with
/// no fields is written as an empty line.
///
/// Text that a spreadsheet could take for a formula ("=HYPERLINK(…)", "+81…",
/// "-x", "@a") is written with one "'" before it (exchange spec 1.1, see
/// SpreadsheetCell.h): every field added as text, headers included. A count
/// or another number the app computes is added with addNumber() and written
/// as the number it is: "-3" is a negative number, not a formula, and a
/// spreadsheet should sum it.
///
/// A writer streams: it encodes and writes a block at a time, so a file of a
/// million rows never sits in memory whole.
class CsvWriter
{
public:
    /// Writes the BOM, then rows as they are added, to \a device (open for
    /// writing, outliving the writer).
    explicit CsvWriter(QIODevice& device);
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    /// Adds a text field to the current row, guarded against formulas.
    void addField(QStringView field);
    /// Adds a number to the current row, as a spreadsheet reads a number.
    void addNumber(qint64 number);
    /// Ends the current row.
    void endRow();
    /// Adds the text fields of \a row and ends it.
    void writeRow(const QStringList& row);
    /// Writes everything added so far to the device. False when the device
    /// failed (writeErrorText() says why); a failure sticks.
    bool flush();

    /// The rows as a whole CSV file in memory.
    static QByteArray write(const QList<QStringList>& rows);

private:
    void addRawField(QStringView field);
    void flushIfFull();

    QIODevice& m_device;
    QStringEncoder m_encoder;
    QString m_text;
    QByteArray m_bytes;
    qsizetype m_fieldsInRow = 0;
    bool m_rowIsOneEmptyField = false;
    bool m_failed = false;
};

} // namespace tsunagu::exchange
