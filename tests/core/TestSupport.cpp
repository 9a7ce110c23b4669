// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

namespace tsunagu::test {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(TSUNAGU_TEST_DATA_DIR)).filePath(relative);
}

ScratchDir::ScratchDir()
{
    REQUIRE(m_dir.isValid());
}

QString ScratchDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

std::unique_ptr<BranchFile> createBranch(const QString& path)
{
    BranchInfo info;
    info.name = QStringLiteral("湘南東部圏域ブランチ");
    info.regionCode = QStringLiteral("shonan-east");
    info.chiefCoordinatorName = QStringLiteral("山田 花子");
    auto file = BranchFile::create(path, info);
    INFO(file.message().toStdString());
    REQUIRE(file.ok());
    return std::move(file).value();
}

CaseRecord sampleCase(QDate receivedOn)
{
    CaseRecord record;
    record.receivedOn = receivedOn;
    record.municipalityCode = QStringLiteral("142051"); // 藤沢市
    record.method = QStringLiteral("phone");
    record.consulter = QStringLiteral("parent");
    record.topics = {QStringLiteral("respite"), QStringLiteral("nursery")};
    record.statusHistory = {{QStringLiteral("ongoing"), receivedOn}};
    record.childAge = 3;
    record.careNeeds = {QStringLiteral("tracheostomy"), QStringLiteral("suction")};
    record.note = QStringLiteral("保育園入園の相談。\n看護師配置を確認。");
    record.personal = PersonalData{QStringLiteral("佐藤 陽翔"), QStringLiteral("佐藤 保護者"),
                                   QStringLiteral("090-0000-0000")};
    return record;
}

SmallDisk::SmallDisk(int kilobytes)
{
#if defined(Q_OS_LINUX)
    REQUIRE(m_dir.isValid());
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), m_dir.path()});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit ||
        mount.exitCode() != 0) {
        m_whyNot =
            QStringLiteral("mount -t tmpfs failed (%1)")
                .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed() + mount.errorString());
        return;
    }
    m_mounted = true;
#else
    Q_UNUSED(kilobytes);
    m_whyNot = QStringLiteral("a tmpfs can be mounted on Linux only");
#endif
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) {
        QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
}

QString SmallDisk::path(const QString& name) const
{
    return m_dir.filePath(name);
}

} // namespace tsunagu::test
