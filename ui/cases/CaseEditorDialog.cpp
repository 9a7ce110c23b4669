// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseEditorDialog.h"

#include "calendar/JapaneseCalendar.h"
#include "cases/ContactLogModel.h"
#include "cases/MunicipalityComboBox.h"
#include "codes/Codes.h"
#include "common/DisplaySettings.h"
#include "common/TextInput.h"
#include "contacts/ContactRepository.h"
#include "coordinators/CoordinatorRepository.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int UnknownAge = -1;
constexpr int NotRecordedMinutes = -1;
const QString DateFormat = QStringLiteral("yyyy-MM-dd");

namespace field {
const QString CaseNo = QStringLiteral("case_no");
const QString ReceivedOn = QStringLiteral("received_on");
const QString Municipality = QStringLiteral("municipality");
const QString Method = QStringLiteral("method");
const QString Consulter = QStringLiteral("consulter");
const QString CoordinatorSince = QStringLiteral("coordinator_since");
const QString ChildAge = QStringLiteral("child_age");
const QString Status = QStringLiteral("status");
const QString StatusSince = QStringLiteral("status_since");
const QString Topics = QStringLiteral("topics");
const QString CareNeeds = QStringLiteral("care_needs");
const QString General = QStringLiteral("general");
const QString ContactLog = QStringLiteral("contact_log");
} // namespace field

/// The order fields are checked and focused in: the tab order.
const QStringList FieldOrder{field::CaseNo,      field::ReceivedOn,       field::Municipality, field::Method,
                             field::Consulter,   field::CoordinatorSince, field::ChildAge,     field::Status,
                             field::StatusSince, field::Topics,           field::CareNeeds};

/// Lets a click anywhere on a checklist row toggle it, not only on the
/// small check box: the lists are long and used all day.
class CheckListDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override
    {
        const Qt::ItemFlags flags = index.flags();
        if (event->type() == QEvent::MouseButtonRelease && (flags & Qt::ItemIsUserCheckable) &&
            (flags & Qt::ItemIsEnabled)) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint())) {
                const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
                return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            }
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
};

/// Editors for the contact log cells: a date edit, code combo boxes, a
/// minutes spin box and a line edit for the note.
class ContactLogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        QWidget* editor = nullptr;
        switch (static_cast<ContactLogModel::Column>(index.column())) {
        case ContactLogModel::Column::Date: {
            auto* dateEdit = new QDateEdit(parent);
            dateEdit->setCalendarPopup(true);
            dateEdit->setDisplayFormat(DateFormat);
            editor = dateEdit;
            break;
        }
        case ContactLogModel::Column::Kind:
        case ContactLogModel::Column::Method: {
            auto* combo = new QComboBox(parent);
            const CodeList& list = index.column() == int(ContactLogModel::Column::Kind)
                                       ? codes::contactKinds()
                                       : codes::methods();
            for (const CodeItem& item : list.items()) {
                combo->addItem(item.label(), item.code);
            }
            editor = combo;
            break;
        }
        case ContactLogModel::Column::Minutes: {
            auto* spin = new QSpinBox(parent);
            spin->setRange(NotRecordedMinutes, 24 * 60);
            spin->setSingleStep(5);
            spin->setSpecialValueText(CaseEditorDialog::tr("not recorded"));
            spin->setAlignment(Qt::AlignRight);
            editor = spin;
            break;
        }
        case ContactLogModel::Column::Note:
        case ContactLogModel::Column::Count:
            editor = QStyledItemDelegate::createEditor(parent, option, index);
            break;
        }
        m_openEditor = editor;
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        if (auto* dateEdit = qobject_cast<QDateEdit*>(editor)) {
            dateEdit->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(combo->findData(value.toString()));
        } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->setValue(value.isNull() ? NotRecordedMinutes : value.toInt());
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* dateEdit = qobject_cast<QDateEdit*>(editor)) {
            model->setData(index, dateEdit->date());
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            if (combo->currentIndex() >= 0) {
                model->setData(index, combo->currentData());
            }
        } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->interpretText();
            model->setData(index, spin->value() == NotRecordedMinutes ? QVariant() : QVariant(spin->value()));
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

    void destroyEditor(QWidget* editor, const QModelIndex& index) const override
    {
        if (editor == m_openEditor) {
            m_openEditor = nullptr;
        }
        QStyledItemDelegate::destroyEditor(editor, index);
    }

    /// Stores what the open editor holds, e.g. when Ctrl+S is pressed while
    /// a cell is being edited.
    void commitOpenEditor()
    {
        if (m_openEditor) {
            Q_EMIT commitData(m_openEditor);
        }
    }

private:
    mutable QPointer<QWidget> m_openEditor;
};

/// A note field whose preferred height is a few lines: it takes the room that
/// is left rather than asking for more (which would make the page scroll).
class NoteEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

    QSize sizeHint() const override
    {
        const int frame = 2 * frameWidth();
        return {QPlainTextEdit::sizeHint().width(),
                4 * fontMetrics().lineSpacing() + frame + int(2 * document()->documentMargin())};
    }
};

QLabel* createHintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

void fillCodeCombo(QComboBox* combo, const CodeList& list)
{
    for (const CodeItem& item : list.items()) {
        combo->addItem(item.label(), item.code);
    }
}

