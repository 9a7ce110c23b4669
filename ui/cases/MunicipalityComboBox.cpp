// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MunicipalityComboBox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionComboBox>
#include <QStyledItemDelegate>

#include <algorithm>

namespace tsunagu::ui {

namespace {

using Role = MunicipalityComboBox::Role;

/// Completes to the municipality's name, not to the search text it matched.
class NameCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QString pathFromIndex(const QModelIndex& index) const override
    {
        return index.data(Role::NameRole).toString();
    }
};

/// Draws region headers as headings (bold, never greyed out although they
/// cannot be chosen) and indents the municipalities under them, keeping the
/// selection highlight across the whole row.
class MunicipalityItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        if (index.data(Role::HeaderRole).toBool()) {
            opt.state |= QStyle::State_Enabled;
            opt.state &= ~(QStyle::State_Selected | QStyle::State_MouseOver | QStyle::State_HasFocus);
            QStyledItemDelegate::paint(painter, opt, index);
            return;
        }
        if (index.data(Role::IndentedRole).toBool()) {
            QStyleOptionViewItem panel(option);
            initStyleOption(&panel, index);
            const QWidget* widget = option.widget;
            QStyle* style = widget ? widget->style() : QApplication::style();
            style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);
            opt.rect.adjust(indent(option), 0, 0, 0);
        }
        QStyledItemDelegate::paint(painter, opt, index);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.data(Role::IndentedRole).toBool()) {
            size.rwidth() += indent(option);
        }
        return size;
    }

private:
    static int indent(const QStyleOptionViewItem& option) { return option.fontMetrics.height(); }
};

} // namespace

MunicipalityComboBox::MunicipalityComboBox(QWidget* parent)
    : QComboBox(parent)
    , m_model(new QStandardItemModel(this))
    , m_completionModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("municipalityComboBox"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setModel(m_model);
    setItemDelegate(new MunicipalityItemDelegate(this));
    lineEdit()->setPlaceholderText(tr("Type or choose"));

    auto* completer = new NameCompleter(m_completionModel, this);
    completer->setCompletionRole(SearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    // Set on the line edit, not through QComboBox::setCompleter(): the combo
    // box would map the completer's rows onto its own, which differ here
    // (the completer lists no region headers). The line edit deletes the
    // combo box's own inline completer.
    lineEdit()->setCompleter(completer);

    connect(this, &QComboBox::currentIndexChanged, this, &MunicipalityComboBox::onCurrentIndexChanged);
    connect(lineEdit(), &QLineEdit::textEdited, this, &MunicipalityComboBox::onTextEdited);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &MunicipalityComboBox::onEditingFinished);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &MunicipalityComboBox::onCompletionActivated);
}

MunicipalityComboBox::MunicipalityComboBox(const MasterData& masterData, QWidget* parent)
    : MunicipalityComboBox(parent)
{
    setMasterData(masterData);
}

void MunicipalityComboBox::setMasterData(const MasterData& masterData)
{
    m_masterData = masterData;
    rebuild();
}

void MunicipalityComboBox::rebuild()
{
    const QString code = m_code;
    m_syncing = true;
    m_model->clear();
    m_completionModel->clear();

    const Language language = displayLanguage();
    const Language other = language == Language::Japanese ? Language::English : Language::Japanese;
    QFont headerFont = font();
    headerFont.setBold(true);
    const QBrush headerBackground = palette().brush(QPalette::AlternateBase);

    for (const Region& region : m_masterData.regions()) {
        const QList<const Municipality*> municipalities = m_masterData.municipalitiesIn(region.code);
        if (municipalities.isEmpty()) {
            continue;
        }
        const bool standalone =
            municipalities.size() == 1 && municipalities.constFirst()->nameJa == region.nameJa;
        if (!standalone) {
            auto* header = new QStandardItem(region.name(language));
            header->setFlags(Qt::NoItemFlags);
            header->setData(true, HeaderRole);
            header->setData(region.code, RegionRole);
            header->setFont(headerFont);
            header->setBackground(headerBackground);
            m_model->appendRow(header);
        }
        for (const Municipality* municipality : municipalities) {
            const QString name = municipality->name(language);
            const QString search = QStringList{municipality->nameJa, municipality->nameEn, municipality->code,
                                               region.nameJa, region.nameEn}
                                       .join(QLatin1Char(' '));
            auto* item = new QStandardItem(name);
            item->setData(municipality->code, CodeRole);
            item->setData(region.code, RegionRole);
            item->setData(search, SearchRole);
            item->setData(!standalone, IndentedRole);
            item->setData(name, NameRole);
            if (!standalone) {
                item->setToolTip(region.name(language));
            }
            m_model->appendRow(item);

            // The popup shows both names, so a match on the other language's
            // name is plain to see.
            const QString otherName = municipality->name(other);
            auto* completion = new QStandardItem(
                otherName == name
                    ? name
                    : tr("%1 (%2)", "municipality name (name in the other language)").arg(name, otherName));
            completion->setData(municipality->code, CodeRole);
            completion->setData(search, SearchRole);
            completion->setData(name, NameRole);
            m_completionModel->appendRow(completion);
        }
    }
    m_syncing = false;
    updateMinimumWidth();
    setCurrentCode(code);
}

