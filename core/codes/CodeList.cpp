// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeList.h"

#include <utility>

namespace tsunagu {

CodeList::CodeList(QString id, QList<CodeItem> items)
    : m_id(std::move(id))
    , m_items(std::move(items))
{}

const CodeItem* CodeList::find(const QString& code) const
{
    for (const CodeItem& item : m_items) {
        if (item.code == code) {
            return &item;
        }
    }
    return nullptr;
}

int CodeList::indexOf(const QString& code) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).code == code) {
            return i;
        }
    }
    return -1;
}

QStringList CodeList::codes() const
{
    QStringList result;
    result.reserve(m_items.size());
    for (const CodeItem& item : m_items) {
        result.append(item.code);
    }
    return result;
}

QString CodeList::codeForInput(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    for (const CodeItem& item : m_items) {
        if (item.code == trimmed || item.labelJa == trimmed) {
            return item.code;
        }
    }
    return {};
}

QString CodeList::label(const QString& code, Language language) const
{
    const CodeItem* item = find(code);
    return item ? item->label(language) : code;
}

} // namespace tsunagu