/// A checklist of \a list in code-list order, sized to show every item
/// without scrolling: in up to \a maxColumns columns, as many as fit in
/// \a maxWidth (the labels' length depends on the language).
void fillCheckList(QListWidget* widget, const CodeList& list, int maxColumns, int maxWidth)
{
    const Language language = displayLanguage();
    for (const CodeItem& code : list.items()) {
        auto* item = new QListWidgetItem(code.label(language), widget);
        item->setData(CodeRole, code.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        // The spec's Japanese label is the official wording: show it beside an English label.
        item->setToolTip(language == Language::Japanese
                             ? code.labelJa
                             : QStringLiteral("%1\n%2").arg(code.labelEn, code.labelJa));
    }
    widget->setItemDelegate(new CheckListDelegate(widget));
    widget->setUniformItemSizes(true);
    widget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    widget->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    // A fixed grid, a little taller than the text, lays the items out in
    // columns top to bottom; the list is as large as its items.
    const QSize grid(widget->sizeHintForColumn(0) + 12, widget->sizeHintForRow(0) + 3);
    const int frame = 2 * widget->frameWidth();
    int columns = maxColumns;
    while (columns > 1 && columns * grid.width() + frame + 2 > maxWidth) {
        --columns;
    }
    const int rows = (widget->count() + columns - 1) / columns;
    widget->setGridSize(grid);
    if (columns > 1) {
        widget->setFlow(QListView::TopToBottom);
        widget->setWrapping(true);
        widget->setResizeMode(QListView::Adjust);
    }
    widget->setFixedHeight(rows * grid.height() + frame + 2);
    widget->setMinimumWidth(columns * grid.width() + frame + 2);
}

QStringList checkedCodes(const QListWidget* widget)
{
    QStringList codes;
    for (int row = 0; row < widget->count(); ++row) {
        const QListWidgetItem* item = widget->item(row);
        if (item->checkState() == Qt::Checked) {
            codes.append(item->data(CodeRole).toString());
        }
    }
    return codes;
}

void setCheckedCodes(QListWidget* widget, const QStringList& codes)
{
    for (int row = 0; row < widget->count(); ++row) {
        QListWidgetItem* item = widget->item(row);
        item->setCheckState(codes.contains(item->data(CodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

/// A field with its problem label under it.
QWidget* withErrorLabel(QWidget* field, QLabel* errorLabel, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(errorLabel);
    return cell;
}

/// Widgets side by side, left-aligned.
QWidget* row(std::initializer_list<QWidget*> widgets, QWidget* parent)
{
    auto* container = new QWidget(parent);
    auto* layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets) {
        layout->addWidget(widget);
    }
    layout->addStretch(1);
    return container;
}

} // namespace

CaseEditorDialog::CaseEditorDialog(BranchFile& file, qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
    , m_caseId(caseId)
{
    setObjectName(QStringLiteral("caseEditorDialog"));
    setSizeGripEnabled(true);
    m_contactModel = new ContactLogModel(this);

    auto* layout = new QVBoxLayout(this);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyNoteLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #4d3800; padding: 8px; border: 1px solid #e0c060; }"));
    m_readOnlyLabel->hide();
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(createErrorLabel(field::General, QStringLiteral("generalErrorLabel")));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseEditorTabWidget"));
    m_tabs->addTab(createCasePage(), tr("&Case"));
    m_tabs->addTab(createContactLogPage(), tr("Contact lo&g"));
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("caseEditorButtonBox"));
    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the case and close (Ctrl+S)"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Close without saving (Esc)"));
    // Return moves between fields (keyPressEvent); it must not close the dialog.
    for (QPushButton* button : {m_saveButton, m_cancelButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_saveButton, &QPushButton::clicked, this, &CaseEditorDialog::saveAndClose);
    connect(m_cancelButton, &QPushButton::clicked, this, &CaseEditorDialog::reject);
    layout->addWidget(m_buttons);

    setUpTabOrder();
    setUpShortcuts();
    load();
    if (m_file.isReadOnly()) {
        applyReadOnly(tr("This branch file is open read-only: the case can be viewed but not changed."));
    }
    updateTitle();

    setMinimumSize(640, 480);
}

CaseEditorDialog::~CaseEditorDialog() = default;

void CaseEditorDialog::showEvent(QShowEvent* event)
{
    // Sized on first show, when the hints are those of the shown widgets;
    // a size the caller chose is kept.
    if (!m_sized) {
        m_sized = true;
        if (!testAttribute(Qt::WA_Resized)) {
            // Texts set while the widgets were hidden did not reach their
            // layouts' caches (hidden widgets do not invalidate them).
            for (QLayout* childLayout : findChildren<QLayout*>()) {
                childLayout->invalidate();
            }
            resize(preferredSize());
        }
    }
    QDialog::showEvent(event);
}

QSize CaseEditorDialog::preferredSize() const
{
    // As large as the case page wants (a scroll area asks for less), within
    // the screen; the page scrolls on small screens.
    auto* scroll = static_cast<QScrollArea*>(m_tabs->widget(0));
    const QSize pagesHint = scroll->sizeHint().expandedTo(m_tabs->widget(1)->sizeHint());
    const QSize tabsChrome = m_tabs->sizeHint() - pagesHint;
    const QSize dialogChrome = sizeHint() - m_tabs->sizeHint();
    QSize wanted =
        scroll->widget()->sizeHint() + tabsChrome + dialogChrome.expandedTo(QSize(0, 0)) + QSize(8, 8);
    if (const QScreen* screen = this->screen()) {
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.95);
    }
    return wanted.expandedTo(minimumSize());
}

QLabel* CaseEditorDialog::createErrorLabel(const QString& fieldCode, const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    m_errorLabels.insert(fieldCode, label);
    return label;
}

QWidget* CaseEditorDialog::createCasePage()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("caseScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("casePageWidget"));
    auto* columns = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Consultation -----------------------------------------------------
    auto* consultation = new QGroupBox(tr("Consultation"), page);
    consultation->setObjectName(QStringLiteral("consultationGroupBox"));
    auto* form = new QFormLayout(consultation);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const auto addRow = [&](const QString& text, QWidget* buddy, QWidget* fieldWidget) {
        auto* label = new QLabel(text, consultation);
        label->setBuddy(buddy);
        form->addRow(label, fieldWidget);
    };

    m_caseNoEdit = new QLineEdit(consultation);
    m_caseNoEdit->setObjectName(QStringLiteral("caseNoLineEdit"));
    m_caseNoEdit->setPlaceholderText(tr("assigned on save"));
    m_caseNoEdit->setMaxLength(32);
    m_caseNoEdit->setToolTip(tr("Leave empty to number the case automatically (fiscal year and sequence)."));
    m_fieldWidgets.insert(field::CaseNo, m_caseNoEdit);
    addRow(tr("Case number"), m_caseNoEdit,
           withErrorLabel(m_caseNoEdit, createErrorLabel(field::CaseNo, QStringLiteral("caseNoErrorLabel")),
                          consultation));

    m_receivedOnEdit = new QDateEdit(consultation);
    m_receivedOnEdit->setObjectName(QStringLiteral("receivedOnDateEdit"));
    m_receivedOnEdit->setCalendarPopup(true);
    m_receivedOnEdit->setDisplayFormat(DateFormat);
    m_eraLabel = new QLabel(consultation);
    m_eraLabel->setObjectName(QStringLiteral("receivedOnEraLabel"));
    m_fieldWidgets.insert(field::ReceivedOn, m_receivedOnEdit);
    addRow(tr("&Received on"), m_receivedOnEdit,
           withErrorLabel(row({m_receivedOnEdit, m_eraLabel}, consultation),
                          createErrorLabel(field::ReceivedOn, QStringLiteral("receivedOnErrorLabel")),
                          consultation));

    m_municipalityCombo = new MunicipalityComboBox(m_file.masterData(), consultation);
    m_municipalityCombo->setObjectName(QStringLiteral("municipalityComboBox"));
    m_regionLabel = new QLabel(consultation);
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_fieldWidgets.insert(field::Municipality, m_municipalityCombo);
    addRow(tr("&Municipality"), m_municipalityCombo,
           withErrorLabel(row({m_municipalityCombo, m_regionLabel}, consultation),
                          createErrorLabel(field::Municipality, QStringLiteral("municipalityErrorLabel")),
                          consultation));

    m_methodCombo = new QComboBox(consultation);
    m_methodCombo->setObjectName(QStringLiteral("methodComboBox"));
    m_methodCombo->setPlaceholderText(tr("Choose"));
    fillCodeCombo(m_methodCombo, codes::methods());
    m_methodCombo->setCurrentIndex(-1);
    m_fieldWidgets.insert(field::Method, m_methodCombo);
    addRow(tr("Met&hod"), m_methodCombo,
           withErrorLabel(row({m_methodCombo}, consultation),
                          createErrorLabel(field::Method, QStringLiteral("methodErrorLabel")), consultation));

    m_consulterCombo = new QComboBox(consultation);
    m_consulterCombo->setObjectName(QStringLiteral("consulterComboBox"));
    m_consulterCombo->setPlaceholderText(tr("Choose"));
    fillCodeCombo(m_consulterCombo, codes::consulters());
    m_consulterCombo->setCurrentIndex(-1);
    m_fieldWidgets.insert(field::Consulter, m_consulterCombo);
    addRow(tr("Co&nsulter"), m_consulterCombo,
           withErrorLabel(row({m_consulterCombo}, consultation),
                          createErrorLabel(field::Consulter, QStringLiteral("consulterErrorLabel")),
                          consultation));

    m_coordinatorCombo = new QComboBox(consultation);
    m_coordinatorCombo->setObjectName(QStringLiteral("coordinatorComboBox"));
    m_coordinatorSinceEdit = new QDateEdit(consultation);
    m_coordinatorSinceEdit->setObjectName(QStringLiteral("coordinatorSinceDateEdit"));
    m_coordinatorSinceEdit->setCalendarPopup(true);
    m_coordinatorSinceEdit->setDisplayFormat(DateFormat);
    m_coordinatorSinceEdit->setToolTip(
        tr("The date the coordinator took charge. Another coordinator is recorded as a handover on "
           "this date (today unless you choose another); the statistics of earlier dates keep the "
           "coordinator in charge then. A new case's coordinator is in charge from the date received."));
    m_fieldWidgets.insert(field::CoordinatorSince, m_coordinatorSinceEdit);
    auto* coordinatorSinceLabel = new QLabel(tr("since"), consultation);
    coordinatorSinceLabel->setBuddy(m_coordinatorSinceEdit);
    m_coordinatorHistoryLabel = new QLabel(consultation);
    m_coordinatorHistoryLabel->setObjectName(QStringLiteral("coordinatorHistoryLabel"));
    m_coordinatorHistoryLabel->setWordWrap(true);
    m_coordinatorHistoryLabel->setTextFormat(Qt::PlainText);
    m_coordinatorHistoryLabel->hide();
    auto* coordinatorCell = withErrorLabel(
        row({m_coordinatorCombo, coordinatorSinceLabel, m_coordinatorSinceEdit}, consultation),
        createErrorLabel(field::CoordinatorSince, QStringLiteral("coordinatorSinceErrorLabel")),
        consultation);
    coordinatorCell->layout()->addWidget(m_coordinatorHistoryLabel);
    addRow(tr("Coor&dinator"), m_coordinatorCombo, coordinatorCell);

    m_childAgeSpin = new QSpinBox(consultation);
    m_childAgeSpin->setObjectName(QStringLiteral("childAgeSpinBox"));
    m_childAgeSpin->setRange(UnknownAge, 29);
    m_childAgeSpin->setSpecialValueText(tr("not known"));
    m_childAgeSpin->setToolTip(tr("The child's age in years at intake (0-29)."));
    m_childAgeSpin->setAlignment(Qt::AlignRight);
    m_fieldWidgets.insert(field::ChildAge, m_childAgeSpin);
    addRow(tr("Child's &age (years)"), m_childAgeSpin,
           withErrorLabel(row({m_childAgeSpin}, consultation),
                          createErrorLabel(field::ChildAge, QStringLiteral("childAgeErrorLabel")),
                          consultation));
    left->addWidget(consultation);

    // Status ---------------------------------------------------------------
    auto* statusBox = new QGroupBox(tr("Status"), page);
    statusBox->setObjectName(QStringLiteral("statusGroupBox"));
    auto* statusLayout = new QGridLayout(statusBox);
    m_statusCombo = new QComboBox(statusBox);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    fillCodeCombo(m_statusCombo, codes::statuses());
    m_statusSinceEdit = new QDateEdit(statusBox);
    m_statusSinceEdit->setObjectName(QStringLiteral("statusSinceDateEdit"));
    m_statusSinceEdit->setCalendarPopup(true);
    m_statusSinceEdit->setDisplayFormat(DateFormat);
    m_statusSinceEdit->setToolTip(tr("The date the status took effect. A new status is recorded in the "
                                     "history from this date."));
    m_fieldWidgets.insert(field::Status, m_statusCombo);
    m_fieldWidgets.insert(field::StatusSince, m_statusSinceEdit);
    auto* statusLabel = new QLabel(tr("S&tatus"), statusBox);
    statusLabel->setBuddy(m_statusCombo);
    auto* sinceLabel = new QLabel(tr("since"), statusBox);
    sinceLabel->setBuddy(m_statusSinceEdit);
    statusLayout->addWidget(statusLabel, 0, 0);
    statusLayout->addWidget(row({m_statusCombo, sinceLabel, m_statusSinceEdit}, statusBox), 0, 1);
    statusLayout->addWidget(createErrorLabel(field::Status, QStringLiteral("statusErrorLabel")), 1, 1);
    statusLayout->addWidget(createErrorLabel(field::StatusSince, QStringLiteral("statusSinceErrorLabel")), 2,
                            1);
    m_statusHistoryTable = new QTableWidget(0, 2, statusBox);
    m_statusHistoryTable->setObjectName(QStringLiteral("statusHistoryTableWidget"));
    m_statusHistoryTable->setHorizontalHeaderLabels({tr("Date"), tr("Status")});
    m_statusHistoryTable->setAccessibleName(tr("Status history"));
    m_statusHistoryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusHistoryTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_statusHistoryTable->setFocusPolicy(Qt::NoFocus);
    m_statusHistoryTable->verticalHeader()->hide();
    m_statusHistoryTable->horizontalHeader()->setStretchLastSection(true);
    m_statusHistoryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_statusHistoryTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_statusHistoryTable->setFixedHeight(m_statusHistoryTable->horizontalHeader()->sizeHint().height() +
                                         3 * m_statusHistoryTable->verticalHeader()->defaultSectionSize() +
                                         2 * m_statusHistoryTable->frameWidth());
    auto* historyLabel = new QLabel(tr("History"), statusBox);
    statusLayout->addWidget(historyLabel, 3, 0, Qt::AlignTop);
    statusLayout->addWidget(m_statusHistoryTable, 3, 1);
    statusLayout->setColumnStretch(1, 1);
    left->addWidget(statusBox);

    // Personal data --------------------------------------------------------
    auto* personal = new QGroupBox(tr("Personal data"), page);
    personal->setObjectName(QStringLiteral("personalDataGroupBox"));
    personal->setStyleSheet(QStringLiteral(
        "QGroupBox#personalDataGroupBox { background-color: #f5f2fa; border: 1px solid #c8bedb; "
        "border-radius: 4px; margin-top: 2ex; padding-top: 1ex; }"
        "QGroupBox#personalDataGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; "
        "left: 8px; padding: 0 4px; }"));
    auto* personalLayout = new QFormLayout(personal);
    personalLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* privacyHint = createHintLabel(
        tr("Kept only in this branch file: personal data never appears in reports, statistics or exports."),
        personal);
    privacyHint->setObjectName(QStringLiteral("personalDataHintLabel"));
    personalLayout->addRow(privacyHint);
    m_childNameEdit = new QLineEdit(personal);
    m_childNameEdit->setObjectName(QStringLiteral("childNameLineEdit"));
    m_consulterNameEdit = new QLineEdit(personal);
    m_consulterNameEdit->setObjectName(QStringLiteral("consulterNameLineEdit"));
    m_contactEdit = new QLineEdit(personal);
    m_contactEdit->setObjectName(QStringLiteral("contactLineEdit"));
    m_contactEdit->setPlaceholderText(tr("Phone, e-mail or address"));
    personalLayout->addRow(tr("Child's name"), m_childNameEdit);
    personalLayout->addRow(tr("Consulter's name"), m_consulterNameEdit);
    personalLayout->addRow(tr("Contact"), m_contactEdit);
    left->addWidget(personal);
    left->addStretch(1);

    // Topics and care needs ----------------------------------------------------
    auto* topicsBox = new QGroupBox(tr("To&pics"), page);
    topicsBox->setObjectName(QStringLiteral("topicsGroupBox"));
    auto* topicsLayout = new QVBoxLayout(topicsBox);
    m_topicsList = new QListWidget(topicsBox);
    m_topicsList->setObjectName(QStringLiteral("topicsListWidget"));
    m_topicsList->setAccessibleName(tr("Topics"));
    fillCheckList(m_topicsList, codes::topics(), 1, QWIDGETSIZE_MAX);
    m_fieldWidgets.insert(field::Topics, m_topicsList);
    topicsLayout->addWidget(m_topicsList);
    topicsLayout->addWidget(createErrorLabel(field::Topics, QStringLiteral("topicsErrorLabel")));
    right->addWidget(topicsBox);

    auto* careBox = new QGroupBox(tr("Care n&eeds"), page);
    careBox->setObjectName(QStringLiteral("careNeedsGroupBox"));
    auto* careLayout = new QVBoxLayout(careBox);
    m_careNeedsList = new QListWidget(careBox);
    m_careNeedsList->setObjectName(QStringLiteral("careNeedsListWidget"));
    m_careNeedsList->setAccessibleName(tr("Care needs"));
    fillCheckList(m_careNeedsList, codes::careNeeds(), 3, m_topicsList->minimumWidth());
    m_fieldWidgets.insert(field::CareNeeds, m_careNeedsList);
    careLayout->addWidget(m_careNeedsList);
    careLayout->addWidget(createErrorLabel(field::CareNeeds, QStringLiteral("careNeedsErrorLabel")));
    right->addWidget(careBox);

    auto* noteBox = new QGroupBox(tr("N&ote"), page);
    noteBox->setObjectName(QStringLiteral("noteGroupBox"));
    auto* noteLayout = new QVBoxLayout(noteBox);
    m_noteEdit = new NoteEdit(noteBox);
    m_noteEdit->setObjectName(QStringLiteral("noteTextEdit"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMinimumHeight(m_noteEdit->sizeHint().height());
    noteLayout->addWidget(m_noteEdit);
    right->addWidget(noteBox, 1);

    scroll->setWidget(page);
    // Sized to their items from the start, so the dialog can size itself
    // before it is first shown.
    for (QComboBox* combo : page->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }

    // Any edit: keep the live checks and derived labels current.
    connect(m_caseNoEdit, &QLineEdit::textChanged, this, &CaseEditorDialog::onFieldsChanged);
    connect(m_receivedOnEdit, &QDateEdit::dateChanged, this, &CaseEditorDialog::onReceivedOnChanged);
    connect(m_municipalityCombo, &MunicipalityComboBox::codeChanged, this, [this] {
        updateRegionLabel();
        onFieldsChanged();
    });
    for (QComboBox* combo : {m_methodCombo, m_consulterCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseEditorDialog::onFieldsChanged);
    }
    connect(m_coordinatorCombo, &QComboBox::currentIndexChanged, this,
            &CaseEditorDialog::onCoordinatorChanged);
    connect(m_coordinatorSinceEdit, &QDateEdit::dateChanged, this, [this] {
        updateCoordinatorHistory();
        onFieldsChanged();
    });
    connect(m_childAgeSpin, &QSpinBox::valueChanged, this, &CaseEditorDialog::onFieldsChanged);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &CaseEditorDialog::onStatusChanged);
    connect(m_statusSinceEdit, &QDateEdit::dateChanged, this, [this] {
        updateStatusHistory();
        onFieldsChanged();
    });
    for (QListWidget* list : {m_topicsList, m_careNeedsList}) {
        connect(list, &QListWidget::itemChanged, this, &CaseEditorDialog::onFieldsChanged);
    }
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &CaseEditorDialog::onFieldsChanged);
    for (QLineEdit* edit : {m_childNameEdit, m_consulterNameEdit, m_contactEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &CaseEditorDialog::onFieldsChanged);
    }
    return scroll;
}

QWidget* CaseEditorDialog::createContactLogPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("contactLogPageWidget"));
    auto* layout = new QVBoxLayout(page);

    m_contactSummaryLabel = new QLabel(page);
    m_contactSummaryLabel->setObjectName(QStringLiteral("contactLogSummaryLabel"));
    layout->addWidget(m_contactSummaryLabel);

    auto* tableRow = new QHBoxLayout;
    m_contactTable = new QTableView(page);
    m_contactTable->setObjectName(QStringLiteral("contactLogTableView"));
    m_contactTable->setAccessibleName(tr("Contact log"));
    m_contactTable->setModel(m_contactModel);
    auto* delegate = new ContactLogDelegate(m_contactTable);
    m_contactTable->setItemDelegate(delegate);
    m_contactTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_contactTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_contactTable->setAlternatingRowColors(true);
    m_contactTable->setWordWrap(false);
    m_contactTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);

    // Wide enough for the longest label and the editor's arrow.
    const QFontMetrics metrics = fontMetrics();
    const auto widestLabel = [&metrics](const CodeList& list) {
        int width = 0;
        for (const CodeItem& item : list.items()) {
            width = std::max(width, metrics.horizontalAdvance(item.label()));
        }
        return width;
    };
    QHeaderView* header = m_contactTable->horizontalHeader();
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("0000")) + 16);
    m_contactTable->setColumnWidth(int(ContactLogModel::Column::Date),
                                   metrics.horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    m_contactTable->setColumnWidth(int(ContactLogModel::Column::Kind),
                                   widestLabel(codes::contactKinds()) + 48);
    m_contactTable->setColumnWidth(int(ContactLogModel::Column::Method), widestLabel(codes::methods()) + 48);
    m_contactTable->setColumnWidth(
        int(ContactLogModel::Column::Minutes),
        std::max(metrics.horizontalAdvance(tr("not recorded")), metrics.horizontalAdvance(tr("Minutes"))) +
            40);
    header->setStretchLastSection(true);
    tableRow->addWidget(m_contactTable, 1);

    auto* buttons = new QVBoxLayout;
    m_addContactButton = new QPushButton(tr("&Add"), page);
    m_addContactButton->setObjectName(QStringLiteral("addContactButton"));
    m_addContactButton->setToolTip(tr("Add a contact dated today (Insert)"));
    m_removeContactButton = new QPushButton(tr("&Remove"), page);
    m_removeContactButton->setObjectName(QStringLiteral("removeContactButton"));
    m_removeContactButton->setToolTip(tr("Remove the selected contacts (Delete)"));
    for (QPushButton* button : {m_addContactButton, m_removeContactButton}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    tableRow->addLayout(buttons);
    layout->addLayout(tableRow, 1);

    m_contactErrorLabel = createErrorLabel(field::ContactLog, QStringLiteral("contactLogErrorLabel"));
    layout->addWidget(m_contactErrorLabel);
    auto* hint = createHintLabel(tr("Double-click a cell or press F2 to edit it; Tab moves to the next cell. "
                                    "Insert adds a contact, Delete removes the selected ones."),
                                 page);
    hint->setObjectName(QStringLiteral("contactLogHintLabel"));
    layout->addWidget(hint);

    connect(m_addContactButton, &QPushButton::clicked, this, &CaseEditorDialog::addContact);
    connect(m_removeContactButton, &QPushButton::clicked, this, &CaseEditorDialog::removeSelectedContacts);
    auto* insertShortcut = new QShortcut(QKeySequence(Qt::Key_Insert), m_contactTable);
    insertShortcut->setContext(Qt::WidgetShortcut);
    connect(insertShortcut, &QShortcut::activated, this, &CaseEditorDialog::addContact);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_contactTable);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &CaseEditorDialog::removeSelectedContacts);

    const auto contactsChanged = [this] {
        updateContactLogSummary();
        updateContactButtons();
        onFieldsChanged();
    };
    connect(m_contactModel, &QAbstractItemModel::dataChanged, this, contactsChanged);
    connect(m_contactModel, &QAbstractItemModel::rowsInserted, this, contactsChanged);
    connect(m_contactModel, &QAbstractItemModel::rowsRemoved, this, contactsChanged);
    connect(m_contactModel, &QAbstractItemModel::modelReset, this, contactsChanged);
    connect(m_contactTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseEditorDialog::updateContactButtons);
    return page;
}

