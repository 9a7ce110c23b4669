// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "ReportTableModel.h"
#include "calendar/FiscalYear.h"
#include "calendar/JapaneseCalendar.h"
#include "charts/Charts.h"
#include "common/BackgroundTask.h"
#include "common/BusyOverlay.h"
#include "common/DisplaySettings.h"
#include "common/ReportSource.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace tsunagu::ui {

using statistics::ReportData;
using statistics::ReportTable;

namespace {

/// Card ids: the report table each card shows, and its widgets' name prefix.
const QString CasesCard = QStringLiteral("cases");
const QString RegionCard = QStringLiteral("region");
const QString MethodCard = QStringLiteral("method");
const QString ConsulterCard = QStringLiteral("consulter");
const QString TopicCard = QStringLiteral("topic");
const QString StatusCard = QStringLiteral("status");
const QString TrendCard = QStringLiteral("trend");
const QString WorkloadCard = QStringLiteral("workload");

/// From this width of the card area on, cards are shown in pairs.
constexpr int TwoColumnWidth = 1100;
/// A card this wide shows its table beside the chart (a table of four
/// counts beside a readable chart needs about as much); a narrower one
/// shows it below.
constexpr int SideBySideWidth = 900;

/// Delay before period changes typed into a date field are counted, so that
/// typing a date does not count every digit.
constexpr int TypingDelayMs = 600;

QString monthName(QDate month, Language language)
{
    return QLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English)
        .monthName(month.month(), QLocale::LongFormat);
}

QString yearMonthText(QDate month, Language language)
{
    if (DisplaySettings::dateStyle() == DisplaySettings::DateStyle::Iso) {
        return month.toString(QStringLiteral("yyyy-MM"));
    }
    return calendar::JapaneseCalendar::instance().formatYearMonth(month, language);
}

/// The report data of \a choice, the way the printed reports count it. On
/// the worker thread.
Result<ReportData> computeData(const statistics::StatisticsEngine& engine, const BranchInfo& branch,
                               const DashboardView::PeriodChoice& choice)
{
    switch (choice.kind) {
    case DashboardView::PeriodChoice::Kind::Month:
        return ReportData::monthly(engine, branch, choice.from);
    case DashboardView::PeriodChoice::Kind::FiscalYear:
        return ReportData::annual(engine, branch, calendar::FiscalYear::containing(choice.from).startYear());
    case DashboardView::PeriodChoice::Kind::Range:
        break;
    }
    return ReportData::range(engine, branch, choice.period());
}

/// Selects the item whose data is \a value; false if there is none.
bool selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
    return index >= 0;
}

} // namespace

/// One card: a heading with its buttons, then a chart with the same numbers
/// as a table beside it, or below it when the card is narrow.
class DashboardCard : public QFrame
{
public:
    DashboardCard(const QString& id, bool wide, QWidget* parent)
        : QFrame(parent)
        , m_id(id)
        , m_wide(wide)
    {
        setObjectName(id + QStringLiteral("Card"));
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        QPalette pal = palette();
        pal.setColor(QPalette::Window, pal.color(QPalette::Base));
        setPalette(pal);

        m_title = new QLabel(this);
        m_title->setObjectName(id + QStringLiteral("TitleLabel"));
        m_title->setTextFormat(Qt::PlainText);
        QFont titleFont = m_title->font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
        m_title->setFont(titleFont);

        m_copy = new QPushButton(DashboardView::tr("Copy"), this);
        m_copy->setObjectName(id + QStringLiteral("CopyButton"));
        m_copy->setToolTip(DashboardView::tr("Copy the table, to paste into Excel"));
        QObject::connect(m_copy, &QPushButton::clicked, this, [this] { copyTable(); });

        m_model = new ReportTableModel(this);
        m_model->setObjectName(id + QStringLiteral("TableModel"));
        m_table = new QTableView(this);
        m_table->setObjectName(id + QStringLiteral("TableView"));
        m_table->setModel(m_model);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setWordWrap(false);
        m_table->setTextElideMode(Qt::ElideRight);
        m_table->setAlternatingRowColors(true);
        m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_table->verticalHeader()->hide();
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
        m_table->horizontalHeader()->setHighlightSections(false);

        m_header = new QHBoxLayout;
        m_header->addWidget(m_title, 1);
        m_header->addWidget(m_copy);
        m_body = new QBoxLayout(QBoxLayout::LeftToRight);
        m_body->setSpacing(12);
        m_body->addWidget(m_table, 2, Qt::AlignTop);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(10, 8, 10, 10);
        layout->addLayout(m_header);
        layout->addLayout(m_body);
        layout->addStretch(1);
    }

