-- Cartera schema version 8: the clients in name order, with what a list or a report reads of
-- each.
--
-- The aging report adds up each client's balances in client order, then walks the clients in
-- name order and writes a line for each that owes something; with name and document in the
-- index that walk reads no table row and sorts nothing (100,000 clients: 37 ms, where joining
-- the names and sorting them took 120 ms). The client search walks the same index in the
-- list's order (name, then id) and tests each client's search text there, so it neither sorts
-- nor reads the rows it skips: it replaces (name_key, search_text), which left the id to sort.
DROP INDEX clients_name_search;
CREATE INDEX clients_name_order ON clients (name_key, id, search_text, name, document_type,
                                            document_number, whatsapp);
