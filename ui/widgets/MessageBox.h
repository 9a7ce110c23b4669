// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QStringList>

#include <optional>

class QWidget;

namespace tsunagu::ui {

/// Every message box the application shows goes through here, so that tests
/// can answer the next one instead of blocking on a modal dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);
    static QMessageBox::StandardButton
    warning(QWidget* parent, const QString& title, const QString& text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    /// A warning whose long part (e.g. every bad row of a CSV) sits in a
    /// scrollable "Show Details" area.
    static QMessageBox::StandardButton warningWithDetails(QWidget* parent, const QString& title,
                                                          const QString& text, const QString& details);
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    /// Tests: the next box returns \a answer at once instead of showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Tests: the texts of the boxes answered automatically so far.
    static QStringList answeredTexts();
    static void clearAnsweredTexts();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QString& details = QString());
};

} // namespace tsunagu::ui