    const QString& id() const { return m_id; }
    /// Whether the card takes the whole width when cards are shown in pairs.
    bool isWide() const { return m_wide; }
    ReportTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    /// A button left of Copy (e.g. "Back to regions").
    void addHeaderButton(QPushButton* button) { m_header->insertWidget(m_header->count() - 1, button); }

    void setTitle(const QString& title) { m_title->setText(title); }

    /// Replaces the chart with \a view (from charts::chartView(), or a label
    /// saying there is nothing to draw), \a height pixels high.
    void setChartView(QWidget* view, int height)
    {
        delete m_chart;
        m_chart = view;
        if (m_chart->objectName().isEmpty()) {
            m_chart->setObjectName(m_id + QStringLiteral("ChartView"));
        }
        m_chart->setAccessibleName(m_title->text());
        m_chart->setFixedHeight(height);
        m_body->insertWidget(0, m_chart, m_stacked ? 0 : 3);
        updateTableHeight();
    }

    void setTable(const ReportTable& table)
    {
        m_model->setTable(table);
        QHeaderView* header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        if (m_model->columnCount() > 0) {
            header->setSectionResizeMode(0, QHeaderView::Stretch);
        }
        updateTableHeight();
    }

    /// Puts the table below the chart (a narrow card) or beside it.
    void setStacked(bool stacked)
    {
        if (stacked == m_stacked) {
            return;
        }
        m_stacked = stacked;
        m_body->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
        if (m_chart) {
            m_body->setStretchFactor(m_chart, stacked ? 0 : 3);
        }
        m_body->setStretchFactor(m_table, stacked ? 0 : 2);
        updateTableHeight();
    }

    void copyTable()
    {
        QGuiApplication::clipboard()->setText(m_model->table().toTsv());
        // Say it worked where the user looks, then go back to the button's name.
        m_copy->setText(DashboardView::tr("Copied"));
        QTimer::singleShot(1500, m_copy, [button = m_copy] { button->setText(DashboardView::tr("Copy")); });
    }

private:
    /// Beside the chart the table is as high as the chart; below it, as high
    /// as its rows (at most ten, then it scrolls).
    void updateTableHeight()
    {
        const int chartHeight = m_chart ? m_chart->height() : 0;
        if (!m_stacked && chartHeight > 0) {
            m_table->setFixedHeight(chartHeight);
            return;
        }
        const int rows = std::min(m_model->rowCount(), 10);
        const int frame = m_table->frameWidth() * 2;
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                                rows * m_table->verticalHeader()->defaultSectionSize() + frame);
    }

    QString m_id;
    bool m_wide = false;
    bool m_stacked = false;
    QLabel* m_title = nullptr;
    QPushButton* m_copy = nullptr;
    QHBoxLayout* m_header = nullptr;
    QBoxLayout* m_body = nullptr;
    QWidget* m_chart = nullptr;
    QTableView* m_table = nullptr;
    ReportTableModel* m_model = nullptr;
};

DashboardView::PeriodChoice DashboardView::PeriodChoice::month(QDate anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    return PeriodChoice{Kind::Month, first, first.addMonths(1).addDays(-1)};
}

DashboardView::PeriodChoice DashboardView::PeriodChoice::fiscalYear(int startYear)
{
    const calendar::FiscalYear year(startYear);
    return PeriodChoice{Kind::FiscalYear, year.firstDay(), year.lastDay()};
}

