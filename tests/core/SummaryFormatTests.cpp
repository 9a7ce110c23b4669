// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "codes/Codes.h"
#include "master/MasterData.h"
#include "statistics/SummaryFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <catch2/catch.hpp>

#include <string>

using namespace tsunagu;
using namespace tsunagu::statistics;
using namespace Qt::StringLiterals;

namespace {

std::string str(const QByteArray& bytes)
{
    return bytes.toStdString();
}

std::string str(const QString& text)
{
    return text.toStdString();
}

QByteArray golden(const QString& name)
{
    return test::readAll(test::dataPath(u"golden/"_s + name));
}

/// The Kanagawa center's FY R5 (2023-04-01 - 2024-03-31) statistics as
/// published: 77 cases, 140 topic mentions, the municipality counts of table (1).
Summary fyR5Summary()
{
    Summary s;
    s.period = Period{QDate(2023, 4, 1), QDate(2024, 3, 31)};
    s.cases = 77;
    s.status = {{u"ongoing"_s, 36}, {u"observation"_s, 5}, {u"completed"_s, 36}};
    s.region = {{u"yokohama"_s, 5},        {u"kawasaki"_s, 1},     {u"sagamihara"_s, 1},
                {u"yokosuka-miura"_s, 17}, {u"shonan-east"_s, 16}, {u"shonan-west"_s, 16},
                {u"kenoh"_s, 9},           {u"kensei"_s, 9},       {u"outside"_s, 1},
                {u"unknown"_s, 2}};
    s.municipality = {
        {u"141003"_s, 5},  // 横浜市
        {u"141305"_s, 1},  // 川崎市
        {u"141500"_s, 1},  // 相模原市
        {u"142018"_s, 7},  // 横須賀市
        {u"142042"_s, 7},  // 鎌倉市
        {u"142085"_s, 3},  // 逗子市
        {u"142107"_s, 0},  // 三浦市
        {u"143014"_s, 0},  // 葉山町
        {u"142051"_s, 13}, // 藤沢市
        {u"142077"_s, 2},  // 茅ヶ崎市
        {u"143219"_s, 1},  // 寒川町
        {u"142034"_s, 3},  // 平塚市
        {u"142115"_s, 11}, // 秦野市
        {u"142140"_s, 1},  // 伊勢原市
        {u"143413"_s, 1},  // 大磯町
        {u"143421"_s, 0},  // 二宮町
        {u"142123"_s, 7},  // 厚木市
        {u"142131"_s, 0},  // 大和市
        {u"142158"_s, 0},  // 海老名市
        {u"142166"_s, 1},  // 座間市
        {u"142182"_s, 1},  // 綾瀬市
        {u"144011"_s, 0},  // 愛川町
        {u"144029"_s, 0},  // 清川村
        {u"142069"_s, 5},  // 小田原市
        {u"142174"_s, 1},  // 南足柄市
        {u"143618"_s, 1},  // 中井町
        {u"143626"_s, 0},  // 大井町
        {u"143634"_s, 0},  // 松田町
        {u"143642"_s, 0},  // 山北町
        {u"143669"_s, 1},  // 開成町
        {u"143821"_s, 0},  // 箱根町
        {u"143839"_s, 1},  // 真鶴町
        {u"143847"_s, 0},  // 湯河原町
        {u"outside"_s, 1}, // 県外
        {u"unknown"_s, 2}, // 不明
    };
    s.method = {{u"phone"_s, 59}, {u"line"_s, 10}, {u"email"_s, 1},
                {u"fax"_s, 0},    {u"visit"_s, 0}, {u"other"_s, 7}};
    s.consulter = {{u"parent"_s, 25}, {u"supporter"_s, 51}, {u"other"_s, 0}, {u"unknown"_s, 1}};
    s.topic = {{u"discharge-home"_s, 15},
               {u"discharge-facility"_s, 2},
               {u"home-life"_s, 6},
               {u"respite"_s, 17},
               {u"welfare-consultation"_s, 10},
               {u"welfare-community"_s, 1},
               {u"welfare-other"_s, 8},
               {u"system"_s, 15},
               {u"child-development"_s, 5},
               {u"nursery"_s, 20},
               {u"school-entry"_s, 6},
               {u"school-junior-high"_s, 0},
               {u"school-high"_s, 2},
               {u"school-life"_s, 7},
               {u"commuting"_s, 4},
               {u"after-school"_s, 2},
               {u"other"_s, 20}};
    s.topicMentions = 140;
    return s;
}

QList<Count> zeros(const QStringList& codes)
{
    QList<Count> counts;
    for (const QString& code : codes) {
        counts.append(Count{code, 0});
    }
    return counts;
}

/// A summary of a period without cases: every code of every list, all 0.
Summary zeroSummary(const MasterData& master)
{
    Summary s;
    s.period = Period{QDate(2024, 4, 1), QDate(2025, 3, 31)};
    s.status = zeros(codes::statuses().codes());
    for (const Region& r : master.regions()) {
        s.region.append(Count{r.code, 0});
    }
    for (const Municipality& m : master.municipalities()) {
        s.municipality.append(Count{m.code, 0});
    }
    s.method = zeros(codes::methods().codes());
    s.consulter = zeros(codes::consulters().codes());
    s.topic = zeros(codes::topics().codes());
    return s;
}

/// The lines of \a text from the one after \a heading to the next blank line.
QStringList section(const QString& text, const QString& heading)
{
    const QStringList lines = text.split(u'\n');
    const qsizetype start = lines.indexOf(heading);
    REQUIRE(start >= 0);
    QStringList out;
    for (qsizetype i = start + 1; i < lines.size() && !lines[i].isEmpty(); ++i) {
        out.append(lines[i]);
    }
    return out;
}

} // namespace

