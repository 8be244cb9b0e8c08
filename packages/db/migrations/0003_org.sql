-- Org and value chains (issue 3): departments get their line to the Customer Department and
-- a head; people (the users table) get a title, a manager, a share of customer work and
-- skills; the organisation gets its operating model and target band; value chains get
-- ordered stages owned by departments. Same rules as 0001: org_id first in every key, RLS
-- enabled and forced, explicit grants to the app role.

ALTER TABLE departments
  ADD COLUMN customer_department_line text NOT NULL DEFAULT 'none'
    CHECK (customer_department_line IN ('direct', 'indirect', 'none')),
  ADD COLUMN head_user_id text,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT departments_function_known CHECK (function IN ('marketing', 'sales',
    'delivery', 'billing', 'service', 'product_development', 'market_research',
    'manufacturing', 'it', 'hr', 'finance', 'other')),
  ADD CONSTRAINT departments_head FOREIGN KEY (org_id, head_user_id) REFERENCES users (org_id, id);

ALTER TABLE users
  ADD COLUMN title text CHECK (length(title) <= 200),
  ADD COLUMN manager_id text,
  ADD COLUMN customer_work_share smallint CHECK (customer_work_share BETWEEN 0 AND 100),
  ADD CONSTRAINT users_manager FOREIGN KEY (org_id, manager_id) REFERENCES users (org_id, id),
  -- Longer cycles are refused by the services, under an advisory lock (see org services).
  ADD CONSTRAINT users_not_own_manager CHECK (manager_id <> id);
CREATE INDEX users_manager_id ON users (org_id, manager_id);
CREATE INDEX users_department_id ON users (org_id, department_id);

-- Free tags with a level, one row per person and tag (tags are stored lower-case).
CREATE TABLE person_skills (
  org_id  text NOT NULL REFERENCES organizations (org_id),
  user_id text NOT NULL,
  tag     text NOT NULL CHECK (length(tag) BETWEEN 1 AND 60 AND tag = lower(tag)),
  level   smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  PRIMARY KEY (org_id, user_id, tag),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);
CREATE INDEX person_skills_tag ON person_skills (org_id, tag);

-- One row per organisation once someone saves the settings; until then the defaults apply.
CREATE TABLE org_settings (
  org_id                      text PRIMARY KEY REFERENCES organizations (org_id),
  operating_model             text NOT NULL DEFAULT 'cco_led'
                                CHECK (operating_model IN ('cco_led', 'value_chain_led', 'both')),
  target_share_min            smallint NOT NULL DEFAULT 25 CHECK (target_share_min BETWEEN 0 AND 100),
  target_share_max            smallint NOT NULL DEFAULT 50 CHECK (target_share_max BETWEEN 0 AND 100),
  customer_department_head_id text,
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  CHECK (target_share_min <= target_share_max),
  FOREIGN KEY (org_id, customer_department_head_id) REFERENCES users (org_id, id)
);

CREATE TABLE value_chains (
  org_id          text NOT NULL REFERENCES organizations (org_id),
  id              text NOT NULL,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description     text CHECK (length(description) <= 2000),
  manager_user_id text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  archived_at     timestamptz,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, name),
  FOREIGN KEY (org_id, manager_user_id) REFERENCES users (org_id, id)
);

-- Positions and names are unique per chain, checked at commit so a reorder or a swap of two
-- names can pass through a moment where two stages share one.
CREATE TABLE value_chain_stages (
  org_id         text NOT NULL REFERENCES organizations (org_id),
  id             text NOT NULL,
  value_chain_id text NOT NULL,
  position       integer NOT NULL CHECK (position >= 0),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  description    text CHECK (length(description) <= 1000),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  CONSTRAINT value_chain_stages_position UNIQUE (org_id, value_chain_id, position)
    DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT value_chain_stages_name UNIQUE (org_id, value_chain_id, name)
    DEFERRABLE INITIALLY IMMEDIATE,
  FOREIGN KEY (org_id, value_chain_id) REFERENCES value_chains (org_id, id) ON DELETE CASCADE
);

CREATE TABLE value_chain_stage_owners (
  org_id        text NOT NULL REFERENCES organizations (org_id),
  stage_id      text NOT NULL,
  department_id text NOT NULL,
  PRIMARY KEY (org_id, stage_id, department_id),
  FOREIGN KEY (org_id, stage_id) REFERENCES value_chain_stages (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, department_id) REFERENCES departments (org_id, id)
);
CREATE INDEX value_chain_stage_owners_department ON value_chain_stage_owners (org_id, department_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['person_skills', 'org_settings', 'value_chains', 'value_chain_stages',
                           'value_chain_stage_owners']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON person_skills, value_chain_stages,
  value_chain_stage_owners TO customeric_app;
-- Settings and chains are changed or archived, never deleted.
GRANT SELECT, INSERT, UPDATE ON org_settings, value_chains TO customeric_app;