DashboardView::PeriodChoice DashboardView::PeriodChoice::range(QDate from, QDate to)
{
    return PeriodChoice{Kind::Range, from, to};
}

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardView"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKindComboBox"));
    m_kind->setAccessibleName(tr("Period"));
    m_kind->addItem(tr("Month"), static_cast<int>(PeriodChoice::Kind::Month));
    m_kind->addItem(tr("Fiscal year"), static_cast<int>(PeriodChoice::Kind::FiscalYear));
    m_kind->addItem(tr("Custom range"), static_cast<int>(PeriodChoice::Kind::Range));
    m_kind->setCurrentIndex(1);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthComboBox"));
    m_month->setAccessibleName(tr("Month"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fiscalYear = new QComboBox(this);
    m_fiscalYear->setObjectName(QStringLiteral("fiscalYearComboBox"));
    m_fiscalYear->setAccessibleName(tr("Fiscal year"));
    m_fiscalYear->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto makeDateEdit = [this](const QString& name, const QString& accessibleName) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    const calendar::FiscalYear thisYear = calendar::FiscalYear::containing(QDate::currentDate());
    m_from = makeDateEdit(QStringLiteral("fromDateEdit"), tr("From"));
    m_from->setDate(thisYear.firstDay());
    m_to = makeDateEdit(QStringLiteral("toDateEdit"), tr("To"));
    m_to->setDate(QDate::currentDate());
    m_rangeDash = new QLabel(QStringLiteral("–"), this);
    m_previous = new QPushButton(QStringLiteral("◀"), this);
    m_previous->setObjectName(QStringLiteral("previousPeriodButton"));
    m_previous->setToolTip(tr("Previous period"));
    m_previous->setAccessibleName(tr("Previous period"));
    m_next = new QPushButton(QStringLiteral("▶"), this);
    m_next->setObjectName(QStringLiteral("nextPeriodButton"));
    m_next->setToolTip(tr("Next period"));
    m_next->setAccessibleName(tr("Next period"));
    for (QPushButton* button : {m_previous, m_next}) {
        button->setFixedWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("◀")) + 24);
    }
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_periodLabel->setTextFormat(Qt::PlainText);

    // Below the period selector: what the busy overlay veils while counting.
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Instead of the cards: why there are none, and a button to count again.
    m_messagePanel = new QWidget(m_content);
    m_messagePanel->setObjectName(QStringLiteral("messagePanel"));
    m_message = new QLabel(m_messagePanel);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_retry = new QPushButton(tr("Count again"), m_messagePanel);
    m_retry->setObjectName(QStringLiteral("countAgainButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &DashboardView::refresh);
    auto* messageLayout = new QVBoxLayout(m_messagePanel);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);
    m_messagePanel->hide();

    m_cardArea = new QWidget;
    m_cardArea->setObjectName(QStringLiteral("dashboardCardArea"));
    m_grid = new QGridLayout(m_cardArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    m_scroll = new QScrollArea(m_content);
    m_scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_cardArea);

    auto* selector = new QHBoxLayout;
    selector->setSpacing(6);
    auto* periodCaption = new QLabel(tr("Period:"), this);
    periodCaption->setBuddy(m_kind);
    selector->addWidget(periodCaption);
    selector->addWidget(m_kind);
    selector->addWidget(m_previous);
    selector->addWidget(m_month);
    selector->addWidget(m_fiscalYear);
    selector->addWidget(m_from);
    selector->addWidget(m_rangeDash);
    selector->addWidget(m_to);
    selector->addWidget(m_next);
    selector->addSpacing(12);
    selector->addWidget(m_periodLabel, 1);

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_summary);
    content->addWidget(m_messagePanel, 1);
    content->addWidget(m_scroll, 1);
    m_busy = new BusyOverlay(m_content);
    connect(m_busy, &BusyOverlay::cancelRequested, this, &DashboardView::cancelRefresh);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(selector);
    layout->addWidget(m_content, 1);

    m_task = std::make_unique<BackgroundTask>(this);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateSelectorVisibility();
        periodControlsChanged(0);
    });
    for (QComboBox* combo : {m_month, m_fiscalYear}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateSelectorVisibility();
            periodControlsChanged(0);
        });
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] { periodControlsChanged(TypingDelayMs); });
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_refreshTimer->isActive()) {
                scheduleRefresh(0);
            }
        });
    }
    connect(m_previous, &QPushButton::clicked, this, [this] { stepPeriod(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { stepPeriod(+1); });

    createCards();
    rebuildChoices();
    updateSelectorVisibility();
    setBranchFile(nullptr);
}

// The task goes first and drops its run: the worker, which owns copies of
// what it reads, finishes on its own and its result is discarded.
DashboardView::~DashboardView() = default;

void DashboardView::createCards()
{
    // In pairs: the period's cases and their status; the regions; how and
    // who; the topics; the months and who holds the open cases.
    const QList<std::pair<QString, bool>> cards{
        {CasesCard, false},     {StatusCard, false}, {RegionCard, true}, {MethodCard, false},
        {ConsulterCard, false}, {TopicCard, true},   {TrendCard, false}, {WorkloadCard, false},
    };
    for (const auto& [id, wide] : cards) {
        m_cards.append(new DashboardCard(id, wide, m_cardArea));
    }
    auto* back = new QPushButton(tr("Back to regions"), this);
    back->setObjectName(QStringLiteral("backToRegionsButton"));
    back->hide();
    card(RegionCard)->addHeaderButton(back);
    connect(back, &QPushButton::clicked, this, &DashboardView::showRegions);
    arrangeCards();
}

int DashboardView::chartHeight(qsizetype bars) const
{
    // Bars about one and a half lines apart, whatever the font size.
    const int line = fontMetrics().height();
    return std::max(line * 14, static_cast<int>(bars) * line * 3 / 2 + line * 4);
}

DashboardCard* DashboardView::card(const QString& id) const
{
    for (DashboardCard* c : m_cards) {
        if (c->id() == id) {
            return c;
        }
    }
    return nullptr;
}

ReportTable DashboardView::table(const QString& id) const
{
    for (const ReportTable& t : m_tables) {
        if (t.id == id) {
            return t;
        }
    }
    return {};
}

void DashboardView::setBranchFile(BranchFile* file)
{
    // A count of the previous file is of no use any more.
    m_task->cancel();
    setBusy(false);
    m_file = file;
    m_firstFiscalYear = 0;
    m_lastFiscalYear = 0;
    m_hasData = false;
    m_data = ReportData{};
    m_tables.clear();
    m_error.clear();
    m_drilledRegion.clear();
    rebuildChoices();
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_month, m_fiscalYear, m_from, m_to}) {
        w->setEnabled(file != nullptr);
    }
    updateSelectorVisibility();
    if (!file) {
        m_refreshTimer->stop();
        m_periodLabel->clear();
        m_summary->clear();
        showMessage(tr("Open a branch file to see its statistics."));
        return;
    }
    // Start with the fiscal year of the latest case: today's for a file in
    // use, the last one counted for an old file.
    QDate latest;
    if (const auto range = statistics::StatisticsEngine(*file).receivedRange();
        range.ok() && range->has_value()) {
        latest = (*range)->to;
    }
    if (!latest.isValid() || latest > QDate::currentDate()) {
        latest = QDate::currentDate();
    }
    setPeriod(PeriodChoice::fiscalYear(calendar::FiscalYear::containing(latest).startYear()));
    m_stale = true;
    scheduleRefresh();
}

