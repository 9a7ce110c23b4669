// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "common/TextFolding.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace tsunagu::storage {

namespace {

// Version 1: the branch, its master data, coordinators and cases. Dates are
// ISO 8601 text (they sort and compare as dates, and stay readable in the
// sqlite3 shell). Codes are validated by the application, not by CHECK
// constraints, so that a code list can grow without a schema change.
const char* const SchemaV1 = R"sql(
CREATE TABLE branch_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE region (
    code            TEXT PRIMARY KEY NOT NULL,
    name_ja         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    designated_city INTEGER NOT NULL DEFAULT 0 CHECK (designated_city IN (0, 1)),
    sort_order      INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE municipality (
    code        TEXT PRIMARY KEY NOT NULL,
    region_code TEXT NOT NULL REFERENCES region (code),
    name_ja     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE coordinator (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (name <> ''),
    role              TEXT NOT NULL,
    affiliation       TEXT NOT NULL DEFAULT '',
    municipality_code TEXT REFERENCES municipality (code),
    training_cohort   INTEGER CHECK (training_cohort IS NULL OR training_cohort > 0),
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE case_record (
    id                INTEGER PRIMARY KEY,
    case_no           TEXT NOT NULL UNIQUE CHECK (case_no <> ''),
    received_on       TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    municipality_code TEXT NOT NULL REFERENCES municipality (code),
    method            TEXT NOT NULL,
    consulter         TEXT NOT NULL,
    status            TEXT NOT NULL,
    status_since      TEXT NOT NULL,
    coordinator_id    INTEGER REFERENCES coordinator (id) ON DELETE SET NULL,
    child_age         INTEGER CHECK (child_age IS NULL OR child_age BETWEEN 0 AND 29),
    note              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
-- Covers the statistics: counting a period reads this index only.
CREATE INDEX case_record_received_on
    ON case_record (received_on, municipality_code, method, consulter, status_since, status);
CREATE INDEX case_record_coordinator ON case_record (coordinator_id, status);

CREATE TABLE case_topic (
    case_id INTEGER NOT NULL REFERENCES case_record (id) ON DELETE CASCADE,
    topic   TEXT NOT NULL,
    PRIMARY KEY (case_id, topic)
) WITHOUT ROWID;
CREATE INDEX case_topic_topic ON case_topic (topic);

CREATE TABLE case_care_need (
    case_id   INTEGER NOT NULL REFERENCES case_record (id) ON DELETE CASCADE,
    care_need TEXT NOT NULL,
    PRIMARY KEY (case_id, care_need)
) WITHOUT ROWID;

CREATE TABLE case_status (
    case_id INTEGER NOT NULL REFERENCES case_record (id) ON DELETE CASCADE,
    since   TEXT NOT NULL,
    status  TEXT NOT NULL,
    PRIMARY KEY (case_id, since)
) WITHOUT ROWID;

CREATE TABLE case_personal (
    case_id        INTEGER PRIMARY KEY REFERENCES case_record (id) ON DELETE CASCADE,
    child_name     TEXT NOT NULL DEFAULT '',
    consulter_name TEXT NOT NULL DEFAULT '',
    contact        TEXT NOT NULL DEFAULT ''
);
)sql";

// Version 2: the contact log (延べ件数), each case's last-contact date for
// the case list, and a folded search text over case number, note and names.
const char* const SchemaV2 = R"sql(
CREATE TABLE contact_log (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_record (id) ON DELETE CASCADE,
    contacted_on TEXT NOT NULL CHECK (contacted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind         TEXT NOT NULL,
    method       TEXT NOT NULL,
    minutes      INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 1440),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_log_case ON contact_log (case_id, contacted_on);
CREATE INDEX contact_log_contacted_on ON contact_log (contacted_on, kind);

ALTER TABLE case_record ADD COLUMN last_contact_on TEXT;
UPDATE case_record SET last_contact_on = received_on;

CREATE TABLE case_search (
    case_id INTEGER PRIMARY KEY REFERENCES case_record (id) ON DELETE CASCADE,
    folded  TEXT NOT NULL
);
)sql";

// Version 3: the open cases on a day (workload, the report's open cases per
// coordinator) read the cases not completed, not all of them.
const char* const SchemaV3 = R"sql(
CREATE INDEX case_record_open
    ON case_record (status, status_since, received_on, coordinator_id);
)sql";

// Version 4: who was in charge of a case when. case_coordinator holds one row
// from the day the case was received, and one more at each handover (a NULL
// coordinator: nobody in charge from then on). The case row keeps the current
// coordinator and the day of its last handover (NULL while the coordinator it
// was received with is in charge): the open cases on a day are counted from
// the index of open cases as before, and only the few cases handed over after
// that day, found by their own small index, look up their history.
const char* const SchemaV4 = R"sql(
CREATE TABLE case_coordinator (
    case_id        INTEGER NOT NULL REFERENCES case_record (id) ON DELETE CASCADE,
    since          TEXT NOT NULL CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    coordinator_id INTEGER REFERENCES coordinator (id) ON DELETE SET NULL,
    PRIMARY KEY (case_id, since)
) WITHOUT ROWID;
INSERT INTO case_coordinator (case_id, since, coordinator_id)
    SELECT id, received_on, coordinator_id FROM case_record;

ALTER TABLE case_record ADD COLUMN handed_over_on TEXT;
-- Covers what the workload reads of a case handed over after a day.
CREATE INDEX case_record_handed_over
    ON case_record (handed_over_on, received_on, status, status_since, coordinator_id)
    WHERE handed_over_on IS NOT NULL;
)sql";

Result<void> fillSearchText(QSqlDatabase& database)
{
    QSqlQuery select(database);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT c.id, c.case_no, c.note, p.child_name, p.consulter_name "
                                    "FROM case_record c LEFT JOIN case_personal p ON p.case_id = c.id"))) {
        return databaseError(QCoreApplication::translate("tsunagu::storage", "Updating the file structure"),
                             select.lastError());
    }
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO case_search (case_id, folded) VALUES (?, ?)"));
    while (select.next()) {
        insert.bindValue(0, select.value(0));
        insert.bindValue(1, searchTextOf(select.value(1).toString(), select.value(2).toString(),
                                         select.value(3).toString(), select.value(4).toString()));
        if (!insert.exec()) {
            return databaseError(
                QCoreApplication::translate("tsunagu::storage", "Updating the file structure"),
                insert.lastError());
        }
    }
    return {};
}

} // namespace