void CaseEditorDialog::setUpTabOrder()
{
    const QList<QWidget*> order{
        m_caseNoEdit,     m_receivedOnEdit,   m_municipalityCombo,    m_methodCombo,
        m_consulterCombo, m_coordinatorCombo, m_coordinatorSinceEdit, m_childAgeSpin,
        m_statusCombo,    m_statusSinceEdit,  m_childNameEdit,        m_consulterNameEdit,
        m_contactEdit,    m_topicsList,       m_careNeedsList,        m_noteEdit,
        m_contactTable,   m_addContactButton, m_removeContactButton,  m_saveButton,
        m_cancelButton};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
}

void CaseEditorDialog::setUpShortcuts()
{
    for (const QKeySequence& keys :
         {QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_Return),
          QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &CaseEditorDialog::saveAndClose);
    }
}

void CaseEditorDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && modifiers == Qt::NoModifier) {
        QWidget* focus = focusWidget();
        if (auto* button = qobject_cast<QAbstractButton*>(focus)) {
            button->click();
        } else if (focus == m_contactTable && m_contactTable->currentIndex().isValid() &&
                   m_contactModel->isEditable()) {
            m_contactTable->edit(m_contactTable->currentIndex());
        } else {
            focusNextChild();
        }
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CaseEditorDialog::load()
{
    CaseRecord record;
    QList<ContactRecord> contacts;
    QString failure;
    if (m_caseId == 0) {
        record.receivedOn = QDate::currentDate();
    } else {
        auto loaded = CaseRepository(m_file).load(m_caseId);
        auto loadedContacts = ContactRepository(m_file).forCase(m_caseId);
        auto loadedCoordinators = CaseRepository(m_file).coordinatorHistory(m_caseId);
        if (!loaded.ok()) {
            failure = loaded.message();
        } else if (!loadedContacts.ok()) {
            failure = loadedContacts.message();
        } else if (!loadedCoordinators.ok()) {
            failure = loadedCoordinators.message();
        } else {
            record = std::move(loaded).value();
            contacts = std::move(loadedContacts).value();
            m_storedCoordinators = std::move(loadedCoordinators).value();
        }
    }
    m_stored = record;
    populate(record, contacts);
    if (!failure.isEmpty()) {
        applyReadOnly(tr("The case cannot be shown: %1").arg(failure));
    }
}

void CaseEditorDialog::populate(const CaseRecord& record, const QList<ContactRecord>& contacts)
{
    m_populating = true;
    m_caseNoEdit->setText(record.caseNo);
    m_caseNoEdit->setReadOnly(m_readOnly || record.id != 0);
    m_receivedOnEdit->setDate(record.receivedOn);
    m_municipalityCombo->setCurrentCode(record.municipalityCode);
    m_methodCombo->setCurrentIndex(m_methodCombo->findData(record.method));
    m_consulterCombo->setCurrentIndex(m_consulterCombo->findData(record.consulter));
    populateCoordinators(record.coordinatorId);
    m_coordinatorSinceEdit->setDate(baseCoordinatorSince());
    m_shownCoordinatorBase = baseCoordinatorSince();
    m_childAgeSpin->setValue(record.childAge.value_or(UnknownAge));
    setCheckedCodes(m_topicsList, record.topics);
    setCheckedCodes(m_careNeedsList, record.careNeeds);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(record.currentStatus()));
    m_statusSinceEdit->setDate(baseStatusSince());
    m_shownBaseSince = baseStatusSince();
    m_noteEdit->setPlainText(record.note);
    m_childNameEdit->setText(record.personal.childName);
    m_consulterNameEdit->setText(record.personal.consulterName);
    m_contactEdit->setText(record.personal.contact);
    m_contactModel->setReceivedOn(record.receivedOn);
    m_contactModel->setContacts(contacts);
    m_populating = false;

    updateEraLabel();
    updateRegionLabel();
    updateStatusHistory();
    updateCoordinatorHistory();
    updateContactLogSummary();
    updateContactButtons();
    updateTitle();
    takeSnapshot();
}

