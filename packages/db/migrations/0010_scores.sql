-- Scores and market (issue 7): score counts kept up to date as answers arrive, so a dashboard
-- reads a few thousand rows instead of scanning every answer; competitors and the market's
-- periods (size, shares, our revenue and profit). Same rules as 0001: org_id first in every
-- key, RLS enabled and forced, explicit grants to the app role.

-- One row per organisation, score kind, period (a week starting Monday, or a calendar month,
-- in UTC) and cell of the five dimensions the scores are cut by. Quarters and years are sums
-- of months, so every period the API offers is exact. A dimension an answer does not carry is
-- '' (a primary key cannot hold NULL). NPS fills promoters / passives / detractors; every
-- kind fills top2 (NPS 9–10, CSAT 4–5, CES 6–7) and the sums for means and variances.
-- No foreign keys: it is derived from survey_answers, which carry none either (see 0008).
CREATE TABLE score_counts (
  org_id             text NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('nps', 'csat', 'ces')),
  grain              text NOT NULL CHECK (grain IN ('week', 'month')),
  period_start       date NOT NULL,
  department_id      text NOT NULL DEFAULT '',
  stage_id           text NOT NULL DEFAULT '',
  value_chain_id     text NOT NULL DEFAULT '',
  segment            text NOT NULL DEFAULT '',
  relationship_level text NOT NULL DEFAULT '',
  n                  bigint NOT NULL CHECK (n >= 0),
  promoters          bigint NOT NULL DEFAULT 0,
  passives           bigint NOT NULL DEFAULT 0,
  detractors         bigint NOT NULL DEFAULT 0,
  top2               bigint NOT NULL DEFAULT 0,
  score_sum          bigint NOT NULL DEFAULT 0,
  score_sumsq        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, kind, grain, period_start, department_id, stage_id, value_chain_id,
               segment, relationship_level)
);

-- Keeps the counts as answers arrive (a statement-level trigger: one grouped upsert per
-- insert statement, however many answers it carries). Cells are written in key order, so two
-- transactions that add to the same cells take their row locks in the same order and cannot
-- deadlock; GROUP BY makes each cell appear once, as ON CONFLICT DO UPDATE requires.
CREATE FUNCTION score_counts_after_insert() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO score_counts AS c (org_id, kind, grain, period_start, department_id, stage_id,
    value_chain_id, segment, relationship_level, n, promoters, passives, detractors, top2,
    score_sum, score_sumsq)
  SELECT a.org_id, a.kind, g.grain,
    date_trunc(g.grain, a.answered_at AT TIME ZONE 'UTC')::date,
    coalesce(a.department_id, ''), coalesce(a.stage_id, ''), coalesce(a.value_chain_id, ''),
    coalesce(a.segment, ''), a.relationship_level,
    count(*),
    count(*) FILTER (WHERE a.kind = 'nps' AND a.score >= 9),
    count(*) FILTER (WHERE a.kind = 'nps' AND a.score BETWEEN 7 AND 8),
    count(*) FILTER (WHERE a.kind = 'nps' AND a.score <= 6),
    count(*) FILTER (WHERE a.score >= CASE a.kind WHEN 'nps' THEN 9 WHEN 'csat' THEN 4 ELSE 6 END),
    sum(a.score), sum(a.score * a.score)
  FROM new_answers a CROSS JOIN (VALUES ('week'), ('month')) AS g (grain)
  WHERE a.kind IN ('nps', 'csat', 'ces')
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT (org_id, kind, grain, period_start, department_id, stage_id, value_chain_id,
               segment, relationship_level)
  DO UPDATE SET n = c.n + excluded.n, promoters = c.promoters + excluded.promoters,
    passives = c.passives + excluded.passives, detractors = c.detractors + excluded.detractors,
    top2 = c.top2 + excluded.top2, score_sum = c.score_sum + excluded.score_sum,
    score_sumsq = c.score_sumsq + excluded.score_sumsq;
  RETURN NULL;
END $$;

