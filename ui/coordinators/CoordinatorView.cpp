// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoordinatorView.h"

#include "CoordinatorDialog.h"
#include "CoordinatorTableModel.h"
#include "codes/Codes.h"
#include "coordinators/CoordinatorRepository.h"
#include "storage/BranchFile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

using Column = CoordinatorTableModel::Column;

/// Sorts on CoordinatorTableModel::SortRole and hides inactive coordinators
/// unless asked to show them.
class CoordinatorFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool showsInactive() const { return m_showInactive; }
    void setShowInactive(bool show)
    {
        if (show != m_showInactive) {
            m_showInactive = show;
            invalidateRowsFilter();
        }
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        return m_showInactive || sourceModel()
                                     ->index(sourceRow, 0, sourceParent)
                                     .data(CoordinatorTableModel::ActiveRole)
                                     .toBool();
    }

private:
    bool m_showInactive = false;
};

namespace {

constexpr int column(Column c)
{
    return static_cast<int>(c);
}

/// The default look with some room left and right of the text, so that
/// columns sized to their contents do not put text against the grid.
class PaddedItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += option.fontMetrics.averageCharWidth() * 2;
        return size;
    }
};

/// Paints the open-case count beside a bar as long as its share of the
/// largest count, so the busiest coordinators stand out without reading
/// numbers. The number has a fixed slot at the right: every bar has the same
/// scale and none runs under its number.
class WorkloadBarDelegate : public PaddedItemDelegate
{
public:
    using PaddedItemDelegate::PaddedItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        const QString text = opt.text;
        opt.text.clear();
        // Background, selection and focus as for any other cell.
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorGroup group =
            opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        const int margin = std::max(2, opt.rect.height() / 6);
        const int numberWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("0000")) + 2 * margin;
        const QRect numberRect = opt.rect.adjusted(opt.rect.width() - numberWidth, 0, -margin, 0);
        const QRect barArea = opt.rect.adjusted(margin, margin, -numberWidth, -margin);

        painter->save();
        const double fraction =
            std::clamp(index.data(CoordinatorTableModel::WorkloadFractionRole).toDouble(), 0.0, 1.0);
        if (fraction > 0.0 && barArea.width() > 0) {
            QRect bar = barArea;
            bar.setWidth(std::max(2, qRound(barArea.width() * fraction)));
            QColor color =
                opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
            color.setAlphaF(selected ? 0.5F : 0.45F);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawRoundedRect(bar, 2.0, 2.0);
        }
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(numberRect, static_cast<int>(opt.displayAlignment), text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = PaddedItemDelegate::sizeHint(option, index);
        // Room for a bar that shows differences, not only for the number.
        size.setWidth(std::max(size.width(), option.fontMetrics.averageCharWidth() * 16));
        return size;
    }
};

} // namespace

