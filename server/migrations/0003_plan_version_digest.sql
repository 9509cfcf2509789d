-- Each version's SHA-256 digest of its stored document, so the history can say which
-- versions hold the same document (a restore, a save that changed nothing) and a client can
-- check a copy it keeps offline, without reading every document.
--
-- The expand step of an expand/contract change, safe while the previous release still
-- serves: a nullable column without a default is added without rewriting the table, the
-- previous release never names it (its INSERTs list their columns), and this release
-- writes it on every new version and reads it with a fallback that computes the digest of
-- rows the previous release wrote (storage/plan_store.cpp). The contract step, in a later
-- release once no server of the previous release runs, fills the remaining NULLs and sets
-- NOT NULL (docs/operations/prodlike.md, "Rolling upgrade").
--
-- Adding a column needs a brief exclusive lock; waiting long for it behind a slow
-- transaction would queue every request on the table, so give up instead (the server then
-- fails to start and the upgrade stops with the old servers still serving).
SET LOCAL lock_timeout = '5s';
ALTER TABLE plan_versions ADD COLUMN document_sha256 text;
