// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/SummaryFormat.h"

#include "calendar/JapaneseCalendar.h"
#include "codes/Codes.h"
#include "exchange/CsvWriter.h"
#include "master/MasterData.h"

#include <QBuffer>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace tsunagu::statistics {

namespace {

// ---------------------------------------------------------------------------
// JSON

/// \a text as a JSON string literal in UTF-8. Only '"', '\' and the control
/// characters need escaping; everything else is written as its UTF-8 bytes.
QByteArray jsonString(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            // UTF-8 continuation and lead bytes are >= 0x80 and pass unchanged.
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray jsonDate(QDate date)
{
    return date.isValid() ? jsonString(date.toString(Qt::ISODate)) : QByteArray("null");
}

/// One member of a JSON object: the key and the value, both already rendered.
using JsonMember = std::pair<QByteArray, QByteArray>;

/// An object whose members are indented by 2 * (\a depth + 1) spaces.
QByteArray jsonObject(const QList<JsonMember>& members, int depth)
{
    if (members.isEmpty()) {
        return QByteArray("{}");
    }
    const QByteArray indent(2 * (depth + 1), ' ');
    QByteArray out("{\n");
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += indent + members[i].first + ": " + members[i].second;
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += QByteArray(2 * depth, ' ') + '}';
    return out;
}

QByteArray jsonCounts(const QList<Count>& counts, int depth)
{
    QList<JsonMember> members;
    members.reserve(counts.size());
    for (const Count& c : counts) {
        members.append({jsonString(c.code), QByteArray::number(c.count)});
    }
    return jsonObject(members, depth);
}

// ---------------------------------------------------------------------------
// Labels

/// Report text is a document in a chosen language, not UI: the Japanese
/// report must not depend on which translator is installed.
QString pick(Language language, QString japanese, QString english)
{
    return language == Language::Japanese ? std::move(japanese) : std::move(english);
}

QString regionName(const MasterData& master, const QString& code, Language language)
{
    const Region* region = master.region(code);
    return region ? region->name(language) : code;
}

QString municipalityName(const MasterData& master, const QString& code, Language language)
{
    const Municipality* municipality = master.municipality(code);
    return municipality ? municipality->name(language) : code;
}

/// "77件" in Japanese, "77" in English.
QString countText(qint64 count, Language language)
{
    return pick(language, QString::number(count) + u"件"_s, QString::number(count));
}

/// A label as a word inside an English sentence ("Under observation" ->
/// "under observation"); an acronym ("LINE") keeps its capitals.
QString inSentence(const QString& label)
{
    if (label.size() >= 2 && label[0].isUpper() && !label[1].isUpper()) {
        return label[0].toLower() + label.sliced(1);
    }
    return label;
}

// ---------------------------------------------------------------------------
// Text tables

/// Text padded with spaces to \a width display columns, on the right or left.
QString padRight(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString padLeft(const QString& text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), u' ') + text;
}

enum class Align
{
    Left,
    Right,
};

/// The rows as lines of aligned columns two spaces apart. A left-aligned last
/// column is not padded, so no line ends in spaces; an empty last cell is
/// left out with its gap.
QString renderTable(const QList<QStringList>& rows, const QList<Align>& aligns)
{
    QList<int> widths(aligns.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column) {
            widths[column] = std::max(widths[column], displayWidth(row[column]));
        }
    }

    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column) {
            const bool last = column + 1 == row.size();
            if (last && row[column].isEmpty()) {
                break;
            }
            if (column > 0) {
                line += u"  "_s;
            }
            if (aligns[column] == Align::Right) {
                line += padLeft(row[column], widths[column]);
            } else {
                line += last ? row[column] : padRight(row[column], widths[column]);
            }
        }
        out += line + u'\n';
    }
    return out;
}

/// One line of table (1): a region, or the group of designated cities and the
/// pseudo regions, with the counts of its municipalities.
struct RegionGroup
{
    QString name;
    QStringList regionCodes;
    qint64 count = 0;
    QStringList municipalities; ///< "横須賀市 7件"
};

bool hasOwnLine(const Region* region)
{
    return region && !region->designatedCity && region->code != MasterData::Outside &&
           region->code != MasterData::Unknown;
}

