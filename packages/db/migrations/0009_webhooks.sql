-- Webhooks out (Standard Webhooks): the endpoints an organisation subscribes, the messages
-- its modules publish, one delivery per endpoint and message, and every attempt made.

-- The signing secret is kept as it is shown (whsec_ + base64 of 24 random bytes) because
-- HMAC signing needs the secret itself, not a hash. Row-level security and the app role keep
-- it to its organisation; encrypting it at rest (a key outside the database) is not done yet.
-- After a rotation the old secret signs too, until previous_secret_expires_at, so receivers
-- can switch without losing a request (the specification's zero-downtime rotation).
CREATE TABLE webhook_endpoints (
  org_id                     text NOT NULL REFERENCES organizations (org_id),
  id                         text NOT NULL,
  url                        text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
  description                text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
  event_types                text[] NOT NULL DEFAULT '{}',
  secret                     text NOT NULL CHECK (secret LIKE 'whsec\_%'),
  previous_secret            text CHECK (previous_secret LIKE 'whsec\_%'),
  previous_secret_expires_at timestamptz,
  secret_rotated_at          timestamptz,
  enabled                    boolean NOT NULL DEFAULT true,
  disabled_reason            text CHECK (length(disabled_reason) <= 500),
  consecutive_failures       integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
  failing_since              timestamptz,
  created_by                 text,
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  -- A disabled endpoint always says why (by hand, 410 Gone, or too many failures).
  CHECK (enabled = (disabled_reason IS NULL)),
  CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL))
);

-- What was published. Its id is the webhook-id header: the same in every retry, so receivers
-- can use it as an idempotency key. The body sent is {type, timestamp: created_at, data}.
CREATE TABLE webhook_messages (
  org_id     text NOT NULL REFERENCES organizations (org_id),
  id         text NOT NULL,
  type       text NOT NULL CHECK (type ~ '^[a-z0-9_]+(\.[a-z0-9_]+)+$' AND length(type) <= 100),
  data       jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id)
);
CREATE INDEX webhook_messages_by_type ON webhook_messages (org_id, type, id);

-- pending: not tried yet; failed: the last attempt failed and next_attempt_at is planned;
-- succeeded; dead: the schedule is spent, or the endpoint was disabled. The last attempt's
-- outcome is repeated here so lists need no join; every attempt is in webhook_attempts.
CREATE TABLE webhook_deliveries (
  org_id                text NOT NULL,
  id                    text NOT NULL,
  endpoint_id           text NOT NULL,
  message_id            text NOT NULL,
  status                text NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending', 'succeeded', 'failed', 'dead')),
  attempts              integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at       timestamptz,
  last_attempt_at       timestamptz,
  last_status_code      integer,
  last_error            text,
  last_response_snippet text,
  last_duration_ms      integer,
  created_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, endpoint_id, message_id),
  FOREIGN KEY (org_id, endpoint_id) REFERENCES webhook_endpoints (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, message_id) REFERENCES webhook_messages (org_id, id) ON DELETE CASCADE,
  CHECK ((status IN ('pending', 'failed')) = (next_attempt_at IS NOT NULL))
);
CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (org_id, endpoint_id, id);
CREATE INDEX webhook_deliveries_by_message ON webhook_deliveries (org_id, message_id);

CREATE TABLE webhook_attempts (
  org_id           text NOT NULL,
  delivery_id      text NOT NULL,
  attempt          integer NOT NULL CHECK (attempt >= 1),
  attempted_at     timestamptz NOT NULL,
  succeeded        boolean NOT NULL,
  status_code      integer,
  error            text,
  response_snippet text,
  duration_ms      integer NOT NULL CHECK (duration_ms >= 0),
  PRIMARY KEY (org_id, delivery_id, attempt),
  FOREIGN KEY (org_id, delivery_id) REFERENCES webhook_deliveries (org_id, id) ON DELETE CASCADE
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['webhook_endpoints', 'webhook_messages', 'webhook_deliveries',
                           'webhook_attempts']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

-- Messages are a record of what was published: never changed. Deliveries and attempts go
-- with their endpoint when it is removed.
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoints, webhook_deliveries TO customeric_app;
GRANT SELECT, INSERT ON webhook_messages TO customeric_app;
GRANT SELECT, INSERT, DELETE ON webhook_attempts TO customeric_app;
