// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bytes → the case CSV reader (decode, parse, check every row) and, for a
// CSV that reads, an import into a real branch file. Must never crash, hang
// or leak; a file that imported is put back as it was before the next input.
#include "FuzzSupport.h"
#include "cases/CaseRepository.h"
#include "exchange/CaseCsv.h"
#include "exchange/CsvReader.h"
#include "exchange/TextCodec.h"
#include "master/MasterData.h"
#include "storage/BranchFile.h"
#include "storage/BranchInfo.h"

#include <QByteArray>
#include <QDate>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tsunagu;

namespace {

// Never destroyed: at exit Qt's SQL driver registry is gone before any
// static destructor of ours would run.
BranchFile* branch = nullptr;
QString branchPath;
QString templatePath;

void openFreshBranch()
{
    delete branch;
    branch = nullptr;
    QFile::remove(branchPath);
    if (!QFile::copy(templatePath, branchPath)) {
        std::fprintf(stderr, "cannot copy the template branch file\n");
        std::abort();
    }
    auto opened = BranchFile::open(branchPath, BranchFile::Access::ReadWrite);
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open the branch file: %s\n", qPrintable(opened.message()));
        std::abort();
    }
    branch = opened.value().release();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    templatePath = fuzz::scratchPath(QStringLiteral("template.tsunagu"));
    branchPath = fuzz::scratchPath(QStringLiteral("branch.tsunagu"));
    {
        BranchInfo info;
        info.name = QStringLiteral("湘南東部圏域ブランチ");
        info.regionCode = QStringLiteral("shonan-east");
        info.chiefCoordinatorName = QStringLiteral("山田 花子");
        auto created = BranchFile::create(templatePath, info);
        if (!created.ok()) {
            std::fprintf(stderr, "cannot create the template: %s\n", qPrintable(created.message()));
            std::abort();
        }
        // One case already stored, so that a case number can repeat it.
        CaseRecord record;
        record.caseNo = QStringLiteral("2024-0001");
        record.receivedOn = QDate(2024, 4, 1);
        record.municipalityCode = QStringLiteral("142051");
        record.method = QStringLiteral("phone");
        record.consulter = QStringLiteral("parent");
        record.topics = {QStringLiteral("respite")};
        record.statusHistory = {{QStringLiteral("ongoing"), QDate(2024, 4, 1)}};
        if (!CaseRepository(*created.value()).add(record).ok()) {
            std::abort();
        }
    }
    openFreshBranch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    // The plain reader on the text as UTF-8.
    const auto records = exchange::CsvReader::parse(QString::fromUtf8(bytes));
    (void)records;

    for (const exchange::Encoding encoding :
         {exchange::Encoding::Auto, exchange::Encoding::Utf8, exchange::Encoding::Cp932}) {
        const auto read =
            exchange::CaseCsv::read(bytes, encoding, MasterData::kanagawa(), nullptr, QDate(2025, 3, 31));
        if (encoding != exchange::Encoding::Auto) {
            continue;
        }
        if (!read.ok()) {
            if (read.message().isEmpty()) {
                std::abort(); // every failure says why
            }
            continue;
        }
        // Store it: all or nothing, and the branch file must hold exactly the
        // old or the new cases.
        const qint64 before = CaseRepository(*branch).count().value();
        const auto imported = exchange::CaseCsv::import(*branch, bytes, exchange::Encoding::Auto);
        const qint64 after = CaseRepository(*branch).count().value();
        if (imported.ok() ? after != before + imported->imported : after != before) {
            std::fprintf(stderr, "partial import: %lld -> %lld\n", before, after);
            std::abort();
        }
        if (imported.ok()) {
            openFreshBranch();
        }
    }
    return 0;
}
