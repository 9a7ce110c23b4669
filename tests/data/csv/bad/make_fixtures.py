#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tsunagu contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the malformed case CSVs of this folder and expected.tsv.

Each fixture is a mistake a real user makes (or a file a real tool writes),
with a substring of the message the import must give: what is wrong and
where ("row N, column X: ..."). The test (tests/core/CsvBadInputTests.cpp)
imports each into a branch file that already holds cases 2022-0001 and A-1,
and checks the import fails with that message and leaves the file's bytes
unchanged. Run this script again after changing a fixture:

    python3 tests/data/csv/bad/make_fixtures.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ("case_no,received_on,municipality,method,consulter,topics,status,status_since,"
          "coordinator,child_age,care_needs,child_name,consulter_name,contact,note")
HEADER_JA = ("相談番号,受付日,市町村,相談方法,相談者,相談内容,状況,状況変更日,"
             "担当コーディネーター,年齢,医療的ケア,児童氏名,相談者氏名,連絡先,備考")
FIELDS = HEADER.split(",")


def row(**values):
    """A valid row, with the given columns changed (values are CSV text as written)."""
    base = {"case_no": "B-1", "received_on": "2024-04-01", "municipality": "142051",
            "method": "phone", "consulter": "parent", "topics": "respite", "status": "ongoing",
            "status_since": "", "coordinator": "", "child_age": "3", "care_needs": "",
            "child_name": "", "consulter_name": "", "contact": "", "note": ""}
    base.update(values)
    return ",".join(base[f] for f in FIELDS)


def good(n):
    return row(case_no="B-%d" % n)


def lines(*rows, eol="\r\n"):
    return (eol.join(rows) + eol).encode("utf-8")


BOM = b"\xef\xbb\xbf"
FIXTURES = []


def fixture(name, data, expected):
    FIXTURES.append((name, data if isinstance(data, bytes) else data.encode("utf-8"), expected))


# --- The file as a whole -----------------------------------------------------
fixture("empty.csv", b"", "Nothing was imported: the file is empty.")
fixture("blank-lines-only.csv", b"\r\n\r\n\r\n", "Nothing was imported: the file is empty.")
fixture("header-only.csv", lines(HEADER), "the file has no cases below its header")
fixture("header-and-empty-rows.csv", lines(HEADER, ",,,,,,,,,,,,,,", ",,,,,,,,,,,,,,"),
        "the file has no cases below its header")
fixture("utf16le-unicode-text.csv", b"\xff\xfe" + (HEADER + "\r\n" + good(1) + "\r\n").encode("utf-16-le"),
        "The file is UTF-16 text, which cannot be imported")
fixture("utf16be.csv", b"\xfe\xff" + (HEADER + "\r\n" + good(1) + "\r\n").encode("utf-16-be"),
        "The file is UTF-16 text, which cannot be imported")
fixture("xlsx-renamed.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 40,
        "looks like an Excel workbook, not CSV text")
fixture("xls-renamed.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 60,
        "looks like an Excel workbook, not CSV text")
# A UTF-8 file (with BOM) that Excel later appended Shift_JIS rows to.
fixture("utf8-bom-header-sjis-rows.csv",
        BOM + lines(HEADER_JA) + (row(case_no="B-1", child_name="佐藤 花子") + "\r\n").encode("cp932"),
        "The file is not valid UTF-8 text: the first invalid byte is on line 2.")
fixture("not-utf8-not-sjis.csv", lines(HEADER) + b"B-1,2024-04-01,\x80\x80\xff\xfe,phone\r\n",
        "The file is neither UTF-8 nor Shift_JIS (CP932) text: the first byte that is invalid as UTF-8 "
        "is on line 2, as Shift_JIS on line 2.")
fixture("semicolon-separated.csv", lines(HEADER.replace(",", ";"), good(1).replace(",", ";")),
        "row 1: the columns are separated by semicolons, not by commas")
fixture("tab-separated.csv", lines(HEADER.replace(",", "\t"), good(1).replace(",", "\t")),
        "row 1: the columns are separated by tabs, not by commas")

# --- CSV syntax ---------------------------------------------------------------
fixture("unterminated-quote.csv", lines(HEADER, good(1), row(case_no="B-2", note='"never closed')),
        "Nothing was imported: row 3: a quoted field is not closed")
fixture("stray-quote.csv", lines(HEADER, good(1), row(case_no="B-2", child_name='佐藤 "はなこ"')),
        "row 3, column 12: a quote inside an unquoted field")
