#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tsunagu contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the FY R5 (令和5年度) fixture from the seed document's statistics.

The seed (かながわ医療的ケア児支援センター, 令和6年度第1回東京都医療的ケア児支援
地域協議会資料) reports 77 consultations for FY R5 with their breakdown by
municipality, method, consulter and topic, and their status on 2024-03-31.
This script invents 77 synthetic cases whose marginals reproduce those tables
exactly, writes them as two CSV files (UTF-8 with codes, CP932 with Japanese
labels) and writes the summary JSON the app must produce for the fiscal year.

Stdlib only and deterministic: the same script always writes the same bytes.
It does not use the app's code; it only cross-checks its own copy of the
master data and code lists against the repository's resources when present.

    python3 make_fixture.py
"""

import csv
import datetime as dt
import io
import json
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

SEED = 20230401  # fixed random seed
PERIOD_FROM = dt.date(2023, 4, 1)
PERIOD_TO = dt.date(2024, 3, 31)
AFTER_FROM = dt.date(2024, 4, 1)  # status changes after the period end
AFTER_TO = dt.date(2024, 6, 30)

UTF8_CSV = HERE / "fy-r5-cases.csv"
CP932_CSV = HERE / "fy-r5-cases-cp932.csv"
SUMMARY_JSON = HERE / "fy-r5-summary-expected.json"

# --------------------------------------------------------------------------
# Master data (Kanagawa), in the order of kanagawa-municipalities.csv:
# (region_code, municipality_code, municipality_name_ja)
MUNICIPALITIES = [
    ("yokohama", "141003", "横浜市"),
    ("kawasaki", "141305", "川崎市"),
    ("sagamihara", "141500", "相模原市"),
    ("yokosuka-miura", "142018", "横須賀市"),
    ("yokosuka-miura", "142042", "鎌倉市"),
    ("yokosuka-miura", "142085", "逗子市"),
    ("yokosuka-miura", "142107", "三浦市"),
    ("yokosuka-miura", "143014", "葉山町"),
    ("shonan-east", "142051", "藤沢市"),
    ("shonan-east", "142077", "茅ヶ崎市"),
    ("shonan-east", "143219", "寒川町"),
    ("shonan-west", "142034", "平塚市"),
    ("shonan-west", "142115", "秦野市"),
    ("shonan-west", "142140", "伊勢原市"),
    ("shonan-west", "143413", "大磯町"),
    ("shonan-west", "143421", "二宮町"),
    ("kenoh", "142123", "厚木市"),
    ("kenoh", "142131", "大和市"),
    ("kenoh", "142158", "海老名市"),
    ("kenoh", "142166", "座間市"),
    ("kenoh", "142182", "綾瀬市"),
    ("kenoh", "144011", "愛川町"),
    ("kenoh", "144029", "清川村"),
    ("kensei", "142069", "小田原市"),
    ("kensei", "142174", "南足柄市"),
    ("kensei", "143618", "中井町"),
    ("kensei", "143626", "大井町"),
    ("kensei", "143634", "松田町"),
    ("kensei", "143642", "山北町"),
    ("kensei", "143669", "開成町"),
    ("kensei", "143821", "箱根町"),
    ("kensei", "143839", "真鶴町"),
    ("kensei", "143847", "湯河原町"),
]
REGIONS = ["yokohama", "kawasaki", "sagamihara", "yokosuka-miura", "shonan-east",
           "shonan-west", "kenoh", "kensei", "outside", "unknown"]
SPECIAL_MUNICIPALITIES = {"outside": "県外", "unknown": "不明"}

# Code lists of the exchange-format spec, in the spec tables' order.
METHODS = [("phone", "電話"), ("line", "LINE"), ("email", "メール"), ("fax", "FAX"),
           ("visit", "来所・対面"), ("other", "その他")]
CONSULTERS = [("parent", "親・親族"), ("supporter", "支援者"), ("other", "その他"),
              ("unknown", "不明")]
STATUSES = [("ongoing", "継続"), ("observation", "経過観察"), ("completed", "完了")]
TOPICS = [
    ("discharge-home", "退院調整（在宅移行支援）"),
    ("discharge-facility", "退院調整（施設移行・入所支援）"),
    ("home-life", "在宅生活（転居支援、訪問医・訪問看護等）"),
    ("respite", "レスパイト"),
    ("welfare-consultation", "障害福祉サービス（相談支援）"),
    ("welfare-community", "障害福祉サービス（地域生活支援）"),
    ("welfare-other", "障害福祉サービス（その他）"),
    ("system", "制度（相談、支援、養成等）"),
    ("child-development", "児童発達支援に関すること"),
    ("nursery", "入園に関すること（保育園・幼稚園）"),
    ("school-entry", "就学に関すること（特支(小)・(小)普通級・(小)支援級）"),
    ("school-junior-high", "進学に関すること（特支(中)・(中)普通級・(中)支援級）"),
    ("school-high", "進学に関すること（特支(高)）"),
    ("school-life", "学校生活に関すること"),
    ("commuting", "通学支援・移動支援に関すること"),
    ("after-school", "放課後デイサービスに関すること"),
    ("other", "その他（社会資源、家族支援、地域課題、学校看護師の採用・募集、成人以降支援）"),
]
CARE_NEEDS = [
    ("ventilator", "人工呼吸器"), ("tracheostomy", "気管切開"),
    ("nasopharyngeal-airway", "鼻咽頭エアウェイ"), ("oxygen", "酸素療法"),
    ("suction", "吸引"), ("nebulizer", "ネブライザー"), ("tube-feeding", "経管栄養"),
    ("central-venous", "中心静脈カテーテル"), ("injection", "皮下注射"),
    ("blood-glucose", "血糖測定"), ("dialysis", "透析"), ("catheterization", "導尿"),
    ("bowel-management", "排便管理"), ("seizure-care", "痙攣時の処置"),
]

# CSV columns: (code, Japanese heading), in the spec table's order.
COLUMNS = [
    ("case_no", "相談番号"), ("received_on", "受付日"), ("municipality", "市町村"),
    ("method", "相談方法"), ("consulter", "相談者"), ("topics", "相談内容"),
    ("status", "状況"), ("status_since", "状況変更日"),
    ("coordinator", "担当コーディネーター"), ("child_age", "年齢"),
    ("care_needs", "医療的ケア"), ("child_name", "児童氏名"),
    ("consulter_name", "相談者氏名"), ("contact", "連絡先"), ("note", "備考"),
]
# The CP932 file uses another column order, to prove the order is free.
CP932_ORDER = ["note", "case_no", "status", "status_since", "municipality", "method",
               "consulter", "topics", "received_on", "coordinator", "child_age",
               "care_needs", "child_name", "consulter_name", "contact"]

# --------------------------------------------------------------------------
# The seed's FY R5 numbers (令和5年度), copied from the document.
SEED_CASES = 77
SEED_STATUS = {"completed": 36, "ongoing": 36, "observation": 5}  # 令和6年3月31日現在
SEED_MUNICIPALITIES = {  # (1) 圏域別件数
    "横須賀市": 7, "鎌倉市": 7, "逗子市": 3, "三浦市": 0, "葉山町": 0,
    "藤沢市": 13, "茅ヶ崎市": 2, "寒川町": 1,
    "平塚市": 3, "秦野市": 11, "伊勢原市": 1, "大磯町": 1, "二宮町": 0,
    "厚木市": 7, "大和市": 0, "海老名市": 0, "座間市": 1, "綾瀬市": 1, "愛川町": 0,
    "清川村": 0,
    "小田原市": 5, "南足柄市": 1, "中井町": 1, "大井町": 0, "松田町": 0, "山北町": 0,
    "開成町": 1, "箱根町": 0, "真鶴町": 1, "湯河原町": 0,
    "横浜市": 5, "川崎市": 1, "相模原市": 1, "県外": 1, "不明": 2,
}
SEED_REGION_TOTALS = {  # the 圏域 column of (1); 政令市・その他 = 10
    "yokosuka-miura": 17, "shonan-east": 16, "shonan-west": 16, "kenoh": 9, "kensei": 9,
}
SEED_DESIGNATED_AND_OTHER = 10
SEED_METHODS = {"phone": 59, "line": 10, "email": 1, "fax": 0, "visit": 0,
                "other": 7}  # (2) その他（対面等）7件
SEED_CONSULTERS = {"parent": 25, "supporter": 51, "other": 0, "unknown": 1}  # (3)
SEED_TOPICS = {  # (4) 主訴別：140件の内訳
    "discharge-home": 15, "discharge-facility": 2, "home-life": 6, "respite": 17,
    "welfare-consultation": 10, "welfare-community": 1, "welfare-other": 8, "system": 15,
    "child-development": 5, "nursery": 20, "school-entry": 6, "school-junior-high": 0,
    "school-high": 2, "school-life": 7, "commuting": 4, "after-school": 2, "other": 20,
}
SEED_TOPIC_MENTIONS = 140  # 合計 140件

# How the status "as of 2024-03-31" is arranged (sums to SEED_STATUS):
#   completed as of the period end: completed, status_since in [received_on, to]
N_COMPLETED = 36
#   observation as of the period end: observation, status_since <= to
N_OBSERVATION = 5
#   ongoing as of the period end: still ongoing, or changed after the period end
N_ONGOING_STILL = 26
N_ONGOING_LATER_COMPLETED = 8    # completed, status_since in April-June 2024
N_ONGOING_LATER_OBSERVATION = 2  # observation, status_since in April-June 2024

# Topics per case (sizes -> number of cases); 77 cases, 140 mentions.
TOPICS_PER_CASE = {1: 36, 2: 25, 3: 11, 4: 4, 5: 1}

COORDINATORS = ["山田 花子", "鈴木 一郎", "佐藤 美咲"]
NOTES = [
    "訪問看護ステーションと調整中、来週再連絡",
    "母より電話。\"急ぎ\"とのこと",
    "1回目: 病院MSWから連絡\n2回目: 自宅訪問",
    "保育園, 幼稚園の両方を検討中",
    "相談支援専門員と同行、\"ケース会議\"を予定\n日程は未定, 再調整",
    "レスパイト先の候補を3か所紹介",
    "市の担当課へつないだ",
    "一行目\n\n三行目（空行あり）",
    "本人の体調が安定してから再開",
    "学校看護師の配置について、教育委員会に確認",
    "\"\"と書かれたメモあり, 詳細不明",
]


def label_maps():
    return {
        "method": dict(METHODS), "consulter": dict(CONSULTERS), "status": dict(STATUSES),
        "topics": dict(TOPICS), "care_needs": dict(CARE_NEEDS),
        "municipality": {**{code: name for _, code, name in MUNICIPALITIES},
                         **SPECIAL_MUNICIPALITIES},
    }


def check_against_repository():
    """Compares the copies above with the repository's resources, if present."""
    master = REPO / "resources" / "master" / "kanagawa-municipalities.csv"
    if master.exists():
        with master.open(encoding="utf-8", newline="") as f:
            rows = [(r["region_code"], r["municipality_code"], r["municipality_name_ja"])
                    for r in csv.DictReader(f)]
        assert rows == MUNICIPALITIES, "master data differs from resources/master"
    codes = REPO / "resources" / "codes" / "code-lists.csv"
    if codes.exists():
        with codes.open(encoding="utf-8", newline="") as f:
            lists = {}
            for r in csv.DictReader(f):
                lists.setdefault(r["list"], []).append((r["code"], r["label_ja"]))
        for name, ours in (("method", METHODS), ("consulter", CONSULTERS),
                           ("status", STATUSES), ("topic", TOPICS),
                           ("care-need", CARE_NEEDS)):
            assert lists.get(name) == ours, f"code list {name} differs from resources/codes"


