// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes/Codes.h"

#include <catch2/catch.hpp>

using namespace tsunagu;

TEST_CASE("code lists hold every code of the exchange spec in report order", "[codes]")
{
    CHECK(codes::methods().codes() == QStringList{QStringLiteral("phone"), QStringLiteral("line"),
                                                  QStringLiteral("email"), QStringLiteral("fax"),
                                                  QStringLiteral("visit"), QStringLiteral("other")});
    CHECK(codes::consulters().codes() == QStringList{QStringLiteral("parent"), QStringLiteral("supporter"),
                                                     QStringLiteral("other"), QStringLiteral("unknown")});
    CHECK(codes::statuses().codes() ==
          QStringList{QStringLiteral("ongoing"), QStringLiteral("observation"), QStringLiteral("completed")});
    CHECK(codes::topics().size() == 17);
    CHECK(codes::topics().codes().constFirst() == QStringLiteral("discharge-home"));
    CHECK(codes::topics().codes().constLast() == QStringLiteral("other"));
    CHECK(codes::careNeeds().size() == 14);
    CHECK(codes::contactKinds().size() == 6);
    CHECK(codes::coordinatorRoles().codes() ==
          QStringList{QStringLiteral("chief"), QStringLiteral("coordinator")});
}

TEST_CASE("labels are the spec's Japanese labels and English translations", "[codes]")
{
    CHECK(codes::methods().label(QStringLiteral("visit"), Language::Japanese) ==
          QStringLiteral("来所・対面"));
    CHECK(codes::methods().label(QStringLiteral("visit"), Language::English) ==
          QStringLiteral("Visit / in person"));
    CHECK(codes::topics().label(QStringLiteral("home-life"), Language::Japanese) ==
          QStringLiteral("在宅生活（転居支援、訪問医・訪問看護等）"));
    CHECK(codes::topics().label(QStringLiteral("school-entry"), Language::Japanese) ==
          QStringLiteral("就学に関すること（特支(小)・(小)普通級・(小)支援級）"));
    CHECK(codes::statuses().label(QStringLiteral("observation"), Language::Japanese) ==
          QStringLiteral("経過観察"));
    CHECK(codes::careNeeds().label(QStringLiteral("seizure-care"), Language::Japanese) ==
          QStringLiteral("痙攣時の処置"));
    // Every item has both labels.
    for (const CodeList* list :
         {&codes::methods(), &codes::consulters(), &codes::statuses(), &codes::topics(), &codes::careNeeds(),
          &codes::contactKinds(), &codes::coordinatorRoles()}) {
        for (const CodeItem& item : list->items()) {
            INFO(item.code.toStdString());
            CHECK_FALSE(item.labelJa.isEmpty());
            CHECK_FALSE(item.labelEn.isEmpty());
        }
    }
}

TEST_CASE("input is matched on the code or the exact Japanese label after trimming", "[codes]")
{
    CHECK(codes::methods().codeForInput(QStringLiteral("phone")) == QStringLiteral("phone"));
    CHECK(codes::methods().codeForInput(QStringLiteral(" 電話 ")) == QStringLiteral("phone"));
    CHECK(codes::consulters().codeForInput(QStringLiteral("親・親族")) == QStringLiteral("parent"));
    CHECK(codes::topics().codeForInput(QStringLiteral("レスパイト")) == QStringLiteral("respite"));
    CHECK(codes::methods().codeForInput(QStringLiteral("Phone")).isEmpty()); // codes are exact
    CHECK(codes::methods().codeForInput(QStringLiteral("電 話")).isEmpty());
    CHECK(codes::methods().codeForInput(QString()).isEmpty());
    CHECK(codes::topics().indexOf(QStringLiteral("respite")) == 3);
    CHECK(codes::topics().indexOf(QStringLiteral("nope")) == -1);
}

TEST_CASE("every code and Japanese label of every list is found by its input index", "[codes]")
{
    for (const CodeList* list :
         {&codes::methods(), &codes::consulters(), &codes::statuses(), &codes::topics(), &codes::careNeeds(),
          &codes::contactKinds(), &codes::coordinatorRoles()}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            const CodeItem& item = list->items().at(i);
            INFO(item.code.toStdString());
            CHECK(list->itemForInput(item.code) == &item);
            CHECK(list->itemForInput(item.labelJa) == &item);
            // Surrounding white space, full-width included, is trimmed.
            CHECK(list->itemForInput(QStringLiteral("  %1\u3000").arg(item.labelJa)) == &item);
            CHECK(list->codeForInput(QStringLiteral("\t%1 ").arg(item.code)) == item.code);
            CHECK(list->find(item.code) == &item);
            CHECK(list->indexOf(item.code) == i);
            // English labels are for display only (exchange spec §1); the ones
            // that are not also a code or a Japanese label are refused.
            if (item.labelEn != item.code && item.labelEn != item.labelJa) {
                CHECK(list->itemForInput(item.labelEn) == nullptr);
            }
        }
    }
    CHECK(codes::topics().itemForInput(u"respite;nursery") == nullptr);
    CHECK(codes::topics().itemForInput(u"レスパイト。") == nullptr);
    CHECK(codes::methods().itemForInput(QStringView()) == nullptr);
    CHECK(codes::methods().itemForInput(u"   ") == nullptr);
    CHECK(codes::methods().find(QString()) == nullptr);
}

TEST_CASE("a text that is one item's code and another's label names the first", "[codes]")
{
    const CodeList list(QStringLiteral("test"),
                        {CodeItem{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("A")},
                         CodeItem{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("B")}});
    CHECK(list.codeForInput(QStringLiteral("b")) == QStringLiteral("a"));
    CHECK(list.codeForInput(QStringLiteral("c")) == QStringLiteral("b"));
    // A copy indexes its own items.
    const CodeList copy = list;
    CHECK(copy.itemForInput(u"c") == &copy.items().at(1));
    CHECK(copy.indexOf(QStringLiteral("b")) == 1);
}

TEST_CASE("each code list is looked up once and then handed out as the same object", "[codes]")
{
    CHECK(&codes::methods() == &codes::methods());
    CHECK(&codes::topics() == &codes::topics());
    CHECK(&codes::careNeeds() != &codes::topics());
}
