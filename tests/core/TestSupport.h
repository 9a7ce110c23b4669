// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRecord.h"
#include "storage/BranchFile.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tsunagu::test {

/// The tests/data folder.
QString dataPath(const QString& relative);

/// A scratch folder that disappears with the test.
class ScratchDir
{
public:
    ScratchDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

/// SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray fileHash(const QString& path);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

/// A fresh writable branch file for the Shonan East branch.
std::unique_ptr<BranchFile> createBranch(const QString& path);

/// A valid case received on \a receivedOn.
CaseRecord sampleCase(QDate receivedOn = QDate(2024, 4, 1));

/// A small, empty file system for "disk full" tests: a tmpfs of \a kilobytes
/// mounted on a scratch folder for the test's lifetime. Mounting needs root
/// (Linux containers and CI runners usually are); elsewhere isMounted() is
/// false and the caller skips with a WARN that says so.
class SmallDisk
{
public:
    explicit SmallDisk(int kilobytes = 64);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    /// Why it could not be mounted.
    QString whyNot() const { return m_whyNot; }
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace tsunagu::test