void DashboardView::rebuildChoices()
{
    const bool wasUpdating = m_updatingControls;
    m_updatingControls = true;
    const QVariant month = m_month->currentData();
    const QVariant year = m_fiscalYear->currentData();
    const Language language = displayLanguage();

    int first = calendar::FiscalYear::containing(QDate::currentDate()).startYear();
    int last = first;
    QDate lastMonth = QDate::currentDate();
    if (m_file) {
        const auto range = statistics::StatisticsEngine(*m_file).receivedRange();
        if (range.ok() && range->has_value()) {
            first = std::min(first, calendar::FiscalYear::containing((*range)->from).startYear());
            last = std::max(last, calendar::FiscalYear::containing((*range)->to).startYear());
            lastMonth = std::max(lastMonth, (*range)->to);
        }
    }
    // Keep a period chosen outside the file's years (e.g. an empty year).
    if (m_firstFiscalYear != 0) {
        first = std::min(first, m_firstFiscalYear);
        last = std::max(last, m_lastFiscalYear);
    }
    m_firstFiscalYear = first;
    m_lastFiscalYear = last;

    m_fiscalYear->clear();
    for (int y = last; y >= first; --y) {
        m_fiscalYear->addItem(calendar::JapaneseCalendar::instance().formatFiscalYear(y, language), y);
    }
    m_month->clear();
    const QDate newest(lastMonth.year(), lastMonth.month(), 1);
    for (QDate m = newest; m >= calendar::FiscalYear(first).firstDay(); m = m.addMonths(-1)) {
        m_month->addItem(yearMonthText(m, language), m);
    }
    selectData(m_month, month);
    selectData(m_fiscalYear, year);
    m_updatingControls = wasUpdating;
}

