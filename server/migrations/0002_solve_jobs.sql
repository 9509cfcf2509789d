-- Solve jobs: rows claimed by worker threads and `--worker` processes with
-- FOR UPDATE SKIP LOCKED, held by a renewable lease. The result is a draft (the solved plan
-- document) that a parent accepts as a new version or discards.

ALTER TABLE plan_versions DROP CONSTRAINT plan_versions_source_check;
ALTER TABLE plan_versions ADD CONSTRAINT plan_versions_source_check
  CHECK (source IN ('create', 'save', 'edits', 'restore', 'solve'));

CREATE TABLE solve_jobs (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id       uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  plan_id            uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  base_version       integer NOT NULL,
  requested_by       uuid REFERENCES accounts (id) ON DELETE SET NULL,
  status             text NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  time_budget_ms     integer NOT NULL,
  seed               bigint NOT NULL,
  may_move           text NOT NULL CHECK (may_move IN ('unplaced', 'all')),
  stop_when_stalled  boolean NOT NULL,
  cancel_requested   boolean NOT NULL DEFAULT false,
  attempts           integer NOT NULL DEFAULT 0,
  lease_owner        text,
  lease_expires_at   timestamptz,
  progress           text,      -- {"elapsed_ms","iterations","unplaced","best_soft","improvements"}
  result             text,      -- the solver's result without its plan (status, score, explanations, ...)
  draft              text,      -- the solved plan document
  draft_diagnostics  text,
  draft_state        text CHECK (draft_state IN ('pending', 'accepted', 'discarded')),
  accepted_version   integer,
  error              text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  started_at         timestamptz,
  finished_at        timestamptz
);
CREATE INDEX solve_jobs_claimable ON solve_jobs (created_at) WHERE status IN ('queued', 'running');
CREATE INDEX solve_jobs_household ON solve_jobs (household_id, created_at);
