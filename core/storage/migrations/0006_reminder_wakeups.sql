-- Cartera schema version 6: the daily scan's wake-up list replaces debts.next_reminder_on.
--
-- Each row says "look at this debt on this day". The table is ordered by day, so the scan
-- reads today's rows from a few contiguous pages and writes the next ones into a few more,
-- instead of rewriting a date inside thousands of debts spread over the whole debts table.
-- A debt may have more than one wake-up (its due date changed, a pause ended early); the
-- scan looks at it on the earliest, does what is due, removes the wake-ups it has seen and
-- leaves one for its next step. The wake-ups of a settled or deleted debt are removed when
-- their day comes. So what matters is only that every open debt wakes up no later than its
-- next step; an extra wake-up costs one look.
CREATE TABLE reminder_wakeups (
    wake_on TEXT NOT NULL,
    debt_id {{BIGINT}} NOT NULL,
    PRIMARY KEY (wake_on, debt_id)
){{WITHOUT_ROWID}};

INSERT INTO reminder_wakeups (wake_on, debt_id)
    SELECT next_reminder_on, id FROM debts WHERE next_reminder_on IS NOT NULL AND settled = 0;

DROP INDEX debts_next_reminder;
ALTER TABLE debts DROP COLUMN next_reminder_on;
