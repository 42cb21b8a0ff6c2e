-- Habeas Data (Ley 1581 de 2012): consent history, privacy notices and the audit log.
-- Rows in these tables are only ever added; the program has no update or delete for them
-- (an anonymisation redacts personal values in place, and records that it did).

-- Every grant or revocation of a client's consent, with the text the client accepted. No
-- foreign key: the proof of consent outlives a client deleted before it had any debt.
CREATE TABLE consent_events (
    id {{ID}},
    client_id {{BIGINT}} NOT NULL,
    state TEXT NOT NULL,
    effective_at TEXT,
    channel TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    accepted_text TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT ''
);

CREATE INDEX consent_events_client ON consent_events (client_id, id);

-- The privacy notice (aviso de privacidad) as the business edits it; the newest is in force.
CREATE TABLE privacy_notices (
    id {{ID}},
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);

-- Who changed what and when: clients, debts, payments, consent, settings.
CREATE TABLE audit_log (
    id {{ID}},
    at TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id {{BIGINT}} NOT NULL DEFAULT 0,
    client_id {{BIGINT}} NOT NULL DEFAULT 0,
    action TEXT NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_client ON audit_log (client_id, id);