void CaseEditorDialog::populateCoordinators(const std::optional<qint64>& assignedId)
{
    m_coordinatorCombo->clear();
    m_coordinatorCombo->addItem(tr("(none)"), QVariant());
    const auto coordinators = CoordinatorRepository(m_file).all();
    if (!coordinators.ok()) {
        m_coordinatorCombo->setToolTip(coordinators.message());
    } else {
        for (const Coordinator& coordinator : coordinators.value()) {
            const bool assigned = assignedId && *assignedId == coordinator.id;
            if (!coordinator.active && !assigned) {
                continue;
            }
            QString text = coordinator.name;
            if (coordinator.role == codes::role::Chief) {
                text = tr("%1 (%2)", "coordinator name (role)")
                           .arg(coordinator.name, codes::coordinatorRoles().label(coordinator.role));
            }
            if (!coordinator.active) {
                text = tr("%1 (inactive)").arg(text);
            }
            m_coordinatorCombo->addItem(text, coordinator.id);
            if (!coordinator.affiliation.isEmpty()) {
                m_coordinatorCombo->setItemData(m_coordinatorCombo->count() - 1, coordinator.affiliation,
                                                Qt::ToolTipRole);
            }
        }
    }
    int index = 0;
    if (assignedId) {
        index = m_coordinatorCombo->findData(QVariant(*assignedId));
        if (index < 0) {
            // Keep an assignment the list cannot name rather than dropping it.
            m_coordinatorCombo->addItem(tr("Coordinator #%1").arg(*assignedId), QVariant(*assignedId));
            index = m_coordinatorCombo->count() - 1;
        }
    }
    m_coordinatorCombo->setCurrentIndex(index);
}

