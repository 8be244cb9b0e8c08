-- Cases (issue 6, the rest): clocks and escalation, the executive complaint programme, the
-- closed loop on detractors' answers. Bridge people are computed from the case tables and
-- need nothing stored. Same rules as 0001: org_id first in every key, RLS enabled and forced,
-- explicit grants. Cases, business calendars, promises and survey answers belong to modules
-- being finished alongside this one: they are named by plain text columns without a foreign
-- key (the lead adds those keys once the modules have landed).

-- Which cases run which clocks. The first active policy (by position) whose filters match a
-- case applies to it; empty filters match every case. `clocks` and `escalations` are JSON
-- checked by the API (contracts/src/cases/case-clocks.ts): at most one clock per kind
-- (first_answer, resolution, handoffs) and at most four escalation levels.
CREATE TABLE case_clock_policies (
  org_id          text NOT NULL REFERENCES organizations (org_id),
  id              text NOT NULL,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  position        integer NOT NULL DEFAULT 0 CHECK (position >= 0),
  priorities      text[] NOT NULL DEFAULT '{}',
  categories      text[] NOT NULL DEFAULT '{}',
  source_kinds    text[] NOT NULL DEFAULT '{}',
  -- A business calendar of the promises module; null: the organisation's default calendar.
  calendar_id     text,
  clocks          jsonb NOT NULL CHECK (jsonb_typeof(clocks) = 'array'),
  warn_at_percent smallint NOT NULL DEFAULT 75 CHECK (warn_at_percent BETWEEN 1 AND 99),
  escalations     jsonb NOT NULL DEFAULT '[]'
                    CHECK (jsonb_typeof(escalations) = 'array' AND jsonb_array_length(escalations) <= 4),
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, name)
);

-- Every warning, breach and escalation raised on a case's clock, once: the unique key is what
-- makes the every-minute check idempotent (a second run, or two at once, inserts nothing and
-- so sends nothing).
CREATE TABLE case_escalations (
  org_id            text NOT NULL REFERENCES organizations (org_id),
  id                text NOT NULL,
  case_id           text NOT NULL,
  policy_id         text NOT NULL,
  clock             text NOT NULL CHECK (clock IN ('first_answer', 'resolution', 'handoffs')),
  kind              text NOT NULL CHECK (kind IN ('warning', 'breach', 'escalation')),
  level             smallint NOT NULL CHECK (level BETWEEN 0 AND 4),
  reason            text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  notified_user_ids text[] NOT NULL DEFAULT '{}',
  due_at            timestamptz,
  raised_at         timestamptz NOT NULL,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, case_id, clock, kind, level),
  FOREIGN KEY (org_id, policy_id) REFERENCES case_clock_policies (org_id, id),
  CHECK ((kind = 'escalation') = (level > 0))
);
CREATE INDEX case_escalations_recent ON case_escalations (org_id, raised_at DESC, id DESC);

