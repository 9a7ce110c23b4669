// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

class CoordinatorFilterModel;
class CoordinatorTableModel;

/// The coordinators of the open branch file and how many open cases each
/// holds, so that the load on the chief coordinator (主任コーディネーター)
/// and on each coordinator is visible at a glance.
///
/// Adds and edits coordinators through CoordinatorDialog; asks the main window
/// to show a coordinator's cases with showCasesRequested().
class CoordinatorView : public QWidget
{
    Q_OBJECT

public:
    explicit CoordinatorView(QWidget* parent = nullptr);
    ~CoordinatorView() override;

    /// Shows the coordinators of \a file; nullptr clears the view. A read-only
    /// file disables adding and editing. The file must outlive the view or be
    /// replaced first.
    void setBranchFile(BranchFile* file);
    BranchFile* branchFile() const { return m_file; }

    /// Re-reads the coordinators and their open-case counts, keeping the selection.
    void reload();

    /// The id of the selected coordinator, 0 when none is.
    qint64 currentCoordinatorId() const;
    /// Selects the coordinator \a id if it is shown.
    void selectCoordinator(qint64 id);

Q_SIGNALS:
    /// A coordinator was added or changed here.
    void coordinatorsChanged();
    /// The user asked to see the cases of \a coordinatorId.
    void showCasesRequested(qint64 coordinatorId);

private:
    void createActions();
    void addCoordinator();
    void editCoordinator(qint64 id);
    void requestShowCases();
    void showContextMenu(const QPoint& position);
    void setShowInactive(bool show);
    void updateActions();
    void updateWorkload(const QString& loadError = {});
    void setColumnWidths();
    bool isEditable() const;

    BranchFile* m_file = nullptr;
    CoordinatorTableModel* m_model = nullptr;
    CoordinatorFilterModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_showCasesButton = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QLabel* m_workload = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_showCasesAction = nullptr;
};

} // namespace tsunagu::ui