void CaseEditorDialog::applyReadOnly(const QString& reason)
{
    m_readOnly = true;
    m_readOnlyLabel->setText(reason);
    m_readOnlyLabel->show();
    for (QLineEdit* edit : {m_caseNoEdit, m_childNameEdit, m_consulterNameEdit, m_contactEdit}) {
        edit->setReadOnly(true);
    }
    m_noteEdit->setReadOnly(true);
    for (QAbstractSpinBox* spin : std::initializer_list<QAbstractSpinBox*>{
             m_receivedOnEdit, m_coordinatorSinceEdit, m_statusSinceEdit, m_childAgeSpin}) {
        spin->setReadOnly(true);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    }
    m_receivedOnEdit->setCalendarPopup(false);
    m_coordinatorSinceEdit->setCalendarPopup(false);
    m_statusSinceEdit->setCalendarPopup(false);
    for (QComboBox* combo : std::initializer_list<QComboBox*>{
             m_municipalityCombo, m_methodCombo, m_consulterCombo, m_coordinatorCombo, m_statusCombo}) {
        combo->setEnabled(false);
    }
    // The lists stay readable (not greyed out) but cannot be ticked.
    for (QListWidget* list : {m_topicsList, m_careNeedsList}) {
        for (int i = 0; i < list->count(); ++i) {
            list->item(i)->setFlags(list->item(i)->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
    m_contactModel->setEditable(false);
    m_contactTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addContactButton->hide();
    m_removeContactButton->hide();
    m_saveButton->hide();
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setToolTip(tr("Close (Esc)"));
    clearProblems();
}

void CaseEditorDialog::takeSnapshot()
{
    m_snapshot = collectRecord();
    m_snapshotContacts = m_contactModel->contacts();
}

bool CaseEditorDialog::isModified() const
{
    return collectRecord() != m_snapshot || m_contactModel->contacts() != m_snapshotContacts;
}

CaseRecord CaseEditorDialog::collectRecord() const
{
    CaseRecord record = m_stored;
    // As an import reads them: a case number in its one normalised form
    // (no zero-width characters, half-width digits), names and the note
    // without invisible characters but otherwise as typed.
    if (record.id == 0) {
        record.caseNo = input::normalizedCode(m_caseNoEdit->text());
    }
    record.receivedOn = m_receivedOnEdit->date();
    record.municipalityCode = m_municipalityCombo->currentCode();
    record.method = m_methodCombo->currentData().toString();
    record.consulter = m_consulterCombo->currentData().toString();
    record.topics = checkedCodes(m_topicsList);
    record.careNeeds = checkedCodes(m_careNeedsList);
    record.statusHistory = editedHistory();
    const QVariant coordinator = m_coordinatorCombo->currentData();
    record.coordinatorId =
        coordinator.isValid() ? std::optional<qint64>(coordinator.toLongLong()) : std::nullopt;
    record.coordinatorSince = editedCoordinatorSince(record.coordinatorId);
    record.childAge =
        m_childAgeSpin->value() == UnknownAge ? std::nullopt : std::optional<int>(m_childAgeSpin->value());
    record.note = input::withoutInvisibles(m_noteEdit->toPlainText());
    record.personal = PersonalData{input::withoutInvisibles(m_childNameEdit->text()).trimmed(),
                                   input::withoutInvisibles(m_consulterNameEdit->text()).trimmed(),
                                   input::withoutInvisibles(m_contactEdit->text()).trimmed()};
    return record;
}

QList<StatusChange> CaseEditorDialog::baseHistory() const
{
    QList<StatusChange> history = m_stored.statusHistory;
    // The entry a case starts with is dated on the day it was received; it
    // moves with that date.
    if (!history.isEmpty() && history.constFirst().since == m_stored.receivedOn) {
        history.first().since = m_receivedOnEdit->date();
    }
    return history;
}

QDate CaseEditorDialog::baseStatusSince() const
{
    const QList<StatusChange> history = baseHistory();
    return history.isEmpty() ? m_receivedOnEdit->date() : history.constLast().since;
}

QList<StatusChange> CaseEditorDialog::editedHistory() const
{
    CaseRecord edited;
    edited.statusHistory = baseHistory();
    const QString status = m_statusCombo->currentData().toString();
    const QDate since = m_statusSinceEdit->date();
    if (status.isEmpty()) {
        return edited.statusHistory;
    }
    if (status != m_stored.currentStatus()) {
        edited.setStatus(status, since);
    } else if (since != baseStatusSince()) {
        // Same status, other date: a correction of when the status took effect.
        if (edited.statusHistory.isEmpty()) {
            edited.setStatus(status, since);
        } else {
            edited.statusHistory.last().since = since;
        }
    }
    return edited.statusHistory;
}

QDate CaseEditorDialog::baseCoordinatorSince() const
{
    // The first coordinator is in charge from the date received, and moves with it.
    return m_storedCoordinators.size() > 1 ? m_storedCoordinators.constLast().since
                                           : m_receivedOnEdit->date();
}

std::optional<QDate> CaseEditorDialog::editedCoordinatorSince(const std::optional<qint64>& coordinator) const
{
    if (m_caseId == 0) {
        return std::nullopt;
    }
    const QDate since = m_coordinatorSinceEdit->date();
    if (coordinator != m_stored.coordinatorId) {
        return since; // a handover
    }
    if (m_storedCoordinators.size() > 1 && since != baseCoordinatorSince()) {
        return since; // a correction of the day of the last handover
    }
    return std::nullopt;
}

void CaseEditorDialog::onCoordinatorChanged()
{
    if (m_populating) {
        return;
    }
    const QVariant chosen = m_coordinatorCombo->currentData();
    const std::optional<qint64> coordinator =
        chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
    if (coordinator == m_stored.coordinatorId) {
        m_coordinatorSinceEdit->setDate(baseCoordinatorSince());
    } else if (m_coordinatorSinceEdit->date() == baseCoordinatorSince()) {
        // A handover is dated today unless a date was chosen first.
        m_coordinatorSinceEdit->setDate(QDate::currentDate());
    }
    updateCoordinatorHistory();
    onFieldsChanged();
}

void CaseEditorDialog::updateCoordinatorHistory()
{
    const CaseRecord record = collectRecord();
    // The date means something for a stored case whose coordinator changes
    // or has changed before; a new case's coordinator is in charge from the
    // date received.
    m_coordinatorSinceEdit->setEnabled(
        m_caseId != 0 && (record.coordinatorId != m_stored.coordinatorId || m_storedCoordinators.size() > 1));
    const QList<CoordinatorChange> history =
        coordinatorHistoryAfterSaving(m_storedCoordinators, record, QDate::currentDate());
    if (history.size() < 2) {
        m_coordinatorHistoryLabel->hide();
        m_coordinatorHistoryLabel->clear();
        return;
    }
    QStringList entries;
    for (const CoordinatorChange& change : history) {
        const int index =
            m_coordinatorCombo->findData(change.coordinatorId ? QVariant(*change.coordinatorId) : QVariant());
        const QString who = index >= 0 ? m_coordinatorCombo->itemText(index)
                                       : tr("Coordinator #%1").arg(change.coordinatorId.value_or(0));
        entries.append(
            tr("%1 from %2", "coordinator from date").arg(who, DisplaySettings::formatDate(change.since)));
    }
    m_coordinatorHistoryLabel->setText(tr("In charge: %1").arg(entries.join(tr(", then "))));
    m_coordinatorHistoryLabel->show();
}

void CaseEditorDialog::onReceivedOnChanged()
{
    m_contactModel->setReceivedOn(m_receivedOnEdit->date());
    if (m_populating) {
        return;
    }
    updateEraLabel();
    // While the status and its date are left alone, the date follows the
    // date received (a new case is ongoing from the day it was received).
    if (m_statusCombo->currentData().toString() == m_stored.currentStatus() &&
        m_statusSinceEdit->date() == m_shownBaseSince) {
        m_statusSinceEdit->setDate(baseStatusSince());
    }
    m_shownBaseSince = baseStatusSince();
    updateStatusHistory();
    if (m_coordinatorSinceEdit->date() == m_shownCoordinatorBase &&
        m_coordinatorCombo->currentData() ==
            (m_stored.coordinatorId ? QVariant(*m_stored.coordinatorId) : QVariant())) {
        m_coordinatorSinceEdit->setDate(baseCoordinatorSince());
    }
    m_shownCoordinatorBase = baseCoordinatorSince();
    updateCoordinatorHistory();
    onFieldsChanged();
}

void CaseEditorDialog::onStatusChanged()
{
    if (m_populating) {
        return;
    }
    const QString status = m_statusCombo->currentData().toString();
    if (status == m_stored.currentStatus()) {
        m_statusSinceEdit->setDate(baseStatusSince());
    } else if (m_statusSinceEdit->date() == baseStatusSince()) {
        // A new status is dated today unless a date was chosen first.
        m_statusSinceEdit->setDate(QDate::currentDate());
    }
    updateStatusHistory();
    onFieldsChanged();
}

void CaseEditorDialog::onFieldsChanged()
{
    if (m_populating || !m_checkLive) {
        return;
    }
    // After a refused save, the messages follow the edits, without moving the focus.
    const CaseRecord record = collectRecord();
    int firstRow = -1;
    QString firstField;
    showProblems(checkRecord(record), checkContacts(m_contactModel->contacts(), &firstRow, &firstField));
}

void CaseEditorDialog::updateEraLabel()
{
    const QDate date = m_receivedOnEdit->date();
    m_eraLabel->setText(calendar::JapaneseCalendar::instance().formatDate(date, displayLanguage()));
}

void CaseEditorDialog::updateRegionLabel()
{
    const Region* region = m_file.masterData().region(m_municipalityCombo->currentRegionCode());
    m_regionLabel->setText(region ? tr("Region: %1").arg(region->name()) : QString());
}

void CaseEditorDialog::updateStatusHistory()
{
    QList<StatusChange> history = editedHistory();
    if (history.isEmpty()) {
        // What the case will store: ongoing from the day it was received.
        history.append(StatusChange{QString(codes::status::Ongoing), m_receivedOnEdit->date()});
    }
    m_statusHistoryTable->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const StatusChange& change = history.at(row);
        auto* date = new QTableWidgetItem(DisplaySettings::formatDate(change.since));
        auto* status = new QTableWidgetItem(codes::statuses().label(change.status));
        if (!m_stored.statusHistory.contains(change)) {
            for (QTableWidgetItem* item : {date, status}) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
                item->setToolTip(tr("Recorded when the case is saved"));
            }
        }
        m_statusHistoryTable->setItem(row, 0, date);
        m_statusHistoryTable->setItem(row, 1, status);
    }
    m_statusHistoryTable->scrollToBottom();
}

void CaseEditorDialog::updateTitle()
{
    setWindowTitle(m_stored.id == 0 ? tr("New case — Tsunagu")
                                    : tr("Case %1 — Tsunagu").arg(m_stored.caseNo));
}

void CaseEditorDialog::updateContactLogSummary()
{
    const QList<ContactRecord>& contacts = m_contactModel->contacts();
    const int count = int(contacts.size());
    m_tabs->setTabText(1, count == 0 ? tr("Contact lo&g") : tr("Contact lo&g (%1)").arg(count));
    QDate last;
    for (const ContactRecord& contact : contacts) {
        if (contact.contactedOn.isValid() && (!last.isValid() || contact.contactedOn > last)) {
            last = contact.contactedOn;
        }
    }
    if (count == 0) {
        m_contactSummaryLabel->setText(tr("No contacts recorded yet."));
    } else if (last.isValid()) {
        m_contactSummaryLabel->setText(
            tr("%n contact(s); the last on %1.", nullptr, count).arg(DisplaySettings::formatDate(last)));
    } else {
        m_contactSummaryLabel->setText(tr("%n contact(s).", nullptr, count));
    }
}

void CaseEditorDialog::updateContactButtons()
{
    const bool editable = !m_readOnly;
    m_addContactButton->setEnabled(editable);
    m_removeContactButton->setEnabled(editable && m_contactTable->selectionModel()->hasSelection());
}

void CaseEditorDialog::addContact()
{
    if (m_readOnly) {
        return;
    }
    commitOpenContactEditor();
    ContactRecord contact;
    contact.caseId = m_stored.id;
    contact.contactedOn = QDate::currentDate();
    // The first contact is the intake; later ones are most often follow-ups.
    contact.kind = QString(m_contactModel->rowCount() == 0 ? codes::contactKind::Intake
                                                           : codes::contactKind::Monitoring);
    contact.method = m_methodCombo->currentData().toString();
    const int row = m_contactModel->appendContact(contact);
    const QModelIndex kind = m_contactModel->index(row, int(ContactLogModel::Column::Kind));
    m_tabs->setCurrentIndex(1);
    m_contactTable->setFocus(Qt::OtherFocusReason);
    m_contactTable->setCurrentIndex(kind);
    m_contactTable->scrollTo(kind);
    m_contactTable->edit(kind);
}

void CaseEditorDialog::removeSelectedContacts()
{
    if (m_readOnly) {
        return;
    }
    QList<int> rows;
    for (const QModelIndex& index : m_contactTable->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    if (rows.isEmpty() && m_contactTable->currentIndex().isValid()) {
        rows.append(m_contactTable->currentIndex().row());
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows)) {
        m_contactModel->removeContact(row);
    }
    if (m_contactModel->rowCount() > 0) {
        const int next = std::min(rows.constLast(), m_contactModel->rowCount() - 1);
        m_contactTable->selectRow(next);
    }
    m_contactTable->setFocus(Qt::OtherFocusReason);
}

void CaseEditorDialog::commitOpenContactEditor()
{
    if (auto* delegate = dynamic_cast<ContactLogDelegate*>(m_contactTable->itemDelegate())) {
        delegate->commitOpenEditor();
    }
}

QList<FieldProblem> CaseEditorDialog::checkRecord(const CaseRecord& record) const
{
    QList<FieldProblem> problems = CaseRepository::validate(record, m_file.masterData());
    // Fields without an error label of their own are named in the general one.
    const QHash<QString, QString> unlabelled{
        {QStringLiteral("child_name"), tr("Child's name")},
        {QStringLiteral("consulter_name"), tr("Consulter's name")},
        {QStringLiteral("contact"), tr("Contact")},
        {QStringLiteral("note"), tr("Note")},
    };
    for (FieldProblem& problem : problems) {
        if (const auto label = unlabelled.constFind(problem.field); label != unlabelled.constEnd()) {
            problem.message = tr("%1: %2").arg(*label, problem.message);
        }
    }
    const auto hasProblem = [&problems](const QString& fieldCode) {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [&fieldCode](const FieldProblem& p) { return p.field == fieldCode; });
    };
    // Typed text that names no municipality: say that, not "required".
    if (m_municipalityCombo->hasUnresolvedText() && record.municipalityCode.isEmpty()) {
        for (FieldProblem& problem : problems) {
            if (problem.field == field::Municipality) {
                problem.message = tr("\"%1\" is not a municipality in the list")
                                      .arg(m_municipalityCombo->currentText().trimmed());
            }
        }
    }
    if (record.id == 0 && !record.caseNo.isEmpty() && !hasProblem(field::CaseNo)) {
        const auto existing = CaseRepository(m_file).idForCaseNo(record.caseNo);
        if (existing.ok() && existing.value()) {
            problems.append(
                {field::CaseNo, tr("case number %1 is already in use; leave it empty to number the case "
                                   "automatically")
                                    .arg(record.caseNo)});
        }
    }
    // A new status dated before a later recorded change would not be the current one.
    const QString chosen = m_statusCombo->currentData().toString();
    if (!chosen.isEmpty() && record.currentStatus() != chosen && !hasProblem(field::StatusSince)) {
        problems.append(
            {field::StatusSince, tr("a later change to \"%1\" is recorded on %2; choose a date after it")
                                     .arg(codes::statuses().label(record.currentStatus()),
                                          DisplaySettings::formatDate(record.currentStatusSince()))});
    }
    return problems;
}

