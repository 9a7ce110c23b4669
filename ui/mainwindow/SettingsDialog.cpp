// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "common/DisplaySettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tsunagu::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const auto chosen = DisplaySettings::chosenLanguage();
    m_language->setCurrentIndex(chosen ? m_language->findData(languageCode(*chosen)) : 0);

    m_dateStyle = new QComboBox(this);
    m_dateStyle->setObjectName(QStringLiteral("dateStyleComboBox"));
    m_dateStyle->addItem(tr("Japanese era (令和6年4月1日)"), QStringLiteral("era"));
    m_dateStyle->addItem(tr("ISO (2024-04-01)"), QStringLiteral("iso"));
    m_dateStyle->setCurrentIndex(DisplaySettings::dateStyle() == DisplaySettings::DateStyle::Iso ? 1 : 0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Dates:"), m_dateStyle);
    auto* note = new QLabel(tr("A new language takes effect when Tsunagu starts again."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

bool SettingsDialog::apply()
{
    const QString code = m_language->currentData().toString();
    const std::optional<Language> language =
        code.isEmpty()
            ? std::nullopt
            : std::optional<Language>(code == QLatin1String("ja") ? Language::Japanese : Language::English);
    const bool languageChanged = language != DisplaySettings::chosenLanguage();
    DisplaySettings::setChosenLanguage(language);
    DisplaySettings::setDateStyle(m_dateStyle->currentData().toString() == QLatin1String("iso")
                                      ? DisplaySettings::DateStyle::Iso
                                      : DisplaySettings::DateStyle::Era);
    return languageChanged;
}

} // namespace tsunagu::ui
