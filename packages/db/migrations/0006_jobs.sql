-- Background jobs (pg-boss, in its own schema `pgboss`, installed by the migration runner)
-- sometimes work for every organisation: the deadline sweep of the promises, for example.
-- organizations has forced RLS, so the app role cannot list them; this function returns the
-- ids alone, from the slug lookup table that already holds one row per organisation.
CREATE FUNCTION list_organization_ids() RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT org_id FROM org_slugs ORDER BY org_id
$$;
REVOKE ALL ON FUNCTION list_organization_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION list_organization_ids() TO customeric_app;
