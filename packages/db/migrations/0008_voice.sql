-- Voice (issue 7): surveys tied to a touchpoint, stage, value chain and department; one
-- unique link per customer contact; answers from links, the API and CSV files; themes from
-- rules the organisation edits and by hand; recontact rules. Same rules as 0001: org_id first
-- in every key, RLS enabled and forced, explicit grants to the app role.

-- One row per organisation once someone saves the settings; until then the defaults apply.
CREATE TABLE voice_settings (
  org_id          text PRIMARY KEY REFERENCES organizations (org_id),
  -- At most one invitation per contact every N days, across all surveys (0: no limit).
  recontact_days  smallint NOT NULL DEFAULT 30 CHECK (recontact_days BETWEEN 0 AND 365),
  link_valid_days smallint NOT NULL DEFAULT 30 CHECK (link_valid_days BETWEEN 1 AND 365),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- One score question (its wording and scale), an optional comment prompt and optional other
-- questions (jsonb: [{ id, kind: text|choice|rating, prompt, options, required }]).
-- stage_id is plain text, like events': stages are replaced as a chain is edited.
CREATE TABLE surveys (
  org_id            text NOT NULL REFERENCES organizations (org_id),
  id                text NOT NULL,
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind              text NOT NULL CHECK (kind IN ('nps', 'csat', 'ces', 'custom')),
  question          text NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
  comment_prompt    text CHECK (length(comment_prompt) BETWEEN 1 AND 500),
  scale_min         smallint NOT NULL,
  scale_max         smallint NOT NULL,
  low_label         text CHECK (length(low_label) <= 100),
  high_label        text CHECK (length(high_label) <= 100),
  questions         jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(questions) = 'array'),
  language          text NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}(-[a-z0-9]{2,8})?$'),
  touchpoint_type   text CHECK (touchpoint_type ~ '^[a-z0-9_-]+(\.[a-z0-9_-]+)*$'),
  department_id     text,
  value_chain_id    text,
  stage_id          text CHECK (length(stage_id) <= 100),
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
  -- The survey's own recontact period; null takes the organisation's.
  recontact_days    smallint CHECK (recontact_days BETWEEN 0 AND 365),
  thank_you_message text CHECK (length(thank_you_message) <= 500),
  created_by        text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, department_id) REFERENCES departments (org_id, id),
  FOREIGN KEY (org_id, value_chain_id) REFERENCES value_chains (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  CHECK (scale_min >= 0 AND scale_max <= 10 AND scale_min < scale_max),
  CHECK (CASE kind WHEN 'nps' THEN (scale_min, scale_max) = (0, 10)
                   WHEN 'csat' THEN (scale_min, scale_max) = (1, 5)
                   WHEN 'ces' THEN (scale_min, scale_max) = (1, 7)
                   ELSE true END)
);
CREATE UNIQUE INDEX surveys_name ON surveys (org_id, lower(name));

-- One unique link per customer contact. The link's secret is stored only as its SHA-256;
-- the link itself is shown once, when it is made.
CREATE TABLE survey_invitations (
  org_id          text NOT NULL REFERENCES organizations (org_id),
  id              text NOT NULL,
  survey_id       text NOT NULL,
  customer_id     text NOT NULL,
  contact_id      text NOT NULL,
  token_hash      text NOT NULL,
  -- The event the survey asks about (a delivery, an invoice), when there is one.
  event_id        bigint,
  created_by      text,
  created_by_key  text,
  sent_at         timestamptz NOT NULL DEFAULT now(),
  opened_at       timestamptz,
  answered_at     timestamptz,
  expires_at      timestamptz NOT NULL,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, token_hash),
  FOREIGN KEY (org_id, survey_id) REFERENCES surveys (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, contact_id) REFERENCES contacts (org_id, id) ON DELETE CASCADE,
  CHECK (expires_at > sent_at)
);
-- The recontact check: when was this contact last invited?
CREATE INDEX survey_invitations_contact ON survey_invitations (org_id, contact_id, sent_at DESC);
CREATE INDEX survey_invitations_survey ON survey_invitations (org_id, survey_id, sent_at DESC, id DESC);