def check_seed_numbers():
    region_of = {name: region for region, _, name in MUNICIPALITIES}
    assert set(SEED_MUNICIPALITIES) == set(region_of) | set(SPECIAL_MUNICIPALITIES.values())
    assert sum(SEED_MUNICIPALITIES.values()) == SEED_CASES
    totals = Counter()
    for name, n in SEED_MUNICIPALITIES.items():
        totals[region_of.get(name, "other")] += n
    for region, n in SEED_REGION_TOTALS.items():
        assert totals[region] == n, region
    assert sum(n for r, n in totals.items() if r not in SEED_REGION_TOTALS) \
        == SEED_DESIGNATED_AND_OTHER
    assert sum(SEED_STATUS.values()) == SEED_CASES
    assert sum(SEED_METHODS.values()) == SEED_CASES
    assert sum(SEED_CONSULTERS.values()) == SEED_CASES
    assert sum(SEED_TOPICS.values()) == SEED_TOPIC_MENTIONS
    assert N_COMPLETED == SEED_STATUS["completed"]
    assert N_OBSERVATION == SEED_STATUS["observation"]
    assert N_ONGOING_STILL + N_ONGOING_LATER_COMPLETED + N_ONGOING_LATER_OBSERVATION \
        == SEED_STATUS["ongoing"]
    assert sum(TOPICS_PER_CASE.values()) == SEED_CASES
    assert sum(k * n for k, n in TOPICS_PER_CASE.items()) == SEED_TOPIC_MENTIONS


