// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTableModel.h"

#include "codes/Codes.h"
#include "common/DisplaySettings.h"
#include "storage/BranchFile.h"
#include "storage/ReadConnection.h"

#include <QBrush>
#include <QColor>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <optional>

namespace tsunagu::ui {

namespace {

/// Ongoing cases not contacted for this many days stand out in the list.
constexpr qint64 FollowUpDays = 30;

std::atomic<std::chrono::milliseconds::rep> defaultResponseWait{CaseTableModel::DefaultResponseWait.count()};

/// Threads a large file's text search is split over.
int searchThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

/// One piece of work for the worker thread and its answer, shared by both
/// threads: the GUI thread waits for the answer a moment, and takes it later
/// (delivered by a queued call) if it did not come in time.
template <typename T>
struct Job
{
    using Answer = T;

    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::condition_variable answered;
    std::optional<T> answer;

    void finish(T value)
    {
        {
            const std::lock_guard lock(mutex);
            answer = std::move(value);
        }
        answered.notify_all();
    }
    /// Waits up to \a wait for the answer; true if it is there.
    bool waitFor(std::chrono::milliseconds wait)
    {
        std::unique_lock lock(mutex);
        return answered.wait_for(lock, wait, [this] { return answer.has_value(); });
    }
    bool isAnswered()
    {
        const std::lock_guard lock(mutex);
        return answer.has_value();
    }
};

} // namespace

/// What a load shows: one per generation.
struct CaseTableModel::View
{
    quint64 generation = 0;
    CaseFilter filter;
    CaseListColumn column = CaseListColumn::ReceivedOn;
    Qt::SortOrder order = Qt::DescendingOrder;
};

/// A load's answer: the count and the first page.
struct LoadAnswer
{
    LoadAnswer(Result<qint64> c, Result<QList<CaseListRow>> rows)
        : count(std::move(c))
        , firstPage(std::move(rows))
    {}
    /// The file could not be read at all.
    LoadAnswer(const Error& error)
        : count(error)
        , firstPage(error)
    {}

    Result<qint64> count;
    Result<QList<CaseListRow>> firstPage;
};

struct CaseTableModel::LoadJob : Job<LoadAnswer>
{
    View view;
};

struct CaseTableModel::PageJob : Job<Result<QList<CaseListRow>>>
{
    View view;
    qint64 page = 0;
    qint64 total = 0;
};

struct CaseTableModel::ContactsJob : Job<Result<qint64>>
{
    View view;
};

/// The model's worker thread and what lives on it: a read-only connection to
/// the branch file and the CaseQuery over it. Jobs run one at a time, in the
/// order posted; a job of a generation older than `generation` is outdated
/// and stops at SQLite's next progress check.
struct CaseTableModel::Worker
{
    explicit Worker(CaseTableModel* owner)
        : model(owner)
    {
        // One thread that never expires: Qt's connections belong to the
        // thread that opened them.
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1);
    }

    ~Worker()
    {
        generation = std::numeric_limits<quint64>::max();
        post([this] { close(); });
        pool.waitForDone();
    }

    template <typename F>
    void post(F work)
    {
        pool.start(std::move(work));
    }

    /// Runs on the worker thread: sets the file the next jobs read.
    void setSource(const QString& newPath, const MasterData& newMaster)
    {
        close();
        path = newPath;
        master = newMaster;
    }

    void close()
    {
        query.reset();
        connection.reset();
        path.clear();
    }

    /// Runs on the worker thread: the query for \a view, or an error.
    Result<CaseQuery*> queryFor(const View& view, const std::function<bool()>& isCancelled)
    {
        if (path.isEmpty()) {
            return Error(Error::Kind::Cancelled, QString());
        }
        if (!connection) {
            auto opened = storage::ReadConnection::open(path);
            if (!opened.ok()) {
                return opened.error();
            }
            connection = std::make_unique<storage::ReadConnection>(std::move(opened).value());
            query = std::make_unique<CaseQuery>(connection->database(), master);
            queryGeneration = 0;
        }
        connection->setCancelCheck(isCancelled);
        query->setParallelSearch(path, searchThreads(), isCancelled);
        if (queryGeneration != view.generation) {
            query->setFilter(view.filter); // found again even if equal: the cases may have changed
            query->setSort(view.column, view.order);
            queryGeneration = view.generation;
        }
        return query.get();
    }

    template <typename J>
    std::function<bool()> cancelCheck(const std::shared_ptr<J>& job) const
    {
        return [this, job] {
            return job->cancelled.load() || generation.load() != job->view.generation;
        };
    }

