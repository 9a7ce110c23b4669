// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/ReportData.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QRadioButton;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

class ReportRenderer;

/// Reports → Monthly Summary / Annual Report: choose the month or fiscal
/// year, then preview, print or save as PDF, all through ReportRenderer.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(BranchFile& file, statistics::ReportData::Kind kind, QWidget* parent = nullptr);

    /// The report for the chosen period (computed when asked).
    Result<statistics::ReportData> reportData() const;

    void preview();
    void print();
    /// Asks where to save and writes the PDF; returns the path or empty.
    QString savePdf();

private:
    void updateDescription();
    /// The renderer for the chosen period and language; shows the problem
    /// and returns nothing when the statistics cannot be computed.
    std::unique_ptr<ReportRenderer> makeRenderer();
    Language reportLanguage() const;
    void preparePrinter(QPrinter& printer) const;
    void restorePrinterSettings(QPrinter& printer) const;
    void savePrinterSettings(const QPrinter& printer) const;

    BranchFile& m_file;
    statistics::ReportData::Kind m_kind;
    QDateEdit* m_month = nullptr;
    QComboBox* m_fiscalYear = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_description = nullptr;
};

} // namespace tsunagu::ui