TEST_CASE("the FY R5 summary renders exactly as the golden files", "[summary-format]")
{
    const Summary summary = fyR5Summary();
    const MasterData& master = MasterData::kanagawa();

    // The report's language is the argument, not the display language.
    const Language displayed = displayLanguage();
    setDisplayLanguage(Language::English);
    const QByteArray json = summaryToJson(summary);
    const QByteArray csv = summaryToCsv(summary, master, Language::Japanese);
    const QByteArray textJa = summaryToText(summary, master, Language::Japanese).toUtf8();
    setDisplayLanguage(Language::Japanese);
    const QByteArray textEn = summaryToText(summary, master, Language::English).toUtf8();
    setDisplayLanguage(displayed);

    CHECK(str(json) == str(golden(u"fy-r5-summary.json"_s)));
    CHECK(str(csv) == str(golden(u"fy-r5-summary.csv"_s)));
    CHECK(str(textJa) == str(golden(u"fy-r5-summary.txt"_s)));
    CHECK(str(textEn) == str(golden(u"fy-r5-summary-en.txt"_s)));
}

TEST_CASE("the summary JSON keeps the spec's key order and reads back", "[summary-format]")
{
    const Summary summary = fyR5Summary();
    const QByteArray json = summaryToJson(summary);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(str(error.errorString()));
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(root[u"period"_s][u"from"_s].toString() == u"2023-04-01"_s);
    CHECK(root[u"cases"_s].toInteger() == 77);
    CHECK(root[u"municipality"_s][u"142051"_s].toInteger() == 13);
    CHECK(root[u"topic_mentions"_s].toInteger() == 140);

    // QJsonObject sorts keys; the text itself must not.
    const QList<QByteArray> keys{"\"period\"",    "\"cases\"",        "\"status\"",
                                 "\"region\"",    "\"municipality\"", "\"method\"",
                                 "\"consulter\"", "\"topic\"",        "\"topic_mentions\""};
    qsizetype previous = -1;
    for (const QByteArray& key : keys) {
        const QByteArray member = "\n  " + key + ": ";
        const qsizetype at = json.indexOf(member);
        INFO(key.toStdString());
        CHECK(at > previous);
        previous = at;
    }
    CHECK(json.endsWith("}\n"));
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters", "[summary-format]")
{
    Summary summary;
    summary.period = Period{QDate(2024, 4, 1), QDate(2024, 4, 30)};
    summary.method = {{u"a\"b\\c"_s, 1}, {u"tab\there\nnew\r\u0001\u001f\b\f/"_s, 2}, {u"横浜"_s, 3}};

    const QByteArray json = summaryToJson(summary);
    CHECK(json.contains(R"("a\"b\\c": 1)"));
    CHECK(json.contains(R"("tab\there\nnew\r\u0001\u001f\b\f/": 2)"));
    CHECK(json.contains("\"\xE6\xA8\xAA\xE6\xB5\x9C\": 3")); // UTF-8, not \u escapes

    const QJsonDocument doc = QJsonDocument::fromJson(json);
    REQUIRE(doc.isObject());
    const QJsonObject method = doc.object()[u"method"_s].toObject();
    CHECK(method[u"a\"b\\c"_s].toInteger() == 1);
    CHECK(method[u"tab\there\nnew\r\u0001\u001f\b\f/"_s].toInteger() == 2);
    CHECK(method[u"横浜"_s].toInteger() == 3);
}

TEST_CASE("empty lists and invalid dates still give valid JSON", "[summary-format]")
{
    const QByteArray json = summaryToJson(Summary{});
    CHECK(str(json) == "{\n"
                       "  \"period\": {\n"
                       "    \"from\": null,\n"
                       "    \"to\": null\n"
                       "  },\n"
                       "  \"cases\": 0,\n"
                       "  \"status\": {},\n"
                       "  \"region\": {},\n"
                       "  \"municipality\": {},\n"
                       "  \"method\": {},\n"
                       "  \"consulter\": {},\n"
                       "  \"topic\": {},\n"
                       "  \"topic_mentions\": 0\n"
                       "}\n");
    CHECK(QJsonDocument::fromJson(json).isObject());
}

TEST_CASE("a summary without cases shows every code with 0", "[summary-format]")
{
    const MasterData& master = MasterData::kanagawa();
    const Summary summary = zeroSummary(master);

    SECTION("JSON")
    {
        const QJsonObject root = QJsonDocument::fromJson(summaryToJson(summary)).object();
        const auto checkAllZero = [&](const QString& key, qsizetype expectedSize) {
            INFO(str(key));
            const QJsonObject counts = root[key].toObject();
            CHECK(counts.size() == expectedSize);
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                CHECK(it.value().isDouble());
                CHECK(it.value().toInteger() == 0);
            }
        };
        checkAllZero(u"status"_s, 3);
        checkAllZero(u"region"_s, 10);
        checkAllZero(u"municipality"_s, 35);
        checkAllZero(u"method"_s, 6);
        checkAllZero(u"consulter"_s, 4);
        checkAllZero(u"topic"_s, 17);
    }

    SECTION("text")
    {
        const QString text = summaryToText(summary, master, Language::Japanese);
        CHECK(text.startsWith(u"相談件数 0件（完了 0件、継続 0件、経過観察 0件（令和7年3月31日現在））\n"
                              u"期間 令和6年4月1日～令和7年3月31日（2024-04-01～2025-03-31）\n"_s));
        for (const Municipality& m : master.municipalities()) {
            INFO(str(m.nameJa));
            CHECK(text.contains(m.nameJa + u" 0件"_s));
        }
        const QStringList methods = section(text, u"（２）相談方法"_s);
        REQUIRE(methods.size() == 6);
        const QStringList consulters = section(text, u"（３）相談者"_s);
        REQUIRE(consulters.size() == 4);
        const QStringList topics = section(text, u"（４）相談内容（主訴別：0件の内訳）"_s);
        REQUIRE(topics.size() == 1 + 17 + 1);
        for (const QString& line : methods + consulters + topics.mid(1)) {
            INFO(str(line));
            CHECK(line.endsWith(u" 0件"_s));
        }
        CHECK(topics.constLast().startsWith(u"合計"_s));
    }

    SECTION("CSV")
    {
        const QByteArray csv = summaryToCsv(summary, master, Language::English);
        CHECK(csv.startsWith("\xEF\xBB\xBFsection,code,label,count\r\ncases,,Cases,0\r\n"));
        CHECK(csv.count("\r\n") == 1 + 1 + 3 + 10 + 35 + 6 + 4 + 17 + 1);
        CHECK(csv.contains("\r\nmethod,fax,Fax,0\r\n"));
        CHECK(csv.contains("\r\nmunicipality,144029,Kiyokawa,0\r\n"));
        // English labels with commas are quoted.
        CHECK(
            csv.contains("\r\ntopic,home-life,\"Life at home (moving, home doctor, visiting nurse)\",0\r\n"));
        CHECK(csv.endsWith("\r\ntopic_mentions,,Topic mentions,0\r\n"));
    }
}

TEST_CASE("display width counts East Asian wide characters as two columns", "[summary-format]")
{
    CHECK(displayWidth(u"") == 0);
    CHECK(displayWidth(u"LINE") == 4);
    CHECK(displayWidth(u"横浜市") == 6);
    CHECK(displayWidth(u"（１）") == 6);      // full-width forms
    CHECK(displayWidth(u"来所・対面") == 10); // katakana middle dot is wide
    CHECK(displayWidth(u"茅ヶ崎市") == 8);    // small katakana ke
    CHECK(displayWidth(u"ｶﾅｶﾞﾜ") == 5);       // half-width katakana
    CHECK(displayWidth(u"特支(小)") == 8);    // ASCII parentheses are narrow
    CHECK(displayWidth(u"R6年度 ｱ한") == 2 + 4 + 1 + 1 + 2);
    CHECK(displayWidth(u"\U00020BB7野家") == 6); // 𠮷, outside the BMP, is one wide character
    CHECK(displayWidth(u"か\u3099") == 2);       // a combining mark takes no column
}

TEST_CASE("text columns line up across ASCII, kanji and mixed names", "[summary-format]")
{
    const MasterData master = MasterData::fromParts(
        {Region{u"north"_s, u"Aエリア"_s, u"Area A"_s, false},
         Region{u"south"_s, u"Big南部圏域"_s, u"Big South"_s, false},
         Region{u"metro"_s, u"C市"_s, u"C City"_s, true}},
        {Municipality{u"900001"_s, u"north"_s, u"Ｘ町"_s, u"X"_s, Municipality::Kind::Town},
         Municipality{u"900002"_s, u"north"_s, u"B2村"_s, u"B2"_s, Municipality::Kind::Village},
         Municipality{u"900003"_s, u"south"_s, u"南市"_s, u"Minami"_s, Municipality::Kind::City},
         Municipality{u"900004"_s, u"metro"_s, u"C市"_s, u"C"_s, Municipality::Kind::DesignatedCity}});
    Summary summary = zeroSummary(master);
    summary.cases = 131;
    summary.region = {
        {u"north"_s, 123}, {u"south"_s, 5}, {u"metro"_s, 1}, {u"outside"_s, 0}, {u"unknown"_s, 2}};
    summary.municipality = {{u"900001"_s, 120}, {u"900002"_s, 3},  {u"900003"_s, 5},
                            {u"900004"_s, 1},   {u"outside"_s, 0}, {u"unknown"_s, 2}};

    SECTION("Japanese")
    {
        const QStringList table =
            section(summaryToText(summary, master, Language::Japanese), u"（１）圏域別件数"_s);
        // Name column 14 wide (政令市・その他), count column 5 wide (123件), gaps of 2.
        CHECK(table == QStringList{
                           u"圏域             件数  市町村"_s,
                           u"Aエリア         123件  Ｘ町 120件、B2村 3件"_s,
                           u"Big南部圏域       5件  南市 5件"_s,
                           u"政令市・その他    3件  C市 1件、県外 0件、不明 2件"_s,
                       });
        for (const QString& line : table) {
            INFO(str(line));
            // The count column ends at the same column in every row, header included.
            const qsizetype end =
                line.contains(u"件数"_s) ? line.indexOf(u"件数"_s) + 2 : line.indexOf(u'件') + 1;
            CHECK(displayWidth(QStringView(line).left(end)) == 14 + 2 + 5);
        }
    }

    SECTION("English")
    {
        const QStringList table =
            section(summaryToText(summary, master, Language::English), u"(1) Cases by region"_s);
        CHECK(table == QStringList{
                           u"Region                       Cases  Municipalities"_s,
                           u"Area A                         123  X 120, B2 3"_s,
                           u"Big South                        5  Minami 5"_s,
                           u"Designated cities and other      3  C 1, Outside the prefecture 0, Unknown 2"_s,
                       });
    }

    SECTION("no line ends in spaces, even for a region without municipalities")
    {
        Summary noMunicipalities = summary;
        noMunicipalities.municipality.clear();
        const QString text = summaryToText(noMunicipalities, master, Language::Japanese);
        for (const QString& line : text.split(u'\n')) {
            INFO(str(line));
            CHECK_FALSE(line.endsWith(u' '));
        }
        CHECK(text.contains(u"\nAエリア         123件\n"_s));
    }
}