def expected_summary():
    """The summary JSON of spec section 2, from the seed numbers alone."""
    code_of = {name: code for _, code, name in MUNICIPALITIES}
    code_of.update({label: code for code, label in SPECIAL_MUNICIPALITIES.items()})
    municipality = {code: SEED_MUNICIPALITIES[name] for _, code, name in MUNICIPALITIES}
    municipality["outside"] = SEED_MUNICIPALITIES["県外"]
    municipality["unknown"] = SEED_MUNICIPALITIES["不明"]
    region = {r: 0 for r in REGIONS}
    for r, code, _ in MUNICIPALITIES:
        region[r] += municipality[code]
    region["outside"] = municipality["outside"]
    region["unknown"] = municipality["unknown"]
    return {
        "period": {"from": PERIOD_FROM.isoformat(), "to": PERIOD_TO.isoformat()},
        "cases": SEED_CASES,
        "status": {code: SEED_STATUS[code] for code, _ in STATUSES},
        "region": region,
        "municipality": municipality,
        "method": {code: SEED_METHODS[code] for code, _ in METHODS},
        "consulter": {code: SEED_CONSULTERS[code] for code, _ in CONSULTERS},
        "topic": {code: SEED_TOPICS[code] for code, _ in TOPICS},
        "topic_mentions": SEED_TOPIC_MENTIONS,
    }


