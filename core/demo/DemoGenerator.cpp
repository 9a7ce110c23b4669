// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "cases/CaseRepository.h"
#include "codes/Codes.h"
#include "contacts/ContactRepository.h"
#include "coordinators/CoordinatorRepository.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace tsunagu {

namespace {

/// Picks from weighted choices.
template <typename T>
const T& pick(QRandomGenerator& random, const QList<std::pair<T, int>>& weighted)
{
    int total = 0;
    for (const auto& entry : weighted) {
        total += entry.second;
    }
    int roll = static_cast<int>(random.bounded(total));
    for (const auto& entry : weighted) {
        if (roll < entry.second) {
            return entry.first;
        }
        roll -= entry.second;
    }
    return weighted.constLast().first;
}

QString code(const char* text)
{
    return QString::fromLatin1(text);
}

// Weights follow the shape of the Kanagawa FY R5 figures: mostly phone,
// mostly supporters, nursery, respite, discharge and "other" most frequent.
const QList<std::pair<QString, int>>& methodWeights()
{
    static const QList<std::pair<QString, int>> weights{
        {code("phone"), 59}, {code("line"), 10}, {code("email"), 4},
        {code("fax"), 1},    {code("visit"), 5}, {code("other"), 3},
    };
    return weights;
}

const QList<std::pair<QString, int>>& consulterWeights()
{
    static const QList<std::pair<QString, int>> weights{
        {code("parent"), 25}, {code("supporter"), 51}, {code("other"), 2}, {code("unknown"), 1}};
    return weights;
}

const QList<std::pair<QString, int>>& topicWeights()
{
    static const QList<std::pair<QString, int>> weights{
        {code("discharge-home"), 15},
        {code("discharge-facility"), 2},
        {code("home-life"), 6},
        {code("respite"), 17},
        {code("welfare-consultation"), 10},
        {code("welfare-community"), 1},
        {code("welfare-other"), 8},
        {code("system"), 15},
        {code("child-development"), 5},
        {code("nursery"), 20},
        {code("school-entry"), 6},
        {code("school-junior-high"), 1},
        {code("school-high"), 2},
        {code("school-life"), 7},
        {code("commuting"), 4},
        {code("after-school"), 2},
        {code("other"), 20},
    };
    return weights;
}

const QList<std::pair<QString, int>>& careNeedWeights()
{
    static const QList<std::pair<QString, int>> weights{
        {code("ventilator"), 8},       {code("tracheostomy"), 10},  {code("nasopharyngeal-airway"), 1},
        {code("oxygen"), 12},          {code("suction"), 16},       {code("nebulizer"), 5},
        {code("tube-feeding"), 20},    {code("central-venous"), 2}, {code("injection"), 2},
        {code("blood-glucose"), 2},    {code("dialysis"), 1},       {code("catheterization"), 3},
        {code("bowel-management"), 4}, {code("seizure-care"), 6},
    };
    return weights;
}

const QStringList& surnames()
{
    static const QStringList names =
        QStringLiteral("佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 "
                       "佐々木 山口 松本 井上 木村 林 清水 山崎")
            .split(QLatin1Char(' '));
    return names;
}

const QStringList& givenNames()
{
    static const QStringList names =
        QStringLiteral("陽翔 蓮 湊 蒼 樹 大翔 悠真 結菜 陽葵 凛 芽依 葵 紬 さくら "
                       "ひなた 結愛 莉子 美桜")
            .split(QLatin1Char(' '));
    return names;
}

const QStringList& notes()
{
    static const QStringList texts{
        QStringLiteral("NICU退院に向けて訪問看護ステーションと調整。"),
        QStringLiteral("保育園入園の相談。市の保育課と看護師配置について協議。"),
        QStringLiteral("レスパイト先の情報提供。短期入所の空き状況を確認。"),
        QStringLiteral("就学相談。特別支援学校と通学支援について情報共有。"),
        QStringLiteral("相談支援専門員から制度についての問い合わせ。"),
        QStringLiteral("転居に伴う訪問医・訪問看護の引継ぎ。"),
        QStringLiteral("放課後等デイサービスの受入れ先を探している。"),
        QStringLiteral("家族の負担が大きく、支援体制を検討。ケース会議を予定。"),
    };
    return texts;
}

/// The contact log of a case: the intake, then follow-ups until it was
/// completed (or until \a lastDay).
QList<ContactRecord> contactsFor(const CaseRecord& record, QRandomGenerator& random, QDate lastDay)
{
    static const QList<std::pair<QString, int>> kinds{
        {code("connect"), 30},        {code("supporter-support"), 25}, {code("monitoring"), 25},
        {code("direct-support"), 10}, {code("case-conference"), 10},
    };
    QList<ContactRecord> contacts;
    ContactRecord intake;
    intake.caseId = record.id;
    intake.contactedOn = record.receivedOn;
    intake.kind = code("intake");
    intake.method = record.method;
    intake.minutes = 15 + static_cast<int>(random.bounded(4)) * 15;
    contacts.append(intake);
    const QDate end =
        record.currentStatus() == QLatin1String("completed") ? record.currentStatusSince() : lastDay;
    const qint64 span = record.receivedOn.daysTo(end);
    const int followUps = span > 0 ? static_cast<int>(random.bounded(5)) : 0;
    for (int i = 0; i < followUps; ++i) {
        ContactRecord c;
        c.caseId = record.id;
        c.contactedOn =
            record.receivedOn.addDays(1 + static_cast<qint64>(random.bounded(static_cast<quint64>(span))));
        c.kind = pick(random, kinds);
        c.method = c.kind == QLatin1String("case-conference") || c.kind == QLatin1String("direct-support")
                       ? code("visit")
                       : pick(random, methodWeights());
        c.minutes = 10 + static_cast<int>(random.bounded(12)) * 10;
        contacts.append(c);
    }
    std::sort(contacts.begin(), contacts.end(),
              [](const ContactRecord& a, const ContactRecord& b) { return a.contactedOn < b.contactedOn; });
    return contacts;
}

/// Stores a batch of cases and their contact logs in one transaction.
Result<void> storeBatch(BranchFile& file, QList<CaseRecord>& batch, QRandomGenerator& random, QDate lastDay)
{
    storage::WriteTransaction transaction(file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r;
    }
    if (auto r = CaseRepository(file).insertInTransaction(batch); !r.ok()) {
        return r;
    }
    QList<ContactRecord> contacts;
    for (const CaseRecord& record : std::as_const(batch)) {
        contacts.append(contactsFor(record, random, lastDay));
    }
    if (auto r = ContactRepository(file).insertInTransaction(contacts); !r.ok()) {
        return r;
    }
    return transaction.commit();
}

} // namespace

