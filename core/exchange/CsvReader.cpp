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

CsvReader::CsvReader(QStringView text)
    : m_begin(text.utf16())
    , m_end(text.utf16() + text.size())
    , m_pos(text.utf16())
{}

QStringView CsvReader::field(qsizetype index) const
{
    const Span& span = m_fields.at(index);
    if (span.unescaped) {
        return QStringView(m_unescaped).sliced(span.start, span.size);
    }
    return QStringView(m_begin + span.start, span.size);
}

CsvRecord CsvReader::record() const
{
    CsvRecord record;
    record.row = m_row;
    record.fields.reserve(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        record.fields.append(field(i).toString());
    }
    return record;
}

bool CsvReader::readRecord()
{
    const char16_t* p = m_pos;
    const char16_t* const end = m_end;
    m_fields.resize(0);
    m_unescaped.resize(0);
    m_emptyLine = false;
    if (p == end || m_error) {
        return false;
    }
    ++m_row;

    if (*p == kCr || *p == kLf) {
        // A completely empty line.
        p += (*p == kCr && p + 1 != end && p[1] == kLf) ? 2 : 1;
        m_fields.append(Span{});
        m_emptyLine = true;
        m_pos = p;
        return true;
    }

    while (true) {
        if (p != end && *p == kQuote) {
            // Quoted field. Most have neither "" nor CRLF inside and stay a
            // view of the text; the others are copied run by run.
            const char16_t* run = ++p;
            bool copied = false;
            qsizetype copyStart = 0;
            const auto copy = [&](const char16_t* upTo) {
                if (!copied) {
                    copied = true;
                    copyStart = m_unescaped.size();
                }
                m_unescaped.append(reinterpret_cast<const QChar*>(run), upTo - run);
            };
            while (true) {
                while (p != end && *p != kQuote && *p != kCr)
                    ++p;
                if (p == end) {
                    m_error = unclosedQuoteError(m_row);
                    return false;
                }
                if (*p == kCr) {
                    if (p + 1 != end && p[1] == kLf) {
                        copy(p);
                        run = p + 1; // the LF starts the next run
                    }
                    ++p;
                    continue;
                }
                // *p is a quote: either an escaped quote or the end of the field.
                if (p + 1 != end && p[1] == kQuote) {
                    copy(p + 1);
                    p += 2;
                    run = p;
                    continue;
                }
                if (copied) {
                    copy(p);
                    m_fields.append(Span{copyStart, m_unescaped.size() - copyStart, true});
                } else {
                    m_fields.append(Span{run - m_begin, p - run, false});
                }
                ++p;
                break;
            }
            if (p != end && *p != kComma && *p != kCr && *p != kLf) {
                m_error = textAfterQuoteError(m_row, m_fields.size());
                return false;
            }
        } else {
            const char16_t* const start = p;
            while (p != end && *p != kComma && *p != kCr && *p != kLf) {
                if (*p == kQuote) {
                    m_error = strayQuoteError(m_row, m_fields.size() + 1);
                    return false;
                }
                ++p;
            }
            m_fields.append(Span{start - m_begin, p - start, false});
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
    m_pos = p;
    return true;
}

Result<QList<CsvRecord>> CsvReader::parse(const QString& text)
{
    QList<CsvRecord> records;
    const auto* const begin = reinterpret_cast<const char16_t*>(text.constData());
    records.reserve(estimateRecordCount(begin, begin + text.size()));
    // Records that were completely empty lines, counted from the end: they are
    // dropped when nothing but empty lines follows them.
    qsizetype trailingEmptyLines = 0;
    CsvReader reader(text);
    while (reader.readRecord()) {
        trailingEmptyLines = reader.isEmptyLine() ? trailingEmptyLines + 1 : 0;
        records.append(reader.record());
    }
    if (reader.error()) {
        return *reader.error();
    }
    records.resize(records.size() - trailingEmptyLines);
    return records;
}

} // namespace tsunagu::exchange
