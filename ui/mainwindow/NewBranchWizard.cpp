// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewBranchWizard.h"

#include "master/MasterData.h"
#include "storage/BranchFile.h"
#include "widgets/FileDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

NewBranchWizard::NewBranchWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newBranchWizard"));
    setWindowTitle(tr("New branch file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumWidth(560);

    auto* details = new QWizardPage(this);
    details->setTitle(tr("The branch"));
    details->setSubTitle(
        tr("A branch file holds the cases of one branch. These details appear on its reports."));
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("branchNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. Shonan East branch"));
    m_region = new QComboBox(details);
    m_region->setObjectName(QStringLiteral("regionComboBox"));
    for (const Region& r : MasterData::kanagawa().regions()) {
        if (r.code != MasterData::Outside && r.code != MasterData::Unknown) {
            m_region->addItem(r.name(), r.code);
        }
    }
    m_chief = new QLineEdit(details);
    m_chief->setObjectName(QStringLiteral("chiefCoordinatorLineEdit"));
    auto* form = new QFormLayout(details);
    form->addRow(tr("Branch &name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Chief coordinator:"), m_chief);
    m_nameError = new QLabel(details);
    m_nameError->setObjectName(QStringLiteral("branchNameErrorLabel"));
    m_nameError->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->addRow(QString(), m_nameError);
    addPage(details);

    auto* location = new QWizardPage(this);
    location->setTitle(tr("Where to keep the file"));
    location->setSubTitle(
        tr("Keep it where it is backed up. On a shared folder, only one PC at a time can change "
           "it; others open it read-only."));
    m_path = new QLineEdit(location);
    m_path->setObjectName(QStringLiteral("filePathLineEdit"));
    auto* browseButton = new QPushButton(tr("&Browse..."), location);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    m_pathError = new QLabel(location);
    m_pathError->setObjectName(QStringLiteral("filePathErrorLabel"));
    m_pathError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_pathError->setWordWrap(true);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* locationLayout = new QVBoxLayout(location);
    locationLayout->addWidget(hint(tr("File:"), location));
    locationLayout->addLayout(pathRow);
    locationLayout->addWidget(m_pathError);
    locationLayout->addStretch(1);
    addPage(location);

    connect(browseButton, &QPushButton::clicked, this, &NewBranchWizard::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &NewBranchWizard::suggestFileName);
    suggestFileName();
}

void NewBranchWizard::suggestFileName()
{
    if (m_pathEdited) {
        return;
    }
    QString base = m_name->text().trimmed();
    for (const QChar bad : QStringLiteral("\\/:*?\"<>|")) {
        base.replace(bad, QLatin1Char('_'));
    }
    if (base.isEmpty()) {
        base = tr("branch");
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(
        QDir(folder).filePath(base + QLatin1Char('.') + QString(BranchFile::Extension))));
}

void NewBranchWizard::browse()
{
    const QString path =
        FileDialog::getSaveFileName(this, tr("New branch file"), m_path->text(),
                                    tr("Tsunagu branch files (*.tsunagu)"), QString(BranchFile::Extension));
    if (!path.isEmpty()) {
        m_pathEdited = true;
        m_path->setText(QDir::toNativeSeparators(path));
    }
}

bool NewBranchWizard::validateCurrentPage()
{
    if (currentPage() == page(0)) {
        if (m_name->text().trimmed().isEmpty()) {
            m_nameError->setText(tr("The branch needs a name."));
            m_name->setFocus();
            return false;
        }
        m_nameError->clear();
    }
    if (currentPage() == page(1)) {
        if (m_path->text().trimmed().isEmpty()) {
            m_pathError->setText(tr("Choose where to keep the file."));
            return false;
        }
        QString path = filePath();
        if (QFileInfo::exists(path)) {
            m_pathError->setText(
                tr("%1 already exists. Choose another name.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
            m_pathError->setText(tr("The folder %1 does not exist.")
                                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
            return false;
        }
        m_pathError->clear();
    }
    return QWizard::validateCurrentPage();
}

BranchInfo NewBranchWizard::branchInfo() const
{
    BranchInfo info;
    info.name = m_name->text().trimmed();
    info.regionCode = m_region->currentData().toString();
    info.chiefCoordinatorName = m_chief->text().trimmed();
    return info;
}

QString NewBranchWizard::filePath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + QString(BranchFile::Extension);
    }
    return path;
}

} // namespace tsunagu::ui