void DashboardView::updateSelectorVisibility()
{
    const auto kind = static_cast<PeriodChoice::Kind>(m_kind->currentData().toInt());
    m_month->setVisible(kind == PeriodChoice::Kind::Month);
    m_fiscalYear->setVisible(kind == PeriodChoice::Kind::FiscalYear);
    const bool range = kind == PeriodChoice::Kind::Range;
    m_from->setVisible(range);
    m_rangeDash->setVisible(range);
    m_to->setVisible(range);
    m_previous->setVisible(!range);
    m_next->setVisible(!range);
    // The lists are newest first.
    const QComboBox* list = kind == PeriodChoice::Kind::Month ? m_month : m_fiscalYear;
    m_previous->setEnabled(m_file && list->currentIndex() < list->count() - 1);
    m_next->setEnabled(m_file && list->currentIndex() > 0);
}

DashboardView::PeriodChoice DashboardView::period() const
{
    switch (static_cast<PeriodChoice::Kind>(m_kind->currentData().toInt())) {
    case PeriodChoice::Kind::Month:
        if (const QDate month = m_month->currentData().toDate(); month.isValid()) {
            return PeriodChoice::month(month);
        }
        return PeriodChoice::month(QDate::currentDate());
    case PeriodChoice::Kind::FiscalYear:
        if (m_fiscalYear->currentIndex() >= 0) {
            return PeriodChoice::fiscalYear(m_fiscalYear->currentData().toInt());
        }
        return PeriodChoice::fiscalYear(calendar::FiscalYear::containing(QDate::currentDate()).startYear());
    case PeriodChoice::Kind::Range:
        break;
    }
    return PeriodChoice::range(m_from->date(), m_to->date());
}

void DashboardView::setPeriod(const PeriodChoice& choice)
{
    if (!choice.isValid()) {
        return;
    }
    selectPeriod(choice);
    periodControlsChanged(0);
}

void DashboardView::selectPeriod(const PeriodChoice& choice)
{
    m_updatingControls = true;
    // Offer the chosen year even if no case was received in it.
    const int year = calendar::FiscalYear::containing(choice.from).startYear();
    if (m_firstFiscalYear == 0 || year < m_firstFiscalYear || year > m_lastFiscalYear) {
        m_firstFiscalYear = m_firstFiscalYear == 0 ? year : std::min(m_firstFiscalYear, year);
        m_lastFiscalYear = std::max(m_lastFiscalYear, year);
        rebuildChoices();
    }
    selectData(m_kind, static_cast<int>(choice.kind));
    switch (choice.kind) {
    case PeriodChoice::Kind::Month:
        if (!selectData(m_month, choice.from)) {
            m_month->addItem(yearMonthText(choice.from, displayLanguage()), choice.from);
            m_month->setCurrentIndex(m_month->count() - 1);
        }
        break;
    case PeriodChoice::Kind::FiscalYear:
        selectData(m_fiscalYear, year);
        break;
    case PeriodChoice::Kind::Range:
        m_from->setDate(choice.from);
        m_to->setDate(choice.to);
        break;
    }
    updateSelectorVisibility();
    m_updatingControls = false;
}

void DashboardView::periodControlsChanged(int delay)
{
    if (m_updatingControls) {
        return;
    }
    const PeriodChoice choice = period();
    if (choice == m_shown && m_hasData && !m_stale) {
        // Back to the period shown: a count of another one is of no use.
        m_refreshTimer->stop();
        if (m_task->isRunning()) {
            m_task->cancel();
            setBusy(false);
        }
        return;
    }
    if (isCounting(choice)) {
        m_refreshTimer->stop();
        return;
    }
    if (!m_refreshTimer->isActive() || delay == 0) {
        scheduleRefresh(delay);
    } else {
        m_refreshTimer->start(delay);
    }
}

void DashboardView::scheduleRefresh(int delay)
{
    if (!m_file) {
        return;
    }
    // Counting waits until the view is shown (see showEvent()).
    if (isVisible()) {
        m_refreshTimer->start(delay);
    }
}

void DashboardView::stepPeriod(int direction)
{
    // The lists are newest first: the previous period is the next item.
    QComboBox* combo =
        m_kind->currentData().toInt() == static_cast<int>(PeriodChoice::Kind::Month) ? m_month : m_fiscalYear;
    const int index = combo->currentIndex() - direction;
    if (index >= 0 && index < combo->count()) {
        combo->setCurrentIndex(index);
    }
}

void DashboardView::invalidate()
{
    m_stale = true;
    if (m_task->isRunning()) {
        // It may have read the file before the change: count again instead.
        m_task->cancel();
        setBusy(false);
    }
    rebuildChoices();
    scheduleRefresh();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const PeriodChoice choice = period();
    if (m_file && (m_stale || !m_hasData || choice != m_shown) && !isCounting(choice)) {
        m_refreshTimer->start(0);
    }
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Only the layout follows the size; nothing is counted again.
    arrangeCards();
}