def random_date(rng, first, last):
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def expand(counts):
    return [code for code, n in counts.items() for _ in range(n)]


def assign_topics(rng):
    """Distinct topics per case, at least one, exactly the seed's mentions."""
    order = [code for code, _ in TOPICS]
    sizes = [k for k, n in sorted(TOPICS_PER_CASE.items()) for _ in range(n)]
    rng.shuffle(sizes)
    for _attempt in range(1000):
        remaining = dict(SEED_TOPICS)
        result = [None] * len(sizes)
        ok = True
        # Larger cases first, so that the single-topic cases take what is left.
        for i in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
            chosen = []
            for _ in range(sizes[i]):
                pool = [t for t in order if remaining[t] > 0 and t not in chosen]
                if not pool:
                    ok = False
                    break
                t = rng.choices(pool, weights=[remaining[t] for t in pool])[0]
                chosen.append(t)
                remaining[t] -= 1
            if not ok:
                break
            result[i] = sorted(chosen, key=order.index)
        if ok:
            assert all(n == 0 for n in remaining.values())
            return result
    raise RuntimeError("could not distribute the topics")


def build_cases():
    rng = random.Random(SEED)
    n = SEED_CASES

    # Received dates: the two period ends and a leap day, the rest spread out.
    dates = [PERIOD_FROM, PERIOD_TO, dt.date(2024, 2, 29)]
    # Every month of the fiscal year gets six or seven of the others.
    months = [(2023 + (m + 3) // 12, (m + 3) % 12 + 1) for m in range(12)]
    for i in range(n - len(dates)):
        year, month = months[i % 12]
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        dates.append(random_date(rng, first, following - dt.timedelta(days=1)))
    dates.sort()

    code_of = {name: code for _, code, name in MUNICIPALITIES}
    code_of.update({label: code for code, label in SPECIAL_MUNICIPALITIES.items()})
    municipalities = expand({code_of[name]: c for name, c in SEED_MUNICIPALITIES.items()})
    methods = expand(SEED_METHODS)
    consulters = expand(SEED_CONSULTERS)
    for values in (municipalities, methods, consulters):
        rng.shuffle(values)
    topics = assign_topics(rng)

    # Status categories: (status now, as of the period end).
    kinds = (["completed"] * N_COMPLETED + ["observation"] * N_OBSERVATION
             + ["ongoing"] * N_ONGOING_STILL
             + ["later-completed"] * N_ONGOING_LATER_COMPLETED
             + ["later-observation"] * N_ONGOING_LATER_OBSERVATION)
    rng.shuffle(kinds)
    # The case received on the last day of the period is completed in April.
    last = dates.index(PERIOD_TO)
    swap = kinds.index("later-completed")
    kinds[last], kinds[swap] = kinds[swap], kinds[last]
    # The case received on the first day of the period is completed within it.
    if kinds[0] != "completed":
        swap = kinds.index("completed", 1)
        kinds[0], kinds[swap] = kinds[swap], kinds[0]

    cases = []
    for i in range(n):
        received = dates[i]
        kind = kinds[i]
        if kind == "completed":
            status = "completed"
            since = received + dt.timedelta(
                days=rng.randint(0, min(150, (PERIOD_TO - received).days)))
        elif kind == "observation":
            status = "observation"
            since = received + dt.timedelta(
                days=rng.randint(0, min(120, (PERIOD_TO - received).days)))
        elif kind == "ongoing":
            status = "ongoing"
            since = None if rng.random() < 0.7 else received
        elif kind == "later-completed":
            status = "completed"
            since = random_date(rng, AFTER_FROM, AFTER_TO)
        else:
            status = "observation"
            since = random_date(rng, AFTER_FROM, AFTER_TO)

        consulter = consulters[i]
        number = i + 1
        age = "" if rng.random() < 0.1 else str(rng.randint(0, 18))
        needs_codes = [c for c, _ in CARE_NEEDS]
        needs = sorted(rng.sample(needs_codes, rng.choice([0, 1, 1, 2, 2, 3])),
                       key=needs_codes.index)
        child_name = "" if rng.random() < 0.15 else \
            f"テスト {rng.choice(['太郎', '花子', '次郎', '桜'])}{number}"
        if consulter == "parent":
            consulter_name = f"テスト 保護者{number}"
        elif consulter == "supporter":
            consulter_name = "" if rng.random() < 0.3 else f"テスト 支援者{number}"
        else:
            consulter_name = ""
        contact = "" if consulter == "unknown" or rng.random() < 0.2 else \
            f"090-0000-{number:04d}"
        coordinator = "" if rng.random() < 0.08 else rng.choice(COORDINATORS)
        note = "" if rng.random() < 0.4 else rng.choice(NOTES)

        cases.append({
            "case_no": f"R5-{number:03d}",
            "received_on": received,
            "municipality": municipalities[i],
            "method": methods[i],
            "consulter": consulter,
            "topics": topics[i],
            "status": status,
            "status_since": since,
            "coordinator": coordinator,
            "child_age": age,
            "care_needs": needs,
            "child_name": child_name,
            "consulter_name": consulter_name,
            "contact": contact,
            "note": note,
            "_kind": kind,
        })

    # Pinned edge cases (deterministic, on top of the random data).
    completed = [c for c in cases if c["_kind"] == "completed"]
    # Completed on the period's last day: counts as completed.
    march = [c for c in completed if c["received_on"] >= dt.date(2024, 3, 1)] or completed
    march[-1]["status_since"] = PERIOD_TO
    # Completed the day it was received, status_since left empty.
    completed[1]["status_since"] = None
    # Observation since intake, status_since left empty.
    [c for c in cases if c["_kind"] == "observation"][0]["status_since"] = None
    # Completed on the first day after the period: still ongoing as of the end.
    [c for c in cases if c["_kind"] == "later-completed"
     and c["received_on"] != PERIOD_TO][0]["status_since"] = AFTER_FROM
    # RFC 4180 quoting on the first and the last row.
    cases[0]["note"] = NOTES[4]
    cases[-1]["note"] = NOTES[10]
    # A case without any personal data.
    for key in ("child_name", "consulter_name", "contact"):
        cases[2][key] = ""
    return cases


def status_as_of(case, day):
    since = case["status_since"] or case["received_on"]
    return case["status"] if since <= day else "ongoing"


def utf8_row(case):
    since = case["status_since"]
    return {
        **{k: case[k] for k, _ in COLUMNS},
        "received_on": case["received_on"].isoformat(),
        "status_since": since.isoformat() if since else "",
        "topics": ";".join(case["topics"]),
        "care_needs": ";".join(case["care_needs"]),
    }


def slash_date(d):
    return f"{d.year}/{d.month}/{d.day}" if d else ""


def cp932_row(case):
    labels = label_maps()
    return {
        **{k: case[k] for k, _ in COLUMNS},
        "received_on": slash_date(case["received_on"]),
        "status_since": slash_date(case["status_since"]),
        "municipality": labels["municipality"][case["municipality"]],
        "method": labels["method"][case["method"]],
        "consulter": labels["consulter"][case["consulter"]],
        "status": labels["status"][case["status"]],
        "topics": ";".join(labels["topics"][t] for t in case["topics"]),
        "care_needs": ";".join(labels["care_needs"][c] for c in case["care_needs"]),
    }


def csv_text(header, rows, lineterminator):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def write_files(cases):
    codes = [c for c, _ in COLUMNS]
    text = csv_text(codes, ([utf8_row(c)[k] for k in codes] for c in cases), "\n")
    UTF8_CSV.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    heading = dict(COLUMNS)
    text = csv_text([heading[k] for k in CP932_ORDER],
                    ([cp932_row(c)[k] for k in CP932_ORDER] for c in cases), "\r\n")
    CP932_CSV.write_bytes(text.encode("cp932"))  # strict: fails on any unmappable char

    text = json.dumps(expected_summary(), ensure_ascii=False, indent=2) + "\n"
    SUMMARY_JSON.write_bytes(text.encode("utf-8"))


# --------------------------------------------------------------------------
# Verification: read the written files back and count them independently.

def parse_date(text):
    if not text:
        return None
    if "/" in text:
        y, m, d = (int(p) for p in text.split("/"))
        return dt.date(y, m, d)
    return dt.date.fromisoformat(text)


def read_utf8():
    raw = UTF8_CSV.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    with UTF8_CSV.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [c for c, _ in COLUMNS]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def read_cp932():
    raw = CP932_CSV.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    # Every row ends with CRLF; line breaks inside a cell are a bare LF, as Excel writes.
    assert raw.count(b"\r\n") == SEED_CASES + 1 and raw.endswith(b"\r\n")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(raw.decode("cp932"), newline="")))
    heading = dict(COLUMNS)
    assert rows[0] == [heading[k] for k in CP932_ORDER]
    code_of_heading = {ja: code for code, ja in COLUMNS}
    inverse = {field: {label: code for code, label in m.items()}
               for field, m in label_maps().items()}
    result = []
    for r in rows[1:]:
        row = {code_of_heading[h]: v for h, v in zip(rows[0], r)}
        for field in ("municipality", "method", "consulter", "status"):
            row[field] = inverse[field][row[field]]
        for field in ("topics", "care_needs"):
            row[field] = ";".join(inverse[field][v] for v in row[field].split(";") if v)
        for field in ("received_on", "status_since"):
            d = parse_date(row[field])
            row[field] = d.isoformat() if d else ""
        result.append(row)
    return result


