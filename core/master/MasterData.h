// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace tsunagu {

/// A 圏域 (region). A designated city (政令市) is a region of its own.
struct Region
{
    QString code;
    QString nameJa;
    QString nameEn;
    bool designatedCity = false;

    QString name(Language language = displayLanguage()) const
    {
        return language == Language::Japanese ? nameJa : nameEn;
    }
};

/// A 市町村 with its 6-digit 全国地方公共団体コード, or one of the two pseudo
/// municipalities `outside` (県外) and `unknown` (不明) the exchange spec allows.
struct Municipality
{
    enum class Kind
    {
        DesignatedCity,
        City,
        Town,
        Village,
        Outside,
        Unknown,
    };

    QString code;
    QString regionCode;
    QString nameJa;
    QString nameEn;
    Kind kind = Kind::City;

    QString name(Language language = displayLanguage()) const
    {
        return language == Language::Japanese ? nameJa : nameEn;
    }
};

/// Regions and municipalities of one prefecture, in report order. Loaded from
/// a CSV shaped like resources/master/kanagawa-municipalities.csv, so another
/// prefecture needs a data file, not code. Always ends with the pseudo region
/// and municipality `outside` and `unknown`.
class MasterData
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::MasterData)

public:
    static constexpr QLatin1StringView Outside{"outside"};
    static constexpr QLatin1StringView Unknown{"unknown"};

    MasterData() = default;

    /// Parses and validates a master-data CSV (UTF-8). Every problem is
    /// reported with its row; codes must be 6 digits with a valid check digit.
    static Result<MasterData> fromCsv(const QByteArray& utf8, const QString& sourceName);
    /// Builds master data from already validated parts (e.g. read from a
    /// branch file); adds the pseudo entries when they are missing.
    static MasterData fromParts(QList<Region> regions, QList<Municipality> municipalities);
    /// The shipped default: Kanagawa.
    static const MasterData& kanagawa();

    /// Whether \a code is a well-formed local government code (6 digits,
    /// JIS X 0402 check digit).
    static bool isValidLocalGovernmentCode(const QString& code);

    const QList<Region>& regions() const { return m_regions; }
    const QList<Municipality>& municipalities() const { return m_municipalities; }
    const Region* region(const QString& code) const;
    const Municipality* municipality(const QString& code) const;
    QList<const Municipality*> municipalitiesIn(const QString& regionCode) const;
    /// The region a municipality belongs to; empty if the code is unknown.
    QString regionOf(const QString& municipalityCode) const;

    /// Resolves what a user typed for a municipality: a code, `outside` or
    /// `unknown`, 県外 or 不明, a Japanese or English name, or a Japanese name
    /// without its 市/町/村 suffix when that is unambiguous ("川崎"). The text
    /// is trimmed and NFKC-normalised first (full-width digits); English names
    /// match case-insensitively. Returns the code, or an empty string. Hash
    /// lookups, not scans: an import calls this for every row.
    QString municipalityCodeForInput(const QString& text) const;

    static QString kindToString(Municipality::Kind kind);
    static std::optional<Municipality::Kind> kindFromString(const QString& text);

private:
    void rebuildIndex();

    QList<Region> m_regions;
    QList<Municipality> m_municipalities;
    QHash<QString, qsizetype> m_regionIndex;
    QHash<QString, qsizetype> m_municipalityIndex;
    // For municipalityCodeForInput(): Japanese name -> first municipality
    // with it; case-folded English name -> first municipality with it;
    // Japanese name without its 市/町/村 -> the municipality, or -1 when
    // several share that stem.
    QHash<QString, qsizetype> m_nameJaIndex;
    QHash<QString, qsizetype> m_nameEnIndex;
    QHash<QString, qsizetype> m_stemIndex;
};

} // namespace tsunagu
