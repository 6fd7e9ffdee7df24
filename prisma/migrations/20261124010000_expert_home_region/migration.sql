-- Experts may have a home region: assigning them to a practice of that region is a conflict of
-- interest. Coordinators still need a region; moderators and admins still have none.
ALTER TABLE "users" DROP CONSTRAINT "users_region_matches_role";
ALTER TABLE "users" ADD CONSTRAINT "users_region_matches_role"
    CHECK (("role" = 'coordinator' AND "region_code" IS NOT NULL)
        OR "role" = 'expert'
        OR "region_code" IS NULL);
