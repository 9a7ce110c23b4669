// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The bad-input catalogue of branch files: malformed files made by
// tests/data/branch-bad/make_fixtures.py, each refused on opening (for
// writing and read-only) with the message in expected.tsv, and left byte for
// byte as it was, with no journal or lock file left beside it.

#include "TestSupport.h"
#include "cases/CaseRepository.h"
#include "storage/BranchFile.h"
#include "storage/BranchLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

struct Expected
{
    QString file;
    Error::Kind kind;
    QString message;
};

Error::Kind kindNamed(const QString& name)
{
    static const QHash<QString, Error::Kind> kinds{
        {QStringLiteral("NotSqlite"), Error::Kind::NotSqlite},
        {QStringLiteral("NotTsunagu"), Error::Kind::NotTsunagu},
        {QStringLiteral("NewerVersion"), Error::Kind::NewerVersion},
        {QStringLiteral("Damaged"), Error::Kind::Damaged},
    };
    REQUIRE(kinds.contains(name));
    return kinds.value(name);
}

QList<Expected> catalogue()
{
    QList<Expected> entries;
    const QString manifest = QString::fromUtf8(readAll(dataPath(QStringLiteral("branch-bad/expected.tsv"))));
    for (const QString& line : manifest.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 3);
        entries.append({fields.at(0), kindNamed(fields.at(1)), fields.at(2)});
    }
    return entries;
}

} // namespace

TEST_CASE("every malformed branch file of the catalogue is refused with its message, unchanged",
          "[storage][bad-input]")
{
    const QList<Expected> entries = catalogue();
    REQUIRE(entries.size() >= 10);
    for (const Expected& entry : entries) {
        for (const auto access : {BranchFile::Access::ReadWrite, BranchFile::Access::ReadOnly}) {
            DYNAMIC_SECTION(entry.file.toStdString()
                            << (access == BranchFile::Access::ReadOnly ? " read-only" : ""))
            {
                ScratchDir dir;
                const QString path = dir.path(entry.file);
                REQUIRE(QFile::copy(dataPath(QStringLiteral("branch-bad/") + entry.file), path));
                QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
                const QByteArray before = fileHash(path);
                const auto opened = BranchFile::open(path, access);
                REQUIRE_FALSE(opened.ok());
                INFO(opened.message().toStdString());
                CHECK(opened.error().kind == entry.kind);
                CHECK(opened.message().contains(entry.message));
                CHECK(opened.message().contains(entry.file));
                CHECK(fileHash(path) == before);
                CHECK(QDir(dir.path(QString())).entryList(QDir::Files) == QStringList{entry.file});
            }
        }
    }
}

TEST_CASE("a folder, a missing file and a file without read access are refused clearly",
          "[storage][bad-input]")
{
    ScratchDir dir;
    const QString folder = dir.path(QStringLiteral("folder.tsunagu"));
    REQUIRE(QDir().mkpath(folder));
    auto opened = BranchFile::open(folder);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message().contains(QLatin1String("is not a file")));

    opened = BranchFile::open(dir.path(QStringLiteral("missing.tsunagu")));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::NotFound);
    CHECK(opened.message().contains(QLatin1String("does not exist")));
}

TEST_CASE("a leftover journal that is not a journal does not stop the next open", "[storage][bad-input]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    {
        auto file = createBranch(path);
        CaseRecord record = sampleCase();
        REQUIRE(CaseRepository(*file).add(record).ok());
    }
    writeAll(path + QStringLiteral("-journal"), QByteArray(3000, 'x'));
    auto opened = BranchFile::open(path);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    CHECK(CaseRepository(*opened.value()).count().value() == 1);
}

TEST_CASE("an older file missing a table of its version is refused before a migration writes to it",
          "[storage][bad-input][migration]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("old.tsunagu"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("schema/v2.tsunagu")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut-down"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("DROP TABLE case_care_need")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cut-down"));
    const QByteArray before = fileHash(path);
    const auto opened = BranchFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::Damaged);
    CHECK(opened.message().contains(QLatin1String("the table case_care_need is missing")));
    CHECK(fileHash(path) == before);
}
