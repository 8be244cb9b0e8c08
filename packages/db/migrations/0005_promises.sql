-- Promises (issue 5): the Customer Bill of Rights. Each promise is customer wording plus a rule
-- over events; its outcomes (one per chance to keep it) are kept up to date as events come in;
-- broken ones become breaches with evidence and an accountable department and person. Same
-- rules as before: org_id first in every key, RLS enabled and forced, explicit grants.

-- Working hours, time zone and holidays for durations in business hours and days.
CREATE TABLE business_calendars (
  org_id     text NOT NULL REFERENCES organizations (org_id),
  id         text NOT NULL,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  time_zone  text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 100),
  -- [{ "day": 1..7, "open": "09:00", "close": "17:00" }, …], ISO weekdays, local times.
  week       jsonb NOT NULL CHECK (jsonb_typeof(week) = 'array'),
  holidays   date[] NOT NULL DEFAULT '{}',
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, name)
);
-- The calendar of promises that name none: at most one per organisation.
CREATE UNIQUE INDEX business_calendars_one_default ON business_calendars (org_id) WHERE is_default;

CREATE TABLE promises (
  org_id              text NOT NULL REFERENCES organizations (org_id),
  id                  text NOT NULL,
  customer_wording    text NOT NULL CHECK (length(customer_wording) BETWEEN 1 AND 500),
  internal_name       text NOT NULL CHECK (length(internal_name) BETWEEN 1 AND 200),
  -- By operating model: a department (its head answers) or the value chain's manager.
  owner_kind          text NOT NULL CHECK (owner_kind IN ('department', 'value_chain_manager')),
  owner_department_id text,
  value_chain_id      text,
  stage_id            text,
  target_rate         numeric(5, 4) NOT NULL CHECK (target_rate BETWEEN 0 AND 1),
  rule                jsonb NOT NULL CHECK (jsonb_typeof(rule) = 'object'),
  calendar_id         text,
  active              boolean NOT NULL DEFAULT true,
  -- Goes up each time the rule or calendar changes; outcomes carry the version they were
  -- evaluated under, so a re-evaluation can tell what it has not yet replaced.
  version             integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, internal_name),
  FOREIGN KEY (org_id, owner_department_id) REFERENCES departments (org_id, id),
  FOREIGN KEY (org_id, value_chain_id) REFERENCES value_chains (org_id, id),
  -- A stage removed from its chain leaves the promise on the chain (PostgreSQL 15+).
  FOREIGN KEY (org_id, stage_id) REFERENCES value_chain_stages (org_id, id)
    ON DELETE SET NULL (stage_id),
  FOREIGN KEY (org_id, calendar_id) REFERENCES business_calendars (org_id, id),
  CHECK (owner_kind <> 'department' OR owner_department_id IS NOT NULL),
  CHECK (owner_kind <> 'value_chain_manager' OR value_chain_id IS NOT NULL),
  CHECK (stage_id IS NULL OR value_chain_id IS NOT NULL)
);

-- One chance to keep a promise. No foreign keys, as on events (0004): outcomes are written in
-- bulk, two or more per ingested event, and a key check per row (with its share lock on the
-- same few promise rows) cost more than the rest of the insert (bench/promises). The ids come
-- from rows the evaluation has just read; a promise with outcomes is never deleted (the
-- service refuses), and customer, department, chain and stage are snapshots, as they were.
CREATE TABLE promise_outcomes (
  org_id             text NOT NULL,
  promise_id         text NOT NULL,
  key                text NOT NULL CHECK (length(key) BETWEEN 1 AND 500),
  subject_key        text NOT NULL,
  customer_id        text NOT NULL,
  status             text NOT NULL CHECK (status IN ('open', 'kept', 'broken')),
  start_event_id     bigint NOT NULL,
  end_event_id       bigint,
  started_at         timestamptz NOT NULL,
  due_at             timestamptz,
  resolved_at        timestamptz,
  evidence_event_ids bigint[] NOT NULL,
  reason             text NOT NULL,
  department_id      text,
  value_chain_id     text,
  stage_id           text,
  -- The stage of the starting event: with stage_id it places a breach across a handoff.
  start_stage_id     text,
  segment            text,
  promise_version    integer NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  -- The key starts with the subject, so (promise, subject, key) is as unique as (promise,
  -- key), and re-evaluating the subjects an ingest batch touched reads the primary key.
  PRIMARY KEY (org_id, promise_id, subject_key, key)
);
-- Few indexes on purpose: every one is written for each outcome of every ingested event
-- (bench/promises measures what evaluation costs ingest).
-- The deadline sweep: open outcomes whose due time has passed (open ones only: small).
CREATE INDEX promise_outcomes_open_due ON promise_outcomes (org_id, due_at) WHERE status = 'open';
-- Compliance by period, and the outcome list, newest first (filtered by promise or not).
CREATE INDEX promise_outcomes_started ON promise_outcomes (org_id, started_at DESC);
-- The customer 360's promises.
CREATE INDEX promise_outcomes_customer ON promise_outcomes (org_id, customer_id, started_at DESC);