    /// Posts \a job: on the worker thread, unless outdated first, its answer
    /// is \a read from the query for its view (or the error opening the
    /// file), then handed to \a apply on the GUI thread.
    template <typename J, typename Read>
    void run(std::shared_ptr<J> job, Read read, void (CaseTableModel::*apply)(const std::shared_ptr<J>&))
    {
        post([this, job = std::move(job), read = std::move(read), apply] {
            const auto isCancelled = cancelCheck(job);
            if (isCancelled()) {
                return; // a newer load is on its way
            }
            auto opened = queryFor(job->view, isCancelled);
            if (opened.ok()) {
                job->finish(read(*opened.value(), *job));
            } else {
                job->finish(typename J::Answer(opened.error()));
            }
            CaseTableModel* m = model;
            QMetaObject::invokeMethod(
                m, [m, job, apply] { (m->*apply)(job); }, Qt::QueuedConnection);
        });
    }

    CaseTableModel* model;
    QThreadPool pool;
    /// The generation the GUI thread wants; written there, read anywhere.
    std::atomic<quint64> generation{0};

    // Worker thread only:
    QString path;
    MasterData master;
    std::unique_ptr<storage::ReadConnection> connection;
    std::unique_ptr<CaseQuery> query;
    quint64 queryGeneration = 0;
};

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(std::make_unique<Worker>(this))
    , m_responseWait(defaultResponseWait.load())
    , m_today(QDate::currentDate())
{}

void CaseTableModel::setDefaultResponseWait(std::chrono::milliseconds wait)
{
    defaultResponseWait = wait.count();
}

CaseTableModel::~CaseTableModel()
{
    // The worker stops (and hands nothing back) before anything it might
    // hand back to goes.
    m_worker.reset();
}

void CaseTableModel::setBranchFile(BranchFile* file)
{
    // Everything running is outdated; the worker lets go of the old file
    // before this returns.
    m_worker->generation = ++m_generation;
    if (m_pendingLoad) {
        m_pendingLoad.reset();
        Q_EMIT loadingChanged(false);
    }
    m_pendingContacts.reset();
    cancelPendingPages();
    auto switched = std::make_shared<Job<bool>>();
    const QString path = file ? file->databaseFilePath() : QString();
    const MasterData master = file ? file->masterData() : MasterData();
    m_worker->post([worker = m_worker.get(), switched, path, master] {
        worker->setSource(path, master);
        switched->finish(true);
    });
    switched->waitFor(std::chrono::hours(1));

    beginResetModel();
    m_file = file;
    m_pages.clear();
    m_pageUse.clear();
    m_lastError.clear();
    m_count = 0;
    m_contactCount = 0;
    m_shownGeneration = m_generation;
    endResetModel();
    Q_EMIT countChanged(m_count);
    Q_EMIT contactCountChanged();
    if (file) {
        startLoad(m_filter, m_sortColumn, m_sortOrder);
    }
}

void CaseTableModel::setFilter(const CaseFilter& filter)
{
    const auto [filterNow, column, order] = target();
    if (filter == filterNow) {
        return;
    }
    if (!m_file) {
        m_filter = filter;
        return;
    }
    startLoad(filter, column, order);
}

const CaseFilter& CaseTableModel::filter() const
{
    return m_filter;
}

std::tuple<CaseFilter, CaseListColumn, Qt::SortOrder> CaseTableModel::target() const
{
    if (m_pendingLoad) {
        return {m_pendingLoad->view.filter, m_pendingLoad->view.column, m_pendingLoad->view.order};
    }
    return {m_filter, m_sortColumn, m_sortOrder};
}

void CaseTableModel::refresh()
{
    if (!m_file) {
        return;
    }
    const auto [filter, column, order] = target();
    startLoad(filter, column, order);
}

void CaseTableModel::startLoad(const CaseFilter& filter, CaseListColumn column, Qt::SortOrder order)
{
    auto job = std::make_shared<LoadJob>();
    job->view = {++m_generation, filter, column, order};
    m_worker->generation = m_generation; // outdates the load, pages and count running
    cancelPendingPages();
    const bool wasLoading = m_pendingLoad != nullptr;
    m_pendingLoad = job;
    m_worker->run(
        job,
        [](CaseQuery& query, const LoadJob&) {
            auto count = query.count();
            auto rows = count.ok() ? query.fetch(0, PageSize, count.value())
                                   : Result<QList<CaseListRow>>(count.error());
            return LoadAnswer(std::move(count), std::move(rows));
        },
        &CaseTableModel::applyLoad);
    if (job->waitFor(m_responseWait)) {
        applyLoad(job);
    } else if (!wasLoading) {
        Q_EMIT loadingChanged(true);
    }
}