def count(rows):
    cases = []
    for r in rows:
        cases.append({"received_on": parse_date(r["received_on"]),
                      "status": r["status"], "status_since": parse_date(r["status_since"])})
    region_of = {code: region for region, code, _ in MUNICIPALITIES}
    region_of.update(outside="outside", unknown="unknown")
    summary = expected_summary()
    zero = {key: {k: 0 for k in summary[key]} for key in
            ("status", "region", "municipality", "method", "consulter", "topic")}
    mentions = 0
    for r, c in zip(rows, cases):
        assert PERIOD_FROM <= c["received_on"] <= PERIOD_TO
        zero["status"][status_as_of(c, PERIOD_TO)] += 1
        zero["municipality"][r["municipality"]] += 1
        zero["region"][region_of[r["municipality"]]] += 1
        zero["method"][r["method"]] += 1
        zero["consulter"][r["consulter"]] += 1
        topics = r["topics"].split(";")
        assert topics and all(topics) and len(set(topics)) == len(topics)
        for t in topics:
            zero["topic"][t] += 1
        mentions += len(topics)
    return {"period": summary["period"], "cases": len(rows), "status": zero["status"],
            "region": zero["region"], "municipality": zero["municipality"],
            "method": zero["method"], "consulter": zero["consulter"],
            "topic": zero["topic"], "topic_mentions": mentions}


