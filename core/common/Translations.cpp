// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tsunagu {

Language systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    return languageForLocaleName(languages.isEmpty() ? QLocale::system().name() : languages.constFirst());
}

void installTranslators(Language language)
{
    auto* app = QCoreApplication::instance();
    // Parented to the application: they live as long as it does.
    static QTranslator* own = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** translator : {&own, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    setDisplayLanguage(language);
    const QString code = languageCode(language);
    own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/tsunagu_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(own);
    }
    qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace tsunagu
