// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace tsunagu::storage {

/// Whether \a a and \a b name the same file, by file identity (device and
/// inode, or the volume and file index on Windows) when both exist, so that
/// links, `..`, letter case and a drive letter vs. a UNC path to the same
/// share are all caught; by absolute path when one does not exist yet.
bool isSameFile(const QString& a, const QString& b);

/// Refuses \a target when it is the branch file \a branchPath, its journal
/// or its lock file: writing there would destroy the branch file or make
/// SQLite play a foreign "journal" into it.
Result<void> refuseOwnFiles(const QString& target, const QString& branchPath);

/// Refuses \a target when it is any Tsunagu branch file, or the journal or
/// lock file of one: an export, summary or report never replaces one.
Result<void> refuseBranchFileTarget(const QString& target);

} // namespace tsunagu::storage
