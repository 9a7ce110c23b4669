// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseListView.h"

#include "calendar/FiscalYear.h"
#include "calendar/JapaneseCalendar.h"
#include "cases/CaseTableModel.h"
#include "codes/Codes.h"
#include "common/BusyOverlay.h"
#include "common/DisplaySettings.h"
#include "coordinators/CoordinatorRepository.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

const QString HeaderStateKey = QStringLiteral("caseList/headerState");

QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    // Narrow by default so that the filter bar fits a 1280-pixel screen; the
    // drop-down list is widened to its items in fitPopup().
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    return combo;
}

void fitPopup(QComboBox* combo)
{
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 32);
}

/// Selects the item whose data is \a value, or the first ("all") one.
void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

CaseListView::CaseListView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CaseTableModel(this))
{
    setObjectName(QStringLiteral("caseListView"));
    m_fiscalYear = makeCombo(this, QStringLiteral("fiscalYearComboBox"), tr("Fiscal year"));
    m_month = makeCombo(this, QStringLiteral("monthComboBox"), tr("Month"));
    m_region = makeCombo(this, QStringLiteral("regionComboBox"), tr("Region"));
    m_municipality = makeCombo(this, QStringLiteral("municipalityFilterComboBox"), tr("Municipality"));
    m_status = makeCombo(this, QStringLiteral("statusFilterComboBox"), tr("Status"));
    m_topic = makeCombo(this, QStringLiteral("topicFilterComboBox"), tr("Topic"));
    m_topic->setMinimumContentsLength(10);
    m_coordinator = makeCombo(this, QStringLiteral("coordinatorFilterComboBox"), tr("Coordinator"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search case no., names, notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->installEventFilter(this);
    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setToolTip(tr("Cases: those received in the chosen period that match the filter.\n"
                           "Contacts in the period: the contact-log entries dated in it, of the cases that "
                           "match the other criteria, whenever received; the dashboard and the reports count "
                           "the same."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(static_cast<int>(CaseListColumn::ReceivedOn), Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->installEventFilter(this);
    fitColumns();
    if (const QByteArray state = QSettings().value(HeaderStateKey).toByteArray(); !state.isEmpty()) {
        m_table->horizontalHeader()->restoreState(state);
    }

    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    for (QWidget* w : std::initializer_list<QWidget*>{m_fiscalYear, m_month, m_region, m_municipality,
                                                      m_status, m_topic, m_coordinator}) {
        filters->addWidget(w);
    }
    filters->addWidget(m_search, 1);
    filters->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_busy = new BusyOverlay(m_table);
    m_busy->setObjectName(QStringLiteral("caseListBusyOverlay"));
    connect(m_busy, &BusyOverlay::cancelRequested, m_model, &CaseTableModel::cancelLoading);
    connect(m_model, &CaseTableModel::loadingChanged, this, &CaseListView::showLoading);
    connect(m_model, &CaseTableModel::loadCancelled, this, &CaseListView::showModelState);
    connect(m_model, &CaseTableModel::contactCountChanged, this, &CaseListView::updateCount);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &CaseListView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_fiscalYear, m_month, m_municipality, m_status, m_topic, m_coordinator}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingChoices) {
                applyFilter();
            }
        });
    }
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingChoices) {
            rebuildMunicipalities();
            applyFilter();
        }
    });
    connect(m_clear, &QPushButton::clicked, this, &CaseListView::clearFilters);
    connect(m_model, &CaseTableModel::countChanged, this, &CaseListView::updateCount);
    connect(m_model, &CaseTableModel::countChanged, this, [this] {
        // A refresh read in the background is shown: select the case again.
        if (m_reselect && !m_model->isLoading()) {
            selectCase(std::exchange(m_reselect, 0));
        }
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->caseIdAt(index.row())) {
            Q_EMIT caseActivated(id);
        }
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { Q_EMIT currentCaseChanged(m_model->caseIdAt(current.row())); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &CaseListView::saveHeaderState);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CaseListView::saveHeaderState);

    rebuildChoices();
    updateCount();
}