void CaseTableModel::applyLoad(const std::shared_ptr<LoadJob>& job)
{
    if (job != m_pendingLoad || !job->isAnswered()) {
        return; // outdated, cancelled, or applied already
    }
    m_pendingLoad.reset();
    auto& [count, rows] = *job->answer;
    beginResetModel();
    m_filter = job->view.filter;
    m_sortColumn = job->view.column;
    m_sortOrder = job->view.order;
    m_shownGeneration = job->view.generation;
    m_pages.clear();
    m_pageUse.clear();
    m_lastError.clear();
    m_count = 0;
    if (!count.ok()) {
        m_lastError = count.message();
    } else {
        m_count = count.value();
        if (rows.ok()) {
            cachePage(0, std::move(rows).value());
        } else {
            m_lastError = rows.message();
        }
    }
    endResetModel();
    Q_EMIT loadingChanged(false);
    Q_EMIT countChanged(m_count);
    countContacts();
}

void CaseTableModel::cancelLoading()
{
    if (!m_pendingLoad) {
        return;
    }
    m_pendingLoad->cancelled = true;
    m_pendingLoad.reset();
    // What is shown is wanted again: its pages can be read, its contacts
    // counted if the load outdated the count.
    m_worker->generation = m_shownGeneration;
    if (m_pendingContacts) {
        countContacts();
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT loadCancelled();
}

void CaseTableModel::countContacts()
{
    if (m_pendingContacts) {
        m_pendingContacts->cancelled = true;
    }
    if (!m_file || m_count == 0) {
        m_pendingContacts.reset();
        m_contactCount = 0;
        Q_EMIT contactCountChanged();
        return;
    }
    auto job = std::make_shared<ContactsJob>();
    job->view = {m_shownGeneration, m_filter, m_sortColumn, m_sortOrder};
    m_pendingContacts = job;
    m_worker->run(
        job, [](CaseQuery& query, const ContactsJob&) { return query.contactCount(); },
        &CaseTableModel::applyContacts);
    // The cases are on screen already; a count taking longer than a blink
    // is shown when it comes.
    if (job->waitFor(m_responseWait / 4)) {
        applyContacts(job);
    } else {
        m_contactCount = -1;
        Q_EMIT contactCountChanged();
    }
}

void CaseTableModel::applyContacts(const std::shared_ptr<ContactsJob>& job)
{
    if (job != m_pendingContacts || !job->isAnswered()) {
        return;
    }
    m_pendingContacts.reset();
    const Result<qint64>& contacts = *job->answer;
    m_contactCount = contacts.ok() ? contacts.value() : 0;
    if (!contacts.ok() && contacts.error().kind != Error::Kind::Cancelled) {
        m_lastError = contacts.message();
    }
    Q_EMIT contactCountChanged();
}

void CaseTableModel::setToday(QDate today)
{
    m_today = today;
    if (m_count > 0) {
        Q_EMIT dataChanged(index(0, static_cast<int>(Column::DaysSinceContact)),
                           index(rowCount() - 1, static_cast<int>(Column::DaysSinceContact)));
    }
}

void CaseTableModel::cachePage(qint64 page, QList<CaseListRow> rows) const
{
    m_pages.insert(page, std::move(rows));
    m_pageUse.remove(page);
    m_pageUse.push_front(page);
    while (m_pageUse.size() > static_cast<size_t>(MaxCachedPages)) {
        m_pages.remove(m_pageUse.back());
        m_pageUse.pop_back();
    }
}

void CaseTableModel::cancelPendingPages() const
{
    for (const auto& job : std::as_const(m_pendingPages)) {
        job->cancelled = true;
    }
    m_pendingPages.clear();
    m_pendingPageOrder.clear();
}

const CaseListRow* CaseTableModel::rowAt(int row) const
{
    if (!m_file || row < 0 || row >= m_count) {
        return nullptr;
    }
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        if (m_pageUse.front() != page) {
            m_pageUse.remove(page);
            m_pageUse.push_front(page);
        }
        const qsizetype offset = row % PageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }
    if (m_pendingLoad || m_pendingPages.contains(page)) {
        return nullptr; // on its way; rows shown empty until then
    }
    auto job = std::make_shared<PageJob>();
    job->view = {m_shownGeneration, m_filter, m_sortColumn, m_sortOrder};
    job->page = page;
    job->total = m_count;
    m_worker->run(
        job,
        [](CaseQuery& query, const PageJob& p) { return query.fetch(p.page * PageSize, PageSize, p.total); },
        &CaseTableModel::applyPage);
    if (job->waitFor(m_responseWait)) {
        Result<QList<CaseListRow>>& rows = *job->answer;
        if (!rows.ok()) {
            m_lastError = rows.message();
            return nullptr;
        }
        cachePage(page, std::move(rows).value());
        return rowAt(row);
    }
    // Scrolled on before the oldest pages were read: they are not wanted.
    m_pendingPages.insert(page, job);
    m_pendingPageOrder.push_back(page);
    while (m_pendingPageOrder.size() > static_cast<size_t>(MaxPendingPages)) {
        if (auto oldest = m_pendingPages.take(m_pendingPageOrder.front())) {
            oldest->cancelled = true;
        }
        m_pendingPageOrder.pop_front();
    }
    return nullptr;
}

