// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace tsunagu::exchange {

/// Spreadsheet formula neutralisation (exchange spec 1.1, the OWASP
/// "CSV injection" rule): Excel and LibreOffice read a cell that begins with
/// '=', '+', '-' or '@' (also after a tab or a carriage return) as a formula,
/// so that a case note such as =HYPERLINK("http://…") becomes a live link, or
/// worse. Every cell the app writes to a CSV or a TSV goes through
/// guardedCell(); every cell a case CSV import reads goes through
/// unguardedCell(), so that an export read back gives exactly the text that
/// was written.
///
/// A cell that begins with "'" is guarded too: then the import can remove one
/// leading "'" without asking whether the app or a person put it there.

/// Whether \a text begins with a character that a spreadsheet may take as the
/// start of a formula, or with "'" (see above).
bool needsFormulaGuard(QStringView text);

/// \a text with one "'" before it when needsFormulaGuard(text), else as it is.
QString guardedCell(QStringView text);

/// Appends guardedCell(\a text) to \a out without a copy of its own.
void appendGuardedCell(QString& out, QStringView text);

/// The inverse of guardedCell(): \a text without its leading "'" when the
/// rest needs a guard (so "'=1" gives "=1" and "''x" gives "'x"); anything
/// else as it is ("'abc" keeps its quote, as the app never writes it).
QStringView unguardedCell(QStringView text);

} // namespace tsunagu::exchange
