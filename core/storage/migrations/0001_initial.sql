-- Cartera schema version 1: clients, debts, payments and their reversals.
-- Dates are ISO text (yyyy-MM-dd), timestamps ISO UTC text, money integer centavos.
-- {{ID}} and {{BIGINT}} are replaced per dialect (core/storage/sqldialect.cpp).

-- Identifies the file as a Cartera database and records its schema version.
CREATE TABLE cartera_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    id {{ID}},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    search_text TEXT NOT NULL,
    document_type TEXT NOT NULL,
    document_number TEXT NOT NULL,
    whatsapp TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    consent_state TEXT NOT NULL DEFAULT 'never_asked',
    consent_at TEXT,
    consent_source TEXT NOT NULL DEFAULT '',
    consent_evidence TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (document_type, document_number)
);

-- Lists sort by name; a search filters on search_text while walking this index in name
-- order, without visiting the table for the rows that do not match.
CREATE INDEX clients_name_search ON clients (name_key, search_text);
CREATE INDEX clients_whatsapp ON clients (whatsapp);

CREATE TABLE debts (
    id {{ID}},
    client_id {{BIGINT}} NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
    reference TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    amount_minor {{BIGINT}} NOT NULL CHECK (amount_minor > 0),
    paid_minor {{BIGINT}} NOT NULL DEFAULT 0 CHECK (paid_minor >= 0 AND paid_minor <= amount_minor),
    installment INTEGER NOT NULL DEFAULT 0,
    written_off INTEGER NOT NULL DEFAULT 0,
    -- 1 once paid in full or written off: open debts are (settled = 0).
    settled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (due_date >= issue_date)
);

CREATE INDEX debts_client_due ON debts (client_id, due_date);
-- Open debts by due date, covering the amounts so that portfolio totals read only the index.
CREATE INDEX debts_open_due ON debts (settled, due_date, amount_minor, paid_minor);
CREATE INDEX debts_due ON debts (due_date);

CREATE TABLE payments (
    id {{ID}},
    debt_id {{BIGINT}} NOT NULL REFERENCES debts (id) ON DELETE RESTRICT,
    paid_on TEXT NOT NULL,
    amount_minor {{BIGINT}} NOT NULL CHECK (amount_minor > 0),
    method TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE INDEX payments_debt ON payments (debt_id, paid_on);
CREATE INDEX payments_paid_on ON payments (paid_on);
CREATE INDEX payments_reference ON payments (reference);

-- A reversal undoes one payment; the payment itself is never deleted or changed.
CREATE TABLE payment_reversals (
    id {{ID}},
    payment_id {{BIGINT}} NOT NULL UNIQUE REFERENCES payments (id) ON DELETE RESTRICT,
    reason TEXT NOT NULL,
    reversed_at TEXT NOT NULL
);