void CaseTableModel::applyPage(const std::shared_ptr<PageJob>& job)
{
    if (m_pendingPages.value(job->page) != job || !job->isAnswered()) {
        return;
    }
    m_pendingPages.remove(job->page);
    m_pendingPageOrder.remove(job->page);
    Result<QList<CaseListRow>>& rows = *job->answer;
    if (!rows.ok()) {
        if (rows.error().kind != Error::Kind::Cancelled) {
            m_lastError = rows.message();
        }
        return;
    }
    cachePage(job->page, std::move(rows).value());
    const int first = static_cast<int>(job->page * PageSize);
    const int last = static_cast<int>(std::min<qint64>(m_count, (job->page + 1) * PageSize)) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
}

bool CaseTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_count && m_pages.contains(row / PageSize);
}

qint64 CaseTableModel::caseIdAt(int row) const
{
    const CaseListRow* r = rowAt(row);
    return r ? r->id : 0;
}

int CaseTableModel::loadedRowOf(qint64 caseId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == caseId) {
                return static_cast<int>(it.key() * PageSize + i);
            }
        }
    }
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseListRow* row = rowAt(index.row());
    if (!row) {
        return {};
    }
    const auto column = static_cast<Column>(index.column());
    const MasterData& master = m_file->masterData();
    const bool open = row->status != QLatin1String("completed");
    const qint64 days = row->lastContactOn.isValid() ? row->lastContactOn.daysTo(m_today) : 0;

    switch (role) {
    case CaseIdRole:
        return row->id;
    case Qt::DisplayRole:
        switch (column) {
        case Column::CaseNo:
            return row->caseNo;
        case Column::ReceivedOn:
            return DisplaySettings::formatShortDate(row->receivedOn);
        case Column::Municipality: {
            const Municipality* m = master.municipality(row->municipalityCode);
            return m ? m->name() : row->municipalityCode;
        }
        case Column::Region: {
            const Region* r = master.region(master.regionOf(row->municipalityCode));
            return r ? r->name() : QString();
        }
        case Column::Method:
            return codes::methods().label(row->method);
        case Column::Consulter:
            return codes::consulters().label(row->consulter);
        case Column::Topics: {
            QStringList labels;
            for (const QString& topic : row->topics) {
                labels.append(codes::topics().label(topic));
            }
            return labels.join(tr(", "));
        }
        case Column::Status:
            return codes::statuses().label(row->status);
        case Column::Coordinator:
            return row->coordinatorName;
        case Column::DaysSinceContact:
            return open ? tr("%n day(s)", nullptr, static_cast<int>(days)) : QString();
        case Column::Count:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Column::ReceivedOn:
            return row->receivedOn;
        case Column::DaysSinceContact:
            return days;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == Column::Region || column == Column::Status || column == Column::Method ||
            column == Column::Consulter) {
            return data(index, Qt::DisplayRole);
        }
        if (column == Column::Topics || column == Column::Municipality || column == Column::ReceivedOn) {
            if (column == Column::ReceivedOn) {
                return DisplaySettings::formatDate(row->receivedOn);
            }
            QString text = data(index, Qt::DisplayRole).toString();
            text.replace(tr(", "), QStringLiteral("\n"));
            return text;
        }
        if (column == Column::DaysSinceContact && open) {
            return tr("Last contact: %1").arg(DisplaySettings::formatDate(row->lastContactOn));
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::DaysSinceContact) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ForegroundRole:
        if (!open) {
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        }
        if (column == Column::DaysSinceContact && days >= FollowUpDays) {
            return QBrush(QColor(0xb3, 0x3c, 0x00));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::CaseNo:
        return tr("Case no.");
    case Column::ReceivedOn:
        return tr("Received");
    case Column::Municipality:
        return tr("Municipality");
    case Column::Region:
        return tr("Region");
    case Column::Method:
        return tr("Method");
    case Column::Consulter:
        return tr("Consulter");
    case Column::Topics:
        return tr("Topics");
    case Column::Status:
        return tr("Status");
    case Column::Coordinator:
        return tr("Coordinator");
    case Column::DaysSinceContact:
        return tr("Since contact");
    case Column::Count:
        break;
    }
    return {};
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(Column::Count)) {
        return;
    }
    const auto sortColumn = static_cast<Column>(column);
    const auto [filter, columnNow, orderNow] = target();
    if (sortColumn == columnNow && order == orderNow) {
        return;
    }
    if (!m_file) {
        m_sortColumn = sortColumn;
        m_sortOrder = order;
        return;
    }
    // Where each case lands is known only to SQL, and only page by page:
    // the rows are new rows, shown when the first page is read.
    startLoad(filter, sortColumn, order);
}

} // namespace tsunagu::ui