/// The groups of table (1) in the summary's order. A code the master data does
/// not know goes to the last group, so no count drops out of the report.
QList<RegionGroup> regionGroups(const Summary& summary, const MasterData& master, Language language)
{
    QList<RegionGroup> groups;
    RegionGroup rest{pick(language, u"政令市・その他"_s, u"Designated cities and other"_s), {}, 0, {}};
    for (const Count& c : summary.region) {
        const Region* region = master.region(c.code);
        if (hasOwnLine(region)) {
            groups.append(RegionGroup{region->name(language), {c.code}, c.count, {}});
        } else {
            rest.regionCodes.append(c.code);
            rest.count += c.count;
        }
    }
    for (const Count& c : summary.municipality) {
        const QString regionCode = master.regionOf(c.code);
        const auto own = std::find_if(groups.begin(), groups.end(), [&](const RegionGroup& group) {
            return group.regionCodes.contains(regionCode);
        });
        RegionGroup& group = own != groups.end() ? *own : rest;
        group.municipalities.append(municipalityName(master, c.code, language) + u' ' +
                                    countText(c.count, language));
    }
    groups.append(rest);
    return groups;
}

QString regionTable(const Summary& summary, const MasterData& master, Language language)
{
    QList<QStringList> rows{{pick(language, u"圏域"_s, u"Region"_s), pick(language, u"件数"_s, u"Cases"_s),
                             pick(language, u"市町村"_s, u"Municipalities"_s)}};
    for (const RegionGroup& group : regionGroups(summary, master, language)) {
        rows.append({group.name, countText(group.count, language),
                     group.municipalities.join(pick(language, u"、"_s, u", "_s))});
    }
    return renderTable(rows, {Align::Left, Align::Right, Align::Left});
}

/// Label and count of every code in \a counts, plus an optional header row
/// and total row.
QString codeTable(const QList<Count>& counts, const CodeList& codes, Language language,
                  const QStringList& header = {}, const QStringList& total = {})
{
    QList<QStringList> rows;
    if (!header.isEmpty()) {
        rows.append(header);
    }
    for (const Count& c : counts) {
        rows.append({codes.label(c.code, language), countText(c.count, language)});
    }
    if (!total.isEmpty()) {
        rows.append(total);
    }
    return renderTable(rows, {Align::Left, Align::Right});
}

/// "相談件数 77件（完了 36件、継続 36件、経過観察 5件（令和6年3月31日現在））"
QString casesLine(const Summary& summary, Language language)
{
    // The center's tables list completed cases first, then the open ones.
    const QStringList statusOrder{QString(codes::status::Completed), QString(codes::status::Ongoing),
                                  QString(codes::status::Observation)};
    QList<Count> statuses;
    for (const QString& code : statusOrder) {
        for (const Count& c : summary.status) {
            if (c.code == code) {
                statuses.append(c);
            }
        }
    }
    for (const Count& c : summary.status) {
        if (!statusOrder.contains(c.code)) {
            statuses.append(c);
        }
    }

    QStringList parts;
    for (const Count& c : statuses) {
        const QString label = codes::statuses().label(c.code, language);
        parts.append(pick(language, label, inSentence(label)) + u' ' + countText(c.count, language));
    }

    const QDate asOf = summary.period.to;
    if (language == Language::Japanese) {
        QString inner = parts.join(u"、"_s);
        if (asOf.isValid()) {
            const QString asOfText =
                calendar::JapaneseCalendar::instance().formatDate(asOf, Language::Japanese) + u"現在"_s;
            if (inner.isEmpty()) {
                inner = asOfText;
            } else {
                inner += u"（"_s + asOfText + u"）"_s;
            }
        }
        QString line = u"相談件数 "_s + countText(summary.cases, language);
        if (!inner.isEmpty()) {
            line += u"（"_s + inner + u"）"_s;
        }
        return line;
    }
    if (asOf.isValid()) {
        parts.append(u"as of "_s + asOf.toString(Qt::ISODate));
    }
    QString line = u"Cases: "_s + QString::number(summary.cases);
    if (!parts.isEmpty()) {
        line += u" ("_s + parts.join(u", "_s) + u')';
    }
    return line;
}

/// "期間 令和5年4月1日～令和6年3月31日（2023-04-01～2024-03-31）"
QString periodLine(const Period& period, Language language)
{
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    if (language == Language::Japanese) {
        const auto& calendar = calendar::JapaneseCalendar::instance();
        return u"期間 "_s + calendar.formatDate(period.from, Language::Japanese) + u"～"_s +
               calendar.formatDate(period.to, Language::Japanese) + u"（"_s + from + u"～"_s + to + u"）"_s;
    }
    return u"Period "_s + from + u" – "_s + to;
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6)
           // CJK Unified Ideographs Extension B and later (𠮷 in a name).
           || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            break;
        default:
            width += isWide(c) ? 2 : 1;
        }
    }
    return width;
}

