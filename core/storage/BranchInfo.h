// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace tsunagu {

/// The branch a file belongs to, stored in the file itself (table branch_meta).
struct BranchInfo
{
    QString name;                 ///< e.g. 湘南東部圏域ブランチ
    QString regionCode;           ///< the region the branch serves
    QString chiefCoordinatorName; ///< the 主任コーディネーター; kept as a coordinator row too
    QDateTime createdAt;          ///< UTC; set by the file on creation

    friend bool operator==(const BranchInfo&, const BranchInfo&) = default;
};

} // namespace tsunagu
