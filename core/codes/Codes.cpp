// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codes.h"

#include "exchange/CsvReader.h"

#include <QFile>
#include <QHash>

namespace tsunagu::codes {

namespace {

/// All lists, parsed once from the compiled-in resource. The file ships with
/// the program, so a malformed one is a build defect: fail loudly.
const QHash<QString, CodeList>& allLists()
{
    static const QHash<QString, CodeList> lists = [] {
        QFile file(QStringLiteral(":/tsunagu/codes/code-lists.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("Tsunagu: the code lists resource is missing");
        }
        const auto records = exchange::CsvReader::parse(QString::fromUtf8(file.readAll()));
        if (!records.ok()) {
            qFatal("Tsunagu: the code lists resource is malformed: %s", qPrintable(records.message()));
        }
        QHash<QString, QList<CodeItem>> items;
        QStringList order;
        for (const exchange::CsvRecord& record : records.value()) {
            if (record.row == 1 || record.fields.size() < 4) {
                continue; // header, blank line
            }
            const QString& list = record.fields.at(0);
            if (!items.contains(list)) {
                order.append(list);
            }
            items[list].append(CodeItem{record.fields.at(1), record.fields.at(2), record.fields.at(3)});
        }
        QHash<QString, CodeList> result;
        for (const QString& list : std::as_const(order)) {
            result.insert(list, CodeList(list, items.value(list)));
        }
        return result;
    }();
    return lists;
}

/// Looked up once per list by the accessors below, which validation and
/// import call for every case.
const CodeList& listNamed(const QString& id)
{
    const auto& lists = allLists();
    const auto it = lists.constFind(id);
    if (it == lists.constEnd()) {
        qFatal("Tsunagu: the code list %s is missing from the resource", qPrintable(id));
    }
    return it.value();
}

} // namespace

const CodeList& methods()
{
    static const CodeList& list = listNamed(QStringLiteral("method"));
    return list;
}

const CodeList& consulters()
{
    static const CodeList& list = listNamed(QStringLiteral("consulter"));
    return list;
}

const CodeList& statuses()
{
    static const CodeList& list = listNamed(QStringLiteral("status"));
    return list;
}

const CodeList& topics()
{
    static const CodeList& list = listNamed(QStringLiteral("topic"));
    return list;
}

const CodeList& careNeeds()
{
    static const CodeList& list = listNamed(QStringLiteral("care-need"));
    return list;
}

const CodeList& contactKinds()
{
    static const CodeList& list = listNamed(QStringLiteral("contact-kind"));
    return list;
}

const CodeList& coordinatorRoles()
{
    static const CodeList& list = listNamed(QStringLiteral("coordinator-role"));
    return list;
}

} // namespace tsunagu::codes
