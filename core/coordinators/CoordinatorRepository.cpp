// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoordinatorRepository.h"

#include "codes/Codes.h"
#include "statistics/ReportData.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu {

using storage::databaseError;

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, name, role, affiliation, municipality_code, training_cohort, active FROM coordinator");

Coordinator fromQuery(const QSqlQuery& query)
{
    Coordinator c;
    c.id = query.value(0).toLongLong();
    c.name = query.value(1).toString();
    c.role = query.value(2).toString();
    c.affiliation = query.value(3).toString();
    c.municipalityCode = query.value(4).toString();
    if (!query.value(5).isNull()) {
        c.trainingCohort = query.value(5).toInt();
    }
    c.active = query.value(6).toInt() != 0;
    return c;
}

void bindFields(QSqlQuery& query, const Coordinator& c)
{
    query.addBindValue(c.name.trimmed());
    query.addBindValue(c.role);
    query.addBindValue(c.affiliation.isNull() ? QStringLiteral("") : c.affiliation);
    query.addBindValue(c.municipalityCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(c.municipalityCode));
    query.addBindValue(c.trainingCohort ? QVariant(*c.trainingCohort) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(c.active ? 1 : 0);
}

} // namespace

CoordinatorRepository::CoordinatorRepository(BranchFile& file)
    : m_file(file)
{}

QString CoordinatorRepository::validate(const Coordinator& coordinator) const
{
    if (coordinator.name.trimmed().isEmpty()) {
        return CoordinatorRepository::tr("A coordinator needs a name.");
    }
    if (!codes::coordinatorRoles().contains(coordinator.role)) {
        return CoordinatorRepository::tr("\"%1\" is not a coordinator role.").arg(coordinator.role);
    }
    if (!coordinator.municipalityCode.isEmpty() &&
        !m_file.masterData().municipality(coordinator.municipalityCode)) {
        return CoordinatorRepository::tr("\"%1\" is not a municipality of the master data.")
            .arg(coordinator.municipalityCode);
    }
    if (coordinator.trainingCohort && *coordinator.trainingCohort <= 0) {
        return CoordinatorRepository::tr("The training cohort is a number from 1.");
    }
    return {};
}

Result<QList<Coordinator>> CoordinatorRepository::all() const
{
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    if (!query.exec(SelectColumns + QStringLiteral(" ORDER BY role <> 'chief', name"))) {
        return databaseError(CoordinatorRepository::tr("Reading the coordinators"), query.lastError());
    }
    QList<Coordinator> result;
    while (query.next()) {
        result.append(fromQuery(query));
    }
    return result;
}

Result<Coordinator> CoordinatorRepository::load(qint64 id) const
{
    QSqlQuery query(m_file.database());
    query.prepare(SelectColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return databaseError(CoordinatorRepository::tr("Reading a coordinator"), query.lastError());
    }
    if (!query.next()) {
        return Error(Error::Kind::NotFound, CoordinatorRepository::tr("The coordinator no longer exists."));
    }
    return fromQuery(query);
}

Result<std::optional<Coordinator>> CoordinatorRepository::findByName(const QString& name) const
{
    QSqlQuery query(m_file.database());
    query.prepare(SelectColumns + QStringLiteral(" WHERE name = ? ORDER BY id LIMIT 1"));
    query.addBindValue(name.trimmed());
    if (!query.exec()) {
        return databaseError(CoordinatorRepository::tr("Reading a coordinator"), query.lastError());
    }
    if (!query.next()) {
        return std::optional<Coordinator>();
    }
    return std::optional<Coordinator>(fromQuery(query));
}

Result<qint64> CoordinatorRepository::add(Coordinator& coordinator)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r.error();
    }
    storage::WriteTransaction transaction(m_file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r.error();
    }
    Coordinator stored = coordinator;
    auto id = insertInTransaction(stored);
    if (!id.ok()) {
        return id.error();
    }
    if (auto r = transaction.commit(); !r.ok()) {
        return r.error();
    }
    coordinator = stored;
    return id;
}

Result<qint64> CoordinatorRepository::insertInTransaction(Coordinator& coordinator)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r.error();
    }
    if (const QString problem = validate(coordinator); !problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("INSERT INTO coordinator (name, role, affiliation, municipality_code, "
                                 "training_cohort, active) VALUES (?, ?, ?, ?, ?, ?)"));
    bindFields(query, coordinator);
    if (!query.exec()) {
        return databaseError(CoordinatorRepository::tr("Saving a coordinator"), query.lastError());
    }
    coordinator.id = query.lastInsertId().toLongLong();
    return coordinator.id;
}

Result<void> CoordinatorRepository::update(const Coordinator& coordinator)
{
    if (auto r = m_file.ensureWritable(); !r.ok()) {
        return r;
    }
    if (const QString problem = validate(coordinator); !problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    storage::WriteTransaction transaction(m_file.database());
    if (auto r = transaction.begin(); !r.ok()) {
        return r;
    }
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("UPDATE coordinator SET name = ?, role = ?, affiliation = ?, "
                                 "municipality_code = ?, training_cohort = ?, active = ? WHERE id = ?"));
    bindFields(query, coordinator);
    query.addBindValue(coordinator.id);
    if (!query.exec()) {
        return databaseError(CoordinatorRepository::tr("Saving a coordinator"), query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return Error(Error::Kind::NotFound, CoordinatorRepository::tr("The coordinator no longer exists."));
    }
    return transaction.commit();
}

Result<QHash<qint64, qint64>> CoordinatorRepository::openCaseCounts() const
{
    // The workload of the report and the dashboard as of today: one
    // definition of an open case and of who is in charge of it.
    const auto loads = statistics::StatisticsEngine(m_file).workload(QDate::currentDate());
    if (!loads.ok()) {
        return loads.error();
    }
    QHash<qint64, qint64> counts;
    for (const statistics::CoordinatorLoad& load : loads.value()) {
        if (load.coordinatorId != 0) {
            counts.insert(load.coordinatorId, load.openCases);
        }
    }
    return counts;
}

} // namespace tsunagu