QList<FieldProblem> CaseEditorDialog::checkContacts(const QList<ContactRecord>& contacts, int* firstRow,
                                                    QString* firstField) const
{
    QList<FieldProblem> problems;
    for (int row = 0; row < contacts.size(); ++row) {
        for (const FieldProblem& problem :
             ContactRepository::validate(contacts.at(row), QDate::currentDate(), m_receivedOnEdit->date())) {
            if (*firstRow < 0) {
                *firstRow = row;
                *firstField = problem.field;
            }
            problems.append({problem.field, tr("Contact %1: %2").arg(row + 1).arg(problem.message)});
        }
    }
    return problems;
}

void CaseEditorDialog::clearProblems()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

void CaseEditorDialog::showProblems(const QList<FieldProblem>& caseProblems,
                                    const QList<FieldProblem>& contactProblems)
{
    QHash<QString, QStringList> messages;
    for (const FieldProblem& problem : caseProblems) {
        const QString key = m_errorLabels.contains(problem.field) ? problem.field : field::General;
        messages[key].append(problem.message);
    }
    for (const FieldProblem& problem : contactProblems) {
        messages[field::ContactLog].append(problem.message);
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QStringList lines = messages.value(it.key());
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!lines.isEmpty());
    }
}

bool CaseEditorDialog::save()
{
    if (m_readOnly) {
        return false;
    }
    commitOpenContactEditor();
    CaseRecord record = collectRecord();
    QList<ContactRecord> contacts = m_contactModel->contacts();
    int firstContactRow = -1;
    QString firstContactField;
    const QList<FieldProblem> caseProblems = checkRecord(record);
    const QList<FieldProblem> contactProblems = checkContacts(contacts, &firstContactRow, &firstContactField);
    if (!caseProblems.isEmpty() || !contactProblems.isEmpty()) {
        m_checkLive = true;
        showProblems(caseProblems, contactProblems);
        focusFirstProblem(caseProblems, firstContactRow, firstContactField);
        return false;
    }
    m_checkLive = false;
    clearProblems();

    // The case and its log are stored together or not at all.
    storage::WriteTransaction transaction(m_file.database());
    Result<void> result = transaction.begin();
    if (result.ok()) {
        CaseRepository cases(m_file);
        if (record.id == 0) {
            QList<CaseRecord> batch{record};
            result = cases.insertInTransaction(batch);
            if (result.ok()) {
                record = batch.constFirst();
            }
        } else {
            result = cases.updateInTransaction(record);
        }
    }
    if (result.ok()) {
        result = ContactRepository(m_file).replaceInTransaction(record.id, contacts);
    }
    if (result.ok()) {
        result = transaction.commit();
    }
    if (!result.ok()) {
        transaction.rollback();
        MessageBox::critical(this, tr("Cannot save the case"), result.message());
        return false;
    }

    m_caseId = record.id;
    // Show what the file now holds (assigned number, normalised history, contact ids).
    auto stored = CaseRepository(m_file).load(m_caseId);
    auto storedContacts = ContactRepository(m_file).forCase(m_caseId);
    m_stored = stored.ok() ? std::move(stored).value() : record;
    m_stored.coordinatorSince.reset();
    if (auto coordinators = CaseRepository(m_file).coordinatorHistory(m_caseId); coordinators.ok()) {
        m_storedCoordinators = std::move(coordinators).value();
    }
    populate(m_stored, storedContacts.ok() ? storedContacts.value() : contacts);
    Q_EMIT caseSaved(m_caseId);
    return true;
}