fixture("text-after-closing-quote.csv", lines(HEADER, row(note='"abc"def')),
        "row 2, column 15: text after the closing quote of a quoted field")
fixture("too-many-fields.csv", lines(HEADER, good(1), good(2) + ",extra"), "row 3: 16 fields, but the header has 15")
fixture("too-few-fields.csv", lines(HEADER, good(1), good(2).rsplit(",", 1)[0]),
        "row 3: 14 fields, but the header has 15")
# Row numbers count spreadsheet rows whatever the line ends and quoted breaks.
fixture("crlf-lf-cr-mix.csv",
        (HEADER + "\r\n" + good(1) + "\n" + row(case_no="B-2", note='"two\r\nlines"') + "\r" +
         row(case_no="B-3", method="pigeon") + "\n").encode("utf-8"),
        'row 4, column method: "pigeon" is not a known code or label')
fixture("old-mac-cr-only.csv", lines(HEADER, good(1), row(case_no="B-2", consulter="uncle"), eol="\r"),
        'row 3, column consulter: "uncle" is not a known code or label')

# --- The header -----------------------------------------------------------------
fixture("unknown-column.csv", lines(HEADER.replace("note", "notes"), good(1)),
        "row 1, column notes: unknown column")
fixture("typo-in-japanese-header.csv", lines(HEADER_JA.replace("受付日", "受付目"), good(1)),
        "row 1, column 受付目: unknown column")
fixture("missing-required-column.csv",
        lines(HEADER.replace("topics,", ""), ",".join(v for f, v in zip(FIELDS, good(1).split(",")) if f != "topics")),
        "row 1: the required column 相談内容 (topics) is missing")
fixture("duplicate-column.csv", lines(HEADER + ",status", good(1) + ",ongoing"),
        "row 1, column status: the column appears twice")
fixture("duplicate-column-code-and-label.csv", lines(HEADER + ",状況", good(1) + ",ongoing"),
        "row 1, column 状況: the column appears twice")
fixture("header-without-name.csv", lines(HEADER + ",", good(1) + ","), "row 1, column 16: a column has no header")

# --- Dates ------------------------------------------------------------------------
fixture("date-month-13.csv", lines(HEADER, row(received_on="2024/13/40")),
        'row 2, column received_on: "2024/13/40": there is no month 13')
fixture("date-feb-30.csv", lines(HEADER, row(received_on="2024-02-30")),
        'row 2, column received_on: "2024-02-30": 2024-02 has no day 30')
fixture("era-date-no-such-day.csv", lines(HEADER, row(received_on="R5.2.30")),
        'row 2, column received_on: "R5.2.30": 2023-02 has no day 30')
fixture("era-date-after-era-ended.csv", lines(HEADER, row(received_on="H31.5.1")),
        'row 2, column received_on: "H31.5.1": 平成 ended on 2019-04-30')
fixture("date-in-words.csv", lines(HEADER, row(received_on="先週")),
        'row 2, column received_on: "先週" is not a date')
fixture("date-in-the-future.csv", lines(HEADER, row(received_on="2099-01-01")),
        "row 2, column received_on: 2099-01-01 lies in the future")
fixture("date-missing.csv", lines(HEADER, row(received_on="")), "row 2, column received_on: a value is required")
fixture("status-since-before-received.csv", lines(HEADER, row(status="completed", status_since="2024-03-31")),
        "row 2, column status_since: 2024-03-31 is before the date received (2024-04-01)")
# Excel showed =DATE(...) as a formula result; the file kept the formula text.
fixture("formula-in-date.csv", lines(HEADER, row(received_on='"=DATE(2024,4,1)"')),
        'row 2, column received_on: "=DATE(2024,4,1)" is not a date')

# --- Coded values -------------------------------------------------------------------
fixture("method-typo.csv", lines(HEADER, row(method="phnoe")),
        'row 2, column method: "phnoe" is not a known code or label')
fixture("consulter-missing.csv", lines(HEADER, row(consulter="")), "row 2, column consulter: a value is required")
fixture("status-unknown-label.csv", lines(HEADER_JA, row(status="完了済み")),
        'row 2, column 状況: "完了済み" is not a known code or label')
fixture("topics-empty.csv", lines(HEADER, row(topics="")), "row 2, column topics: a value is required")
fixture("topics-unknown.csv", lines(HEADER, row(topics="respite;magic")),
        'row 2, column topics: "magic" is not a known code or label')
