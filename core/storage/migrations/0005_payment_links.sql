-- Online payments: the payment links sent to clients and the gateway transactions made
-- through them. Amounts are integer centavos; timestamps ISO UTC text.

-- A single-use link at a gateway for the exact balance of one debt or of several debts of
-- one client. state: open (offered), replaced (the balance changed; a newer link took its
-- place), paid (a transaction was recorded). debt_key is the sorted list of debt ids, so that
-- at most one link per set of debts is open at a time.
CREATE TABLE payment_links (
    id {{ID}},
    gateway TEXT NOT NULL,
    gateway_link_id TEXT NOT NULL,
    url TEXT NOT NULL,
    client_id {{BIGINT}} NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
    debt_key TEXT NOT NULL,
    amount_minor {{BIGINT}} NOT NULL CHECK (amount_minor > 0),
    expires_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    created_at TEXT NOT NULL,
    replaced_at TEXT,
    replaced_by {{BIGINT}},
    UNIQUE (gateway, gateway_link_id)
);

CREATE UNIQUE INDEX payment_links_one_open ON payment_links (gateway, debt_key)
    WHERE state = 'open';
CREATE INDEX payment_links_client ON payment_links (client_id, id);
CREATE INDEX payment_links_state ON payment_links (state, expires_at);

-- The debts a link pays, with the balance each had when the link was made.
CREATE TABLE payment_link_debts (
    link_id {{BIGINT}} NOT NULL REFERENCES payment_links (id) ON DELETE RESTRICT,
    debt_id {{BIGINT}} NOT NULL REFERENCES debts (id) ON DELETE RESTRICT,
    balance_minor {{BIGINT}} NOT NULL,
    PRIMARY KEY (link_id, debt_id)
);

CREATE INDEX payment_link_debts_debt ON payment_link_debts (debt_id);

-- Every final transaction a gateway reported, recorded once: the UNIQUE id makes polling
-- again, a second running program and a restart record it exactly once. applied_minor went
-- to the debts as payments (their reference is transaction_id); flagged_minor waits for the
-- clerk (more than the balance, another currency, an unknown link).
CREATE TABLE gateway_transactions (
    id {{ID}},
    gateway TEXT NOT NULL,
    transaction_id TEXT NOT NULL,
    link_id {{BIGINT}} REFERENCES payment_links (id) ON DELETE RESTRICT,
    gateway_link_id TEXT NOT NULL DEFAULT '',
    client_id {{BIGINT}} NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    method_type TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'COP',
    amount_minor {{BIGINT}} NOT NULL,
    applied_minor {{BIGINT}} NOT NULL DEFAULT 0,
    flagged_minor {{BIGINT}} NOT NULL DEFAULT 0,
    flag_reason TEXT NOT NULL DEFAULT '',
    flag_resolved_at TEXT,
    finished_at TEXT,
    recorded_at TEXT NOT NULL,
    UNIQUE (gateway, transaction_id)
);

CREATE INDEX gateway_transactions_link ON gateway_transactions (link_id);
CREATE INDEX gateway_transactions_client ON gateway_transactions (client_id, id);
