// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Compiled only by the boundary test, which expects this to FAIL: core's
// include paths must not reach QtWidgets.
#include <QWidget>

int tsunaguBoundaryProbe()
{
    return sizeof(QWidget);
}
