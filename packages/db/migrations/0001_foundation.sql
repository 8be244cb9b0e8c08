-- Foundation: tenants, departments, users, sessions, API keys, the audit log, and the
-- row-level security that keeps tenants apart. Runs as the migration owner; the app role
-- (customeric_app) exists before this runs and owns nothing.

-- The tenant of the current transaction; NULL (so every policy is false) when none is set.
CREATE FUNCTION app_current_org() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.org_id', true), '') $$;

CREATE TABLE organizations (
  org_id     text PRIMARY KEY,
  slug       text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE departments (
  org_id          text NOT NULL REFERENCES organizations (org_id),
  id              text NOT NULL,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  function        text NOT NULL,
  customer_facing boolean NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  archived_at     timestamptz,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, name)
);

CREATE TABLE users (
  org_id        text NOT NULL REFERENCES organizations (org_id),
  id            text NOT NULL,
  email         text NOT NULL CHECK (email = lower(email)),
  name          text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'ceo', 'cco', 'value_chain_manager',
                  'department_head', 'executive', 'employee', 'board')),
  department_id text,
  is_executive  boolean NOT NULL DEFAULT false,
  active        boolean NOT NULL DEFAULT true,
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, email),
  FOREIGN KEY (org_id, department_id) REFERENCES departments (org_id, id)
);

CREATE TABLE sessions (
  org_id     text NOT NULL REFERENCES organizations (org_id),
  id         text NOT NULL,
  user_id    text NOT NULL,
  token_hash text NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, token_hash),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);

CREATE TABLE api_keys (
  org_id       text NOT NULL REFERENCES organizations (org_id),
  id           text NOT NULL,
  name         text NOT NULL,
  prefix       text NOT NULL,
  secret_hash  text NOT NULL,
  scopes       text[] NOT NULL CHECK (cardinality(scopes) > 0),
  created_by   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, secret_hash),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id)
);

CREATE TABLE audit_log (
  org_id           text NOT NULL REFERENCES organizations (org_id),
  id               text NOT NULL,
  at               timestamptz NOT NULL DEFAULT now(),
  actor_user_id    text,
  actor_api_key_id text,
  action           text NOT NULL,
  subject_type     text NOT NULL,
  subject_id       text NOT NULL,
  changes          jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (org_id, id)
);

-- The audit log is append-only for everyone, the owner included.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Log-in starts before the tenant is known: which organisations have a user with this
-- e-mail? This lookup table has no RLS and no grants to the app role; the app reaches it
-- only through find_login_orgs(), which returns organisation ids and nothing else.
CREATE TABLE login_emails (
  org_id  text NOT NULL REFERENCES organizations (org_id),
  email   text NOT NULL,
  user_id text NOT NULL,
  PRIMARY KEY (org_id, email)
);
CREATE INDEX login_emails_email ON login_emails (email);

CREATE FUNCTION sync_login_emails() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM login_emails WHERE org_id = OLD.org_id AND email = OLD.email;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO login_emails (org_id, email, user_id) VALUES (NEW.org_id, NEW.email, NEW.id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER users_sync_login_emails AFTER INSERT OR DELETE OR UPDATE OF email ON users
  FOR EACH ROW EXECUTE FUNCTION sync_login_emails();

CREATE FUNCTION find_login_orgs(p_email text) RETURNS TABLE (org_id text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT org_id FROM login_emails WHERE email = lower(p_email) ORDER BY org_id
$$;
REVOKE ALL ON FUNCTION find_login_orgs(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION find_login_orgs(text) TO customeric_app;

-- Row-level security: enabled and forced on every tenant table, one policy each.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organizations', 'departments', 'users', 'sessions', 'api_keys', 'audit_log']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

-- A creating transaction sets the new tenant first, then inserts its organisation row.
GRANT USAGE ON SCHEMA public TO customeric_app;
GRANT SELECT, INSERT, UPDATE ON organizations TO customeric_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON departments, users, sessions, api_keys TO customeric_app;
GRANT SELECT, INSERT ON audit_log TO customeric_app;
GRANT EXECUTE ON FUNCTION app_current_org() TO customeric_app;
