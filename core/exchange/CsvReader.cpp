// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/CsvReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace tsunagu::exchange {

namespace {

constexpr char16_t kQuote = u'"';
constexpr char16_t kComma = u',';
constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';

/// An upper bound for the number of records, to reserve the list once.
qsizetype estimateRecordCount(const char16_t* begin, const char16_t* end)
{
    const auto lineFeeds = std::count(begin, end, kLf);
    return (lineFeeds > 0 ? lineFeeds : std::count(begin, end, kCr)) + 1;
}

Error unclosedQuoteError(int row)
{
    return Error(Error::Kind::Invalid, QCoreApplication::translate("tsunagu::exchange::CsvReader",
                                                                   "row %1: a quoted field is not closed")
                                           .arg(row));
}

Error strayQuoteError(int row, qsizetype column)
{
    return Error(Error::Kind::Invalid,
                 QCoreApplication::translate("tsunagu::exchange::CsvReader",
                                             "row %1, column %2: a quote inside an unquoted field")
                     .arg(row)
                     .arg(column));
}

Error textAfterQuoteError(int row, qsizetype column)
{
    return Error(
        Error::Kind::Invalid,
        QCoreApplication::translate("tsunagu::exchange::CsvReader",
                                    "row %1, column %2: text after the closing quote of a quoted field")
            .arg(row)
            .arg(column));
}

} // namespace

Result<QList<CsvRecord>> CsvReader::parse(const QString& text)
{
    const auto* const begin = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = begin + text.size();
    const char16_t* p = begin;

    QList<CsvRecord> records;
    records.reserve(estimateRecordCount(begin, end));
    // Records that were completely empty lines, counted from the end: they are
    // dropped when nothing but empty lines follows them.
    qsizetype trailingEmptyLines = 0;
    qsizetype fieldsPerRecord = 0;
    int row = 0;

    while (p != end) {
        ++row;
        CsvRecord record;
        record.row = row;

        if (*p == kCr || *p == kLf) {
            // A completely empty line.
            p += (*p == kCr && p + 1 != end && p[1] == kLf) ? 2 : 1;
            record.fields.append(QString());
            records.append(std::move(record));
            ++trailingEmptyLines;
            continue;
        }
        trailingEmptyLines = 0;
        record.fields.reserve(fieldsPerRecord);

        while (true) {
            if (p != end && *p == kQuote) {
                // Quoted field: copy the runs between "" escapes and CRLF pairs.
                QString value;
                const char16_t* run = ++p;
                while (true) {
                    while (p != end && *p != kQuote && *p != kCr)
                        ++p;
                    if (p == end)
                        return unclosedQuoteError(row);
                    if (*p == kCr) {
                        if (p + 1 != end && p[1] == kLf) {
                            value.append(reinterpret_cast<const QChar*>(run), p - run);
                            run = p + 1; // the LF starts the next run
                        }
                        ++p;
                        continue;
                    }
                    // *p is a quote: either an escaped quote or the end of the field.
                    if (p + 1 != end && p[1] == kQuote) {
                        value.append(reinterpret_cast<const QChar*>(run), p + 1 - run);
                        p += 2;
                        run = p;
                        continue;
                    }
                    value.append(reinterpret_cast<const QChar*>(run), p - run);
                    ++p;
                    break;
                }
                if (p != end && *p != kComma && *p != kCr && *p != kLf)
                    return textAfterQuoteError(row, record.fields.size() + 1);
                record.fields.append(std::move(value));
            } else {
                const char16_t* const start = p;
                while (p != end && *p != kComma && *p != kCr && *p != kLf) {
                    if (*p == kQuote)
                        return strayQuoteError(row, record.fields.size() + 1);
                    ++p;
                }
                record.fields.append(QString(reinterpret_cast<const QChar*>(start), p - start));
            }

            if (p != end && *p == kComma) {
                ++p;
                continue;
            }
            break;
        }

        // At a line break or the end of the text.
        if (p != end)
            p += (*p == kCr && p + 1 != end && p[1] == kLf) ? 2 : 1;
        fieldsPerRecord = record.fields.size();
        records.append(std::move(record));
    }

    records.resize(records.size() - trailingEmptyLines);
    return records;
}

} // namespace tsunagu::exchange
