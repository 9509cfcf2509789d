-- Accounts, sessions, households and their plans with every saved version.
-- The plan document is stored exactly as the plan format defines it (the core's canonical
-- JSON text); no column holds anything about a child beyond that document.

CREATE TABLE accounts (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email               text NOT NULL,
  password_hash       text NOT NULL,          -- argon2id, encoded form with its parameters
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));

-- One row per signed-in device. Access tokens name their session, so revoking it ends them.
CREATE TABLE sessions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Refresh tokens are stored only as SHA-256 hashes. Each is used once; presenting a used
-- one again revokes its session (the token was copied).
CREATE TABLE refresh_tokens (
  token_hash  text PRIMARY KEY,
  session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  used_at     timestamptz
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- Failed sign-ins, keyed by a hash of "account:<email>" or "address:<ip>".
CREATE TABLE signin_failures (
  key_hash   text NOT NULL,
  failed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signin_failures_key ON signin_failures (key_hash, failed_at);

CREATE TABLE households (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  household_id  uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  account_id    uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role          text NOT NULL CHECK (role IN ('owner', 'guardian', 'viewer')),
  joined_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (household_id, account_id)
);
CREATE INDEX memberships_account ON memberships (account_id);

-- Single-use invitation links; the token itself is never stored, only its hash.
CREATE TABLE invitations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id  uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  token_hash    text NOT NULL UNIQUE,
  role          text NOT NULL CHECK (role IN ('owner', 'guardian', 'viewer')),
  created_by    uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  accepted_by   uuid REFERENCES accounts (id) ON DELETE SET NULL,
  accepted_at   timestamptz
);
CREATE INDEX invitations_household ON invitations (household_id);

CREATE TABLE plans (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id     uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  name             text NOT NULL,
  current_version  integer NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plans_household ON plans (household_id);

-- Every saved version is kept. `diagnostics` is what the server's core computed for
-- `document` (docs/diagnostics-json.md), never what a client sent.
CREATE TABLE plan_versions (
  plan_id        uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  version        integer NOT NULL,
  document       text NOT NULL,
  diagnostics    text NOT NULL,
  errors         integer NOT NULL,
  warnings       integer NOT NULL,
  infos          integer NOT NULL,
  source         text NOT NULL CHECK (source IN ('create', 'save', 'edits', 'restore')),
  restored_from  integer,
  author_id      uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, version)
);