fixture("topics-japanese-comma.csv", lines(HEADER, row(topics="レスパイト、学校生活に関すること")),
        'row 2, column topics: "レスパイト、学校生活に関すること" is not a known code or label '
        '(separate several values with ";")')
fixture("care-needs-twice.csv", lines(HEADER, row(care_needs="吸引;suction")),
        'row 2, column care_needs: "suction" is given twice')
fixture("formula-stripped-in-method.csv", lines(HEADER, row(method="'=phone")),
        'row 2, column method: "=phone" is not a known code or label')
fixture("municipality-not-existing.csv", lines(HEADER, row(municipality="架空市")),
        'row 2, column municipality: "架空市" is not a municipality code or name')
fixture("municipality-wrong-code.csv", lines(HEADER, row(municipality="999999")),
        'row 2, column municipality: "999999" is not a municipality code or name')
fixture("municipality-other-prefecture.csv", lines(HEADER, row(municipality="東京都")),
        'row 2, column municipality: "東京都" is not a municipality code or name')

# --- Ages -----------------------------------------------------------------------------
fixture("child-age-negative.csv", lines(HEADER, row(child_age="-1")),
        "row 2, column child_age: the age must be between 0 and 29")
fixture("child-age-30.csv", lines(HEADER, row(child_age="30")),
        "row 2, column child_age: the age must be between 0 and 29")
fixture("child-age-in-kanji.csv", lines(HEADER, row(child_age="三歳")),
        'row 2, column child_age: "三歳" is not a whole number of years')
fixture("child-age-excel-error.csv", lines(HEADER, row(child_age="#VALUE!")),
        'row 2, column child_age: "#VALUE!" is not a whole number of years')

# --- Case numbers ------------------------------------------------------------------------
fixture("duplicate-case-no-in-file.csv", lines(HEADER, good(1), row(case_no="B-2"), row(case_no="B-1")),
        "row 4, column case_no: case number B-1 repeats row 2")
fixture("case-no-in-branch-file.csv", lines(HEADER, good(1), row(case_no="A-1")),
        "row 3, column case_no: case number A-1 is already in the branch file")
fixture("case-no-zero-width-lookalike.csv", lines(HEADER, row(case_no="2022-0001\u200b")),
        "row 2, column case_no: case number 2022-0001 is already in the branch file")
fixture("case-no-bom-lookalike.csv", lines(HEADER, row(case_no="2024\ufeff-0101"), row(case_no="2024-0101")),
        "row 3, column case_no: case number 2024-0101 repeats row 2")
fixture("case-no-full-width-lookalike.csv", lines(HEADER, row(case_no="Ａ－１")),
        "row 2, column case_no: case number A-1 is already in the branch file")
fixture("case-no-with-space.csv", lines(HEADER, row(case_no="B 1")),
        "row 2, column case_no: a case number has no spaces or line breaks")
fixture("case-no-too-long.csv", lines(HEADER, row(case_no="B-" + "1" * 40)),
        "row 2, column case_no: a case number has at most 32 characters")
fixture("case-no-bidi-override.csv", lines(HEADER, row(case_no="B-\u202e1")),
        "row 2, column case_no: an invisible character (U+202E) at character 3 is not allowed")

# --- Control characters in text ---------------------------------------------------------------
fixture("nul-in-note.csv", lines(HEADER, row(note="電話\x00あり")),
        "row 2, column note: an invisible control character (U+0000) at character 3 is not allowed")
fixture("control-char-in-name.csv", lines(HEADER, row(child_name="佐藤\x01花子")),
        "row 2, column child_name: an invisible control character (U+0001) at character 3 is not allowed")
fixture("line-break-in-name.csv", lines(HEADER, row(consulter_name='"佐藤\n花子"')),
        "row 2, column consulter_name: a line break or tab (U+000A) at character 3 is not allowed in this field")
fixture("escape-in-coordinator.csv", lines(HEADER, row(coordinator="鈴木\x1b[0m")),
        "row 2, column coordinator: an invisible control character (U+001B) at character 3 is not allowed")


def main():
    for name in os.listdir(HERE):
        if name.endswith(".csv"):
            os.remove(os.path.join(HERE, name))
    with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8", newline="\n") as manifest:
        manifest.write("# file\tsubstring of the expected import message (see make_fixtures.py)\n")
        for name, data, expected in FIXTURES:
            assert "\t" not in expected and "\n" not in expected
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(data)
            manifest.write("%s\t%s\n" % (name, expected))
    print("%d fixtures" % len(FIXTURES))


if __name__ == "__main__":
    main()
