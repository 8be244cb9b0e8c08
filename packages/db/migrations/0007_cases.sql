-- Cases (issue 6, core): customer problems that cross departments. Configurable statuses in
-- four groups; cases with an owner, an owning department and a front owner who keeps the
-- customer contact; the handoff ledger; status changes; comments with @mentions; personal
-- saved views; each department's target time to hold a case; and the outbox of e-mails.
-- Same rules as 0001: org_id first in every key, RLS enabled and forced, explicit grants.

-- Statuses are per organisation; the group (category) decides the allowed transitions
-- (domain/src/cases/case-transitions.ts) and never changes once the status exists, so cases
-- can carry it (status_category) for the list filters and the clocks.
CREATE TABLE case_statuses (
  org_id     text NOT NULL REFERENCES organizations (org_id),
  key        text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  category   text NOT NULL CHECK (category IN ('open', 'waiting', 'resolved', 'closed')),
  position   integer NOT NULL CHECK (position >= 0),
  is_initial boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz,
  PRIMARY KEY (org_id, key),
  UNIQUE (org_id, key, category),
  CHECK (NOT is_initial OR (category = 'open' AND archived_at IS NULL))
);
-- Exactly one status new cases start in (at most one here; the services keep one).
CREATE UNIQUE INDEX case_statuses_one_initial ON case_statuses (org_id) WHERE is_initial;

-- The defaults every organisation starts with (also DEFAULT_CASE_STATUSES in the domain).
CREATE FUNCTION seed_case_statuses(p_org_id text) RETURNS void
  LANGUAGE sql AS $$
  INSERT INTO case_statuses (org_id, key, name, category, position, is_initial) VALUES
    (p_org_id, 'new', 'New', 'open', 0, true),
    (p_org_id, 'in_progress', 'In progress', 'open', 1, false),
    (p_org_id, 'waiting_customer', 'Waiting for the customer', 'waiting', 2, false),
    (p_org_id, 'waiting_supplier', 'Waiting for a supplier', 'waiting', 3, false),
    (p_org_id, 'resolved', 'Resolved', 'resolved', 4, false),
    (p_org_id, 'closed', 'Closed', 'closed', 5, false)
  ON CONFLICT DO NOTHING
$$;

-- Every new organisation gets them in the transaction that creates it, whichever path creates
-- it (the CLI, the demo, tests): that transaction has already set the new tenant, so the
-- inserts pass row-level security as the app role.
CREATE FUNCTION organizations_seed_case_statuses() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM seed_case_statuses(NEW.org_id);
  RETURN NULL;
END $$;
CREATE TRIGGER organizations_seed_case_statuses AFTER INSERT ON organizations
  FOR EACH ROW EXECUTE FUNCTION organizations_seed_case_statuses();