QByteArray summaryToJson(const Summary& summary)
{
    const QList<JsonMember> period{
        {jsonString(u"from"), jsonDate(summary.period.from)},
        {jsonString(u"to"), jsonDate(summary.period.to)},
    };
    const QList<JsonMember> members{
        {jsonString(u"period"), jsonObject(period, 1)},
        {jsonString(u"cases"), QByteArray::number(summary.cases)},
        {jsonString(u"status"), jsonCounts(summary.status, 1)},
        {jsonString(u"region"), jsonCounts(summary.region, 1)},
        {jsonString(u"municipality"), jsonCounts(summary.municipality, 1)},
        {jsonString(u"method"), jsonCounts(summary.method, 1)},
        {jsonString(u"consulter"), jsonCounts(summary.consulter, 1)},
        {jsonString(u"topic"), jsonCounts(summary.topic, 1)},
        {jsonString(u"topic_mentions"), QByteArray::number(summary.topicMentions)},
    };
    return jsonObject(members, 0) + '\n';
}

QByteArray summaryToCsv(const Summary& summary, const MasterData& master, Language language)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Labels are text (guarded against spreadsheet formulas), counts are
    // numbers (exchange::CsvWriter).
    exchange::CsvWriter writer(buffer);
    writer.writeRow({u"section"_s, u"code"_s, u"label"_s, u"count"_s});
    const auto appendRow = [&](const QString& section, const QString& code, const QString& label,
                               qint64 count) {
        writer.addField(section);
        writer.addField(code);
        writer.addField(label);
        writer.addNumber(count);
        writer.endRow();
    };
    appendRow(u"cases"_s, QString(), pick(language, u"相談件数"_s, u"Cases"_s), summary.cases);
    const auto appendCodes = [&](const QString& section, const QList<Count>& counts, const auto& labelOf) {
        for (const Count& c : counts) {
            appendRow(section, c.code, labelOf(c.code), c.count);
        }
    };
    const auto codeLabel = [&](const CodeList& list) {
        return [&list, language](const QString& code) {
            return list.label(code, language);
        };
    };
    appendCodes(u"status"_s, summary.status, codeLabel(codes::statuses()));
    appendCodes(u"region"_s, summary.region,
                [&](const QString& code) { return regionName(master, code, language); });
    appendCodes(u"municipality"_s, summary.municipality,
                [&](const QString& code) { return municipalityName(master, code, language); });
    appendCodes(u"method"_s, summary.method, codeLabel(codes::methods()));
    appendCodes(u"consulter"_s, summary.consulter, codeLabel(codes::consulters()));
    appendCodes(u"topic"_s, summary.topic, codeLabel(codes::topics()));
    appendRow(u"topic_mentions"_s, QString(), pick(language, u"相談内容の延べ件数"_s, u"Topic mentions"_s),
              summary.topicMentions);
    writer.flush();
    return bytes;
}

QString summaryToText(const Summary& summary, const MasterData& master, Language language)
{
    const QString mentions = QString::number(summary.topicMentions);
    QString text;
    text += casesLine(summary, language) + u'\n';
    text += periodLine(summary.period, language) + u'\n';

    text += u'\n' + pick(language, u"（１）圏域別件数"_s, u"(1) Cases by region"_s) + u'\n';
    text += regionTable(summary, master, language);

    text += u'\n' + pick(language, u"（２）相談方法"_s, u"(2) Method"_s) + u'\n';
    text += codeTable(summary.method, codes::methods(), language);

    text += u'\n' + pick(language, u"（３）相談者"_s, u"(3) Consulter"_s) + u'\n';
    text += codeTable(summary.consulter, codes::consulters(), language);

    text += u'\n' +
            pick(language, u"（４）相談内容（主訴別："_s + mentions + u"件の内訳）"_s,
                 u"(4) Topics ("_s + mentions + u" mentions)"_s) +
            u'\n';
    text += codeTable(summary.topic, codes::topics(), language,
                      {pick(language, u"相談内容"_s, u"Topic"_s), pick(language, u"件数"_s, u"Count"_s)},
                      {pick(language, u"合計"_s, u"Total"_s), countText(summary.topicMentions, language)});
    return text;
}

} // namespace tsunagu::statistics