-- The app role never deletes or changes an answer (no grant); the owner may (erasure on
-- request, a repair), and the counts follow.
CREATE FUNCTION score_counts_after_delete() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  WITH gone AS (
    SELECT a.org_id, a.kind, g.grain,
      date_trunc(g.grain, a.answered_at AT TIME ZONE 'UTC')::date AS period_start,
      coalesce(a.department_id, '') AS department_id, coalesce(a.stage_id, '') AS stage_id,
      coalesce(a.value_chain_id, '') AS value_chain_id, coalesce(a.segment, '') AS segment,
      a.relationship_level,
      count(*) AS n,
      count(*) FILTER (WHERE a.kind = 'nps' AND a.score >= 9) AS promoters,
      count(*) FILTER (WHERE a.kind = 'nps' AND a.score BETWEEN 7 AND 8) AS passives,
      count(*) FILTER (WHERE a.kind = 'nps' AND a.score <= 6) AS detractors,
      count(*) FILTER (WHERE a.score >= CASE a.kind WHEN 'nps' THEN 9 WHEN 'csat' THEN 4 ELSE 6 END) AS top2,
      sum(a.score) AS score_sum, sum(a.score * a.score) AS score_sumsq
    FROM old_answers a CROSS JOIN (VALUES ('week'), ('month')) AS g (grain)
    WHERE a.kind IN ('nps', 'csat', 'ces')
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  )
  UPDATE score_counts c SET n = c.n - gone.n, promoters = c.promoters - gone.promoters,
    passives = c.passives - gone.passives, detractors = c.detractors - gone.detractors,
    top2 = c.top2 - gone.top2, score_sum = c.score_sum - gone.score_sum,
    score_sumsq = c.score_sumsq - gone.score_sumsq
  FROM gone
  WHERE (c.org_id, c.kind, c.grain, c.period_start, c.department_id, c.stage_id,
         c.value_chain_id, c.segment, c.relationship_level)
      = (gone.org_id, gone.kind, gone.grain, gone.period_start, gone.department_id,
         gone.stage_id, gone.value_chain_id, gone.segment, gone.relationship_level);
  DELETE FROM score_counts WHERE n = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER score_counts_insert AFTER INSERT ON survey_answers
  REFERENCING NEW TABLE AS new_answers
  FOR EACH STATEMENT EXECUTE FUNCTION score_counts_after_insert();
CREATE TRIGGER score_counts_delete AFTER DELETE ON survey_answers
  REFERENCING OLD TABLE AS old_answers
  FOR EACH STATEMENT EXECUTE FUNCTION score_counts_after_delete();
-- An update is a delete of the old answers and an insert of the new ones.
CREATE TRIGGER score_counts_update_old AFTER UPDATE ON survey_answers
  REFERENCING OLD TABLE AS old_answers
  FOR EACH STATEMENT EXECUTE FUNCTION score_counts_after_delete();
CREATE TRIGGER score_counts_update_new AFTER UPDATE ON survey_answers
  REFERENCING NEW TABLE AS new_answers
  FOR EACH STATEMENT EXECUTE FUNCTION score_counts_after_insert();

-- Competitors the organisation watches.
CREATE TABLE competitors (
  org_id     text NOT NULL REFERENCES organizations (org_id),
  id         text NOT NULL,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  website    text CHECK (length(website) BETWEEN 1 AND 500),
  note       text CHECK (length(note) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id)
);
CREATE UNIQUE INDEX competitors_name ON competitors (org_id, lower(name));

-- One period of the market: a calendar month, quarter or year (its first day), with the
-- market's size, our share of it, and our revenue and profit. Any figure may be unknown.
CREATE TABLE market_periods (
  org_id      text NOT NULL REFERENCES organizations (org_id),
  id          text NOT NULL,
  grain       text NOT NULL CHECK (grain IN ('month', 'quarter', 'year')),
  starts_on   date NOT NULL,
  market_size numeric(20, 2) CHECK (market_size >= 0),
  our_share   numeric(7, 6) CHECK (our_share BETWEEN 0 AND 1),
  revenue     numeric(20, 2),
  profit      numeric(20, 2),
  currency    text CHECK (currency ~ '^[A-Z]{3}$'),
  note        text CHECK (length(note) BETWEEN 1 AND 2000),
  source      text NOT NULL CHECK (source IN ('entered', 'import', 'api')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, grain, starts_on),
  CHECK (extract(day FROM starts_on) = 1),
  CHECK (grain <> 'quarter' OR extract(month FROM starts_on) IN (1, 4, 7, 10)),
  CHECK (grain <> 'year' OR extract(month FROM starts_on) = 1)
);

-- Each competitor's share of the market in a period (ours is on the period).
CREATE TABLE market_competitor_shares (
  org_id        text NOT NULL,
  period_id     text NOT NULL,
  competitor_id text NOT NULL,
  share         numeric(7, 6) NOT NULL CHECK (share BETWEEN 0 AND 1),
  PRIMARY KEY (org_id, period_id, competitor_id),
  FOREIGN KEY (org_id, period_id) REFERENCES market_periods (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, competitor_id) REFERENCES competitors (org_id, id) ON DELETE CASCADE
);
CREATE INDEX market_competitor_shares_competitor
  ON market_competitor_shares (org_id, competitor_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['score_counts', 'competitors', 'market_periods',
                           'market_competitor_shares']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (org_id = app_current_org()) '
                   'WITH CHECK (org_id = app_current_org())', t);
  END LOOP;
END $$;

-- The triggers run as the role that inserts the answers: the app role writes the counts
-- through them, and reads them. Nothing else in the app writes them.
GRANT SELECT, INSERT, UPDATE ON score_counts TO customeric_app;
GRANT SELECT, INSERT, UPDATE, DELETE
  ON competitors, market_periods, market_competitor_shares TO customeric_app;
