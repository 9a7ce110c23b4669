// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "master/MasterData.h"

#include <catch2/catch.hpp>

using namespace tsunagu;

TEST_CASE("the Kanagawa master data has its regions, municipalities and pseudo entries", "[master]")
{
    const MasterData& m = MasterData::kanagawa();
    QStringList regionCodes;
    for (const Region& r : m.regions()) {
        regionCodes.append(r.code);
    }
    CHECK(regionCodes == QStringList{QStringLiteral("yokohama"), QStringLiteral("kawasaki"),
                                     QStringLiteral("sagamihara"), QStringLiteral("yokosuka-miura"),
                                     QStringLiteral("shonan-east"), QStringLiteral("shonan-west"),
                                     QStringLiteral("kenoh"), QStringLiteral("kensei"),
                                     QStringLiteral("outside"), QStringLiteral("unknown")});
    CHECK(m.municipalities().size() == 33 + 2);
    CHECK(m.region(QStringLiteral("yokohama"))->designatedCity);
    CHECK_FALSE(m.region(QStringLiteral("kenoh"))->designatedCity);
    CHECK(m.region(QStringLiteral("shonan-east"))->name(Language::Japanese) ==
          QStringLiteral("湘南東部圏域"));
    CHECK(m.regionOf(QStringLiteral("142051")) == QStringLiteral("shonan-east"));
    CHECK(m.regionOf(QStringLiteral("141003")) == QStringLiteral("yokohama"));
    CHECK(m.regionOf(QStringLiteral("outside")) == QStringLiteral("outside"));
    CHECK(m.regionOf(QStringLiteral("999999")).isEmpty());
    CHECK(m.municipalitiesIn(QStringLiteral("kensei")).size() == 10);
    CHECK(m.municipality(QStringLiteral("unknown"))->kind == Municipality::Kind::Unknown);
    CHECK(m.municipality(QStringLiteral("144029"))->kind == Municipality::Kind::Village);
}

TEST_CASE("local government codes are checked with the JIS X 0402 check digit", "[master]")
{
    CHECK(MasterData::isValidLocalGovernmentCode(QStringLiteral("141003")));
    CHECK(MasterData::isValidLocalGovernmentCode(QStringLiteral("142018")));
    CHECK(MasterData::isValidLocalGovernmentCode(QStringLiteral("131016"))); // 千代田区
    CHECK_FALSE(MasterData::isValidLocalGovernmentCode(QStringLiteral("142019")));
    CHECK_FALSE(MasterData::isValidLocalGovernmentCode(QStringLiteral("14201")));
    CHECK_FALSE(MasterData::isValidLocalGovernmentCode(QStringLiteral("14201a")));
}

TEST_CASE("what users type for a municipality resolves to its code", "[master]")
{
    const MasterData& m = MasterData::kanagawa();
    CHECK(m.municipalityCodeForInput(QStringLiteral("142051")) == QStringLiteral("142051"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("１４２０５１")) == QStringLiteral("142051"));
    CHECK(m.municipalityCodeForInput(QStringLiteral(" 藤沢市 ")) == QStringLiteral("142051"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("川崎")) == QStringLiteral("141305"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("Hakone")) == QStringLiteral("143821"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("県外")) == QStringLiteral("outside"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("unknown")) == QStringLiteral("unknown"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("不明")) == QStringLiteral("unknown"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("東京都")).isEmpty());
    CHECK(m.municipalityCodeForInput(QString()).isEmpty());
}

TEST_CASE("another prefecture's master data loads from a CSV without code changes", "[master]")
{
    const QByteArray csv = "region_code,region_name_ja,region_name_en,municipality_code,municipality_name_ja,"
                           "municipality_name_en,kind\n"
                           "chiba-city,千葉市,Chiba City,121002,千葉市,Chiba,designated_city\n"
                           "tokatsu,東葛北部,Tokatsu North,122033,市川市,Ichikawa,city\n"
                           "tokatsu,東葛北部,Tokatsu North,122076,松戸市,Matsudo,city\n";
    const auto m = MasterData::fromCsv(csv, QStringLiteral("chiba.csv"));
    INFO(m.message().toStdString());
    REQUIRE(m.ok());
    CHECK(m->regions().size() == 4);
    CHECK(m->municipalitiesIn(QStringLiteral("tokatsu")).size() == 2);
    CHECK(m->municipalityCodeForInput(QStringLiteral("松戸市")) == QStringLiteral("122076"));
}

