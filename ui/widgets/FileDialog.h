// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace tsunagu::ui {

/// Every file dialog goes through here, so that tests can answer the next
/// one with a file name (or a cancel) instead of blocking on a modal dialog.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter, const QString& defaultSuffix);

    /// Tests: the next dialog returns \a fileName at once (empty = cancelled).
    static void setNextFileName(const QString& fileName);

private:
    static std::optional<QString> takeNextFileName();
};

} // namespace tsunagu::ui
