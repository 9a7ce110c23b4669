// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/ReportData.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QEventLoop;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

class BackgroundTask;
class ReportRenderer;

/// Reports → Monthly Summary / Annual Report: choose the month or fiscal
/// year, then preview, print or save as PDF, all through ReportRenderer.
///
/// The statistics are counted on a worker thread (seconds for a
/// million-case file) when first needed for the chosen period, while the
/// dialog shows progress and a Cancel button and the window stays
/// responsive; the output is made on this thread once they have arrived.
/// They are kept for the next action on the same period.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(BranchFile& file, statistics::ReportData::Kind kind, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// The report for the chosen period: counted on a worker thread while
    /// events run and the dialog shows progress, unless already counted.
    /// Fails when counting failed or was cancelled (Cancel, Close).
    Result<statistics::ReportData> reportData();

    void preview();
    void print();
    /// Asks where to save and writes the PDF; returns the path or empty.
    QString savePdf();

    /// Stops counting; the action waiting for it is not done.
    void cancelPreparing();
    /// Whether the statistics are being counted.
    bool isPreparing() const;

public Q_SLOTS:
    /// Cancels counting first, then closes.
    void reject() override;

private:
    /// What the report is of: a month (Monthly) or a fiscal year (Annual).
    struct Choice
    {
        QDate month;
        int fiscalYear = 0;
        friend bool operator==(const Choice&, const Choice&) = default;
    };

    void updateDescription();
    Choice choice() const;
    /// The statistics of choice(), counted now if they are not at hand. Shows
    /// what went wrong, except for a cancel; nothing when the dialog was
    /// destroyed meanwhile, when the caller must return at once.
    std::optional<statistics::ReportData> prepare();
    /// Counts choice() on a worker thread and waits, events running.
    Result<statistics::ReportData> count();
    void setPreparing(bool preparing);
    Language reportLanguage() const;
    void preparePrinter(QPrinter& printer, const statistics::ReportData& report) const;
    void restorePrinterSettings(QPrinter& printer) const;
    void savePrinterSettings(const QPrinter& printer) const;

    BranchFile& m_file;
    statistics::ReportData::Kind m_kind;
    QDateEdit* m_month = nullptr;
    QComboBox* m_fiscalYear = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_description = nullptr;
    QWidget* m_progress = nullptr; ///< label, bar and Cancel, shown while counting
    QTimer* m_progressDelay = nullptr;
    QList<QWidget*> m_inputs; ///< disabled while counting
    QPointer<QWidget> m_focusBeforePreparing;
    std::unique_ptr<BackgroundTask> m_task;
    QEventLoop* m_waiting = nullptr;              ///< count()'s loop while it waits
    bool m_cancelled = false;                     ///< the wait ended by a cancel
    std::optional<statistics::ReportData> m_data; ///< counted for m_dataChoice
    Choice m_dataChoice;
};

} // namespace tsunagu::ui