BranchInfo DemoGenerator::demoBranchInfo()
{
    BranchInfo info;
    info.name = QStringLiteral("湘南東部圏域ブランチ（デモ）");
    info.regionCode = QStringLiteral("shonan-east");
    info.chiefCoordinatorName = QStringLiteral("主任 デモ");
    return info;
}

Result<void> DemoGenerator::populate(BranchFile& file, const Options& options)
{
    QRandomGenerator random(options.seed);
    const MasterData& master = file.masterData();

    CoordinatorRepository coordinators(file);
    QList<qint64> coordinatorIds;
    if (auto existing = coordinators.all(); existing.ok()) {
        for (const Coordinator& c : existing.value()) {
            coordinatorIds.append(c.id);
        }
    }
    const QStringList places = QStringLiteral("藤沢市基幹相談支援センター 茅ヶ崎市障害福祉課 "
                                              "寒川町相談支援事業所 藤沢市訪問看護ステーション")
                                   .split(QLatin1Char(' '));
    for (int i = 0; i < places.size(); ++i) {
        Coordinator c;
        c.name = surnames().at(static_cast<int>(random.bounded(surnames().size()))) + QStringLiteral(" ") +
                 givenNames().at(static_cast<int>(random.bounded(givenNames().size())));
        c.role = QString(codes::role::Coordinator);
        c.affiliation = places.at(i);
        c.trainingCohort = 1 + static_cast<int>(random.bounded(5));
        c.active = i != places.size() - 1 || random.bounded(2) == 0;
        auto id = coordinators.add(c);
        if (!id.ok()) {
            return id.error();
        }
        coordinatorIds.append(id.value());
    }

    // Mostly the branch's own region, some designated cities, a few others.
    const QString homeRegion = file.info().regionCode;
    QList<std::pair<QString, int>> municipalityWeights;
    for (const Municipality& m : master.municipalities()) {
        int weight = 1;
        if (m.regionCode == homeRegion) {
            weight = 40;
        } else if (m.kind == Municipality::Kind::DesignatedCity) {
            weight = 4;
        } else if (m.kind == Municipality::Kind::Unknown) {
            weight = 2;
        }
        municipalityWeights.append({m.code, weight});
    }

    const QDate lastDay = options.today;
    const int currentFiscalYear = lastDay.month() >= 4 ? lastDay.year() : lastDay.year() - 1;
    const QDate firstDay = QDate(currentFiscalYear - std::max(1, options.fiscalYears) + 1, 4, 1);
    const qint64 span = firstDay.daysTo(lastDay);

    QList<CaseRecord> batch;
    batch.reserve(std::min(options.batchSize, options.cases));
    for (int i = 0; i < options.cases; ++i) {
        CaseRecord record;
        // Spread evenly over the period, in order, so that case numbers follow
        // the received dates as they do in a real branch.
        record.receivedOn = firstDay.addDays((span + 1) * i / std::max(1, options.cases));
        // Offices are closed at weekends: move to the next Monday, or to the
        // Friday before when Monday would be past the last day.
        if (record.receivedOn.dayOfWeek() > 5) {
            const QDate monday = record.receivedOn.addDays(8 - record.receivedOn.dayOfWeek());
            const QDate friday = record.receivedOn.addDays(5 - record.receivedOn.dayOfWeek());
            record.receivedOn = monday <= lastDay ? monday : std::max(friday, firstDay);
        }
        record.municipalityCode = pick(random, municipalityWeights);
        record.method = pick(random, methodWeights());
        record.consulter = pick(random, consulterWeights());
        const int topicCount = 1 + static_cast<int>(random.bounded(100) < 55   ? 0
                                                    : random.bounded(100) < 70 ? 1
                                                                               : 2);
        while (record.topics.size() < topicCount) {
            const QString& topic = pick(random, topicWeights());
            if (!record.topics.contains(topic)) {
                record.topics.append(topic);
            }
        }
        std::sort(record.topics.begin(), record.topics.end(), [](const QString& a, const QString& b) {
            return codes::topics().indexOf(a) < codes::topics().indexOf(b);
        });
        const int needCount = static_cast<int>(random.bounded(4));
        while (record.careNeeds.size() < needCount) {
            const QString& need = pick(random, careNeedWeights());
            if (!record.careNeeds.contains(need)) {
                record.careNeeds.append(need);
            }
        }
        std::sort(record.careNeeds.begin(), record.careNeeds.end(), [](const QString& a, const QString& b) {
            return codes::careNeeds().indexOf(a) < codes::careNeeds().indexOf(b);
        });
        record.childAge = static_cast<int>(random.bounded(100) < 60 ? random.bounded(7) : random.bounded(19));

        // Older cases are more often completed; some pass through observation.
        record.statusHistory.append({QString(codes::status::Ongoing), record.receivedOn});
        const qint64 age = record.receivedOn.daysTo(lastDay);
        if (age > 7) {
            const int roll = static_cast<int>(random.bounded(100));
            const int completedChance = static_cast<int>(std::min<qint64>(85, 20 + age / 5));
            const QDate changeDay = record.receivedOn.addDays(
                1 + static_cast<qint64>(random.bounded(static_cast<quint64>(std::min<qint64>(age, 120)))));
            if (roll < 8) {
                record.statusHistory.append({QString(codes::status::Observation), changeDay});
            } else if (roll < 8 + completedChance) {
                if (random.bounded(4) == 0 && changeDay.daysTo(lastDay) > 14) {
                    record.statusHistory.append({QString(codes::status::Observation), changeDay});
                    record.statusHistory.append({QString(codes::status::Completed), changeDay.addDays(14)});
                } else {
                    record.statusHistory.append({QString(codes::status::Completed), changeDay});
                }
            }
        }
        if (!coordinatorIds.isEmpty() && random.bounded(10) != 0) {
            record.coordinatorId = coordinatorIds.at(static_cast<int>(random.bounded(coordinatorIds.size())));
        }
        if (random.bounded(3) != 0) {
            record.note = notes().at(static_cast<int>(random.bounded(notes().size())));
        }
        record.personal.childName = surnames().at(static_cast<int>(random.bounded(surnames().size()))) +
                                    QStringLiteral(" ") +
                                    givenNames().at(static_cast<int>(random.bounded(givenNames().size())));
        record.personal.consulterName =
            record.consulter == QLatin1String("parent")
                ? record.personal.childName.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" 保護者")
                : QString();
        record.personal.contact =
            QStringLiteral("090-0000-%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
        batch.append(std::move(record));
        if (batch.size() >= options.batchSize || i == options.cases - 1) {
            if (auto r = storeBatch(file, batch, random, lastDay); !r.ok()) {
                return r;
            }
            batch.clear();
        }
    }
    return {};
}

} // namespace tsunagu
