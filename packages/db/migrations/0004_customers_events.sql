-- Customers and events (issue 4): accounts with their external keys and contacts; every
-- interaction from every system as an event, idempotent on (org, source, external id); the
-- rules that map an event type to a department, value chain and stage; ingest runs; and the
-- stored answers of Idempotency-Key requests.

CREATE TABLE customers (
  org_id             text NOT NULL REFERENCES organizations (org_id),
  id                 text NOT NULL,
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  segment            text CHECK (length(segment) BETWEEN 1 AND 100),
  relationship_level text NOT NULL DEFAULT 'transactional'
                       CHECK (relationship_level IN ('transactional', 'solution', 'partnership')),
  owner_user_id      text,
  status             text NOT NULL DEFAULT 'active'
                       CHECK (status IN ('prospect', 'active', 'churned')),
  started_on         date,
  churned_on         date,
  churn_reason       text CHECK (length(churn_reason) BETWEEN 1 AND 500),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, owner_user_id) REFERENCES users (org_id, id),
  -- A churned customer has a churn date; only a churned one has a churn reason.
  CHECK ((status = 'churned') = (churned_on IS NOT NULL)),
  CHECK (churn_reason IS NULL OR status = 'churned'),
  CHECK (churned_on IS NULL OR started_on IS NULL OR churned_on >= started_on)
);
CREATE INDEX customers_by_name ON customers (org_id, lower(name), id);

-- The ids other systems know the customer by; one system's id names one customer.
CREATE TABLE customer_external_keys (
  org_id      text NOT NULL,
  source      text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
  external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
  customer_id text NOT NULL,
  PRIMARY KEY (org_id, source, external_id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_external_keys_by_customer ON customer_external_keys (org_id, customer_id);

CREATE TABLE contacts (
  org_id      text NOT NULL,
  id          text NOT NULL,
  customer_id text NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email       text CHECK (email = lower(email)),
  phone       text CHECK (length(phone) <= 50),
  title       text CHECK (length(title) <= 200),
  is_primary  boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE
);
CREATE INDEX contacts_by_customer ON contacts (org_id, customer_id, name);
CREATE INDEX contacts_by_email ON contacts (org_id, email);

-- Events. The key is a bigint identity (public id evt_<n>): time-ordered, so inserts land at
-- the right edge of the primary key, and 8 bytes wide. A random uuid key halves the COPY
-- rate at 5 M rows on our machines (see the README's benchmark notes).
-- customer_id, department_id, value_chain_id and stage_id carry no foreign key: each batch
-- checks the ids it names in one query per kind, inside its own transaction. A foreign-key
-- check per row cost 40 % of the insert, and concurrent batches queued on the shared row
-- locks (MultiXacts) of the same hot customer and department rows: 9,100 events/s with one
-- batch in flight fell to 3,700 with four. Nothing the app does can leave an event naming
-- nothing: the app role may not delete customers (they churn), and departments are
-- archived. A stage that is removed later leaves its events as they were: facts are kept.
CREATE TABLE events (
  org_id         text NOT NULL,
  id             bigint GENERATED ALWAYS AS IDENTITY,
  source         text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
  external_id    text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
  customer_id    text NOT NULL,
  type           text NOT NULL CHECK (length(type) BETWEEN 1 AND 100),
  occurred_at    timestamptz NOT NULL,
  department_id  text,
  value_chain_id text CHECK (length(value_chain_id) <= 100),
  stage_id       text CHECK (length(stage_id) <= 100),
  amount         numeric(16, 2),
  attributes     jsonb NOT NULL DEFAULT '{}',
  received_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, source, external_id)
);
-- The customer's timeline, newest first, keyset-paginated on (occurred_at, id).
CREATE INDEX events_timeline ON events (org_id, customer_id, occurred_at DESC, id DESC);

-- Rules the organisation edits: an event type (exact, or a prefix ending in ".*", or "*")
-- gives the department, value chain and stage of events that do not name them.
CREATE TABLE event_mappings (
  org_id         text NOT NULL REFERENCES organizations (org_id),
  id             text NOT NULL,
  type_pattern   text NOT NULL CHECK (type_pattern ~ '^(\*|[a-z0-9_-]+(\.[a-z0-9_-]+)*(\.\*)?)$'),
  department_id  text,
  value_chain_id text CHECK (length(value_chain_id) <= 100),
  stage_id       text CHECK (length(stage_id) <= 100),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, type_pattern),
  FOREIGN KEY (org_id, department_id) REFERENCES departments (org_id, id),
  CHECK (department_id IS NOT NULL OR value_chain_id IS NOT NULL OR stage_id IS NOT NULL)
);

-- One row per ingest (a batch, a stream, a file): what came in and what became of it.
CREATE TABLE event_ingests (
  org_id           text NOT NULL REFERENCES organizations (org_id),
  id               text NOT NULL,
  via              text NOT NULL CHECK (via IN ('batch', 'stream', 'cloudevents', 'upload', 'cli')),
  actor_user_id    text,
  actor_api_key_id text,
  accepted         integer NOT NULL CHECK (accepted >= 0),
  duplicate        integer NOT NULL CHECK (duplicate >= 0),
  rejected         integer NOT NULL CHECK (rejected >= 0),
  started_at       timestamptz NOT NULL,
  finished_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id)
);

-- The stored answers of requests sent with an Idempotency-Key header (IETF draft), per
-- caller (a user or an API key), kept for a day.
CREATE TABLE idempotency_keys (
  org_id          text NOT NULL REFERENCES organizations (org_id),
  principal_id    text NOT NULL,
  key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  fingerprint     text NOT NULL,
  response_status integer NOT NULL,
  response_body   jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  PRIMARY KEY (org_id, principal_id, key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (org_id, expires_at);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers', 'customer_external_keys', 'contacts', 'events',
                           'event_mappings', 'event_ingests', 'idempotency_keys']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

-- Customers are never deleted by the app (a customer who leaves is churned), so no event
-- can come to name a customer that is gone.
GRANT SELECT, INSERT, UPDATE ON customers TO customeric_app;
GRANT SELECT, INSERT, UPDATE, DELETE
  ON customer_external_keys, contacts, event_mappings, idempotency_keys
  TO customeric_app;
-- Events are facts: stored once, never changed by the app. Ingest runs are a record too.
GRANT SELECT, INSERT ON events, event_ingests TO customeric_app;