QString searchTextOf(const QString& caseNo, const QString& note, const QString& childName,
                     const QString& consulterName)
{
    return foldForSearch(QStringList{caseNo, childName, consulterName, note}.join(QLatin1Char('\n')));
}

Result<void> executeScript(QSqlDatabase& database, const QString& script)
{
    const QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        const QString sql = statement.trimmed();
        if (sql.isEmpty()) {
            continue;
        }
        QSqlQuery query(database);
        if (!query.exec(sql)) {
            return databaseError(
                QCoreApplication::translate("tsunagu::storage", "Updating the file structure"),
                query.lastError());
        }
    }
    return {};
}

const QList<Migration>& migrations()
{
    static const QList<Migration> ladder{
        Migration{1, QStringLiteral("initial schema"),
                  [](QSqlDatabase& db) {
                      return executeScript(db, QString::fromUtf8(SchemaV1));
                  }},
        Migration{2, QStringLiteral("contact log and case search"),
                  [](QSqlDatabase& db) -> Result<void> {
                      if (auto r = executeScript(db, QString::fromUtf8(SchemaV2)); !r.ok()) {
                          return r;
                      }
                      return fillSearchText(db);
                  }},
        Migration{3, QStringLiteral("index of open cases"),
                  [](QSqlDatabase& db) {
                      return executeScript(db, QString::fromUtf8(SchemaV3));
                  }},
        Migration{4, QStringLiteral("coordinator history"),
                  [](QSqlDatabase& db) {
                      return executeScript(db, QString::fromUtf8(SchemaV4));
                  }},
    };
    return ladder;
}

