-- The tenant function reads a setting and nothing else, so it is safe in PostgreSQL's parallel
-- workers (they receive the leader's settings). Declared unsafe by default, it kept every
-- query behind row-level security on one core: scans over millions of survey answers or
-- events now use the parallel workers PostgreSQL offers.
ALTER FUNCTION app_current_org() PARALLEL SAFE;
