// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoordinatorDialog.h"

#include "CoordinatorTableModel.h"
#include "codes/Codes.h"
#include "coordinators/CoordinatorRepository.h"
#include "storage/BranchFile.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

/// A spin box reads like the table: the translation of "Cohort %1" split
/// around its number into prefix and suffix ("Cohort 3", "3期").
void applyCohortFormat(QSpinBox* spinBox)
{
    const QString format = CoordinatorTableModel::trainingCohortFormat();
    const QLatin1StringView placeholder("%1");
    const qsizetype at = format.indexOf(placeholder);
    if (at < 0) {
        return;
    }
    spinBox->setPrefix(format.left(at));
    spinBox->setSuffix(format.mid(at + placeholder.size()));
}

} // namespace

CoordinatorDialog::CoordinatorDialog(BranchFile& file, qint64 coordinatorId, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
{
    setObjectName(QStringLiteral("coordinatorDialog"));
    m_coordinator.role = QString(codes::role::Coordinator);

    CoordinatorRepository repository(m_file);
    QString loadError;
    if (coordinatorId != 0) {
        auto loaded = repository.load(coordinatorId);
        if (loaded.ok()) {
            m_coordinator = std::move(loaded).value();
        } else {
            m_loaded = false;
            loadError = loaded.message();
        }
        if (const auto counts = repository.openCaseCounts(); counts.ok()) {
            m_openCases = counts->value(coordinatorId);
        }
    }
    if (const auto all = repository.all(); all.ok()) {
        for (const Coordinator& other : *all) {
            if (other.id != coordinatorId) {
                m_otherNames.append(other.name.trimmed());
            }
        }
    }

    buildForm();
    showCoordinator();
    // Connected after the form is filled: only the user's edits reveal problems.
    const auto edited = [this] {
        m_showProblem = true;
        updateState();
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_affiliation, &QLineEdit::textEdited, this, edited);
    connect(m_role, &QComboBox::activated, this, edited);
    connect(m_municipality, &QComboBox::activated, this, edited);
    connect(m_cohort, &QSpinBox::valueChanged, this, edited);
    connect(m_active, &QCheckBox::toggled, this, edited);
    if (!m_loaded) {
        m_error->setText(loadError);
        m_error->show();
    }

    if (coordinatorId == 0) {
        setWindowTitle(tr("New coordinator"));
    } else {
        setWindowTitle(tr("Coordinator %1").arg(m_coordinator.name));
    }
    updateState();
}

CoordinatorDialog::~CoordinatorDialog() = default;

void CoordinatorDialog::buildForm()
{
    const bool editable = m_loaded && !m_file.isReadOnly();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_name->setReadOnly(!editable);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (const CodeItem& item : codes::coordinatorRoles().items()) {
        m_role->addItem(item.label(), item.code);
    }

    m_affiliation = new QLineEdit(this);
    m_affiliation->setObjectName(QStringLiteral("affiliationLineEdit"));
    m_affiliation->setPlaceholderText(tr("e.g. the consultation support office they work at"));
    m_affiliation->setReadOnly(!editable);

    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(QStringLiteral("municipalityComboBox"));
    m_municipality->setToolTip(tr("The municipality the coordinator is placed in"));
    fillMunicipalities();

    m_cohort = new QSpinBox(this);
    m_cohort->setObjectName(QStringLiteral("trainingCohortSpinBox"));
    m_cohort->setRange(0, 99);
    // 0 stands for "not known"; the spin box shows it as words, not as "Cohort 0".
    m_cohort->setSpecialValueText(tr("Not known"));
    applyCohortFormat(m_cohort);
    m_cohort->setToolTip(tr("The cohort of the coordinator training they completed"));
    m_cohort->setReadOnly(!editable);

    m_active = new QCheckBox(tr("&Active: still works with the branch"), this);
    m_active->setObjectName(QStringLiteral("activeCheckBox"));

    m_role->setEnabled(editable);
    m_municipality->setEnabled(editable);
    m_active->setEnabled(editable);

    m_openCasesHint = new QLabel(this);
    m_openCasesHint->setObjectName(QStringLiteral("openCasesHintLabel"));
    m_openCasesHint->setWordWrap(true);
    m_openCasesHint->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("A&ffiliation:"), m_affiliation);
    form->addRow(tr("&Municipality:"), m_municipality);
    form->addRow(tr("Training &cohort:"), m_cohort);
    form->addRow(QString(), m_active);

    if (editable) {
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        m_save = m_buttons->button(QDialogButtonBox::Save);
        m_save->setObjectName(QStringLiteral("saveButton"));
        m_save->setDefault(true);
        m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    } else {
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    }
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CoordinatorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CoordinatorDialog::reject);
    if (editable) {
        auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
        connect(saveShortcut, &QShortcut::activated, this, &CoordinatorDialog::accept);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_file.isReadOnly()) {
        auto* readOnly =
            new QLabel(tr("The branch file is read-only: the coordinator cannot be changed."), this);
        readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }
    layout->addWidget(m_openCasesHint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void CoordinatorDialog::fillMunicipalities()
{
    const MasterData& master = m_file.masterData();
    m_municipality->addItem(tr("(none)"), QString());
    // The branch's own region first: most of its coordinators are placed there.
    const QString ownRegion = m_file.info().regionCode;
    const auto addMunicipality = [this](const Municipality& municipality) {
        m_municipality->addItem(municipality.name(), municipality.code);
    };
    const QList<const Municipality*> own = master.municipalitiesIn(ownRegion);
    for (const Municipality* municipality : own) {
        addMunicipality(*municipality);
    }
    if (!own.isEmpty()) {
        m_municipality->insertSeparator(m_municipality->count());
    }
    for (const Municipality& municipality : master.municipalities()) {
        // A coordinator is placed in a real municipality; 県外 and 不明 are for
        // cases. They stay selectable only if a stored coordinator has one.
        const bool pseudo = municipality.kind == Municipality::Kind::Outside ||
                            municipality.kind == Municipality::Kind::Unknown;
        if (municipality.regionCode == ownRegion ||
            (pseudo && municipality.code != m_coordinator.municipalityCode)) {
            continue;
        }
        addMunicipality(municipality);
    }
}

void CoordinatorDialog::showCoordinator()
{
    m_name->setText(m_coordinator.name);
    m_role->setCurrentIndex(std::max(0, m_role->findData(m_coordinator.role)));
    m_affiliation->setText(m_coordinator.affiliation);
    int municipality = m_municipality->findData(m_coordinator.municipalityCode);
    if (municipality < 0) {
        // Not in the master data (any more): keep it visible rather than drop it silently.
        m_municipality->addItem(m_coordinator.municipalityCode, m_coordinator.municipalityCode);
        municipality = m_municipality->count() - 1;
    }
    m_municipality->setCurrentIndex(municipality);
    m_cohort->setValue(m_coordinator.trainingCohort.value_or(0));
    m_active->setChecked(m_coordinator.active);
    m_name->setFocus();
}

Coordinator CoordinatorDialog::enteredCoordinator() const
{
    Coordinator c = m_coordinator;
    c.name = m_name->text().trimmed();
    c.role = m_role->currentData().toString();
    c.affiliation = m_affiliation->text().trimmed();
    c.municipalityCode = m_municipality->currentData().toString();
    c.trainingCohort = m_cohort->value() > 0 ? std::optional<int>(m_cohort->value()) : std::nullopt;
    c.active = m_active->isChecked();
    return c;
}

QString CoordinatorDialog::problem() const
{
    const Coordinator c = enteredCoordinator();
    if (QString problem = CoordinatorRepository(m_file).validate(c); !problem.isEmpty()) {
        return problem;
    }
    // Imports and the case editor find coordinators by name: two with one
    // name could not be told apart.
    if (m_otherNames.contains(c.name)) {
        return tr("Another coordinator is already called %1. Add something that tells them apart.")
            .arg(c.name);
    }
    return {};
}

void CoordinatorDialog::updateState()
{
    if (!m_loaded) {
        if (m_save) {
            m_save->setEnabled(false);
        }
        return;
    }
    const QString text = problem();
    if (m_save) {
        m_save->setEnabled(text.isEmpty());
    }
    m_error->setText(text);
    m_error->setVisible(m_showProblem && !text.isEmpty());

    const bool handOn = !m_active->isChecked() && m_openCases > 0;
    if (handOn) {
        m_openCasesHint->setText(
            tr("%n open case(s) are still assigned to this coordinator. Remember to hand them on.", nullptr,
               static_cast<int>(m_openCases)));
    }
    m_openCasesHint->setVisible(handOn);
}

bool CoordinatorDialog::save()
{
    if (!m_loaded) {
        return false;
    }
    m_showProblem = true;
    updateState();
    if (!m_error->text().isEmpty()) {
        m_name->setFocus();
        return false;
    }
    Coordinator c = enteredCoordinator();
    CoordinatorRepository repository(m_file);
    if (c.id == 0) {
        if (const auto added = repository.add(c); !added.ok()) {
            MessageBox::critical(this, tr("Cannot save the coordinator"), added.message());
            return false;
        }
    } else if (const auto updated = repository.update(c); !updated.ok()) {
        MessageBox::critical(this, tr("Cannot save the coordinator"), updated.message());
        return false;
    }
    m_coordinator = c;
    return true;
}

void CoordinatorDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace tsunagu::ui