CoordinatorView::CoordinatorView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coordinatorView"));

    m_model = new CoordinatorTableModel(this);
    m_model->setObjectName(QStringLiteral("coordinatorTableModel"));
    m_proxy = new CoordinatorFilterModel(this);
    m_proxy->setObjectName(QStringLiteral("coordinatorFilterModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CoordinatorTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_addButton = new QPushButton(tr("Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addCoordinatorButton"));
    m_addButton->setToolTip(tr("Add a coordinator"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editCoordinatorButton"));
    m_editButton->setToolTip(tr("Edit the selected coordinator (Enter or double-click)"));
    m_showCasesButton = new QPushButton(tr("Show cases"), this);
    m_showCasesButton->setObjectName(QStringLiteral("showCasesButton"));
    m_showCasesButton->setToolTip(tr("Show the cases of the selected coordinator"));
    m_showInactive = new QCheckBox(tr("Show inactive coordinators"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheckBox"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("coordinatorTableView"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PaddedItemDelegate(m_table));
    m_table->setItemDelegateForColumn(column(Column::OpenCases), new WorkloadBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // No sort column at first: the repository's order, chief coordinators first.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Every listed coordinator is active until inactive ones are asked for.
    m_table->setColumnHidden(column(Column::Active), true);
    setColumnWidths();

    m_workload = new QLabel(this);
    m_workload->setObjectName(QStringLiteral("workloadLabel"));
    m_workload->setWordWrap(true);
    m_workload->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_showCasesButton);
    buttons->addStretch(1);
    buttons->addWidget(m_showInactive);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_workload);

    createActions();

    connect(m_addButton, &QPushButton::clicked, this, &CoordinatorView::addCoordinator);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editCoordinator(currentCoordinatorId()); });
    connect(m_showCasesButton, &QPushButton::clicked, this, &CoordinatorView::requestShowCases);
    connect(m_showInactive, &QCheckBox::toggled, this, &CoordinatorView::setShowInactive);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        editCoordinator(index.data(CoordinatorTableModel::IdRole).toLongLong());
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &CoordinatorView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoordinatorView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CoordinatorView::updateActions);

    updateWorkload();
    updateActions();
}

CoordinatorView::~CoordinatorView() = default;

void CoordinatorView::createActions()
{
    m_addAction = new QAction(tr("Add…"), this);
    m_addAction->setObjectName(QStringLiteral("addCoordinatorAction"));
    connect(m_addAction, &QAction::triggered, this, &CoordinatorView::addCoordinator);

    m_editAction = new QAction(tr("Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editCoordinatorAction"));
    // Enter edits like a double-click. A shortcut rather than QAbstractItemView::activated,
    // which some desktops emit on a single click.
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, [this] { editCoordinator(currentCoordinatorId()); });
    m_table->addAction(m_editAction);

    m_showCasesAction = new QAction(tr("Show cases"), this);
    m_showCasesAction->setObjectName(QStringLiteral("showCasesAction"));
    connect(m_showCasesAction, &QAction::triggered, this, &CoordinatorView::requestShowCases);
}

void CoordinatorView::setColumnWidths()
{
    QHeaderView* header = m_table->horizontalHeader();
    // The workload beside the person; the long affiliation last, where it
    // takes the remaining width and is the one cut short when space is tight.
    header->moveSection(header->visualIndex(column(Column::OpenCases)), column(Column::Role) + 1);
    header->moveSection(header->visualIndex(column(Column::Affiliation)), column(Column::Count) - 1);
    // Everything else is sized to its contents, header text included, so no
    // header is clipped in either language.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(column(Column::Affiliation), QHeaderView::Stretch);
}

void CoordinatorView::setBranchFile(BranchFile* file)
{
    m_file = file;
    if (!m_file) {
        m_model->clear();
        updateWorkload();
        updateActions();
        return;
    }
    reload();
}

void CoordinatorView::reload()
{
    if (!m_file) {
        return;
    }
    const qint64 selected = currentCoordinatorId();
    CoordinatorRepository repository(*m_file);
    auto coordinators = repository.all();
    auto counts = repository.openCaseCounts();
    QString error;
    if (!coordinators.ok()) {
        error = coordinators.message();
        m_model->clear();
    } else {
        if (!counts.ok()) {
            error = counts.message();
        }
        m_model->setCoordinators(std::move(coordinators).value(),
                                 counts.ok() ? std::move(counts).value() : QHash<qint64, qint64>(),
                                 m_file->masterData());
    }
    if (selected != 0 && currentCoordinatorId() != selected) {
        selectCoordinator(selected);
    }
    updateWorkload(error);
    updateActions();
}

qint64 CoordinatorView::currentCoordinatorId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return 0;
    }
    return rows.constFirst().data(CoordinatorTableModel::IdRole).toLongLong();
}

