-- SPDX-FileCopyrightText: 2026 Tsunagu contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The sqlite3 reference of the text filter: one pass over the folded search
-- text for a surname, as CaseQuery makes it before counting and paging.
SELECT COUNT(*) FROM case_search WHERE instr(folded, '佐藤') > 0;
