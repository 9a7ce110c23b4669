// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fonts.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace tsunagu::ui {

bool loadBundledFonts()
{
    static const bool loaded = [] {
        if (QFontDatabase::families().contains(JapaneseFontFamily)) {
            return true;
        }
        bool ok = true;
        for (const char* file :
             {":/tsunagu/fonts/BIZUDPGothic-Regular.ttf", ":/tsunagu/fonts/BIZUDPGothic-Bold.ttf"}) {
            ok = QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0 && ok;
        }
        return ok;
    }();
    return loaded;
}

QFont applicationFont()
{
    QFont font = QGuiApplication::font();
    if (loadBundledFonts()) {
        font.setFamilies({JapaneseFontFamily});
    }
    return font;
}

} // namespace tsunagu::ui
