// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactCounts.h"

#include "codes/Codes.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tsunagu::statistics {

Result<ContactCounts> countContacts(QSqlDatabase database, const ContactScope& scope)
{
    const QStringList kinds = codes::contactKinds().codes();
    // One pass over the contacts, each kind summed beside the total: no
    // sort, as a GROUP BY would need over a million contacts.
    QStringList columns{QStringLiteral("COUNT(*)")};
    QVariantList values;
    if (scope.byKind) {
        for (const QString& kind : kinds) {
            columns.append(QStringLiteral("COALESCE(SUM(l.kind = ?), 0)"));
            values << kind;
        }
    }
    QStringList conditions;
    if (scope.period) {
        conditions.append(QStringLiteral("l.contacted_on BETWEEN ? AND ?"));
        values << scope.period->from.toString(Qt::ISODate) << scope.period->to.toString(Qt::ISODate);
    } else if (scope.monthOfAnyYear) {
        conditions.append(QStringLiteral("substr(l.contacted_on, 6, 2) = ?"));
        values << QStringLiteral("%1").arg(*scope.monthOfAnyYear, 2, 10, QLatin1Char('0'));
    }
    if (!scope.caseCondition.isEmpty()) {
        conditions.append(QStringLiteral("l.case_id IN (SELECT c.id FROM case_record c WHERE %1)")
                              .arg(scope.caseCondition));
        values += scope.caseValues;
    }
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM contact_log l").arg(columns.join(QStringLiteral(", "))) +
                  (conditions.isEmpty()
                       ? QString()
                       : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return storage::databaseError(QCoreApplication::translate("tsunagu::statistics", "Counting contacts"),
                                      query.lastError().text());
    }
    ContactCounts counts;
    counts.total = query.value(0).toLongLong();
    if (scope.byKind) {
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            counts.kind.append(Count{kinds.at(i), query.value(static_cast<int>(i) + 1).toLongLong()});
        }
    }
    return counts;
}

} // namespace tsunagu::statistics
