// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tsunagu {

/// A 医療的ケア児等コーディネーター working with the branch.
struct Coordinator
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString role; ///< a code of codes::coordinatorRoles(): chief or coordinator
    QString affiliation;
    QString municipalityCode;          ///< where they are placed; may be empty
    std::optional<int> trainingCohort; ///< 養成研修 cohort (期), e.g. 1 for the first
    bool active = true;

    friend bool operator==(const Coordinator&, const Coordinator&) = default;
};

} // namespace tsunagu