-- Answers, one row each, ready to aggregate: the score with the survey's kind, and a snapshot
-- at answer time of where it happened (touchpoint type, department, value chain, stage) and
-- who answered (customer, contact, segment, relationship level), so a later change of a
-- customer's segment or a survey's department does not rewrite history.
-- The key is a bigint identity (public id ans_<n>), time-ordered and narrow like events'.
-- No foreign keys, as for events: each batch checks the ids it names in one query per kind,
-- and concurrent imports would queue on the shared locks of the same survey and customers.
CREATE TABLE survey_answers (
  org_id             text NOT NULL,
  id                 bigint GENERATED ALWAYS AS IDENTITY,
  survey_id          text NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('nps', 'csat', 'ces', 'custom')),
  score              smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
  answered_at        timestamptz NOT NULL,
  customer_id        text NOT NULL,
  contact_id         text,
  invitation_id      text,
  event_id           bigint,
  touchpoint_type    text,
  department_id      text,
  value_chain_id     text,
  stage_id           text,
  segment            text,
  relationship_level text NOT NULL,
  comment            text CHECK (length(comment) <= 5000),
  language           text,
  extra              jsonb NOT NULL DEFAULT '{}',
  via                text NOT NULL CHECK (via IN ('link', 'api', 'import')),
  source             text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
  external_id        text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
  received_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, source, external_id)
);
-- One answer per link, whatever the race: the second insert fails on this index.
CREATE UNIQUE INDEX survey_answers_one_per_link ON survey_answers (org_id, invitation_id)
  WHERE invitation_id IS NOT NULL;
CREATE INDEX survey_answers_recent ON survey_answers (org_id, answered_at DESC, id DESC);
CREATE INDEX survey_answers_survey ON survey_answers (org_id, survey_id, answered_at DESC, id DESC);
CREATE INDEX survey_answers_customer ON survey_answers (org_id, customer_id, answered_at DESC);

-- Themes and their rules: [{ language: 'en' | null, terms: ['invoic*', 'wrong amount'] }].
CREATE TABLE themes (
  org_id      text NOT NULL REFERENCES organizations (org_id),
  id          text NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  description text CHECK (length(description) <= 500),
  rules       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rules) = 'array'),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id)
);
CREATE UNIQUE INDEX themes_name ON themes (org_id, lower(name));

-- An answer has a theme when a row says it applies. Rules add and remove rows of origin
-- 'rule'; a person's choice (origin 'hand') is kept when rules run again, and a theme taken
-- off by hand stays as a row that does not apply, so the rules do not put it back.
CREATE TABLE answer_themes (
  org_id    text NOT NULL,
  answer_id bigint NOT NULL,
  theme_id  text NOT NULL,
  origin    text NOT NULL CHECK (origin IN ('rule', 'hand')),
  applies   boolean NOT NULL DEFAULT true,
  tagged_by text,
  tagged_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, answer_id, theme_id),
  FOREIGN KEY (org_id, answer_id) REFERENCES survey_answers (org_id, id),
  FOREIGN KEY (org_id, theme_id) REFERENCES themes (org_id, id) ON DELETE CASCADE,
  CHECK (applies OR origin = 'hand')
);
CREATE INDEX answer_themes_theme ON answer_themes (org_id, theme_id, answer_id) WHERE applies;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['voice_settings', 'surveys', 'survey_invitations', 'survey_answers',
                           'themes', 'answer_themes']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON voice_settings, survey_invitations TO customeric_app;
-- Only a draft that nobody was invited to may be deleted; the services check that.
GRANT SELECT, INSERT, UPDATE, DELETE ON surveys, themes, answer_themes TO customeric_app;
-- Answers are what customers said: stored once, never changed by the app.
GRANT SELECT, INSERT ON survey_answers TO customeric_app;
