// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeList.h"

#include <utility>

namespace tsunagu {

CodeList::CodeList(QString id, QList<CodeItem> items)
    : m_id(std::move(id))
    , m_items(std::move(items))
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const CodeItem& item = m_items.at(i);
        const auto addFirst = [i](QHash<QStringView, qsizetype>& index, QStringView key) {
            if (!key.isEmpty() && !index.contains(key)) {
                index.insert(key, i);
            }
        };
        addFirst(m_codeIndex, item.code);
        // In list order, so that a text naming two items (one's code, the
        // other's label) keeps meaning the first, as a scan would find it.
        addFirst(m_inputIndex, item.code);
        addFirst(m_inputIndex, item.labelJa);
    }
}

const CodeItem* CodeList::find(const QString& code) const
{
    const auto it = m_codeIndex.constFind(QStringView(code));
    return it == m_codeIndex.constEnd() ? nullptr : &m_items.at(*it);
}

int CodeList::indexOf(const QString& code) const
{
    const auto it = m_codeIndex.constFind(QStringView(code));
    return it == m_codeIndex.constEnd() ? -1 : static_cast<int>(*it);
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
    const CodeItem* item = itemForInput(text);
    return item ? item->code : QString();
}

const CodeItem* CodeList::itemForInput(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return nullptr;
    }
    const auto it = m_inputIndex.constFind(trimmed);
    return it == m_inputIndex.constEnd() ? nullptr : &m_items.at(*it);
}

QString CodeList::label(const QString& code, Language language) const
{
    const CodeItem* item = find(code);
    return item ? item->label(language) : code;
}

} // namespace tsunagu
