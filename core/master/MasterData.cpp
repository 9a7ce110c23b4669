// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasterData.h"

#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>

namespace tsunagu {

namespace {

const QStringList& expectedColumns()
{
    static const QStringList columns{
        QStringLiteral("region_code"),
        QStringLiteral("region_name_ja"),
        QStringLiteral("region_name_en"),
        QStringLiteral("municipality_code"),
        QStringLiteral("municipality_name_ja"),
        QStringLiteral("municipality_name_en"),
        QStringLiteral("kind"),
    };
    return columns;
}

Region outsideRegion()
{
    return Region{QString(MasterData::Outside), QStringLiteral("県外"),
                  QStringLiteral("Outside the prefecture"), false};
}

Region unknownRegion()
{
    return Region{QString(MasterData::Unknown), QStringLiteral("不明"), QStringLiteral("Unknown"), false};
}

/// \a text with every code point case-folded as QString::compare() with
/// Qt::CaseInsensitive folds it: two texts compare equal that way exactly
/// when their folded forms are equal.
QString caseFolded(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = QChar::ReplacementCharacter; // as the comparison reads a lone surrogate
        }
        c = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(c)) {
            folded.append(QChar(QChar::highSurrogate(c)));
            folded.append(QChar(QChar::lowSurrogate(c)));
        } else {
            folded.append(QChar(static_cast<char16_t>(c)));
        }
    }
    return folded;
}

/// The name without its 市/町/村 suffix, or an empty string.
QString stemOf(const QString& nameJa)
{
    if (nameJa.size() < 2 || !QStringView(u"市町村").contains(nameJa.back())) {
        return {};
    }
    return nameJa.chopped(1);
}

} // namespace

bool MasterData::isValidLocalGovernmentCode(const QString& code)
{
    if (code.size() != 6) {
        return false;
    }
    int digits[6];
    for (int i = 0; i < 6; ++i) {
        const QChar c = code.at(i);
        if (c < u'0' || c > u'9') {
            return false;
        }
        digits[i] = c.unicode() - u'0';
    }
    // JIS X 0402: weights 6..2 over the first five digits, modulus 11.
    const int sum = digits[0] * 6 + digits[1] * 5 + digits[2] * 4 + digits[3] * 3 + digits[4] * 2;
    return (11 - sum % 11) % 10 == digits[5];
}