Result<void> migrate(QSqlDatabase& database, int fromVersion, const QList<Migration>& ladder)
{
    int version = fromVersion;
    for (const Migration& step : ladder) {
        if (step.toVersion <= version) {
            continue;
        }
        if (step.toVersion != version + 1) {
            return Error(
                Error::Kind::Database,
                QCoreApplication::translate("tsunagu::storage", "No migration from schema version %1 to %2")
                    .arg(version)
                    .arg(step.toVersion));
        }
        if (auto result = step.apply(database); !result.ok()) {
            return Error(
                result.error().kind,
                QCoreApplication::translate("tsunagu::storage", "Upgrading to schema version %1 (%2): %3")
                    .arg(step.toVersion)
                    .arg(step.name, result.message()));
        }
        version = step.toVersion;
    }
    QSqlQuery query(database);
    // PRAGMA takes no bound parameters; the value is an int we produced.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        return databaseError(QCoreApplication::translate("tsunagu::storage", "Recording the schema version"),
                             query.lastError());
    }
    return {};
}

namespace {

using Structure = QList<std::pair<QString, QStringList>>; ///< tables with their columns

Result<Structure> structureOf(const QSqlDatabase& database)
{
    const QString action = QCoreApplication::translate("tsunagu::storage", "Reading the file's structure");
    Structure structure;
    QSqlQuery tables(database);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite_%' ORDER BY name"))) {
        return databaseError(action, tables.lastError());
    }
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QStringList columns;
        QSqlQuery info(database);
        if (!info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
            return databaseError(action, info.lastError());
        }
        while (info.next()) {
            columns << info.value(1).toString();
        }
        if (info.lastError().isValid()) {
            return databaseError(action, info.lastError());
        }
        structure.append({table, columns});
    }
    // A read that failed midway ends the rows early: an I/O error, not a
    // missing table.
    if (tables.lastError().isValid()) {
        return databaseError(action, tables.lastError());
    }
    return structure;
}

/// The structure every file of \a version has: the ladder up to it, run on
/// an empty in-memory database once per process and version.
Structure expectedStructure(int version)
{
    static QMutex mutex;
    static QHash<int, Structure> made;
    const QMutexLocker locker(&mutex);
    if (const auto found = made.constFind(version); found != made.constEnd()) {
        return *found;
    }
    QList<Migration> ladder;
    for (const Migration& step : migrations()) {
        if (step.toVersion <= version) {
            ladder.append(step);
        }
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tsunagu-expected-schema-%1").arg(++counter);
    Structure structure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && migrate(db, 0, ladder).ok()) {
            if (auto read = structureOf(db); read.ok()) {
                structure = read.value();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    made.insert(version, structure);
    return structure;
}

} // namespace

Result<void> verifyStructure(const QSqlDatabase& database, int version)
{
    const auto read = structureOf(database);
    if (!read.ok()) {
        return read.error();
    }
    const Structure& present = read.value();
    for (const auto& [table, columns] : expectedStructure(version)) {
        const auto found = std::find_if(present.cbegin(), present.cend(),
                                        [&table = table](const auto& entry) { return entry.first == table; });
        if (found == present.cend()) {
            return Error(
                Error::Kind::Damaged,
                QCoreApplication::translate("tsunagu::storage", "the table %1 is missing").arg(table));
        }
        for (const QString& column : columns) {
            if (!found->second.contains(column)) {
                return Error(Error::Kind::Damaged,
                             QCoreApplication::translate("tsunagu::storage",
                                                         "the column %1 of the table %2 is missing")
                                 .arg(column, table));
            }
        }
    }
    return {};
}

} // namespace tsunagu::storage
