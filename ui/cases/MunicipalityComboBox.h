// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "master/MasterData.h"

#include <QComboBox>

class QStandardItemModel;

namespace tsunagu::ui {

/// Chooses a municipality (市町村) of the master data.
///
/// The list is grouped by region (圏域): a bold header that cannot be chosen,
/// then the region's municipalities, indented. A region that is a single
/// municipality of the same name (a designated city, 県外, 不明) is listed as
/// that municipality alone, without a header repeating its name.
///
/// The box is editable for type-ahead: typing part of a Japanese or English
/// name offers the matching municipalities in a popup (case-insensitive,
/// anywhere in the name), and a complete name, a code, or anything else
/// MasterData::municipalityCodeForInput() accepts ("川崎", 県外) selects the
/// municipality as it is typed. The code, not the displayed name, is the value.
class MunicipalityComboBox : public QComboBox
{
    Q_OBJECT

public:
    /// Item data roles of the combo box's model (and of its completer's).
    enum Role
    {
        CodeRole = Qt::UserRole + 1, ///< the municipality code; empty for a region header
        RegionRole,                  ///< the region code
        SearchRole,                  ///< what type-ahead matches: both names and the code
        HeaderRole,                  ///< true for a region header
        IndentedRole,                ///< true for a municipality listed under a header
        NameRole,                    ///< the name shown in the box once chosen
    };

    explicit MunicipalityComboBox(QWidget* parent = nullptr);
    explicit MunicipalityComboBox(const MasterData& masterData, QWidget* parent = nullptr);

    /// Replaces the list; keeps the current code.
    void setMasterData(const MasterData& masterData);
    const MasterData& masterData() const { return m_masterData; }

    /// The chosen municipality's code; empty when none is chosen or the typed
    /// text names no municipality.
    QString currentCode() const { return m_code; }
    /// Selects \a code; an empty code clears the box. A code the master data
    /// does not know is shown as text and kept as the current code, so that
    /// validation can name it.
    void setCurrentCode(const QString& code);
    /// The region of the current municipality; empty when there is none.
    QString currentRegionCode() const;
    /// Whether the box holds text that names no municipality (a typo, or
    /// typing not yet finished).
    bool hasUnresolvedText() const;
    /// Whether row \a index is a region header.
    bool isHeader(int index) const;

Q_SIGNALS:
    /// The current code changed: chosen from the list, typed, or set.
    void codeChanged(const QString& code);

private:
    void rebuild();
    void updateMinimumWidth();
    void setCode(const QString& code);
    void onCurrentIndexChanged(int index);
    void onTextEdited(const QString& text);
    void onEditingFinished();
    void onCompletionActivated(const QModelIndex& index);

    MasterData m_masterData;
    QStandardItemModel* m_model = nullptr;
    QStandardItemModel* m_completionModel = nullptr;
    QString m_code;
    bool m_syncing = false;
};

} // namespace tsunagu::ui
