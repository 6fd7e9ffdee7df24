-- Readable page addresses (issue 10, item 16): a new practice's slug follows its title until it is
-- set by hand or published, and a public practice's former slugs redirect to the current one.
ALTER TABLE "practices" ADD COLUMN "slug_auto" BOOLEAN NOT NULL DEFAULT false;

-- Drafts made before this change carry a placeholder slug ("draft-" and 8 hex digits): let it
-- follow the title from now on. Every other slug (demo practices included) was chosen and stays.
UPDATE "practices" SET "slug_auto" = true
    WHERE "slug" ~ '^draft-[0-9a-f]{8}$' AND "status" IN ('draft', 'needs_revision', 'submitted', 'in_review');

-- CreateTable
CREATE TABLE "practice_slug_redirects" (
    "slug" VARCHAR(120) NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "practice_slug_redirects_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "practice_slug_redirects_practice_id_idx" ON "practice_slug_redirects"("practice_id");

-- AddForeignKey
ALTER TABLE "practice_slug_redirects" ADD CONSTRAINT "practice_slug_redirects_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Passport links (item 5) may only be http:, https: or mailto:. Links with any other scheme
-- (javascript:, data:…) were never safe to follow: drop them from passports and kept versions.
CREATE FUNCTION "safe_links"(links JSONB) RETURNS JSONB LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(jsonb_agg(link ORDER BY position), '[]'::jsonb)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(links) = 'array' THEN links ELSE '[]'::jsonb END)
        WITH ORDINALITY AS t(link, position)
    WHERE link->>'url' ~* '^(https?|mailto):'
$$;

UPDATE "practices" SET "links" = "safe_links"("links")
    WHERE "links" <> "safe_links"("links");

UPDATE "practice_versions"
    SET "snapshot" = jsonb_set("snapshot", '{links}', "safe_links"("snapshot"->'links'))
    WHERE "snapshot" ? 'links' AND "snapshot"->'links' <> "safe_links"("snapshot"->'links');
DROP FUNCTION "safe_links"(JSONB);
