// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/CsvWriter.h"

#include "common/SaveFile.h"
#include "exchange/SpreadsheetCell.h"

#include <QBuffer>
#include <QIODevice>

namespace tsunagu::exchange {

namespace {

/// Text is encoded and written in blocks of about this many UTF-16 units.
constexpr qsizetype kBlockSize = 64 * 1024;

bool needsQuotes(QStringView field)
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

void appendField(QString& out, QStringView field)
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
            out.append(field.sliced(run, i + 1 - run));
            out.append(u'"');
            run = i + 1;
        }
    }
    out.append(field.sliced(run));
    out.append(u'"');
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(device)
    , m_encoder(QStringConverter::Utf8)
    , m_bytes("\xEF\xBB\xBF")
{
    m_text.reserve(kBlockSize + 1024);
}

void CsvWriter::addField(QStringView field)
{
    if (needsFormulaGuard(field)) {
        addRawField(guardedCell(field));
    } else {
        addRawField(field);
    }
}

void CsvWriter::addNumber(qint64 number)
{
    addRawField(QString::number(number));
}

void CsvWriter::addRawField(QStringView field)
{
    if (m_fieldsInRow > 0)
        m_text.append(u',');
    m_rowIsOneEmptyField = m_fieldsInRow == 0 && field.isEmpty();
    ++m_fieldsInRow;
    appendField(m_text, field);
}

void CsvWriter::endRow()
{
    if (m_fieldsInRow == 1 && m_rowIsOneEmptyField)
        m_text.append(u"\"\"");
    m_text.append(u"\r\n");
    m_fieldsInRow = 0;
    m_rowIsOneEmptyField = false;
    flushIfFull();
}

void CsvWriter::writeRow(const QStringList& row)
{
    for (const QString& field : row)
        addField(field);
    endRow();
}

void CsvWriter::flushIfFull()
{
    if (m_text.size() >= kBlockSize)
        flush();
}

bool CsvWriter::flush()
{
    if (m_failed)
        return false;
    // Rows end with CRLF, so a block never ends inside a surrogate pair.
    const qsizetype start = m_bytes.size();
    m_bytes.resize(start + m_encoder.requiredSpace(m_text.size()));
    char* const end = m_encoder.appendToBuffer(m_bytes.data() + start, m_text);
    m_bytes.resize(end - m_bytes.constData());
    m_text.resize(0);
    if (!m_bytes.isEmpty() && !writeFully(m_device, m_bytes)) {
        m_failed = true;
        return false;
    }
    m_bytes.resize(0);
    return true;
}

QByteArray CsvWriter::write(const QList<QStringList>& rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    writer.flush();
    return bytes;
}

} // namespace tsunagu::exchange