QString MasterData::kindToString(Municipality::Kind kind)
{
    switch (kind) {
    case Municipality::Kind::DesignatedCity:
        return QStringLiteral("designated_city");
    case Municipality::Kind::City:
        return QStringLiteral("city");
    case Municipality::Kind::Town:
        return QStringLiteral("town");
    case Municipality::Kind::Village:
        return QStringLiteral("village");
    case Municipality::Kind::Outside:
        return QStringLiteral("outside");
    case Municipality::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<Municipality::Kind> MasterData::kindFromString(const QString& text)
{
    for (auto kind :
         {Municipality::Kind::DesignatedCity, Municipality::Kind::City, Municipality::Kind::Town,
          Municipality::Kind::Village, Municipality::Kind::Outside, Municipality::Kind::Unknown}) {
        if (kindToString(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

Result<MasterData> MasterData::fromCsv(const QByteArray& utf8, const QString& sourceName)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const auto parsed = exchange::CsvReader::parse(text);
    if (!parsed.ok()) {
        return Error(Error::Kind::Invalid, MasterData::tr("%1: %2").arg(sourceName, parsed.message()));
    }
    const QList<exchange::CsvRecord>& records = parsed.value();
    if (records.isEmpty() || records.first().fields != expectedColumns()) {
        return Error(Error::Kind::Invalid, MasterData::tr("%1: row 1: the header must be %2")
                                               .arg(sourceName, expectedColumns().join(QLatin1Char(','))));
    }

    QStringList problems;
    QList<Region> regions;
    QList<Municipality> municipalities;
    QHash<QString, qsizetype> regionIndex;
    QHash<QString, bool> seenMunicipality;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const exchange::CsvRecord& record = records.at(i);
        if (record.fields.size() == 1 && record.fields.first().isEmpty()) {
            continue;
        }
        const auto problem = [&](const QString& what) {
            problems.append(MasterData::tr("%1: row %2: %3").arg(sourceName).arg(record.row).arg(what));
        };
        if (record.fields.size() != expectedColumns().size()) {
            problem(MasterData::tr("expected %1 columns, found %2")
                        .arg(expectedColumns().size())
                        .arg(record.fields.size()));
            continue;
        }
        const QStringList& f = record.fields;
        const auto kind = kindFromString(f.at(6));
        if (!kind || *kind == Municipality::Kind::Outside || *kind == Municipality::Kind::Unknown) {
            problem(MasterData::tr("unknown kind \"%1\"").arg(f.at(6)));
            continue;
        }
        if (f.at(0).isEmpty() || f.at(1).isEmpty() || f.at(4).isEmpty()) {
            problem(MasterData::tr("region code, region name and municipality name must not be empty"));
            continue;
        }
        if (!isValidLocalGovernmentCode(f.at(3))) {
            problem(MasterData::tr("\"%1\" is not a valid 6-digit local government code").arg(f.at(3)));
            continue;
        }
        if (seenMunicipality.contains(f.at(3))) {
            problem(MasterData::tr("municipality %1 appears twice").arg(f.at(3)));
            continue;
        }
        seenMunicipality.insert(f.at(3), true);
        const auto existing = regionIndex.constFind(f.at(0));
        if (existing == regionIndex.constEnd()) {
            regionIndex.insert(f.at(0), regions.size());
            regions.append(Region{f.at(0), f.at(1), f.at(2), *kind == Municipality::Kind::DesignatedCity});
        } else if (regions.at(*existing).nameJa != f.at(1)) {
            problem(MasterData::tr("region %1 has two names, \"%2\" and \"%3\"")
                        .arg(f.at(0), regions.at(*existing).nameJa, f.at(1)));
            continue;
        }
        municipalities.append(Municipality{f.at(3), f.at(0), f.at(4), f.at(5), *kind});
    }
    if (!problems.isEmpty()) {
        return Error(Error::Kind::Invalid, problems.join(QLatin1Char('\n')));
    }
    if (municipalities.isEmpty()) {
        return Error(Error::Kind::Invalid, MasterData::tr("%1: no municipalities").arg(sourceName));
    }
    return fromParts(std::move(regions), std::move(municipalities));
}

MasterData MasterData::fromParts(QList<Region> regions, QList<Municipality> municipalities)
{
    MasterData data;
    data.m_regions = std::move(regions);
    data.m_municipalities = std::move(municipalities);
    const auto hasRegion = [&](QLatin1StringView code) {
        return std::any_of(data.m_regions.cbegin(), data.m_regions.cend(),
                           [&](const Region& r) { return r.code == code; });
    };
    const auto hasMunicipality = [&](QLatin1StringView code) {
        return std::any_of(data.m_municipalities.cbegin(), data.m_municipalities.cend(),
                           [&](const Municipality& m) { return m.code == code; });
    };
    if (!hasRegion(Outside)) {
        data.m_regions.append(outsideRegion());
    }
    if (!hasRegion(Unknown)) {
        data.m_regions.append(unknownRegion());
    }
    if (!hasMunicipality(Outside)) {
        const Region r = outsideRegion();
        data.m_municipalities.append(
            Municipality{r.code, r.code, r.nameJa, r.nameEn, Municipality::Kind::Outside});
    }
    if (!hasMunicipality(Unknown)) {
        const Region r = unknownRegion();
        data.m_municipalities.append(
            Municipality{r.code, r.code, r.nameJa, r.nameEn, Municipality::Kind::Unknown});
    }
    data.rebuildIndex();
    return data;
}

const MasterData& MasterData::kanagawa()
{
    static const MasterData data = [] {
        QFile file(QStringLiteral(":/tsunagu/master/kanagawa-municipalities.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("Tsunagu: the Kanagawa master data resource is missing");
        }
        auto result = fromCsv(file.readAll(), QStringLiteral("kanagawa-municipalities.csv"));
        if (!result.ok()) {
            qFatal("Tsunagu: the Kanagawa master data is invalid: %s", qPrintable(result.message()));
        }
        return std::move(result).value();
    }();
    return data;
}

void MasterData::rebuildIndex()
{
    m_regionIndex.clear();
    m_municipalityIndex.clear();
    m_nameJaIndex.clear();
    m_nameEnIndex.clear();
    m_stemIndex.clear();
    for (qsizetype i = 0; i < m_regions.size(); ++i) {
        m_regionIndex.insert(m_regions.at(i).code, i);
    }
    for (qsizetype i = 0; i < m_municipalities.size(); ++i) {
        const Municipality& m = m_municipalities.at(i);
        m_municipalityIndex.insert(m.code, i);
        if (!m_nameJaIndex.contains(m.nameJa)) {
            m_nameJaIndex.insert(m.nameJa, i);
        }
        const QString folded = caseFolded(m.nameEn);
        if (!m_nameEnIndex.contains(folded)) {
            m_nameEnIndex.insert(folded, i);
        }
        if (const QString stem = stemOf(m.nameJa); !stem.isEmpty()) {
            // A second municipality with the same stem makes it ambiguous.
            m_stemIndex.insert(stem, m_stemIndex.contains(stem) ? -1 : i);
        }
    }
}

const Region* MasterData::region(const QString& code) const
{
    const auto it = m_regionIndex.constFind(code);
    return it == m_regionIndex.constEnd() ? nullptr : &m_regions.at(*it);
}

const Municipality* MasterData::municipality(const QString& code) const
{
    const auto it = m_municipalityIndex.constFind(code);
    return it == m_municipalityIndex.constEnd() ? nullptr : &m_municipalities.at(*it);
}

QList<const Municipality*> MasterData::municipalitiesIn(const QString& regionCode) const
{
    QList<const Municipality*> result;
    for (const Municipality& m : m_municipalities) {
        if (m.regionCode == regionCode) {
            result.append(&m);
        }
    }
    return result;
}

QString MasterData::regionOf(const QString& municipalityCode) const
{
    const Municipality* m = municipality(municipalityCode);
    return m ? m->regionCode : QString();
}

QString MasterData::municipalityCodeForInput(const QString& text) const
{
    const QString input = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (input.isEmpty()) {
        return {};
    }
    if (municipality(input)) {
        return input;
    }
    // The first municipality, in list order, with that Japanese or English name.
    const qsizetype byJa = m_nameJaIndex.value(input, -1);
    const qsizetype byEn = m_nameEnIndex.value(caseFolded(input), -1);
    if (byJa >= 0 || byEn >= 0) {
        return m_municipalities.at(byJa < 0 ? byEn : byEn < 0 ? byJa : std::min(byJa, byEn)).code;
    }
    // "川崎" for 川崎市: accept a name without its suffix when only one matches.
    const qsizetype byStem = m_stemIndex.value(input, -1);
    return byStem < 0 ? QString() : m_municipalities.at(byStem).code;
}

} // namespace tsunagu
