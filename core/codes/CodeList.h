// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tsunagu {

/// One value of a code list: the stable code stored in files and exchanged
/// with the center, and its labels. Code is what is compared; labels are shown.
struct CodeItem
{
    QString code;
    QString labelJa; ///< The label of the exchange spec; also accepted on import.
    QString labelEn;

    QString label(Language language = displayLanguage()) const
    {
        return language == Language::Japanese ? labelJa : labelEn;
    }
};

/// An ordered list of codes (the order reports print them in).
class CodeList
{
public:
    CodeList() = default;
    CodeList(QString id, QList<CodeItem> items);

    /// The list's own identifier ("method", "topic", ...).
    const QString& id() const { return m_id; }
    const QList<CodeItem>& items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }

    bool contains(const QString& code) const { return find(code) != nullptr; }
    const CodeItem* find(const QString& code) const;
    /// Index in report order, -1 when the code is not in the list.
    int indexOf(const QString& code) const;
    QStringList codes() const;

    /// The code for \a text given as a code or as the Japanese label (after
    /// trimming, exact match), as the exchange spec allows; empty if neither.
    QString codeForInput(const QString& text) const;
    /// The item \a text names as codeForInput() reads it, or nullptr. One hash
    /// lookup, no allocation: an import calls it for every value of every row.
    const CodeItem* itemForInput(QStringView text) const;

    /// The label of \a code, or the code itself when it is not in the list.
    QString label(const QString& code, Language language = displayLanguage()) const;

private:
    QString m_id;
    QList<CodeItem> m_items;
    // Views of the items' strings, which never change after construction
    // (copies of the list share them): code -> index, and every accepted input
    // form (code, Japanese label) -> index of the first item it names.
    QHash<QStringView, qsizetype> m_codeIndex;
    QHash<QStringView, qsizetype> m_inputIndex;
};

} // namespace tsunagu