CREATE TABLE cases (
  org_id              text NOT NULL REFERENCES organizations (org_id),
  id                  text NOT NULL,
  customer_id         text NOT NULL,
  subject             text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  description         text CHECK (length(description) <= 10000),
  category            text NOT NULL CHECK (length(category) BETWEEN 1 AND 40),
  priority            text NOT NULL DEFAULT 'normal'
                        CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  status_key          text NOT NULL,
  status_category     text NOT NULL,
  owner_user_id       text,
  department_id       text,
  -- Since when the owning department holds the case (the ledger's running hold).
  department_since    timestamptz,
  -- The department that owned it when opened (null: opened unplaced, e.g. from an event).
  opening_department_id text,
  -- Who keeps talking to the customer while other departments work on the case.
  front_owner_user_id text,
  root_cause          text CHECK (length(root_cause) BETWEEN 1 AND 2000),
  source_kind         text NOT NULL DEFAULT 'manual'
                        CHECK (source_kind IN ('manual', 'event', 'promise', 'survey')),
  -- The event (evt_…), breach or survey answer the case was opened from.
  source_ref          text CHECK (length(source_ref) BETWEEN 1 AND 200),
  handoff_count       integer NOT NULL DEFAULT 0 CHECK (handoff_count >= 0),
  bounce_count        integer NOT NULL DEFAULT 0 CHECK (bounce_count >= 0),
  -- Optimistic concurrency: every change adds one; a writer holding an older one gets 409.
  version             integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_by_user_id  text,
  opened_at           timestamptz NOT NULL,
  resolved_at         timestamptz,
  closed_at           timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, status_key, status_category)
    REFERENCES case_statuses (org_id, key, category),
  FOREIGN KEY (org_id, owner_user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, department_id) REFERENCES departments (org_id, id),
  FOREIGN KEY (org_id, opening_department_id) REFERENCES departments (org_id, id),
  FOREIGN KEY (org_id, front_owner_user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, created_by_user_id) REFERENCES users (org_id, id),
  CHECK ((source_kind = 'manual') = (source_ref IS NULL)),
  CHECK ((department_id IS NULL) = (department_since IS NULL)),
  -- A resolved or closed case says why it happened and when it was resolved.
  CHECK (status_category NOT IN ('resolved', 'closed')
         OR (root_cause IS NOT NULL AND resolved_at IS NOT NULL)),
  CHECK ((status_category = 'closed') = (closed_at IS NOT NULL))
);
-- One case per event, breach or answer: opening twice from the same source is a no-op.
CREATE UNIQUE INDEX cases_by_source ON cases (org_id, source_kind, source_ref)
  WHERE source_ref IS NOT NULL;
-- The list: newest first, and newest first within each filter people use most.
CREATE INDEX cases_by_opened ON cases (org_id, opened_at DESC, id DESC);
CREATE INDEX cases_by_status ON cases (org_id, status_category, opened_at DESC);
CREATE INDEX cases_by_owner ON cases (org_id, owner_user_id, status_category);
CREATE INDEX cases_by_department ON cases (org_id, department_id, status_category);
CREATE INDEX cases_by_customer ON cases (org_id, customer_id, opened_at DESC);
CREATE INDEX cases_by_updated ON cases (org_id, updated_at DESC, id DESC);

-- The ledger: every change of owning department, with its reason. `is_bounce` is stored when
-- the handoff is made (the case had been with that department before), so the figures across
-- cases need no replay.
CREATE TABLE case_handoffs (
  org_id             text NOT NULL REFERENCES organizations (org_id),
  id                 text NOT NULL,
  case_id            text NOT NULL,
  from_department_id text,
  to_department_id   text NOT NULL,
  from_user_id       text,
  to_user_id         text,
  reason             text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  is_bounce          boolean NOT NULL DEFAULT false,
  actor_user_id      text,
  at                 timestamptz NOT NULL,
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, from_department_id) REFERENCES departments (org_id, id),
  FOREIGN KEY (org_id, to_department_id) REFERENCES departments (org_id, id),
  FOREIGN KEY (org_id, from_user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, to_user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, actor_user_id) REFERENCES users (org_id, id),
  CHECK (from_department_id IS DISTINCT FROM to_department_id)
);
CREATE INDEX case_handoffs_by_case ON case_handoffs (org_id, case_id, at);
CREATE INDEX case_handoffs_by_time ON case_handoffs (org_id, at);

-- Every status change, so clocks can pause while a case waits and reports can replay it.
CREATE TABLE case_status_changes (
  org_id          text NOT NULL REFERENCES organizations (org_id),
  id              text NOT NULL,
  case_id         text NOT NULL,
  from_status_key text,
  to_status_key   text NOT NULL,
  actor_user_id   text,
  at              timestamptz NOT NULL,
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, from_status_key) REFERENCES case_statuses (org_id, key),
  FOREIGN KEY (org_id, to_status_key) REFERENCES case_statuses (org_id, key),
  FOREIGN KEY (org_id, actor_user_id) REFERENCES users (org_id, id)
);
CREATE INDEX case_status_changes_by_case ON case_status_changes (org_id, case_id, at);

