#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tsunagu contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the malformed branch files of the bad-input catalogue from the
schema fixture tests/data/schema/v3.tsunagu (a valid branch file of 40
synthetic cases). Each file is refused on opening with the message listed in
expected.tsv, and left byte for byte as it was. Run from this folder."""

import os
import shutil
import sqlite3
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
VALID = os.path.join(HERE, "..", "schema", "v3.tsunagu")
PAGE = 4096


def valid_bytes():
    with open(VALID, "rb") as f:
        return bytearray(f.read())


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def with_db(name, statements):
    path = os.path.join(HERE, name)
    shutil.copyfile(VALID, path)
    db = sqlite3.connect(path)
    db.executescript(statements)
    db.commit()
    db.close()


def table_root(name):
    db = sqlite3.connect(VALID)
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    db.close()
    return root


write("empty.tsunagu", b"")
write("csv-renamed.tsunagu", "相談番号,受付日,市町村\r\n2024-0001,2024-04-01,142051\r\n".encode("cp932"))
write("truncated-header.tsunagu", valid_bytes()[:60])
write("truncated-half.tsunagu", valid_bytes()[: (len(valid_bytes()) // PAGE // 2) * PAGE])

data = valid_bytes()
struct.pack_into(">i", data, 68, 0)  # application_id of another program
write("other-application.tsunagu", data)

data = valid_bytes()
struct.pack_into(">i", data, 60, 99)  # user_version from the future
write("newer-version.tsunagu", data)

data = valid_bytes()
root = table_root("case_record")
start = (root - 1) * PAGE
data[start : start + PAGE] = bytes(PAGE)  # the cases' root page zeroed
write("zeroed-page.tsunagu", data)

data = valid_bytes()
start = (table_root("case_status") - 1) * PAGE
data[start] = 0x07  # not a b-tree page type
write("bad-page-type.tsunagu", data)

data = valid_bytes()
struct.pack_into(">H", data, 16, 300)  # a page size that is not a power of two
write("bad-page-size.tsunagu", data)

with_db("missing-table.tsunagu", "DROP TABLE case_search;")

with_db("missing-column.tsunagu", "ALTER TABLE case_record DROP COLUMN last_contact_on;")

data = valid_bytes()
data[16:] = b"\xff" * (len(data) - 16)  # the magic, then noise
write("noise-after-magic.tsunagu", data)

print("made the malformed branch files in", HERE)
