// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRecord.h"
#include "cases/CaseRepository.h"
#include "contacts/ContactRecord.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

class ContactLogModel;
class MunicipalityComboBox;

/// Creates or edits one consultation case with its contact log.
///
/// Nothing is stored until save(): the case and its contact log are written
/// together in one transaction. Problems are shown under the fields they
/// concern, and the first field in tab order that has one takes the focus.
///
/// Keys: Ctrl+S and Ctrl+Return save and close, Esc cancels (asking first
/// when something changed), and Return in a one-line field moves on to the
/// next field, as in Japanese business forms, instead of closing the dialog.
///
/// On a read-only branch file every field is read-only and there is no Save.
class CaseEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits case \a caseId of \a file, or a new case when \a caseId is 0.
    CaseEditorDialog(BranchFile& file, qint64 caseId, QWidget* parent = nullptr);
    ~CaseEditorDialog() override;

    /// The stored case's id; 0 for a new case until it has been saved.
    qint64 caseId() const { return m_caseId; }
    /// Whether the fields or the contact log differ from what is stored.
    bool isModified() const;
    /// Validates, shows the problems beside their fields, and stores the case
    /// and its contact log in one transaction. A storage error is shown in a
    /// message box. Returns whether the case was stored.
    bool save();

public Q_SLOTS:
    /// Closes the dialog; asks Save / Discard / Cancel first when there are
    /// unsaved changes. Public like QDialog::reject(), which it overrides.
    void reject() override;

Q_SIGNALS:
    /// The case and its contact log were stored.
    void caseSaved(qint64 caseId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createCasePage();
    QWidget* createContactLogPage();
    QLabel* createErrorLabel(const QString& field, const QString& objectName);
    void setUpTabOrder();
    void setUpShortcuts();
    void load();
    void populate(const CaseRecord& record, const QList<ContactRecord>& contacts);
    void populateCoordinators(const std::optional<qint64>& assignedId);
    void applyReadOnly(const QString& reason);
    void takeSnapshot();
    QSize preferredSize() const;

    CaseRecord collectRecord() const;
    QList<StatusChange> baseHistory() const;
    QDate baseStatusSince() const;
    QList<StatusChange> editedHistory() const;
    /// The day the stored coordinator took charge, as the date fields now stand.
    QDate baseCoordinatorSince() const;
    /// CaseRecord::coordinatorSince of what is saved when \a coordinator is chosen.
    std::optional<QDate> editedCoordinatorSince(const std::optional<qint64>& coordinator) const;

    void onFieldsChanged();
    void onReceivedOnChanged();
    void onStatusChanged();
    void onCoordinatorChanged();
    void updateCoordinatorHistory();
    void updateEraLabel();
    void updateRegionLabel();
    void updateStatusHistory();
    void updateTitle();
    void updateContactLogSummary();
    void updateContactButtons();

    void addContact();
    void removeSelectedContacts();
    void commitOpenContactEditor();

    QList<FieldProblem> checkRecord(const CaseRecord& record) const;
    /// The problems of the contact log, each message naming its row; the
    /// first problem's row and field code go to \a firstRow and \a firstField.
    QList<FieldProblem> checkContacts(const QList<ContactRecord>& contacts, int* firstRow,
                                      QString* firstField) const;
    void showProblems(const QList<FieldProblem>& caseProblems, const QList<FieldProblem>& contactProblems);
    void focusFirstProblem(const QList<FieldProblem>& caseProblems, int firstContactRow,
                           const QString& firstContactField);
    void clearProblems();
    void saveAndClose();

    BranchFile& m_file;
    qint64 m_caseId = 0;
    bool m_readOnly = false;
    bool m_populating = false;
    /// After a refused save, problems are re-checked on every edit.
    bool m_checkLive = false;
    bool m_sized = false;
    /// The case as stored (or the blank new case); edits are collected from the widgets.
    CaseRecord m_stored;
    /// What isModified() compares with: the widgets' state right after loading or saving.
    CaseRecord m_snapshot;
    QList<ContactRecord> m_snapshotContacts;
    /// The "since" date the status fields showed last, to follow the date received.
    QDate m_shownBaseSince;
    /// Who was in charge of the stored case when (empty for a new case).
    QList<CoordinatorChange> m_storedCoordinators;
    /// The coordinator's "since" date shown last, to follow the date received.
    QDate m_shownCoordinatorBase;

    QLabel* m_readOnlyLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_caseNoEdit = nullptr;
    QDateEdit* m_receivedOnEdit = nullptr;
    QLabel* m_eraLabel = nullptr;
    MunicipalityComboBox* m_municipalityCombo = nullptr;
    QLabel* m_regionLabel = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QComboBox* m_consulterCombo = nullptr;
    QComboBox* m_coordinatorCombo = nullptr;
    QDateEdit* m_coordinatorSinceEdit = nullptr;
    QLabel* m_coordinatorHistoryLabel = nullptr;
    QSpinBox* m_childAgeSpin = nullptr;
    QListWidget* m_topicsList = nullptr;
    QListWidget* m_careNeedsList = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QDateEdit* m_statusSinceEdit = nullptr;
    QTableWidget* m_statusHistoryTable = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QLineEdit* m_childNameEdit = nullptr;
    QLineEdit* m_consulterNameEdit = nullptr;
    QLineEdit* m_contactEdit = nullptr;

    ContactLogModel* m_contactModel = nullptr;
    QTableView* m_contactTable = nullptr;
    QPushButton* m_addContactButton = nullptr;
    QPushButton* m_removeContactButton = nullptr;
    QLabel* m_contactSummaryLabel = nullptr;
    QLabel* m_contactErrorLabel = nullptr;

    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;

    /// Field code of the exchange spec -> the label showing its problem and the widget to focus.
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_fieldWidgets;
};

} // namespace tsunagu::ui