void CaseEditorDialog::focusFirstProblem(const QList<FieldProblem>& caseProblems, int firstContactRow,
                                         const QString& firstContactField)
{
    for (const QString& fieldCode : FieldOrder) {
        const bool found = std::any_of(caseProblems.cbegin(), caseProblems.cend(),
                                       [&fieldCode](const FieldProblem& p) { return p.field == fieldCode; });
        if (found) {
            QWidget* widget = m_fieldWidgets.value(fieldCode);
            m_tabs->setCurrentIndex(0);
            if (auto* scroll = qobject_cast<QScrollArea*>(m_tabs->widget(0))) {
                scroll->ensureWidgetVisible(widget);
            }
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (firstContactRow >= 0) {
        m_tabs->setCurrentIndex(1);
        const auto column = ContactLogModel::columnForField(firstContactField);
        const QModelIndex index = m_contactModel->index(
            firstContactRow, column == ContactLogModel::Column::Count ? 0 : int(column));
        m_contactTable->setFocus(Qt::OtherFocusReason);
        m_contactTable->setCurrentIndex(index);
        m_contactTable->scrollTo(index);
        return;
    }
    if (!caseProblems.isEmpty()) {
        m_tabs->setCurrentIndex(0);
    }
}

void CaseEditorDialog::saveAndClose()
{
    if (m_readOnly) {
        return;
    }
    if (save()) {
        accept();
    }
}

void CaseEditorDialog::reject()
{
    commitOpenContactEditor();
    if (m_readOnly || !isModified()) {
        QDialog::reject();
        return;
    }
    const QString text =
        m_stored.id == 0 ? tr("The new case has not been saved. Save it before closing?")
                         : tr("Case %1 has unsaved changes. Save them before closing?").arg(m_stored.caseNo);
    const auto answer = MessageBox::question(this, tr("Unsaved changes"), text,
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        if (save()) {
            accept();
        }
        break;
    case QMessageBox::Discard:
        QDialog::reject();
        break;
    default:
        break;
    }
}

} // namespace tsunagu::ui
