// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"
#include "statistics/Summary.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tsunagu {
class MasterData;
}

/// The renderings of a Summary that need no GUI: the exchange spec's JSON, a
/// CSV for spreadsheets and a plain-text report shaped like the center's
/// tables. The UI's charts and print-outs render the same Summary.
namespace tsunagu::statistics {

/// The summary JSON of the exchange spec §2: the keys in the spec's order
/// (period {from, to}, cases, status, region, municipality, method,
/// consulter, topic, topic_mentions), each count list in the summary's own
/// order, 2-space indentation, `"key": value`, UTF-8 and a trailing newline.
/// An invalid period date is written as null.
///
/// Written by hand because QJsonObject sorts its keys.
QByteArray summaryToJson(const Summary& summary);

/// The summary as CSV for spreadsheets: the header `section,code,label,count`,
/// then the rows cases; status...; region...; municipality...; method...;
/// consulter...; topic...; topic_mentions, with labels and names in
/// \a language. UTF-8 with a BOM and CRLF line ends (exchange::CsvWriter).
QByteArray summaryToCsv(const Summary& summary, const MasterData& master, Language language);

/// A plain-text report in \a language shaped like the center's yearly tables:
/// the case and status line, the period, then (1) cases by region with every
/// municipality, designated cities, `outside` and `unknown` grouped last as
/// 政令市・その他; (2) methods; (3) consulters; (4) topics with their total.
/// Every code appears, zeros included. Columns are aligned for a monospace
/// font in which East Asian wide characters take two columns (displayWidth()).
/// Japanese dates are era dates with the ISO date beside them; English uses
/// ISO dates. Ends with a newline.
QString summaryToText(const Summary& summary, const MasterData& master, Language language);

/// The columns \a text takes in a monospace font: 2 for East Asian wide and
/// full-width characters (kanji, kana, full-width forms, hangul), 0 for
/// combining marks and invisible format characters, 1 for everything else
/// (ASCII, half-width katakana).
int displayWidth(QStringView text);

} // namespace tsunagu::statistics
