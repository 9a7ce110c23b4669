// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFolding.h"

namespace tsunagu {

QString foldForSearch(const QString& text)
{
    const QString normalised = text.normalized(QString::NormalizationForm_KC).toLower();
    QString folded;
    folded.reserve(normalised.size());
    bool lastWasSpace = true; // also trims the start
    for (QChar c : normalised) {
        if (c.isSpace()) {
            if (!lastWasSpace) {
                folded.append(QLatin1Char(' '));
            }
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        const char16_t u = c.unicode();
        // Katakana ァ (U+30A1) … ヶ (U+30F6) and the iteration marks ヽヾ map
        // to their hiragana 0x60 below; ー and ・ have no hiragana and stay.
        if ((u >= 0x30A1 && u <= 0x30F6) || u == 0x30FD || u == 0x30FE) {
            c = QChar(static_cast<char16_t>(u - 0x60));
        }
        folded.append(c);
    }
    if (folded.endsWith(QLatin1Char(' '))) {
        folded.chop(1);
    }
    return folded;
}

} // namespace tsunagu
