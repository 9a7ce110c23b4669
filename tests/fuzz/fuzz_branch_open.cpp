// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bytes written to a file named x.tsunagu → BranchFile::open read-only, then
// a few reads (the branch info, the case count, an export). Whatever the
// bytes, nothing may crash: a damaged or foreign file is an error message.
#include "FuzzSupport.h"
#include "cases/CaseRepository.h"
#include "exchange/CaseCsv.h"
#include "storage/BranchFile.h"

#include <QBuffer>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tsunagu;

namespace {
QString path;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    path = fuzz::scratchPath(QStringLiteral("x.tsunagu"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
            std::abort();
        }
    }
    {
        auto opened = BranchFile::open(path, BranchFile::Access::ReadOnly);
        if (opened.ok()) {
            BranchFile& file = *opened.value();
            const BranchInfo& info = file.info();
            (void)info.name.size();
            (void)CaseRepository(file).count();
            QByteArray csv;
            QBuffer buffer(&csv);
            buffer.open(QIODevice::WriteOnly);
            (void)exchange::CaseCsv::exportCases(file, exchange::ExportOptions{true, true}, buffer);
        } else if (opened.message().isEmpty()) {
            std::abort(); // every failure says why
        }
    }
    // What a failed or read-only open may leave beside the file.
    for (const char* suffix : {"", "-journal", "-wal", "-shm", ".lock"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    return 0;
}
