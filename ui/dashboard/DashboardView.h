// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/ReportData.h"
#include "statistics/ReportTables.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

class BackgroundTask;
class BusyOverlay;
class DashboardCard;

/// The statistics of a month, a fiscal year or any range of days, as the
/// center's tables show them: a period selector, then cards that each hold a
/// chart, the same numbers as a table and a button to copy the table for
/// Excel. Cases by region (click a region for its municipalities), method,
/// consulter, topic, status at the period's end, the fiscal year's months
/// beside the year before, and the open cases per coordinator.
///
/// The statistics are computed once per period (one statistics::ReportData,
/// the same the printed reports use) and only while the view is shown:
/// changes made while it is hidden are counted when it is shown again.
/// Resizing only lays the cards out again.
///
/// Counting runs on a worker thread over a read-only connection of its own
/// (a fiscal year of a million-case file takes seconds): meanwhile the cards
/// shown stay, veiled, under a busy indicator with a Cancel button, and the
/// period can be changed, which supersedes the count under way.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    /// The period the dashboard shows.
    struct PeriodChoice
    {
        enum class Kind
        {
            Month,      ///< a month, with the fiscal year to date beside it
            FiscalYear, ///< April to March
            Range,      ///< any days, with the same days a year earlier beside them
        };

        Kind kind = Kind::FiscalYear;
        QDate from; ///< first day, inclusive
        QDate to;   ///< last day, inclusive

        /// The month of \a anyDayOfMonth.
        static PeriodChoice month(QDate anyDayOfMonth);
        /// The fiscal year starting in April of \a startYear.
        static PeriodChoice fiscalYear(int startYear);
        static PeriodChoice range(QDate from, QDate to);

        statistics::Period period() const { return statistics::Period{from, to}; }
        bool isValid() const { return period().isValid(); }
        friend bool operator==(const PeriodChoice&, const PeriodChoice&) = default;
    };

    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    /// Shows the statistics of \a file (nullptr: none), starting with the
    /// fiscal year of its latest case. The file must outlive the view or be
    /// replaced first.
    void setBranchFile(BranchFile* file);

    /// Selects \a choice in the period selector. Counting starts when
    /// control returns to the event loop (or at once with refresh()).
    void setPeriod(const PeriodChoice& choice);
    PeriodChoice period() const;

    /// Starts counting the selected period on a worker thread, superseding a
    /// count under way; refreshed() follows when the statistics are shown.
    void refresh();
    /// Stops the count under way and goes back to the period shown.
    void cancelRefresh();
    /// Whether a count is under way.
    bool isBusy() const;
    /// The file's cases or coordinators changed (an edit, an import): counts
    /// again when next shown, soon if shown now. A count under way is
    /// dropped: it may have read the file before the change.
    void invalidate();

    /// Shows the municipalities of \a regionCode (a region, or
    /// charts::OtherRegionsCode) in the region card.
    void drillDown(const QString& regionCode);
    /// Back from the municipalities to the regions.
    void showRegions();
    /// The region whose municipalities are shown; empty when regions are.
    QString drilledRegion() const { return m_drilledRegion; }

    /// What the last finished refresh computed.
    const statistics::ReportData& reportData() const { return m_data; }
    /// The tables the cards show, in report order, plus the monthly series
    /// ("trend").
    const QList<statistics::ReportTable>& tables() const { return m_tables; }
    /// Why the last refresh failed; empty when it did not.
    QString lastError() const { return m_error; }

Q_SIGNALS:
    /// The statistics of the selected period were computed and shown (or
    /// could not be computed: see lastError()). Not after cancelRefresh().
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void createCards();
    void rebuildChoices();
    void updateSelectorVisibility();
    void periodControlsChanged(int delay);
    void scheduleRefresh(int delay = 0);
    void stepPeriod(int direction);
    /// Puts \a choice in the period controls without counting.
    void selectPeriod(const PeriodChoice& choice);
    void showComputed(const PeriodChoice& choice, Result<statistics::ReportData> computed);
    void setBusy(bool busy);
    /// Whether the count under way is of \a choice.
    bool isCounting(const PeriodChoice& choice) const;
    void showData();
    void showRegionCard();
    /// Shows \a text instead of the cards; with a button to count again when
    /// \a canRetry.
    void showMessage(const QString& text, bool canRetry = false);
    void updateSummary();
    void arrangeCards();
    DashboardCard* card(const QString& id) const;
    /// The height of a chart of \a bars horizontal bars (0: any other chart).
    int chartHeight(qsizetype bars) const;
    statistics::ReportTable table(const QString& id) const;

    BranchFile* m_file = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_fiscalYear = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_rangeDash = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_messagePanel = nullptr; ///< m_message and m_retry, instead of the cards
    QLabel* m_message = nullptr;
    QPushButton* m_retry = nullptr;
    QWidget* m_content = nullptr; ///< summary, message and cards, under the busy overlay
    BusyOverlay* m_busy = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_cardArea = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<DashboardCard*> m_cards;
    QTimer* m_refreshTimer = nullptr;
    std::unique_ptr<BackgroundTask> m_task; ///< the count under way

    int m_firstFiscalYear = 0; ///< the range the selectors offer
    int m_lastFiscalYear = 0;
    int m_columns = 0; ///< card columns of the current layout
    bool m_updatingControls = false;
    bool m_stale = true;     ///< the shown statistics do not match the file or the period
    bool m_hasData = false;  ///< m_data holds a computed period
    PeriodChoice m_shown;    ///< the period m_data was computed for
    PeriodChoice m_counting; ///< the period of the count under way, if any
    QString m_drilledRegion;
    statistics::ReportData m_data;
    QList<statistics::ReportTable> m_tables;
    QString m_error;
};

} // namespace tsunagu::ui
