// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tsunagu::exchange {

/// Writes CSV files that Excel on a Japanese Windows PC opens correctly and
/// that CsvReader reads back unchanged.
class CsvWriter
{
public:
    /// The rows as CSV: UTF-8 with a BOM (without it Japanese Excel assumes
    /// Shift_JIS), fields separated by ',', every row ending with CRLF.
    /// A field is quoted, with '"' doubled, when it contains ',', '"', CR or LF,
    /// or starts or ends with white space (which some readers would trim); line
    /// breaks inside a field are written as they are. A row of one empty field
    /// is written as "" so that it does not become an empty line; a row with
    /// no fields is written as an empty line.
    static QByteArray write(const QList<QStringList>& rows);
};

} // namespace tsunagu::exchange
