// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSource.h"

#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"
#include "storage/ReadConnection.h"

namespace tsunagu::ui {

ReportSource ReportSource::of(const BranchFile& file)
{
    return ReportSource{file.databaseFilePath(), file.masterData(), file.info()};
}

Result<statistics::ReportData> ReportSource::compute(
    const std::function<Result<statistics::ReportData>(const statistics::StatisticsEngine& engine,
                                                       const BranchInfo& branch)>& compute,
    const std::function<bool()>& isCancelled) const
{
    auto connection = storage::ReadConnection::open(databasePath);
    if (!connection.ok()) {
        return connection.error();
    }
    // Cancelled between its queries, and (where SQLite allows) within one:
    // a query stopped midway fails, and is reported as the cancel it was.
    connection->setCancelCheck(isCancelled);
    statistics::StatisticsEngine engine(connection->database(), masterData);
    engine.setCancelCheck(isCancelled);
    auto result = compute(engine, branch);
    if (!result.ok() && isCancelled && isCancelled()) {
        return Error(Error::Kind::Cancelled, result.error().message);
    }
    return result;
}

} // namespace tsunagu::ui
