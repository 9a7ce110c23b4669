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
    statistics::StatisticsEngine engine(connection->database(), masterData);
    engine.setCancelCheck(isCancelled);
    return compute(engine, branch);
}

} // namespace tsunagu::ui
