// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/BranchInfo.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tsunagu::ui {

/// File → New branch file: the branch's name, region and chief coordinator,
/// then where to keep the file.
class NewBranchWizard : public QWizard
{
    Q_OBJECT

public:
    explicit NewBranchWizard(QWidget* parent = nullptr);

    BranchInfo branchInfo() const;
    QString filePath() const;

    bool validateCurrentPage() override;

private:
    void browse();
    void suggestFileName();

    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_chief = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_pathError = nullptr;
    bool m_pathEdited = false;
};

} // namespace tsunagu::ui