CaseListView::~CaseListView() = default;

void CaseListView::saveHeaderState() const
{
    QSettings().setValue(HeaderStateKey, m_table->horizontalHeader()->saveState());
}

void CaseListView::fitColumns()
{
    // Each column as wide as its header and its widest possible value in the
    // current language; the topics take what is left.
    const QFontMetrics text = m_table->fontMetrics();
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const auto widest = [&](const QStringList& samples) {
        int width = 0;
        for (const QString& sample : samples) {
            width = std::max(width, text.horizontalAdvance(sample));
        }
        return width;
    };
    const auto labels = [](const CodeList& list) {
        QStringList result;
        for (const CodeItem& item : list.items()) {
            result.append(item.label());
        }
        return result;
    };
    const MasterData& master = m_file ? m_file->masterData() : MasterData::kanagawa();
    QStringList municipalities;
    for (const Municipality& m : master.municipalities()) {
        municipalities.append(m.name());
    }
    QStringList regions;
    for (const Region& r : master.regions()) {
        regions.append(r.name());
    }
    const QList<std::pair<CaseListColumn, QStringList>> samples{
        {CaseListColumn::CaseNo, {QStringLiteral("2024-00000")}},
        {CaseListColumn::ReceivedOn, {DisplaySettings::formatShortDate(QDate(2024, 12, 28))}},
        {CaseListColumn::Municipality, municipalities},
        {CaseListColumn::Region, regions},
        {CaseListColumn::Method, labels(codes::methods())},
        {CaseListColumn::Consulter, labels(codes::consulters())},
        {CaseListColumn::Status, labels(codes::statuses())},
        {CaseListColumn::Coordinator, {QStringLiteral("長谷川 さくら")}},
        {CaseListColumn::DaysSinceContact, {tr("%n day(s)", nullptr, 999)}},
    };
    // No column but the topics wider than nine full-width characters: a long
    // English name is elided and shown whole in its tooltip.
    const int maxWidth = text.horizontalAdvance(QString(9, QChar(0x3042))) + 16;
    for (const auto& [column, values] : samples) {
        const int section = static_cast<int>(column);
        const int headerWidth =
            header.horizontalAdvance(m_model->headerData(section, Qt::Horizontal).toString()) +
            28; // sort arrow
        m_table->setColumnWidth(section, std::min(maxWidth, std::max(headerWidth, widest(values) + 16)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(CaseListColumn::Topics),
                                                      QHeaderView::Stretch);
}

void CaseListView::setBranchFile(BranchFile* file)
{
    m_file = file;
    m_updatingChoices = true;
    m_search->clear();
    m_updatingChoices = false;
    rebuildChoices();
    m_model->setBranchFile(nullptr);
    m_model->setFilter(CaseFilter{});
    m_model->setBranchFile(file);
    setEnabled(file != nullptr);
    if (file) {
        fitColumns();
    }
}

void CaseListView::rebuildChoices()
{
    m_updatingChoices = true;
    const QVariant fiscalYear = m_fiscalYear->currentData();
    const QVariant month = m_month->currentData();
    const QVariant region = m_region->currentData();
    const QVariant status = m_status->currentData();
    const QVariant topic = m_topic->currentData();
    const QVariant coordinator = m_coordinator->currentData();
    const Language language = displayLanguage();

    m_fiscalYear->clear();
    m_fiscalYear->addItem(tr("All years"));
    if (m_file) {
        const auto range = statistics::StatisticsEngine(*m_file).receivedRange();
        if (range.ok() && range->has_value()) {
            const int first = calendar::FiscalYear::containing((*range)->from).startYear();
            const int last = std::max(calendar::FiscalYear::containing((*range)->to).startYear(),
                                      calendar::FiscalYear::containing(QDate::currentDate()).startYear());
            for (int year = last; year >= first; --year) {
                m_fiscalYear->addItem(calendar::JapaneseCalendar::instance().formatFiscalYear(year, language),
                                      year);
            }
        }
    }
    m_month->clear();
    m_month->addItem(tr("All months"));
    const QLocale monthLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English);
    for (int i = 0; i < 12; ++i) {
        const int monthNumber = (calendar::FiscalYear::FirstMonth - 1 + i) % 12 + 1;
        m_month->addItem(monthLocale.monthName(monthNumber, QLocale::LongFormat), monthNumber);
    }
    m_region->clear();
    m_region->addItem(tr("All regions"));
    if (m_file) {
        for (const Region& r : m_file->masterData().regions()) {
            m_region->addItem(r.name(language), r.code);
        }
    }
    m_status->clear();
    m_status->addItem(tr("All statuses"));
    for (const CodeItem& item : codes::statuses().items()) {
        m_status->addItem(item.label(language), item.code);
    }
    m_topic->clear();
    m_topic->addItem(tr("All topics"));
    for (const CodeItem& item : codes::topics().items()) {
        m_topic->addItem(item.label(language), item.code);
        m_topic->setItemData(m_topic->count() - 1, item.label(language), Qt::ToolTipRole);
    }
    m_coordinator->clear();
    m_coordinator->addItem(tr("All coordinators"));
    if (m_file) {
        m_coordinator->addItem(tr("(Nobody in charge)"), qint64(0));
        if (const auto all = CoordinatorRepository(*m_file).all(); all.ok()) {
            for (const Coordinator& c : all.value()) {
                m_coordinator->addItem(c.active ? c.name : tr("%1 (inactive)").arg(c.name), c.id);
            }
        }
    }
    for (QComboBox* combo : {m_fiscalYear, m_month, m_region, m_status, m_topic, m_coordinator}) {
        fitPopup(combo);
    }
    selectData(m_fiscalYear, fiscalYear);
    selectData(m_month, month);
    selectData(m_region, region);
    selectData(m_status, status);
    selectData(m_topic, topic);
    selectData(m_coordinator, coordinator);
    rebuildMunicipalities();
    m_updatingChoices = false;
}

void CaseListView::rebuildMunicipalities()
{
    const bool wasUpdating = m_updatingChoices;
    m_updatingChoices = true;
    const QVariant current = m_municipality->currentData();
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"));
    if (m_file) {
        const QString region = m_region->currentData().toString();
        for (const Municipality& m : m_file->masterData().municipalities()) {
            if (region.isEmpty() || m.regionCode == region) {
                m_municipality->addItem(m.name(), m.code);
            }
        }
    }
    fitPopup(m_municipality);
    selectData(m_municipality, current);
    m_updatingChoices = wasUpdating;
}

CaseFilter CaseListView::currentFilter() const
{
    CaseFilter filter;
    if (m_fiscalYear->currentData().isValid()) {
        filter.fiscalYear = m_fiscalYear->currentData().toInt();
    }
    if (m_month->currentData().isValid()) {
        filter.month = m_month->currentData().toInt();
    }
    filter.regionCode = m_region->currentData().toString();
    filter.municipalityCode = m_municipality->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.topic = m_topic->currentData().toString();
    if (m_coordinator->currentData().isValid()) {
        filter.coordinatorId = m_coordinator->currentData().toLongLong();
    }
    filter.text = m_search->text();
    return filter;
}

void CaseListView::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
}

