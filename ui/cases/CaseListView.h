// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

class BusyOverlay;
class CaseTableModel;

/// The case list: a filter bar (fiscal year, month, region, municipality,
/// status, topic, coordinator, free text), the lazy case table and a live
/// count of cases (実件数) and contacts (延べ件数).
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListView(QWidget* parent = nullptr);
    ~CaseListView() override;

    void setBranchFile(BranchFile* file);
    /// Re-reads the cases, keeping the filter and, where it can, the selection.
    void refresh();

    qint64 currentCaseId() const;
    void selectCase(qint64 caseId);
    /// Puts the cursor in the search field (Ctrl+F).
    void focusSearch();
    /// Shows the cases of one coordinator (0: nobody's), clearing other filters.
    void showCoordinator(qint64 coordinatorId);
    void clearFilters();

    CaseTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    CaseFilter currentFilter() const;

Q_SIGNALS:
    /// Enter or a double click on a case.
    void caseActivated(qint64 caseId);
    void currentCaseChanged(qint64 caseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumns();
    void rebuildChoices();
    void rebuildMunicipalities();
    void applyFilter();
    void updateCount();
    void showCount(const QString& contacts);
    void saveHeaderState() const;
    void showLoading(bool loading);
    /// Puts the filter bar and the sort indicator back to what the list shows.
    void showModelState();

    BranchFile* m_file = nullptr;
    CaseTableModel* m_model = nullptr;
    QComboBox* m_fiscalYear = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_topic = nullptr;
    QComboBox* m_coordinator = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_searchDelay = nullptr;
    BusyOverlay* m_busy = nullptr;
    bool m_updatingChoices = false;
    /// The case to select again once a refresh read in the background is shown.
    qint64 m_reselect = 0;
};

} // namespace tsunagu::ui