def verify(cases):
    utf8 = read_utf8()
    cp932 = read_cp932()
    assert len(utf8) == len(cp932) == SEED_CASES
    assert utf8 == cp932, "the two CSV files do not hold the same rows"
    expected = json.loads(SUMMARY_JSON.read_text(encoding="utf-8"))
    assert count(utf8) == expected, "counting the rows does not give the seed's numbers"
    assert list(expected) == ["period", "cases", "status", "region", "municipality",
                              "method", "consulter", "topic", "topic_mentions"]

    # The edge cases the fixture promises.
    received = [c["received_on"] for c in cases]
    assert PERIOD_FROM in received and PERIOD_TO in received
    assert dt.date(2024, 2, 29) in received
    assert len({c["case_no"] for c in cases}) == SEED_CASES
    later = 0
    for c in cases:
        since = c["status_since"] or c["received_on"]
        assert since >= c["received_on"]
        as_of = status_as_of(c, PERIOD_TO)
        if as_of == "completed":
            assert since <= PERIOD_TO
        if since > PERIOD_TO:
            assert as_of == "ongoing" and c["status"] != "ongoing"
            assert AFTER_FROM <= since <= AFTER_TO
            later += 1
    assert later == N_ONGOING_LATER_COMPLETED + N_ONGOING_LATER_OBSERVATION >= 6
    assert any(c["status_since"] == PERIOD_TO and c["status"] == "completed" for c in cases)
    assert any(c["status_since"] == AFTER_FROM for c in cases)
    notes = [c["note"] for c in cases]
    assert any("," in n for n in notes) and any('"' in n for n in notes)
    assert any("\n" in n for n in notes)
    return later


def main():
    check_seed_numbers()
    check_against_repository()
    cases = build_cases()
    write_files(cases)
    later = verify(cases)
    now = Counter(c["status"] for c in cases)
    print(f"wrote {UTF8_CSV.name}, {CP932_CSV.name}, {SUMMARY_JSON.name}: "
          f"{len(cases)} cases, {later} changed status after {PERIOD_TO}; "
          f"status today: {dict(sorted(now.items()))}")


if __name__ == "__main__":
    main()
