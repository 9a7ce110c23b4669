// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tsunagu {

/// One entry of a case's contact log (支援記録): every time the branch
/// takes a call, connects the family to a resource, supports a supporter,
/// monitors, supports directly or holds a case conference. Counted as
/// 延べ件数 beside the 実件数 of cases.
struct ContactRecord
{
    qint64 id = 0; ///< 0 until stored
    qint64 caseId = 0;
    QDate contactedOn;
    QString kind;   ///< a code of codes::contactKinds()
    QString method; ///< a code of codes::methods()
    std::optional<int> minutes;
    QString note;

    friend bool operator==(const ContactRecord&, const ContactRecord&) = default;
};

} // namespace tsunagu