void MunicipalityComboBox::updateMinimumWidth()
{
    // Wide enough for every name (and the popup, which is as wide as the
    // box), the bold headers, the indentation and the placeholder.
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int width = metrics.horizontalAdvance(lineEdit()->placeholderText());
    for (int i = 0; i < count(); ++i) {
        const int indent = itemData(i, IndentedRole).toBool() ? metrics.height() : 0;
        const QFontMetrics& itemMetrics = isHeader(i) ? boldMetrics : metrics;
        width = std::max(width, itemMetrics.horizontalAdvance(itemText(i)) + indent);
    }
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QSize size = style()->sizeFromContents(
        QStyle::CT_ComboBox, &option, QSize(width + metrics.averageCharWidth(), metrics.height()), this);
    setMinimumWidth(size.width());
}

void MunicipalityComboBox::setCurrentCode(const QString& code)
{
    const int index = code.isEmpty() ? -1 : findData(code, CodeRole);
    m_syncing = true;
    setCurrentIndex(index);
    if (index >= 0) {
        lineEdit()->setText(itemText(index));
    } else if (!code.isEmpty()) {
        lineEdit()->setText(code);
    }
    m_syncing = false;
    setCode(code);
}

QString MunicipalityComboBox::currentRegionCode() const
{
    return m_masterData.regionOf(m_code);
}

bool MunicipalityComboBox::hasUnresolvedText() const
{
    return !lineEdit()->text().trimmed().isEmpty() && !m_masterData.municipality(m_code);
}

bool MunicipalityComboBox::isHeader(int index) const
{
    return itemData(index, HeaderRole).toBool();
}

void MunicipalityComboBox::setCode(const QString& code)
{
    if (code == m_code) {
        return;
    }
    m_code = code;
    Q_EMIT codeChanged(m_code);
}

void MunicipalityComboBox::onCurrentIndexChanged(int index)
{
    if (m_syncing) {
        return;
    }
    if (index < 0) {
        if (lineEdit()->text().trimmed().isEmpty()) {
            setCode({});
        }
        return;
    }
    if (isHeader(index)) {
        // Reached by typing a region's name: a region is not a municipality.
        setCurrentCode(m_code);
        return;
    }
    setCode(itemData(index, CodeRole).toString());
}

void MunicipalityComboBox::onTextEdited(const QString& text)
{
    setCode(m_masterData.municipalityCodeForInput(text));
}

void MunicipalityComboBox::onEditingFinished()
{
    // Show what was typed ("fujisawa", "川崎") as the chosen name.
    if (m_code.isEmpty()) {
        if (lineEdit()->text().trimmed().isEmpty() && currentIndex() >= 0) {
            m_syncing = true;
            setCurrentIndex(-1);
            m_syncing = false;
        }
        return;
    }
    const int index = findData(m_code, CodeRole);
    if (index >= 0 && (index != currentIndex() || lineEdit()->text() != itemText(index))) {
        setCurrentCode(m_code);
    }
}

void MunicipalityComboBox::onCompletionActivated(const QModelIndex& index)
{
    setCurrentCode(index.data(CodeRole).toString());
}

} // namespace tsunagu::ui
