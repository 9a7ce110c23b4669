// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace tsunagu::input {

/// Whether \a c is one of the invisible characters that a copy from a web
/// page, a PDF or Excel leaves in text and that make two equal-looking values
/// differ: ZERO WIDTH SPACE, ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER
/// (U+200B–U+200D), WORD JOINER (U+2060) and the BOM / ZERO WIDTH NO-BREAK
/// SPACE (U+FEFF).
bool isInvisible(QChar c);

/// \a text without the invisible characters of isInvisible(); nothing else
/// changes. For names and free text, where NFKC would change what the person
/// wrote (a name's 髙 or ～ in a note must stay as they are).
QString withoutInvisibles(QStringView text);

/// A case number or a code as typed or pasted, in the one form that is
/// compared and stored: invisible characters removed, NFKC (full-width "２０２２"
/// is "2022"), surrounding white space trimmed. "2022\uFEFF-0001" and
/// "２０２２-０００１" are both "2022-0001".
QString normalizedCode(QStringView text);

/// Whether a text field may hold line breaks and tabs (a note) or is one line
/// (a name, a contact, a case number).
enum class Lines
{
    Single,
    Multiple,
};

/// Why \a text cannot be stored, or an empty string when it can: it holds a
/// control character (NUL and the other C0 and C1 controls, DEL), or, in a
/// one-line field, a line break or tab. The translated message names the
/// character and its 1-based position, e.g. "an invisible control character
/// (U+0000) at character 3 is not allowed".
QString controlCharacterProblem(QStringView text, Lines lines);

/// As controlCharacterProblem(text, Lines::Single), and also refuses the
/// remaining invisible format characters (U+00AD, U+200E, U+202E, …) that
/// normalizedCode() does not remove: a case number must look like what it is.
QString codeCharacterProblem(QStringView text);

} // namespace tsunagu::input