TEST_CASE("bad master data is refused with every problem and its row", "[master]")
{
    const QByteArray csv = "region_code,region_name_ja,region_name_en,municipality_code,municipality_name_ja,"
                           "municipality_name_en,kind\n"
                           "a,A圏域,A,142018,横須賀市,Yokosuka,city\n"
                           "a,A圏域,A,142019,鎌倉市,Kamakura,city\n"
                           "a,A圏域,A,142018,横須賀市,Yokosuka,city\n"
                           "b,B圏域,B,142042,鎌倉市,Kamakura,hamlet\n"
                           "b,B圏域,B,142085\n";
    const auto m = MasterData::fromCsv(csv, QStringLiteral("bad.csv"));
    REQUIRE_FALSE(m.ok());
    const QString message = m.message();
    CHECK(message.contains(
        QStringLiteral("bad.csv: row 3: \"142019\" is not a valid 6-digit local government code")));
    CHECK(message.contains(QStringLiteral("bad.csv: row 4: municipality 142018 appears twice")));
    CHECK(message.contains(QStringLiteral("bad.csv: row 5: unknown kind \"hamlet\"")));
    CHECK(message.contains(QStringLiteral("bad.csv: row 6: expected 7 columns, found 4")));

    const auto wrongHeader = MasterData::fromCsv("code,name\n1,2\n", QStringLiteral("x.csv"));
    REQUIRE_FALSE(wrongHeader.ok());
    CHECK(wrongHeader.message().startsWith(QStringLiteral("x.csv: row 1: the header must be region_code,")));
}

TEST_CASE("every municipality is found by each form of its name and code", "[master]")
{
    const MasterData& m = MasterData::kanagawa();
    for (const Municipality& municipality : m.municipalities()) {
        INFO(municipality.code.toStdString());
        CHECK(m.municipalityCodeForInput(municipality.code) == municipality.code);
        CHECK(m.municipalityCodeForInput(QStringLiteral(" %1\u3000").arg(municipality.code)) ==
              municipality.code);
        CHECK(m.municipalityCodeForInput(municipality.nameJa) == municipality.code);
        CHECK(m.municipalityCodeForInput(municipality.nameEn) == municipality.code);
        CHECK(m.municipalityCodeForInput(municipality.nameEn.toUpper()) == municipality.code);
        CHECK(m.municipalityCodeForInput(municipality.nameEn.toLower()) == municipality.code);
        if (municipality.code.size() == 6) {
            // Full-width digits, as Japanese input methods type them.
            QString fullWidth;
            for (const QChar digit : municipality.code) {
                fullWidth.append(QChar(digit.unicode() - u'0' + 0xFF10));
            }
            CHECK(m.municipalityCodeForInput(fullWidth) == municipality.code);
        }
    }
    CHECK(m.municipalityCodeForInput(QStringLiteral("ＨＡＫＯＮＥ")) == QStringLiteral("143821"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("藤沢")) == QStringLiteral("142051"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("藤沢市市")).isEmpty());
    CHECK(m.municipalityCodeForInput(QStringLiteral("市")).isEmpty());
    CHECK(m.municipalityCodeForInput(QStringLiteral("142052")).isEmpty());
}

TEST_CASE("a name without its suffix must name one municipality only", "[master]")
{
    const QByteArray csv = "region_code,region_name_ja,region_name_en,municipality_code,municipality_name_ja,"
                           "municipality_name_en,kind\n"
                           "tama,多摩,Tama,132063,府中市,Fuchu,city\n"
                           "aki,安芸,Aki,343021,府中町,Fuchu Town,town\n"
                           "aki,安芸,Aki,343099,坂町,Saka,town\n";
    const auto m = MasterData::fromCsv(csv, QStringLiteral("two.csv"));
    INFO(m.message().toStdString());
    REQUIRE(m.ok());
    CHECK(m->municipalityCodeForInput(QStringLiteral("府中")).isEmpty());
    CHECK(m->municipalityCodeForInput(QStringLiteral("府中市")) == QStringLiteral("132063"));
    CHECK(m->municipalityCodeForInput(QStringLiteral("府中町")) == QStringLiteral("343021"));
    CHECK(m->municipalityCodeForInput(QStringLiteral("fuchu town")) == QStringLiteral("343021"));
    CHECK(m->municipalityCodeForInput(QStringLiteral("坂")) == QStringLiteral("343099"));
    // Master data built from parts (as read from a branch file) has the same index.
    const MasterData parts = MasterData::fromParts(m->regions(), m->municipalities());
    CHECK(parts.municipalityCodeForInput(QStringLiteral("Fuchu")) == QStringLiteral("132063"));
    CHECK(parts.municipalityCodeForInput(QStringLiteral("府中")).isEmpty());
    CHECK(parts.municipalityCodeForInput(QStringLiteral("県外")) == QStringLiteral("outside"));
}

TEST_CASE("a name that is one municipality's Japanese name and another's English name names the first",
          "[master]")
{
    const QList<Region> regions{Region{QStringLiteral("r"), QStringLiteral("R"), QStringLiteral("R"), false}};
    const MasterData m = MasterData::fromParts(
        regions, {Municipality{QStringLiteral("100005"), QStringLiteral("r"), QStringLiteral("甲"),
                               QStringLiteral("Otsu"), Municipality::Kind::City},
                  Municipality{QStringLiteral("100013"), QStringLiteral("r"), QStringLiteral("Otsu"),
                               QStringLiteral("Hei"), Municipality::Kind::City}});
    CHECK(m.municipalityCodeForInput(QStringLiteral("Otsu")) == QStringLiteral("100005"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("otsu")) == QStringLiteral("100005"));
    CHECK(m.municipalityCodeForInput(QStringLiteral("hei")) == QStringLiteral("100013"));
}