-- Broken outcomes, kept even if a late event keeps the promise after all (withdrawn, with the
-- reason) or a rule change makes the outcome disappear: a case may point at the breach. No
-- foreign keys, like outcomes: written in bulk; the accountable department and person are
-- joined from their tables as they are written, so they name rows that exist.
CREATE TABLE promise_breaches (
  org_id                    text NOT NULL,
  id                        text NOT NULL,
  promise_id                text NOT NULL,
  outcome_key               text NOT NULL,
  customer_id               text NOT NULL,
  accountable_department_id text,
  accountable_user_id       text,
  value_chain_id            text,
  stage_id                  text,
  start_stage_id            text,
  segment                   text,
  due_at                    timestamptz,
  broken_at                 timestamptz NOT NULL,
  detected_at               timestamptz NOT NULL DEFAULT now(),
  reason                    text NOT NULL,
  evidence_event_ids        bigint[] NOT NULL,
  withdrawn_at              timestamptz,
  withdrawn_reason          text CHECK (length(withdrawn_reason) <= 500),
  -- The case opened from it (the cases module links it; no foreign key across modules yet).
  case_id                   text,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, promise_id, outcome_key),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
);
CREATE INDEX promise_breaches_broken ON promise_breaches (org_id, broken_at DESC, id DESC);
CREATE INDEX promise_breaches_customer ON promise_breaches (org_id, customer_id, broken_at DESC);
CREATE INDEX promise_breaches_department ON promise_breaches (org_id, accountable_department_id, broken_at DESC);

-- Re-evaluations of a promise's history, with their progress.
CREATE TABLE promise_evaluations (
  org_id          text NOT NULL,
  id              text NOT NULL,
  promise_id      text NOT NULL,
  promise_version integer NOT NULL,
  reason          text NOT NULL CHECK (reason IN ('created', 'rule_changed', 'activated', 'requested')),
  status          text NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'superseded')),
  total           integer CHECK (total >= 0),
  processed       integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
  requested_at    timestamptz NOT NULL DEFAULT now(),
  started_at      timestamptz,
  finished_at     timestamptz,
  error           text CHECK (length(error) <= 2000),
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, promise_id) REFERENCES promises (org_id, id) ON DELETE CASCADE
);
-- At most one re-evaluation of a promise is waiting or running: a second request is refused.
CREATE UNIQUE INDEX promise_evaluations_one_live ON promise_evaluations (org_id, promise_id)
  WHERE status IN ('queued', 'running');
CREATE INDEX promise_evaluations_latest ON promise_evaluations (org_id, promise_id, requested_at DESC);

-- The events of each subject named by an attribute (an order, an invoice, a case), so a
-- subject's history loads through one index whatever attribute names it. Shared by every
-- promise whose subject is that attribute: an event is filed once per attribute, not once
-- per promise (customer subjects need no filing: the timeline index finds them). Rows only
-- grow: a superset is harmless, the engine ignores events a rule does not read. Written in
-- bulk by the evaluation, so no foreign keys.
CREATE TABLE promise_subject_events (
  org_id            text NOT NULL,
  subject_attribute text NOT NULL,
  subject_key       text NOT NULL,
  event_id          bigint NOT NULL,
  PRIMARY KEY (org_id, subject_attribute, subject_key, event_id)
);

-- Ingested batches whose events the promises have not yet seen: written in the ingest's own
-- transaction (so no committed event can be missed), removed by the evaluation that
-- processed them (so a crash in between only means they are evaluated again).
CREATE TABLE promise_pending_batches (
  org_id         text NOT NULL,
  id             bigint GENERATED ALWAYS AS IDENTITY,
  first_event_id bigint NOT NULL,
  last_event_id  bigint NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  CHECK (first_event_id <= last_event_id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['business_calendars', 'promises', 'promise_outcomes',
                           'promise_breaches', 'promise_evaluations', 'promise_subject_events',
                           'promise_pending_batches']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE
  ON business_calendars, promises, promise_outcomes, promise_evaluations,
     promise_subject_events, promise_pending_batches
  TO customeric_app;
-- Breaches are withdrawn, never deleted (cases and webhooks may refer to them).
GRANT SELECT, INSERT, UPDATE ON promise_breaches TO customeric_app;