void CoordinatorView::selectCoordinator(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool CoordinatorView::isEditable() const
{
    return m_file && !m_file->isReadOnly();
}

void CoordinatorView::addCoordinator()
{
    if (!isEditable()) {
        return;
    }
    CoordinatorDialog dialog(*m_file, 0, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    reload();
    selectCoordinator(dialog.coordinatorId());
    Q_EMIT coordinatorsChanged();
}

void CoordinatorView::editCoordinator(qint64 id)
{
    if (!isEditable() || id == 0) {
        return;
    }
    CoordinatorDialog dialog(*m_file, id, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    reload();
    selectCoordinator(id);
    Q_EMIT coordinatorsChanged();
}

void CoordinatorView::requestShowCases()
{
    if (const qint64 id = currentCoordinatorId(); id != 0) {
        Q_EMIT showCasesRequested(id);
    }
}

void CoordinatorView::showContextMenu(const QPoint& position)
{
    if (!m_file) {
        return;
    }
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_showCasesAction);
    menu.addSeparator();
    menu.addAction(m_addAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void CoordinatorView::setShowInactive(bool show)
{
    m_proxy->setShowInactive(show);
    m_table->setColumnHidden(column(Column::Active), !show);
    updateActions();
}

void CoordinatorView::updateActions()
{
    const bool editable = isEditable();
    const bool selected = currentCoordinatorId() != 0;
    m_addButton->setEnabled(editable);
    m_addAction->setEnabled(editable);
    m_editButton->setEnabled(editable && selected);
    m_editAction->setEnabled(editable && selected);
    m_showCasesButton->setEnabled(selected);
    m_showCasesAction->setEnabled(selected);
    m_showInactive->setEnabled(m_file != nullptr);
    m_table->setEnabled(m_file != nullptr);
}

void CoordinatorView::updateWorkload(const QString& loadError)
{
    if (!loadError.isEmpty()) {
        m_workload->setText(loadError);
        return;
    }
    if (!m_file) {
        m_workload->clear();
        return;
    }
    if (m_model->rowCount() == 0) {
        m_workload->setText(tr("No coordinators yet. Use Add… to enter the coordinators of the branch."));
        return;
    }

    const qint64 total = m_model->totalOpenCases();
    QStringList chiefNames;
    qint64 chiefOpen = 0;
    int others = 0;
    qint64 othersOpen = 0;
    qint64 inactiveOpen = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Coordinator& c = m_model->coordinatorAt(row);
        const qint64 open = m_model->openCasesAt(row);
        if (!c.active) {
            inactiveOpen += open;
        } else if (c.role == codes::role::Chief) {
            chiefNames.append(c.name);
            chiefOpen += open;
        } else {
            ++others;
            othersOpen += open;
        }
    }

    QStringList sentences;
    if (total == 0) {
        sentences.append(tr("No open cases are assigned to coordinators."));
    } else {
        sentences.append(tr("%n open case(s) assigned to coordinators.", nullptr, static_cast<int>(total)));
        const QString share =
            QString::number(qRound(100.0 * static_cast<double>(chiefOpen) / static_cast<double>(total)));
        if (chiefNames.size() == 1) {
            sentences.append(tr("Chief coordinator %1 holds %2 of them (%3%).")
                                 .arg(chiefNames.constFirst(), QString::number(chiefOpen), share));
        } else if (chiefNames.size() > 1) {
            sentences.append(
                tr("The chief coordinators hold %1 of them (%2%).").arg(QString::number(chiefOpen), share));
        }
        if (others > 0) {
            const double average = static_cast<double>(othersOpen) / others;
            sentences.append(tr("The other %n active coordinator(s) hold %1 on average.", nullptr, others)
                                 .arg(QLocale().toString(average, 'f', 1)));
        }
        if (inactiveOpen > 0) {
            sentences.append(tr("%n open case(s) are still assigned to inactive coordinators.", nullptr,
                                static_cast<int>(inactiveOpen)));
        }
    }
    m_workload->setText(sentences.join(QLatin1Char(' ')));
}

} // namespace tsunagu::ui