void CaseListView::updateCount()
{
    if (!m_file) {
        m_count->setText(tr("No branch file is open."));
        return;
    }
    // The contacts of a million cases take a second to count: the cases
    // are shown first and the contacts when counted. With a period they are
    // the contacts dated in it (延べ件数（期間内の対応）), the figure of the
    // dashboard and the reports; the label says which.
    const qint64 contacts = m_model->contactCount();
    const CaseFilter& shown = m_model->filter();
    const int n = static_cast<int>(contacts);
    showCount(contacts < 0                        ? tr(" · counting contacts…")
              : (shown.fiscalYear || shown.month) ? tr(" · %Ln contact(s) in the period", nullptr, n)
                                                  : tr(" · %Ln contact(s) of all dates", nullptr, n));
}

void CaseListView::showLoading(bool loading)
{
    if (!loading) {
        m_busy->stop();
        return;
    }
    const CaseFilter& shown = m_model->filter();
    const CaseFilter wanted = currentFilter();
    const QHeaderView* header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() != static_cast<int>(m_model->sortColumn()) ||
        header->sortIndicatorOrder() != m_model->sortOrder()) {
        m_busy->start(tr("Sorting cases…"));
    } else if (wanted.text != shown.text && !wanted.text.trimmed().isEmpty()) {
        m_busy->start(tr("Searching cases…"));
    } else {
        m_busy->start(tr("Reading cases…"));
    }
}