void DashboardView::refresh()
{
    m_refreshTimer->stop();
    if (!m_file) {
        return;
    }
    const PeriodChoice choice = period();
    if (!choice.isValid()) {
        m_task->cancel();
        setBusy(false);
        showMessage(tr("The first day of the period is after its last day."));
        return;
    }
    // The worker gets copies: the file may be closed before it is done.
    m_task->start(
        [source = ReportSource::of(*m_file), choice](const BackgroundTask::IsCancelled& isCancelled) {
            return source.compute(
                [&choice](const statistics::StatisticsEngine& engine, const BranchInfo& branch) {
                    return computeData(engine, branch, choice);
                },
                isCancelled);
        },
        [this, choice](Result<ReportData> computed) { showComputed(choice, std::move(computed)); });
    m_counting = choice;
    // Under the veil: the cards shown, if any, but no stale message.
    m_messagePanel->hide();
    setBusy(true);
}

bool DashboardView::isBusy() const
{
    return m_task->isRunning();
}

bool DashboardView::isCounting(const PeriodChoice& choice) const
{
    // A count under way read the file after its last change: invalidate()
    // cancels one that may not have.
    return m_task->isRunning() && m_counting == choice;
}

void DashboardView::cancelRefresh()
{
    m_refreshTimer->stop();
    if (!m_task->isRunning()) {
        return;
    }
    m_task->cancel();
    setBusy(false);
    if (m_hasData) {
        // Back to the period the cards show.
        selectPeriod(m_shown);
    } else {
        showMessage(tr("Counting was cancelled."), true);
    }
}

void DashboardView::setBusy(bool busy)
{
    if (busy) {
        m_busy->start(tr("Counting cases…"));
    } else {
        m_busy->stop();
    }
}

void DashboardView::showComputed(const PeriodChoice& choice, Result<ReportData> computed)
{
    setBusy(false);
    m_stale = false;
    m_shown = choice;
    if (!computed.ok()) {
        m_hasData = false;
        m_error = computed.message();
        m_tables.clear();
        showMessage(tr("The statistics could not be computed: %1").arg(m_error), true);
        Q_EMIT refreshed();
        return;
    }
    m_error.clear();
    m_hasData = true;
    m_data = std::move(computed).value();
    const Language language = displayLanguage();
    m_tables = statistics::reportTables(m_data, m_file->masterData(), language);
    if (choice.kind == PeriodChoice::Kind::Range) {
        // The two value columns are the chosen days and the same days a
        // year earlier, not fiscal years.
        for (ReportTable& t : m_tables) {
            if (t.id != WorkloadCard && t.columns.size() == 3) {
                t.columns[1] = tr("Period");
                t.columns[2] = tr("A year earlier");
            }
        }
    }
    {
        // The months of the fiscal year, the table beside the trend chart.
        const auto& calendar = calendar::JapaneseCalendar::instance();
        ReportTable trend;
        trend.id = TrendCard;
        trend.title = tr("Cases per month");
        trend.columns =
            QStringList{tr("Month"), calendar.formatFiscalYear(m_data.series.fiscalYear, language),
                        calendar.formatFiscalYear(m_data.series.fiscalYear - 1, language)};
        qint64 total = 0;
        qint64 previousTotal = 0;
        for (qsizetype i = 0; i < m_data.series.months.size(); ++i) {
            const qint64 cases = m_data.series.cases.value(i);
            const qint64 previous = m_data.series.previousYear.value(i);
            total += cases;
            previousTotal += previous;
            trend.rows.append(
                ReportTable::Row{monthName(m_data.series.months.at(i), language), {cases, previous}});
        }
        trend.rows.append(ReportTable::Row{tr("Total"), {total, previousTotal}, 0, true});
        m_tables.append(trend);
    }
    showData();
    Q_EMIT refreshed();
}

void DashboardView::showMessage(const QString& text, bool canRetry)
{
    m_message->setText(text);
    m_retry->setVisible(canRetry);
    m_messagePanel->show();
    m_scroll->hide();
}