-- One row per organisation once saved; until then the defaults.
CREATE TABLE case_programme_settings (
  org_id              text PRIMARY KEY REFERENCES organizations (org_id),
  monthly_quota       smallint NOT NULL DEFAULT 3 CHECK (monthly_quota BETWEEN 1 AND 20),
  closed_loop_enabled boolean NOT NULL DEFAULT true,
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- Each month's assignment run; the row is written under the run's advisory lock.
CREATE TABLE programme_runs (
  org_id              text NOT NULL REFERENCES organizations (org_id),
  month               date NOT NULL CHECK (extract(day FROM month) = 1),
  runs                integer NOT NULL DEFAULT 1 CHECK (runs >= 1),
  assigned            integer NOT NULL DEFAULT 0 CHECK (assigned >= 0),
  last_run_at         timestamptz NOT NULL,
  last_run_by_user_id text,
  PRIMARY KEY (org_id, month),
  FOREIGN KEY (org_id, last_run_by_user_id) REFERENCES users (org_id, id)
);

-- A complaint given to a senior executive to handle personally in a month (seed 001).
-- UNIQUE (org_id, case_id): a case is never assigned twice, whatever runs at once.
CREATE TABLE programme_assignments (
  org_id            text NOT NULL REFERENCES organizations (org_id),
  id                text NOT NULL,
  month             date NOT NULL CHECK (extract(day FROM month) = 1),
  executive_user_id text NOT NULL,
  case_id           text NOT NULL,
  customer_id       text NOT NULL,
  -- The department holding the case when it was assigned (null: not placed yet).
  department_id     text,
  reasons           text[] NOT NULL CHECK (cardinality(reasons) >= 1),
  score             numeric(8, 3) NOT NULL,
  assigned_at       timestamptz NOT NULL,
  due_at            timestamptz NOT NULL,
  handled_at        timestamptz,
  handling_notes    text CHECK (length(handling_notes) BETWEEN 1 AND 4000),
  -- The local day of the last reminder: at most one a day.
  reminded_on       date,
  reminders         integer NOT NULL DEFAULT 0 CHECK (reminders >= 0),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, case_id),
  FOREIGN KEY (org_id, executive_user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, department_id) REFERENCES departments (org_id, id),
  CHECK ((handled_at IS NULL) = (handling_notes IS NULL))
);
CREATE INDEX programme_assignments_by_month ON programme_assignments (org_id, month, executive_user_id);
CREATE INDEX programme_assignments_open ON programme_assignments (org_id, due_at)
  WHERE handled_at IS NULL;

-- A complaint someone dealt with personally: the assignee of a programme assignment (which it
-- completes), or any leader who picked one up themselves. Once per person and case.
CREATE TABLE personal_handlings (
  org_id        text NOT NULL REFERENCES organizations (org_id),
  id            text NOT NULL,
  case_id       text NOT NULL,
  user_id       text NOT NULL,
  assignment_id text,
  notes         text NOT NULL CHECK (length(notes) BETWEEN 1 AND 4000),
  handled_at    timestamptz NOT NULL,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, case_id, user_id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, assignment_id) REFERENCES programme_assignments (org_id, id)
);

-- Calls a person listened in on, and what they learned (seed 001: "the human emotions in the
-- live call always teach us things").
CREATE TABLE calls_listened (
  org_id        text NOT NULL REFERENCES organizations (org_id),
  id            text NOT NULL,
  user_id       text NOT NULL,
  listened_on   date NOT NULL,
  customer_id   text NOT NULL,
  department_id text,
  case_id       text,
  minutes       smallint CHECK (minutes BETWEEN 1 AND 600),
  learned       text NOT NULL CHECK (length(learned) BETWEEN 1 AND 4000),
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, department_id) REFERENCES departments (org_id, id)
);
CREATE INDEX calls_listened_recent ON calls_listened (org_id, listened_on DESC, id DESC);

-- The closed loop: a follow-up case opened from a detractor's answer, and, once closed, what
-- was done and whether the customer was contacted.
CREATE TABLE case_follow_ups (
  org_id             text NOT NULL REFERENCES organizations (org_id),
  case_id            text NOT NULL,
  answer_id          text NOT NULL CHECK (answer_id ~ '^ans_[1-9][0-9]*$'),
  survey_kind        text NOT NULL,
  score              smallint NOT NULL,
  action_taken       text CHECK (length(action_taken) BETWEEN 1 AND 4000),
  customer_contacted boolean,
  contacted_on       date,
  closed_by_user_id  text,
  closed_at          timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, case_id),
  UNIQUE (org_id, answer_id),
  FOREIGN KEY (org_id, closed_by_user_id) REFERENCES users (org_id, id),
  CHECK ((closed_at IS NULL) = (action_taken IS NULL)),
  CHECK ((closed_at IS NULL) = (customer_contacted IS NULL)),
  CHECK (contacted_on IS NULL OR customer_contacted)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_clock_policies', 'case_escalations', 'case_programme_settings',
                           'programme_runs', 'programme_assignments', 'personal_handlings',
                           'calls_listened', 'case_follow_ups']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON case_clock_policies, case_programme_settings, programme_runs,
  programme_assignments, case_follow_ups TO customeric_app;
-- Raised alerts, personal handlings and calls are a record: added to, never rewritten.
GRANT SELECT, INSERT ON case_escalations, personal_handlings, calls_listened TO customeric_app;