void CaseListView::showModelState()
{
    // After a cancel: the controls say what the list shows, and the case to
    // select after a refresh is forgotten with the refresh.
    m_reselect = 0;
    const CaseFilter& f = m_model->filter();
    m_updatingChoices = true;
    selectData(m_fiscalYear, f.fiscalYear ? QVariant(*f.fiscalYear) : QVariant());
    selectData(m_month, f.month ? QVariant(*f.month) : QVariant());
    selectData(m_region, f.regionCode.isEmpty() ? QVariant() : QVariant(f.regionCode));
    rebuildMunicipalities();
    m_updatingChoices = true;
    selectData(m_municipality, f.municipalityCode.isEmpty() ? QVariant() : QVariant(f.municipalityCode));
    selectData(m_status, f.status.isEmpty() ? QVariant() : QVariant(f.status));
    selectData(m_topic, f.topic.isEmpty() ? QVariant() : QVariant(f.topic));
    selectData(m_coordinator, f.coordinatorId ? QVariant(*f.coordinatorId) : QVariant());
    m_search->setText(f.text);
    m_searchDelay->stop();
    m_updatingChoices = false;
    // Setting the indicator asks the model to sort, which it already does.
    m_table->horizontalHeader()->setSortIndicator(static_cast<int>(m_model->sortColumn()),
                                                  m_model->sortOrder());
    updateCount();
}

void CaseListView::showCount(const QString& contacts)
{
    QString text = tr("%Ln case(s)", nullptr, static_cast<int>(m_model->rowCount()));
    text += contacts;
    if (!currentFilter().isEmpty()) {
        text += tr(" (filtered)");
    }
    if (!m_model->lastError().isEmpty()) {
        text += QStringLiteral(" — ") + m_model->lastError();
    }
    m_count->setText(text);
}

void CaseListView::refresh()
{
    const qint64 current = currentCaseId();
    rebuildChoices();
    m_model->refresh();
    if (m_model->isLoading()) {
        m_reselect = current; // when the cases read in the background are shown
    } else if (current) {
        selectCase(current);
    }
}

qint64 CaseListView::currentCaseId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->caseIdAt(current.row()) : 0;
}

void CaseListView::selectCase(qint64 caseId)
{
    int row = m_model->loadedRowOf(caseId);
    if (row < 0 && m_model->rowCount() > 0) {
        // Load the first page and look again; cases just added sort to the top.
        m_model->caseIdAt(0);
        row = m_model->loadedRowOf(caseId);
    }
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void CaseListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListView::clearFilters()
{
    m_updatingChoices = true;
    for (QComboBox* combo : {m_fiscalYear, m_month, m_region, m_status, m_topic, m_coordinator}) {
        combo->setCurrentIndex(0);
    }
    rebuildMunicipalities();
    m_municipality->setCurrentIndex(0);
    m_search->clear();
    m_updatingChoices = false;
    applyFilter();
}

void CaseListView::showCoordinator(qint64 coordinatorId)
{
    clearFilters();
    selectData(m_coordinator, coordinatorId);
    applyFilter();
}

bool CaseListView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search &&
            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            // From the search field straight into the results.
            applyFilter();
            m_table->setFocus(Qt::OtherFocusReason);
            if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid()) {
                m_table->setCurrentIndex(m_model->index(0, 0));
            }
            return true;
        }
        if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_table->currentIndex().isValid()) {
            if (const qint64 id = m_model->caseIdAt(m_table->currentIndex().row())) {
                Q_EMIT caseActivated(id);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tsunagu::ui
