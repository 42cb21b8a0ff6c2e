-- Cartera schema version 2: automatic reminders (rules, templates, pauses, outbox).

-- The next date the daily scan must look at a debt; NULL when it is settled or reminders are
-- off. The scan reads only rows whose date has come, so it grows with what is due today, not
-- with the portfolio.
ALTER TABLE debts ADD COLUMN next_reminder_on TEXT;
CREATE INDEX debts_next_reminder ON debts (next_reminder_on, client_id);
-- Open debts of an older database are looked at once from their issue date on; the first
-- scan then sends at most the latest due step of each.
UPDATE debts SET next_reminder_on = issue_date WHERE settled = 0;

-- One row (id = 1): when reminders go out. Missing row: the built-in defaults.
CREATE TABLE reminder_policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    enabled INTEGER NOT NULL,
    steps TEXT NOT NULL,
    repeat_every_days INTEGER NOT NULL,
    weekly_cap INTEGER NOT NULL,
    business_name TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

-- Reminder texts per mora level: a template applies from its level up to the next template's.
CREATE TABLE message_templates (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    mora_level INTEGER NOT NULL UNIQUE CHECK (mora_level >= 0),
    body TEXT NOT NULL,
    provider_template TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'es',
    parameters TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

-- A client or one debt left alone until a date (a payment promise, a dispute).
CREATE TABLE reminder_pauses (
    id {{ID}},
    client_id {{BIGINT}} REFERENCES clients (id) ON DELETE CASCADE,
    debt_id {{BIGINT}} REFERENCES debts (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    until_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    lifted_at TEXT,
    CHECK ((client_id IS NULL AND debt_id IS NOT NULL) OR (client_id IS NOT NULL AND debt_id IS NULL))
);
CREATE INDEX reminder_pauses_client ON reminder_pauses (client_id, until_date);
CREATE INDEX reminder_pauses_debt ON reminder_pauses (debt_id, until_date);

-- Every reminder, from queued to its end, with the exact text it carries.
-- day_key ("client:send_date") makes one message per client and day; step_key in
-- outbox_items ("debt:due_date:step") makes one message per debt and step. Both are set to
-- NULL when a message is cancelled, so that the step may be queued again later.
CREATE TABLE outbox_messages (
    id {{ID}},
    client_id {{BIGINT}} NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    day_key TEXT UNIQUE,
    send_date TEXT NOT NULL,
    not_before TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('scheduled', 'sending', 'sent', 'delivered', 'read',
                                         'retrying', 'failed', 'cancelled', 'uncertain')),
    to_phone TEXT NOT NULL,
    template_id {{BIGINT}},
    provider_template TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'es',
    parameters TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL,
    total_minor {{BIGINT}} NOT NULL DEFAULT 0,
    references_text TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    claimed_by TEXT,
    claim_token TEXT,
    claimed_at TEXT,
    provider TEXT NOT NULL DEFAULT '',
    provider_message_id TEXT NOT NULL DEFAULT '',
    provider_code TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    sent_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX outbox_state_due ON outbox_messages (state, not_before);
CREATE INDEX outbox_client_date ON outbox_messages (client_id, send_date);
CREATE INDEX outbox_send_date ON outbox_messages (send_date, id);
CREATE INDEX outbox_claim ON outbox_messages (claim_token);

CREATE TABLE outbox_items (
    id {{ID}},
    message_id {{BIGINT}} NOT NULL REFERENCES outbox_messages (id) ON DELETE CASCADE,
    debt_id {{BIGINT}} NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
    due_date TEXT NOT NULL,
    step_days INTEGER NOT NULL,
    step_key TEXT UNIQUE
);
CREATE INDEX outbox_items_message ON outbox_items (message_id);
CREATE INDEX outbox_items_debt ON outbox_items (debt_id, due_date, step_days);
