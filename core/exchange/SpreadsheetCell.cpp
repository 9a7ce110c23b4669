// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/SpreadsheetCell.h"

namespace tsunagu::exchange {

bool needsFormulaGuard(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\'':
        return true;
    default:
        return false;
    }
}

QString guardedCell(QStringView text)
{
    QString out;
    appendGuardedCell(out, text);
    return out;
}

void appendGuardedCell(QString& out, QStringView text)
{
    if (needsFormulaGuard(text)) {
        out.append(u'\'');
    }
    out.append(text);
}

QStringView unguardedCell(QStringView text)
{
    if (text.size() >= 2 && text.front() == u'\'' && needsFormulaGuard(text.sliced(1))) {
        return text.sliced(1);
    }
    return text;
}

} // namespace tsunagu::exchange
