// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/CsvWriter.h"

#include <QString>

namespace tsunagu::exchange {

namespace {

bool needsQuotes(const QString& field)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

void appendField(QString& out, const QString& field)
{
    if (!needsQuotes(field)) {
        out.append(field);
        return;
    }
    out.append(u'"');
    qsizetype run = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == u'"') {
            // Copy up to and including the quote, then the quote again.
            out.append(QStringView(field).sliced(run, i + 1 - run));
            out.append(u'"');
            run = i + 1;
        }
    }
    out.append(QStringView(field).sliced(run));
    out.append(u'"');
}

} // namespace

QByteArray CsvWriter::write(const QList<QStringList>& rows)
{
    qsizetype estimate = 0;
    for (const QStringList& row : rows) {
        for (const QString& field : row)
            estimate += field.size() + 3; // separator and possible quotes
        estimate += 2;
    }

    QString text;
    text.reserve(estimate);
    for (const QStringList& row : rows) {
        if (row.size() == 1 && row.front().isEmpty()) {
            text.append(QStringLiteral("\"\""));
        } else {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i > 0)
                    text.append(u',');
                appendField(text, row[i]);
            }
        }
        text.append(QStringLiteral("\r\n"));
    }

    QByteArray bytes("\xEF\xBB\xBF");
    bytes.append(text.toUtf8());
    return bytes;
}

} // namespace tsunagu::exchange
