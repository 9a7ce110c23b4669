// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace tsunagu::ui {

/// Settings: the UI language and how dates are shown.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Stores the choices; returns whether the language changed (which takes
    /// effect at the next start).
    bool apply();

private:
    QComboBox* m_language = nullptr;
    QComboBox* m_dateStyle = nullptr;
};

} // namespace tsunagu::ui
