// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tsunagu::exchange {

/// The text encodings a case CSV may use (exchange format §1): UTF-8, with or
/// without BOM, and CP932 — Microsoft's Shift_JIS, which Excel on a Japanese
/// Windows PC writes when saving as "CSV".
enum class Encoding
{
    Auto,  ///< decide from the bytes, see decodeText()
    Utf8,  ///< UTF-8; a leading BOM is accepted and removed
    Cp932, ///< Windows code page 932 (Shift_JIS with the NEC and IBM extensions)
};

/// Parses an encoding name as typed on a command line or stored in settings,
/// case-insensitively: "auto"; "utf-8", "utf8"; "cp932", "shift_jis",
/// "shift-jis", "sjis", "windows-31j", "ms932". Returns nullopt for anything else.
std::optional<Encoding> encodingFromName(const QString& name);

/// The canonical name of an encoding: "auto", "utf-8" or "cp932" (each accepted
/// by encodingFromName()).
QString encodingName(Encoding encoding);

/// Text decoded from a file, with the encoding it turned out to be in.
struct DecodedText
{
    QString text;                       ///< without the BOM, line breaks untouched
    Encoding encoding = Encoding::Utf8; ///< Utf8 or Cp932, never Auto
    bool hadBom = false;                ///< the bytes began with a UTF-8 BOM
};

/// Decodes the bytes of a text file.
///
/// Auto: a UTF-8 BOM means UTF-8; bytes that are valid UTF-8 are UTF-8 (plain
/// ASCII included); otherwise CP932 if the bytes decode cleanly as CP932; else
/// an Error of kind Invalid (which says so when the file looks like UTF-16 text
/// rather than a CSV). Whatever the encoding, bytes that begin as an Excel
/// workbook (.xlsx, .xls) are an Error that says so.
///
/// A forced encoding (Utf8 or Cp932) reports bytes that are invalid in it as an
/// Error of kind Invalid naming the encoding and the 1-based line (counting LF,
/// CRLF and lone CR as line ends) of the first invalid byte. Nothing is ever
/// silently replaced by U+FFFD.
Result<DecodedText> decodeText(const QByteArray& bytes, Encoding requested);

/// Encodes text without a BOM. Utf8 always succeeds. Cp932 is strict: a
/// character with no exact CP932 form (one that would not decode back to
/// itself, such as U+00A5 YEN SIGN or U+301C WAVE DASH, or an emoji) is an
/// Error of kind Invalid that names the first such character and its line.
/// Auto is treated as Utf8.
Result<QByteArray> encodeText(const QString& text, Encoding encoding);

} // namespace tsunagu::exchange
