// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextInput.h"

#include <QCoreApplication>

#include <algorithm>

namespace tsunagu::input {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tsunagu::TextInput", text);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(QString::number(quint32(c), 16).toUpper().rightJustified(4, u'0'));
}

/// The first character of \a text that \a refused returns a message for, as
/// that message with the character's position filled in.
template <typename Refused>
QString firstProblem(QStringView text, Refused refused)
{
    qsizetype position = 0; // in characters, a surrogate pair counting once
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        ++position;
        if (const char* message = refused(c)) {
            return tr(message).arg(codePoint(c)).arg(position);
        }
    }
    return QString();
}

const char* controlMessage(char32_t c, Lines lines)
{
    if (c == u'\n' || c == u'\r' || c == u'\t') {
        return lines == Lines::Multiple
                   ? nullptr
                   : QT_TRANSLATE_NOOP(
                         "tsunagu::TextInput",
                         "a line break or tab (%1) at character %2 is not allowed in this field");
    }
    if (QChar::category(c) == QChar::Other_Control) {
        return QT_TRANSLATE_NOOP("tsunagu::TextInput",
                                 "an invisible control character (%1) at character %2 is not allowed");
    }
    return nullptr;
}

} // namespace

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF;
}

QString withoutInvisibles(QStringView text)
{
    if (std::none_of(text.cbegin(), text.cend(), isInvisible)) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isInvisible(c)) {
            out.append(c);
        }
    }
    return out;
}

QString normalizedCode(QStringView text)
{
    // Almost every case number and code is ASCII, which NFKC leaves alone.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        return text.trimmed().toString();
    }
    return withoutInvisibles(text).normalized(QString::NormalizationForm_KC).trimmed();
}

QString controlCharacterProblem(QStringView text, Lines lines)
{
    return firstProblem(text, [lines](char32_t c) { return controlMessage(c, lines); });
}

QString codeCharacterProblem(QStringView text)
{
    return firstProblem(text, [](char32_t c) -> const char* {
        if (const char* message = controlMessage(c, Lines::Single)) {
            return message;
        }
        if (QChar::category(c) == QChar::Other_Format) {
            return QT_TRANSLATE_NOOP("tsunagu::TextInput",
                                     "an invisible character (%1) at character %2 is not allowed");
        }
        return nullptr;
    });
}

} // namespace tsunagu::input
