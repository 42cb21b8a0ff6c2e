-- Cartera schema version 7: indexes that hold what the aging and portfolio reports read.
--
-- The reports add up each client's open balance per mora level. They found the open debts
-- through (settled, due_date, ...) and then read every one from the debts table for its
-- client and write-off mark: at a million debts, 400,000 reads spread over the whole table.
-- debts_open_balances holds what the reports need of an open debt, in client order, and only
-- the open debts (a settled debt leaves it).
CREATE INDEX debts_open_balances ON debts (written_off, client_id, due_date, issue_date,
                                           amount_minor, paid_minor)
    WHERE settled = 0;

-- A report as of a past date takes back the payments dated after it: their debt and amount
-- now come from the index on the date instead of from each payment's row. The id keeps the
-- index in (date, id) order, the order of the payments list.
DROP INDEX payments_paid_on;
CREATE INDEX payments_paid_on ON payments (paid_on, id, debt_id, amount_minor);
