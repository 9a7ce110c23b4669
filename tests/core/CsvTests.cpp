// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/SpreadsheetCell.h"
#include "exchange/TextCodec.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

using namespace tsunagu;
using namespace tsunagu::exchange;
using namespace Qt::StringLiterals;

namespace {

// Catch prints std::string and vectors of them, so comparisons go through
// UTF-8 std::strings and fail with readable values.
std::string str(const QString& text)
{
    return text.toStdString();
}

std::string hex(const QByteArray& bytes)
{
    return bytes.toHex(' ').toStdString();
}

std::vector<std::string> strs(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

std::vector<std::vector<std::string>> fieldsOf(const QList<CsvRecord>& records)
{
    std::vector<std::vector<std::string>> out;
    for (const CsvRecord& record : records)
        out.push_back(strs(record.fields));
    return out;
}

std::vector<int> rowsOf(const QList<CsvRecord>& records)
{
    std::vector<int> out;
    for (const CsvRecord& record : records)
        out.push_back(record.row);
    return out;
}

QByteArray bytesOf(std::initializer_list<unsigned char> values)
{
    QByteArray out;
    for (unsigned char v : values)
        out.append(char(v));
    return out;
}

QByteArray cp932(const QString& text)
{
    const Result<QByteArray> bytes = encodeText(text, Encoding::Cp932);
    REQUIRE(bytes.ok());
    return bytes.value();
}

QByteArray readFixture(const QString& name)
{
    QFile file(QStringLiteral(TSUNAGU_TEST_DATA_DIR "/csv/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<CsvRecord> parseOk(const QString& text)
{
    Result<QList<CsvRecord>> records = CsvReader::parse(text);
    INFO(str(records.message()));
    REQUIRE(records.ok());
    return records.value();
}

using Table = std::vector<std::vector<std::string>>;

} // namespace

TEST_CASE("encodingFromName accepts the documented names in any case", "[csv]")
{
    CHECK(encodingFromName(u"auto"_s) == Encoding::Auto);
    CHECK(encodingFromName(u"AUTO"_s) == Encoding::Auto);
    CHECK(encodingFromName(u"utf-8"_s) == Encoding::Utf8);
    CHECK(encodingFromName(u"UTF8"_s) == Encoding::Utf8);
    CHECK(encodingFromName(u"cp932"_s) == Encoding::Cp932);
    CHECK(encodingFromName(u"Shift_JIS"_s) == Encoding::Cp932);
    CHECK(encodingFromName(u"SJIS"_s) == Encoding::Cp932);
    CHECK(encodingFromName(u"Windows-31J"_s) == Encoding::Cp932);
    CHECK_FALSE(encodingFromName(u"latin1"_s).has_value());
    CHECK_FALSE(encodingFromName(QString()).has_value());

    CHECK(str(encodingName(Encoding::Utf8)) == "utf-8");
    CHECK(str(encodingName(Encoding::Cp932)) == "cp932");
    for (Encoding e : {Encoding::Auto, Encoding::Utf8, Encoding::Cp932})
        CHECK(encodingFromName(encodingName(e)) == e);
}

TEST_CASE("decodeText reads UTF-8 with and without a BOM", "[csv]")
{
    const QByteArray body = QByteArrayLiteral("相談番号,備考\r\n1,①\r\n");

    SECTION("with BOM: removed and reported")
    {
        const auto decoded = decodeText(QByteArrayLiteral("\xEF\xBB\xBF") + body, Encoding::Auto);
        REQUIRE(decoded.ok());
        CHECK(str(decoded->text) == "相談番号,備考\r\n1,①\r\n");
        CHECK(decoded->encoding == Encoding::Utf8);
        CHECK(decoded->hadBom);
    }
    SECTION("without BOM")
    {
        const auto decoded = decodeText(body, Encoding::Auto);
        REQUIRE(decoded.ok());
        CHECK(str(decoded->text) == "相談番号,備考\r\n1,①\r\n");
        CHECK(decoded->encoding == Encoding::Utf8);
        CHECK_FALSE(decoded->hadBom);
    }
    SECTION("forced UTF-8 also removes the BOM")
    {
        const auto decoded = decodeText(QByteArrayLiteral("\xEF\xBB\xBF") + body, Encoding::Utf8);
        REQUIRE(decoded.ok());
        CHECK(decoded->text.size() == 14);
        CHECK(decoded->hadBom);
    }
    SECTION("only the first BOM is a signature; a second one is data")
    {
        const auto decoded = decodeText(QByteArrayLiteral("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                          "a"),
                                        Encoding::Auto);
        REQUIRE(decoded.ok());
        CHECK(decoded->text == QString(QChar(0xFEFF)) + u'a');
    }
}

TEST_CASE("decodeText treats empty and ASCII input as UTF-8", "[csv]")
{
    for (const QByteArray& bytes : {QByteArray(), QByteArrayLiteral("case_no,note\n1,ok\n")}) {
        const auto decoded = decodeText(bytes, Encoding::Auto);
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == Encoding::Utf8);
        CHECK(decoded->text.toUtf8() == bytes);
        CHECK_FALSE(decoded->hadBom);
    }
}

TEST_CASE("CP932 byte sequences are Microsoft's", "[csv]")
{
    // Literal bytes, as Excel writes them; not produced by our own encoder.
    const QByteArray soudan = bytesOf({0x91, 0x8A, 0x92, 0x6B});
    const auto decoded = decodeText(soudan, Encoding::Auto);
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == Encoding::Cp932);
    CHECK_FALSE(decoded->hadBom);
    CHECK(str(decoded->text) == "相談");
    CHECK(hex(cp932(u"相談"_s)) == hex(soudan));

    // NEC special characters, NEC/IBM extension kanji, half-width katakana,
    // and the ASCII range (0x5C is a backslash, 0x7E a tilde, not ¥ and ‾).
    CHECK(hex(cp932(u"①"_s)) == "87 40");
    CHECK(hex(cp932(u"㈱"_s)) == "87 8a");
    CHECK(hex(cp932(u"～"_s)) == "81 60");
    CHECK(hex(cp932(u"髙"_s)) == "fb fc");
    CHECK(hex(cp932(u"﨑"_s)) == "fa b1");
    CHECK(hex(cp932(u"ｱ"_s)) == "b1");
    CHECK(hex(cp932(u"－"_s)) == "81 7c");
    CHECK(hex(cp932(u"\\~"_s)) == "5c 7e");

    // Bytes Windows decodes but no encoder produces: the NEC-selected IBM
    // extensions (0xED40 纊, 0xEEF9 ￢).
    const auto nec = decodeText(bytesOf({0xED, 0x40, 0xEE, 0xF9}), Encoding::Cp932);
    REQUIRE(nec.ok());
    CHECK(str(nec->text) == "纊￢");

    // Control bytes are themselves (ICU's ibm-943 would swap 0x1A, 0x1C, 0x7F).
    const auto controls = decodeText(bytesOf({0x1A, 0x1C, 0x7F, 0x91, 0x8A}), Encoding::Cp932);
    REQUIRE(controls.ok());
    CHECK(controls->text == QString(QChar(0x1A)) + QChar(0x1C) + QChar(0x7F) + u"相"_s);
    CHECK(hex(cp932(QString(QChar(0x1A)) + QChar(0x1C) + QChar(0x7F))) == "1a 1c 7f");
}

TEST_CASE("CP932 text round-trips and is detected automatically", "[csv]")
{
    const QString text = u"相談番号,備考\r\n2023-0001,\"髙﨑さん（㈱ｱｲｳ）①～\"\r\n"_s;
    const QByteArray bytes = cp932(text);
    CHECK(bytes.size() == 50);
    const auto decoded = decodeText(bytes, Encoding::Auto);
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == Encoding::Cp932);
    CHECK(str(decoded->text) == str(text));

    const auto forced = decodeText(bytes, Encoding::Cp932);
    REQUIRE(forced.ok());
    CHECK(str(forced->text) == str(text));
}

TEST_CASE("Auto prefers UTF-8 when the bytes are also valid CP932", "[csv]")
{
    // The UTF-8 bytes of 日本 happen to be valid CP932 (mojibake 譌･譛ｬ).
    const QByteArray bytes = u"日本"_s.toUtf8();
    const auto asCp932 = decodeText(bytes, Encoding::Cp932);
    REQUIRE(asCp932.ok());
    CHECK(str(asCp932->text) == "譌･譛ｬ");

    const auto detected = decodeText(bytes, Encoding::Auto);
    REQUIRE(detected.ok());
    CHECK(detected->encoding == Encoding::Utf8);
    CHECK(str(detected->text) == "日本");
}

TEST_CASE("encodeText to CP932 names the first character without an exact form", "[csv]")
{
    const auto emoji = encodeText(u"相談\nok😀 and 한\n"_s, Encoding::Cp932);
    REQUIRE_FALSE(emoji.ok());
    CHECK(emoji.error().kind == Error::Kind::Invalid);
    CHECK(str(emoji.message()) == "The character \"😀\" (U+1F600) on line 2 has no Shift_JIS (CP932) form.");

    // Best-fit forms would not read back as the same character.
    const auto yen = encodeText(u"a,¥100"_s, Encoding::Cp932);
    REQUIRE_FALSE(yen.ok());
    CHECK(str(yen.message()) == "The character \"¥\" (U+00A5) on line 1 has no Shift_JIS (CP932) form.");

    const auto waveDash = encodeText(u"1\r\n2\r3\n4〜5"_s, Encoding::Cp932);
    REQUIRE_FALSE(waveDash.ok());
    CHECK(str(waveDash.message()) ==
          "The character \"〜\" (U+301C) on line 4 has no Shift_JIS (CP932) form.");

    const auto loneSurrogate = encodeText(u"ok"_s + QChar(0xD800), Encoding::Cp932);
    REQUIRE_FALSE(loneSurrogate.ok());
    CHECK(str(loneSurrogate.message()) ==
          "The character \"\uFFFD\" (U+D800) on line 1 has no Shift_JIS (CP932) form.");

    const auto utf8 = encodeText(u"😀¥〜"_s, Encoding::Utf8);
    REQUIRE(utf8.ok());
    CHECK(utf8.value() == u"😀¥〜"_s.toUtf8());
}

TEST_CASE("a forced encoding reports the line of the first invalid byte", "[csv]")
{
    SECTION("UTF-8 forced on CP932 bytes, with each kind of line end")
    {
        for (const QString& eol : {u"\r\n"_s, u"\n"_s, u"\r"_s}) {
            const QString text = u"case_no,note"_s + eol + u"1,ok"_s + eol + u"2,相談"_s + eol;
            const auto decoded = decodeText(cp932(text), Encoding::Utf8);
            REQUIRE_FALSE(decoded.ok());
            CHECK(decoded.error().kind == Error::Kind::Invalid);
            CHECK(str(decoded.message()) ==
                  "The file is not valid UTF-8 text: the first invalid byte is on line 3.");
        }
    }
    SECTION("CP932 forced on bytes that are invalid in CP932")
    {
        const auto decoded = decodeText(QByteArrayLiteral("a\r\nb\n\x91\x8A\x81\x20\r\n"), Encoding::Cp932);
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().kind == Error::Kind::Invalid);
        CHECK(str(decoded.message()) ==
              "The file is not valid Shift_JIS (CP932) text: the first invalid byte is on line 3.");
    }
    SECTION("a lead byte cut off at the end of the file is invalid, not dropped")
    {
        const auto decoded = decodeText(QByteArrayLiteral("ab\n\x91\x8A\x92"), Encoding::Cp932);
        REQUIRE_FALSE(decoded.ok());
        CHECK(str(decoded.message()) ==
              "The file is not valid Shift_JIS (CP932) text: the first invalid byte is on line 2.");

        const auto truncatedUtf8 = decodeText(QByteArrayLiteral("ab\xE7\x9B"), Encoding::Utf8);
        REQUIRE_FALSE(truncatedUtf8.ok());
    }
    SECTION("overlong and surrogate UTF-8 forms are invalid")
    {
        CHECK_FALSE(decodeText(QByteArrayLiteral("\xC0\xAF"), Encoding::Utf8).ok());
        CHECK_FALSE(decodeText(QByteArrayLiteral("\xE0\x80\xAF"), Encoding::Utf8).ok());
        CHECK_FALSE(decodeText(QByteArrayLiteral("\xF0\x80\x80\xAF"), Encoding::Utf8).ok());
        CHECK_FALSE(decodeText(QByteArrayLiteral("\xED\xA0\x80"), Encoding::Utf8).ok());
        CHECK_FALSE(decodeText(QByteArrayLiteral("\xF4\x90\x80\x80"), Encoding::Utf8).ok());
        CHECK(decodeText(QByteArrayLiteral("\xF0\x9F\x98\x80"), Encoding::Utf8).ok());
    }
    SECTION("a UTF-8 BOM means UTF-8, even when the rest is not")
    {
        const auto decoded = decodeText(QByteArrayLiteral("\xEF\xBB\xBF"
                                                          "a\n\x91\x8A"),
                                        Encoding::Auto);
        REQUIRE_FALSE(decoded.ok());
        CHECK(str(decoded.message()) ==
              "The file is not valid UTF-8 text: the first invalid byte is on line 2.");
    }
}

TEST_CASE("Auto fails on bytes that are neither UTF-8 nor CP932", "[csv]")
{
    const auto neither = decodeText(QByteArrayLiteral("ok\n\x91\x8A\n\x81\x20\n"), Encoding::Auto);
    REQUIRE_FALSE(neither.ok());
    CHECK(neither.error().kind == Error::Kind::Invalid);
    CHECK(str(neither.message()) ==
          "The file is neither UTF-8 nor Shift_JIS (CP932) text: the first byte that is invalid as UTF-8 is "
          "on line 2, as Shift_JIS on line 3.");

    const auto utf16 = decodeText(QByteArrayLiteral("\xFF\xFE"
                                                    "a\0,\0b\0"),
                                  Encoding::Auto);
    REQUIRE_FALSE(utf16.ok());
    CHECK(str(utf16.message()).find("UTF-16") != std::string::npos);

    const auto workbook = decodeText(QByteArrayLiteral("PK\x03\x04\x14\x00\x06\x00\xFF\xFF"), Encoding::Auto);
    REQUIRE_FALSE(workbook.ok());
    CHECK(str(workbook.message()).find("Excel workbook") != std::string::npos);
}

TEST_CASE("CsvReader splits plain records and numbers rows from the header", "[csv]")
{
    const auto records = parseOk(u"case_no,received_on\r\n1,2023-04-01\r\n2,2023-04-02\r\n"_s);
    CHECK(fieldsOf(records) == Table{{"case_no", "received_on"}, {"1", "2023-04-01"}, {"2", "2023-04-02"}});
    CHECK(rowsOf(records) == std::vector<int>{1, 2, 3});
}

TEST_CASE("CsvReader handles quoted commas, doubled quotes and empty fields", "[csv]")
{
    const auto records = parseOk(u"a,b,c\n"
                                 u"\"x,y\",\"say \"\"hi\"\"\",\"\"\"\"\n"
                                 u",\"\",\n"
                                 u" 1 ,2\n"_s);
    CHECK(fieldsOf(records) ==
          Table{{"a", "b", "c"}, {"x,y", "say \"hi\"", "\""}, {"", "", ""}, {" 1 ", "2"}});
    CHECK(rowsOf(records) == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("CsvReader keeps line breaks inside quotes without starting a new row", "[csv]")
{
    const QString text = u"case_no,note\r\n"
                         u"1,\"first\r\nsecond\"\r\n"
                         u"2,\"a\nb\nc\"\r\n"
                         u"3,\"lone\rcr\"\r\n"
                         u"4,last\r\n"_s;
    const auto records = parseOk(text);
    CHECK(
        fieldsOf(records) ==
        Table{
            {"case_no", "note"}, {"1", "first\nsecond"}, {"2", "a\nb\nc"}, {"3", "lone\rcr"}, {"4", "last"}});
    CHECK(rowsOf(records) == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("CsvReader accepts CRLF, LF and lone CR record endings alike", "[csv]")
{
    const Table expected{{"h1", "h2"}, {"1", "x\ny"}, {"2", ""}};
    for (const QString& eol : {u"\r\n"_s, u"\n"_s, u"\r"_s}) {
        INFO("line end " << hex(eol.toLatin1()));
        const QString text = u"h1,h2"_s + eol + u"1,\"x\ny\""_s + eol + u"2,"_s + eol;
        const auto records = parseOk(text);
        CHECK(fieldsOf(records) == expected);
        CHECK(rowsOf(records) == std::vector<int>{1, 2, 3});
        // The last line break is optional.
        CHECK(fieldsOf(parseOk(text.chopped(eol.size()))) == expected);
    }
}

TEST_CASE("CsvReader ignores trailing empty lines but not empty lines in the middle", "[csv]")
{
    const auto records = parseOk(u"h\r\n1\r\n\r\n\n3\r\n\r\n\r\n\n"_s);
    CHECK(fieldsOf(records) == Table{{"h"}, {"1"}, {""}, {""}, {"3"}});
    CHECK(rowsOf(records) == std::vector<int>{1, 2, 3, 4, 5});

    CHECK(parseOk(QString()).isEmpty());
    CHECK(parseOk(u"\r\n\r\n"_s).isEmpty());
    // A quoted empty field is a value, not an empty line.
    CHECK(fieldsOf(parseOk(u"h\n\"\"\n"_s)) == Table{{"h"}, {""}});
}

TEST_CASE("CsvReader reports an unclosed quote with the row where it opened", "[csv]")
{
    const auto records = CsvReader::parse(u"h1,h2\n1,\"ok\"\n2,\"never\nclosed\n3,x\n"_s);
    REQUIRE_FALSE(records.ok());
    CHECK(records.error().kind == Error::Kind::Invalid);
    CHECK(str(records.message()) == "row 3: a quoted field is not closed");
}

TEST_CASE("CsvReader reports a quote inside an unquoted field with row and column", "[csv]")
{
    const auto records = CsvReader::parse(u"h1,h2,h3\n\"multi\nline\",x,y\n1,ab\"c,z\n"_s);
    REQUIRE_FALSE(records.ok());
    CHECK(records.error().kind == Error::Kind::Invalid);
    CHECK(str(records.message()) == "row 3, column 2: a quote inside an unquoted field");

    const auto after = CsvReader::parse(u"h1,h2\n1,\"quoted\" tail\n"_s);
    REQUIRE_FALSE(after.ok());
    CHECK(str(after.message()) == "row 2, column 2: text after the closing quote of a quoted field");
}

TEST_CASE("CsvWriter writes a BOM, CRLF row ends and quotes only where needed", "[csv]")
{
    const QList<QStringList> rows{
        {u"case_no"_s, u"note"_s},
        {u"1"_s, u"a,b"_s},
        {u"2"_s, u"say \"hi\""_s},
        {u"3"_s, u"line1\nline2"_s},
        {u"4"_s, u" lead"_s, u"trail\t"_s, u"inner space"_s},
        {u"5"_s, u""_s},
        {u"6"_s, u"相談"_s},
        {u""_s},
        {},
    };
    const QByteArray expected = QByteArrayLiteral("\xEF\xBB\xBF"
                                                  "case_no,note\r\n"
                                                  "1,\"a,b\"\r\n"
                                                  "2,\"say \"\"hi\"\"\"\r\n"
                                                  "3,\"line1\nline2\"\r\n"
                                                  "4,\" lead\",\"trail\t\",inner space\r\n"
                                                  "5,\r\n"
                                                  "6,相談\r\n"
                                                  "\"\"\r\n"
                                                  "\r\n");
    CHECK(hex(CsvWriter::write(rows)) == hex(expected));
    CHECK(hex(CsvWriter::write({})) == "ef bb bf");
}

TEST_CASE("CsvWriter output reads back unchanged", "[csv]")
{
    const QList<QStringList> rows{
        {u"相談番号"_s, u"備考"_s, u"連絡先"_s},
        {u"2023-0001"_s, u"髙﨑さん、\"至急\"\n二行目"_s, u" 045-000-0000 "_s},
        {u""_s, u"\""_s, u",,"_s},
        {u"last"_s, u"㈱ｱｲｳ①～"_s, u""_s},
    };
    const auto decoded = decodeText(CsvWriter::write(rows), Encoding::Auto);
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == Encoding::Utf8);
    CHECK(decoded->hadBom);
    const auto records = parseOk(decoded->text);
    REQUIRE(records.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CHECK(strs(records[i].fields) == strs(rows[i]));
        CHECK(records[i].row == i + 1);
    }
}

TEST_CASE("the UTF-8 and CP932 fixtures read as the same cases", "[csv]")
{
    const auto utf8 = decodeText(readFixture(u"cases-utf8-bom.csv"_s), Encoding::Auto);
    REQUIRE(utf8.ok());
    CHECK(utf8->encoding == Encoding::Utf8);
    CHECK(utf8->hadBom);
    const auto sjis = decodeText(readFixture(u"cases-cp932.csv"_s), Encoding::Auto);
    REQUIRE(sjis.ok());
    CHECK(sjis->encoding == Encoding::Cp932);
    CHECK_FALSE(sjis->hadBom);
    CHECK(str(sjis->text) == str(utf8->text));

    const auto records = parseOk(sjis->text);
    CHECK(rowsOf(records) == std::vector<int>{1, 2, 3, 4});
    REQUIRE(records.size() == 4);
    CHECK(strs(records[0].fields) == std::vector<std::string>{"相談番号", "受付日", "市町村", "相談方法",
                                                              "相談者", "相談内容", "状況", "備考"});
    CHECK(str(records[1].fields.value(7)) == "髙﨑さん（㈱ｱｲｳ）から①の件、\"至急\"とのこと");
    CHECK(str(records[2].fields.value(7)) == "一行目\n二行目、三行目～");
    CHECK(strs(records[3].fields) == std::vector<std::string>{"2023-0003", "R5.4.5", "unknown", "phone",
                                                              "unknown", "other", "ongoing", ""});

    // Our encoder produces exactly the bytes of the independent one.
    CHECK(hex(cp932(sjis->text)) == hex(readFixture(u"cases-cp932.csv"_s)));
}

TEST_CASE("100,000 rows decode and parse with the right row numbers", "[csv]")
{
    QList<QStringList> rows;
    rows.reserve(100001);
    rows.append({u"case_no"_s, u"received_on"_s, u"municipality"_s, u"method"_s, u"note"_s});
    for (int i = 1; i <= 100000; ++i) {
        rows.append({QString::number(i), u"2023-04-01"_s, u"142018"_s, u"電話"_s,
                     i % 10 == 0 ? u"一行目\n二行目, \"引用\""_s : u"備考"_s});
    }
    const QByteArray bytes = CsvWriter::write(rows);
    const auto decoded = decodeText(bytes, Encoding::Auto);
    REQUIRE(decoded.ok());
    const auto records = parseOk(decoded->text);
    REQUIRE(records.size() == 100001);
    CHECK(records.back().row == 100001);
    CHECK(strs(records.back().fields) ==
          std::vector<std::string>{"100000", "2023-04-01", "142018", "電話", "一行目\n二行目, \"引用\""});
    CHECK(strs(records[12345].fields) ==
          std::vector<std::string>{"12345", "2023-04-01", "142018", "電話", "備考"});
}

TEST_CASE("CsvWriter puts one quote before text a spreadsheet would take for a formula", "[csv][formula]")
{
    const QList<QStringList> rows{
        {u"=HYPERLINK(\"http://evil.example\",\"x\")"_s, u"+81-90"_s, u"-x"_s, u"@a"_s},
        {u"\tx"_s, u"\r=1"_s, u"'quoted"_s, u"''"_s},
        {u"a=b"_s, u" =1"_s, u""_s, u"相談"_s},
    };
    // The first field holds quotes, so it is quoted as a whole, guard included.
    const QByteArray expected = QByteArrayLiteral("\xEF\xBB\xBF") +
                                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","
                                "'+81-90,'-x,'@a\r\n"
                                "'\tx,\"'\r=1\",''quoted,'''\r\n"
                                "a=b,\" =1\",,相談\r\n";
    CHECK(str(QString::fromUtf8(CsvWriter::write(rows))) == str(QString::fromUtf8(expected)));

    // Numbers the app computes stay numbers.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.addField(u"-3");
    writer.addNumber(-3);
    writer.addNumber(0);
    writer.endRow();
    REQUIRE(writer.flush());
    CHECK(hex(bytes) == hex(QByteArrayLiteral("\xEF\xBB\xBF'-3,-3,0\r\n")));
}

TEST_CASE("the formula guard undoes exactly what it added", "[csv][formula]")
{
    for (const QString& text : {u"=1+1"_s, u"+81"_s, u"-"_s, u"@"_s, u"\t"_s, u"\r\n"_s, u"'"_s, u"''"_s,
                                u"'=1"_s, u"'abc"_s, u"abc"_s, u""_s, u"=相談"_s, u" -x"_s}) {
        INFO(str(text));
        CHECK(str(unguardedCell(guardedCell(text)).toString()) == str(text));
    }
    CHECK(guardedCell(u"'abc") == u"''abc");
    // A quote the app did not add (before text that needs no guard) stays.
    CHECK(unguardedCell(u"'abc") == u"'abc");
    CHECK(unguardedCell(u"'") == u"'");
    CHECK(unguardedCell(u"'-1") == u"-1");
}
