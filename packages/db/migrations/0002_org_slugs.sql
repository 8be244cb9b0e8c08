-- Administration (the CLI's `--org <slug>`) starts before the tenant is known, like log-in,
-- and organizations has forced RLS, so not even its owner can search it by slug. Same
-- pattern as login_emails: a lookup table kept by a trigger, no RLS and no grants to the app
-- role, reached only through find_org_by_slug(), which returns the organisation id alone.
CREATE TABLE org_slugs (
  org_id text PRIMARY KEY REFERENCES organizations (org_id) ON DELETE CASCADE,
  slug   text NOT NULL UNIQUE
);

CREATE FUNCTION sync_org_slugs() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE org_slugs SET slug = NEW.slug WHERE org_id = NEW.org_id;
  ELSE
    INSERT INTO org_slugs (org_id, slug) VALUES (NEW.org_id, NEW.slug);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER organizations_sync_org_slugs AFTER INSERT OR UPDATE OF slug ON organizations
  FOR EACH ROW EXECUTE FUNCTION sync_org_slugs();

-- Organisations created before this migration. The owner is subject to the forced RLS too,
-- so the force is lifted for this backfill only, inside the migration's transaction.
ALTER TABLE organizations NO FORCE ROW LEVEL SECURITY;
INSERT INTO org_slugs (org_id, slug) SELECT org_id, slug FROM organizations;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;

CREATE FUNCTION find_org_by_slug(p_slug text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT org_id FROM org_slugs WHERE slug = lower(p_slug)
$$;
REVOKE ALL ON FUNCTION find_org_by_slug(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION find_org_by_slug(text) TO customeric_app;
