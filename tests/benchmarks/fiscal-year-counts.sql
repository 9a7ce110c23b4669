-- SPDX-FileCopyrightText: 2026 Tsunagu contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The sqlite3 reference of the benchmarks: the counts of the fiscal-year
-- summary (fiscal year 2025) as StatisticsEngine::summary asks for them.
SELECT municipality_code, method, consulter, COUNT(*) FROM case_record
 WHERE received_on BETWEEN '2025-04-01' AND '2026-03-31' GROUP BY 1, 2, 3;
SELECT CASE WHEN c.status_since <= '2026-03-31' THEN c.status
            ELSE COALESCE((SELECT s.status FROM case_status s WHERE s.case_id = c.id AND s.since <= '2026-03-31'
                            ORDER BY s.since DESC LIMIT 1), 'ongoing') END AS status_then,
       COUNT(*)
  FROM case_record c WHERE c.received_on BETWEEN '2025-04-01' AND '2026-03-31' GROUP BY status_then;
SELECT t.topic, COUNT(*) FROM case_record c JOIN case_topic t ON t.case_id = c.id
 WHERE c.received_on BETWEEN '2025-04-01' AND '2026-03-31' GROUP BY t.topic;