void DashboardView::showData()
{
    m_messagePanel->hide();
    m_scroll->show();
    updateSummary();

    const Language language = displayLanguage();
    const charts::Style style{font(), false};
    const int line = fontMetrics().height();
    const auto barsHeight = [this](qsizetype bars) {
        return chartHeight(bars);
    };
    const statistics::Summary& summary = m_data.periodSummary;

    const auto setCard = [&](const QString& id, QChart* chart, int height,
                             std::function<void(int)> onClick = {}) {
        DashboardCard* c = card(id);
        const ReportTable t = table(id);
        c->setTitle(t.title);
        c->setTable(t);
        c->setChartView(charts::chartView(chart, c, std::move(onClick)), height);
    };

    const QList<charts::BarItem> contacts = charts::contactItems(m_data.periodContacts, language);
    if (m_data.periodContacts.total > 0) {
        setCard(CasesCard, charts::barChart(QString(), contacts, Qt::Horizontal, style),
                barsHeight(contacts.size()));
    } else {
        // An empty chart would look broken; say why it is empty.
        DashboardCard* c = card(CasesCard);
        const ReportTable t = table(CasesCard);
        c->setTitle(t.title);
        c->setTable(t);
        auto* empty = new QLabel(tr("No contacts are recorded for this period. Contacts entered in a "
                                    "case's contact log are counted here by kind."),
                                 c);
        empty->setObjectName(QStringLiteral("casesEmptyLabel"));
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setForegroundRole(QPalette::PlaceholderText);
        c->setChartView(empty, barsHeight(contacts.size()));
    }
    showRegionCard();
    const QList<charts::BarItem> methods = charts::methodItems(summary, language);
    setCard(MethodCard, charts::barChart(QString(), methods, Qt::Vertical, style), chartHeight(0));
    const QList<charts::BarItem> consulters = charts::consulterItems(summary, language);
    setCard(ConsulterCard, charts::barChart(QString(), consulters, Qt::Vertical, style), chartHeight(0));
    const QList<charts::BarItem> topics = charts::topicItems(summary, language);
    setCard(TopicCard, charts::barChart(QString(), topics, Qt::Horizontal, style), barsHeight(topics.size()));
    setCard(StatusCard, charts::statusChart(QString(), summary, language, style), chartHeight(0));
    QChart* trend = charts::trendChart(QString(), m_data.series, language, style);
    if (m_shown.kind == PeriodChoice::Kind::Month) {
        charts::highlightBar(trend, static_cast<int>(m_data.series.months.indexOf(m_shown.from)));
    }
    setCard(TrendCard, trend, chartHeight(0) + line * 2);
    setCard(WorkloadCard, charts::workloadChart(QString(), m_data.workload, language, style),
            barsHeight(m_data.workload.size()));
    arrangeCards();
}

void DashboardView::showRegionCard()
{
    DashboardCard* c = card(RegionCard);
    if (!m_hasData || !m_file) {
        return;
    }
    const Language language = displayLanguage();
    const charts::Style style{font(), false};
    const MasterData& master = m_file->masterData();
    const QList<charts::BarItem> regions = charts::regionItems(m_data.periodSummary, master, language);
    ReportTable regionTable = table(RegionCard);
    // As high for the municipalities of any region as for the regions: the
    // card does not jump when drilling down.
    qsizetype mostBars = regions.size();
    for (const charts::BarItem& region : regions) {
        mostBars = std::max(
            mostBars, charts::municipalityItems(m_data.periodSummary, master, region.code, language).size());
    }
    const int height = chartHeight(mostBars);
    auto* back = c->findChild<QPushButton*>(QStringLiteral("backToRegionsButton"));

    const auto regionIndex = [&](const QString& code) {
        for (qsizetype i = 0; i < regions.size(); ++i) {
            if (regions.at(i).code == code) {
                return static_cast<int>(i);
            }
        }
        return -1;
    };
    const int drilled = m_drilledRegion.isEmpty() ? -1 : regionIndex(m_drilledRegion);
    if (drilled < 0) {
        m_drilledRegion.clear();
        back->hide();
        c->setTitle(regionTable.title);
        c->setTable(regionTable);
        c->setChartView(charts::chartView(charts::barChart(QString(), regions, Qt::Horizontal, style), c,
                                          [this, regions](int index) {
                                              if (index >= 0 && index < regions.size()) {
                                                  drillDown(regions.at(index).code);
                                              }
                                          }),
                        height);
        c->table()->setToolTip(tr("Click a region in the chart to see its municipalities."));
        return;
    }

    const QList<charts::BarItem> municipalities =
        charts::municipalityItems(m_data.periodSummary, master, m_drilledRegion, language);
    // The table keeps the region's own rows: the region (the n-th emphasis
    // row, as regionItems() and reportTables() list regions in the same
    // order) and the municipalities under it.
    ReportTable part = regionTable;
    part.rows.clear();
    int group = -1;
    for (const ReportTable::Row& row : std::as_const(regionTable.rows)) {
        if (row.emphasis) {
            ++group;
        }
        if (group == drilled) {
            part.rows.append(row);
        }
    }
    back->show();
    c->setTitle(regionTable.title + QStringLiteral(" — ") + regions.at(drilled).label);
    c->setTable(part.rows.isEmpty() ? regionTable : part);
    c->setChartView(charts::chartView(charts::barChart(QString(), municipalities, Qt::Horizontal, style), c),
                    height);
    c->table()->setToolTip(QString());
}

