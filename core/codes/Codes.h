// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes/CodeList.h"

#include <QLatin1StringView>

/// The code lists of the exchange spec (methods, consulters, statuses, topics,
/// care needs) and Tsunagu's own (contact kinds, coordinator roles). They are
/// data, read from resources/codes/code-lists.csv, in the order reports print.
namespace tsunagu::codes {

const CodeList& methods();
const CodeList& consulters();
const CodeList& statuses();
const CodeList& topics();
const CodeList& careNeeds();
const CodeList& contactKinds();
const CodeList& coordinatorRoles();

/// Codes the program's logic refers to by name.
namespace status {
inline constexpr QLatin1StringView Ongoing{"ongoing"};
inline constexpr QLatin1StringView Observation{"observation"};
inline constexpr QLatin1StringView Completed{"completed"};
} // namespace status

namespace contactKind {
inline constexpr QLatin1StringView Intake{"intake"};
inline constexpr QLatin1StringView Connect{"connect"};
inline constexpr QLatin1StringView SupporterSupport{"supporter-support"};
inline constexpr QLatin1StringView Monitoring{"monitoring"};
inline constexpr QLatin1StringView DirectSupport{"direct-support"};
inline constexpr QLatin1StringView CaseConference{"case-conference"};
} // namespace contactKind

namespace role {
inline constexpr QLatin1StringView Chief{"chief"};
inline constexpr QLatin1StringView Coordinator{"coordinator"};
} // namespace role

} // namespace tsunagu::codes