CREATE TABLE case_comments (
  org_id         text NOT NULL REFERENCES organizations (org_id),
  id             text NOT NULL,
  case_id        text NOT NULL,
  author_user_id text,
  body           text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  -- The people @mentioned in the body (kept apart so "mentions of me" is one index probe).
  mentions       text[] NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, author_user_id) REFERENCES users (org_id, id)
);
CREATE INDEX case_comments_by_case ON case_comments (org_id, case_id, id);
CREATE INDEX case_comments_mentions ON case_comments USING gin (mentions);

-- A person's saved views of the case list: the filters and the sort, as the list takes them.
CREATE TABLE case_views (
  org_id     text NOT NULL REFERENCES organizations (org_id),
  id         text NOT NULL,
  user_id    text NOT NULL,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  filters    jsonb NOT NULL DEFAULT '{}',
  sort       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, user_id, name),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);

-- One row per organisation once someone saves the case settings; until then the defaults.
CREATE TABLE case_settings (
  org_id            text PRIMARY KEY REFERENCES organizations (org_id),
  default_ola_hours numeric(7, 2) NOT NULL DEFAULT 24 CHECK (default_ola_hours > 0),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

-- The operational-level agreement of a department: how long it should hold a case at most.
CREATE TABLE case_department_targets (
  org_id        text NOT NULL REFERENCES organizations (org_id),
  department_id text NOT NULL,
  ola_hours     numeric(7, 2) NOT NULL CHECK (ola_hours > 0),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, department_id),
  FOREIGN KEY (org_id, department_id) REFERENCES departments (org_id, id)
);

-- E-mails are written here in the transaction of the change that causes them, then sent after
-- it commits: a rolled-back change sends nothing, and a mail server that is down loses nothing.
-- Without SMTP settings they are marked skipped, so people can see what would have been sent.
CREATE TABLE mail_outbox (
  org_id        text NOT NULL REFERENCES organizations (org_id),
  id            text NOT NULL,
  kind          text NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
  to_user_id    text,
  to_address    text NOT NULL CHECK (length(to_address) BETWEEN 3 AND 320),
  subject       text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  body_text     text NOT NULL,
  -- A path in the web app (/cases/cas_…); the mailer makes it absolute.
  link_path     text,
  subject_type  text,
  subject_id    text,
  status        text NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  sent_at       timestamptz,
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, to_user_id) REFERENCES users (org_id, id)
);
CREATE INDEX mail_outbox_pending ON mail_outbox (org_id, created_at) WHERE status = 'pending';
CREATE INDEX mail_outbox_by_subject ON mail_outbox (org_id, subject_type, subject_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_statuses', 'cases', 'case_handoffs', 'case_status_changes',
                           'case_comments', 'case_views', 'case_settings',
                           'case_department_targets', 'mail_outbox']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

-- Organisations created before this migration get the default statuses too. The owner is
-- subject to the forced RLS, so the force is lifted for this backfill only, inside the
-- migration's transaction.
ALTER TABLE organizations NO FORCE ROW LEVEL SECURITY;
ALTER TABLE case_statuses NO FORCE ROW LEVEL SECURITY;
SELECT seed_case_statuses(org_id) FROM organizations;
ALTER TABLE case_statuses FORCE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;

GRANT EXECUTE ON FUNCTION seed_case_statuses(text) TO customeric_app;
-- Statuses are archived, never deleted (cases and their history name them).
GRANT SELECT, INSERT, UPDATE ON case_statuses, cases, case_settings, case_department_targets,
  mail_outbox TO customeric_app;
-- The ledger, the status history and comments are a record: added to, never rewritten.
GRANT SELECT, INSERT ON case_handoffs, case_status_changes, case_comments TO customeric_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON case_views TO customeric_app;
GRANT DELETE ON case_department_targets TO customeric_app;