void DashboardView::drillDown(const QString& regionCode)
{
    m_drilledRegion = regionCode;
    showRegionCard();
}

void DashboardView::showRegions()
{
    m_drilledRegion.clear();
    showRegionCard();
}

void DashboardView::updateSummary()
{
    const Language language = displayLanguage();
    const auto& calendar = calendar::JapaneseCalendar::instance();
    QString name;
    switch (m_shown.kind) {
    case PeriodChoice::Kind::Month:
        name = yearMonthText(m_shown.from, language);
        break;
    case PeriodChoice::Kind::FiscalYear:
        name =
            calendar.formatFiscalYear(calendar::FiscalYear::containing(m_shown.from).startYear(), language);
        break;
    case PeriodChoice::Kind::Range:
        name = tr("Custom range");
        break;
    }
    m_periodLabel->setText(
        tr("%1: %2 to %3")
            .arg(name, DisplaySettings::formatDate(m_shown.from), DisplaySettings::formatDate(m_shown.to)));

    const QLocale locale;
    const auto number = [&locale](qint64 value) {
        return QStringLiteral("<b style=\"font-size:large\">%1</b>").arg(locale.toString(value));
    };
    qint64 open = 0;
    for (const statistics::CoordinatorLoad& load : m_data.workload) {
        open += load.openCases;
    }
    QStringList parts;
    if (m_shown.kind == PeriodChoice::Kind::Month) {
        parts.append(tr("Cases: %1 (fiscal year to date %2; a year earlier %3)")
                         .arg(number(m_data.periodSummary.cases),
                              locale.toString(m_data.cumulativeSummary.cases),
                              locale.toString(m_data.periodPreviousYear.cases)));
    } else {
        parts.append(
            tr("Cases: %1 (a year earlier %2)")
                .arg(number(m_data.periodSummary.cases), locale.toString(m_data.periodPreviousYear.cases)));
    }
    parts.append(tr("Contacts in the period: %1").arg(number(m_data.periodContacts.total)));
    parts.append(tr("Topics mentioned: %1").arg(number(m_data.periodSummary.topicMentions)));
    parts.append(tr("Open cases on %1: %2")
                     .arg(DisplaySettings::formatShortDate(m_data.period.to).toHtmlEscaped(), number(open)));
    m_summary->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;·&nbsp;&nbsp;&nbsp;")));
}

void DashboardView::arrangeCards()
{
    const int spacing = m_grid->spacing();
    const int width = m_scroll->width() - m_scroll->verticalScrollBar()->sizeHint().width();
    const int columns = width >= TwoColumnWidth ? 2 : 1;
    const int narrowWidth = columns == 2 ? (width - spacing) / 2 : width;
    for (DashboardCard* c : std::as_const(m_cards)) {
        const int cardWidth = c->isWide() ? width : narrowWidth;
        c->setStacked(cardWidth < SideBySideWidth);
    }
    if (columns == m_columns && m_grid->count() == m_cards.size()) {
        return;
    }
    m_columns = columns;
    for (DashboardCard* c : std::as_const(m_cards)) {
        m_grid->removeWidget(c);
    }
    int row = 0;
    int column = 0;
    for (DashboardCard* c : std::as_const(m_cards)) {
        if (columns == 1 || c->isWide()) {
            if (column != 0) {
                ++row;
                column = 0;
            }
            m_grid->addWidget(c, row++, 0, 1, columns);
            continue;
        }
        m_grid->addWidget(c, row, column);
        if (++column == columns) {
            column = 0;
            ++row;
        }
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, columns == 2 ? 1 : 0);
    // Spare height goes below the cards, not into them.
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        m_grid->setRowStretch(r, 0);
    }
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

} // namespace tsunagu::ui
