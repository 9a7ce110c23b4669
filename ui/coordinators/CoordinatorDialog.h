// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coordinators/Coordinator.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

/// Adds a coordinator or edits one: name, role, affiliation, the municipality
/// they are placed in, their training cohort and whether they are active.
///
/// Problems are shown inline as the user types (CoordinatorRepository::validate,
/// plus a name another coordinator already has) and keep Save disabled.
/// Ctrl+S and Enter save, Esc cancels. On a read-only file the dialog only shows.
class CoordinatorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits the coordinator \a coordinatorId of \a file, or a new one for 0.
    CoordinatorDialog(BranchFile& file, qint64 coordinatorId, QWidget* parent = nullptr);
    ~CoordinatorDialog() override;

    /// Stores the coordinator as entered. Shows what is wrong and returns
    /// false when it cannot be stored.
    bool save();
    /// The stored coordinator's id; 0 for a new one not saved yet.
    qint64 coordinatorId() const { return m_coordinator.id; }

    void accept() override;

private:
    void buildForm();
    void fillMunicipalities();
    void showCoordinator();
    Coordinator enteredCoordinator() const;
    /// What keeps the entered coordinator from being saved; empty when nothing.
    QString problem() const;
    void updateState();

    BranchFile& m_file;
    Coordinator m_coordinator; ///< as loaded (or new); fields not on the form stay as they are
    QStringList m_otherNames;  ///< names of the other coordinators, trimmed
    qint64 m_openCases = 0;
    bool m_loaded = true;
    bool m_showProblem = false; ///< the user has edited or tried to save

    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_affiliation = nullptr;
    QComboBox* m_municipality = nullptr;
    QSpinBox* m_cohort = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_openCasesHint = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace tsunagu::ui
