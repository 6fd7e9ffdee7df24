-- Search that knows the field's words (docs/decisions/008-glossary-and-search-text.md).

-- AlterTable: a region's administrative centre («Тюмень»), searchable with its practices.
ALTER TABLE "regions" ADD COLUMN "capital_ru" TEXT;

-- CreateTable
CREATE TABLE "glossary_entries" (
    "id" SERIAL NOT NULL,
    "term" VARCHAR(100) NOT NULL,
    "expansions" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "synonyms" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "glossary_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "glossary_entries_term_key" ON "glossary_entries"("term");

-- The catalogue reads the glossary once per catalogue version: an edit must bump it.
CREATE TRIGGER "glossary_entries_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "glossary_entries"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();

-- Word list for «Возможно, вы имели в виду …»: trigram similarity over the words of public
-- practices. Derived data, rebuilt by the API when the catalogue version moved on.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,
    "ndoc" INTEGER NOT NULL,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);

-- The search text now includes names from other tables (region and its capital, federal
-- district, themes, target groups), which a generated column cannot read. It becomes a plain
-- column kept by triggers, in two parts told apart by weight:
--   A title, B summary and organisation, C body and partners: the practice's own columns;
--   D names from linked tables.
-- A change to links or names recomputes only part D (ts_filter keeps A–C), so bulk loads that
-- insert practices and then their themes pay for the long texts once.
ALTER TABLE "practices" DROP COLUMN "search_vector";
ALTER TABLE "practices" ADD COLUMN "search_vector" tsvector NOT NULL DEFAULT ''::tsvector;

CREATE FUNCTION "practice_own_search_vector"(title text, summary text, organisation text, body text)
RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
    SELECT setweight(to_tsvector('russian'::regconfig, translate(title, 'ёЁ', 'еЕ')), 'A') ||
           setweight(to_tsvector('russian'::regconfig, translate(summary || ' ' || organisation, 'ёЁ', 'еЕ')), 'B') ||
           setweight(to_tsvector('russian'::regconfig, translate(body, 'ёЁ', 'еЕ')), 'C')
$$;

CREATE FUNCTION "practice_names_search_vector"(p_region text, p_themes text[], p_groups text[])
RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('russian'::regconfig, translate(concat_ws(' ',
        (SELECT concat_ws(' ', r.name_ru, r.capital_ru, d.name_ru, d.short_ru)
           FROM regions r JOIN federal_districts d ON d.code = r.district_code WHERE r.code = p_region),
        (SELECT string_agg(t.name_ru, ' ' ORDER BY t.sort_order) FROM themes t WHERE t.code = ANY (p_themes)),
        (SELECT string_agg(g.name_ru, ' ' ORDER BY g.sort_order) FROM target_groups g WHERE g.code = ANY (p_groups))
    ), 'ёЁ', 'еЕ')), 'D')
$$;

CREATE FUNCTION "practice_linked_search_vector"(p_id integer, p_region text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT practice_names_search_vector(p_region,
        ARRAY(SELECT theme_code FROM practice_themes WHERE practice_id = p_id),
        ARRAY(SELECT target_group_code FROM practice_target_groups WHERE practice_id = p_id))
$$;

-- Fill the column for the practices already there (before the trigger exists).
UPDATE "practices" SET "search_vector" =
    practice_own_search_vector("title", "summary", "organisation_name",
        "problem" || ' ' || "goals" || ' ' || "methods" || ' ' || "results_narrative" || ' ' || "partners") ||
    practice_linked_search_vector("id", "region_code");

-- Bulk loads (the synthetic seed) set registry.defer_search_text = 'on' for their transaction
-- and write the whole vector themselves in the INSERT (practice_own_search_vector ||
-- practice_names_search_vector, links known up front): inserts keep the value given, and link
-- changes do not touch practices. Each vector is then computed once, as with a generated column.
CREATE FUNCTION "practices_search_vector_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    own tsvector;
BEGIN
    IF TG_OP = 'INSERT' AND current_setting('registry.defer_search_text', true) = 'on' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.search_vector <> ''::tsvector
       AND (NEW.title, NEW.summary, NEW.organisation_name, NEW.problem, NEW.goals, NEW.methods,
            NEW.results_narrative, NEW.partners)
           IS NOT DISTINCT FROM
           (OLD.title, OLD.summary, OLD.organisation_name, OLD.problem, OLD.goals, OLD.methods,
            OLD.results_narrative, OLD.partners) THEN
        own := ts_filter(OLD.search_vector, '{a,b,c}');
    ELSE
        own := practice_own_search_vector(NEW.title, NEW.summary, NEW.organisation_name,
            NEW.problem || ' ' || NEW.goals || ' ' || NEW.methods || ' ' || NEW.results_narrative || ' ' || NEW.partners);
    END IF;
    NEW.search_vector := own || practice_linked_search_vector(NEW.id, NEW.region_code);
    RETURN NEW;
END;
$$;

CREATE TRIGGER "practices_search_vector" BEFORE INSERT OR UPDATE ON "practices"
    FOR EACH ROW EXECUTE FUNCTION "practices_search_vector_trigger"();

-- Links added or removed: touch the practices concerned once per statement (the row trigger
-- above then recomputes part D only).
CREATE FUNCTION "practice_links_touch_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('registry.defer_search_text', true) = 'on' THEN
        RETURN NULL;
    END IF;
    UPDATE "practices" SET "search_vector" = "search_vector"
     WHERE "id" IN (SELECT DISTINCT "practice_id" FROM changed_links);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "practice_themes_search_insert" AFTER INSERT ON "practice_themes"
    REFERENCING NEW TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION "practice_links_touch_search"();
CREATE TRIGGER "practice_themes_search_delete" AFTER DELETE ON "practice_themes"
    REFERENCING OLD TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION "practice_links_touch_search"();
CREATE TRIGGER "practice_themes_search_update" AFTER UPDATE ON "practice_themes"
    REFERENCING NEW TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION "practice_links_touch_search"();
CREATE TRIGGER "practice_target_groups_search_insert" AFTER INSERT ON "practice_target_groups"
    REFERENCING NEW TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION "practice_links_touch_search"();
CREATE TRIGGER "practice_target_groups_search_delete" AFTER DELETE ON "practice_target_groups"
    REFERENCING OLD TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION "practice_links_touch_search"();
CREATE TRIGGER "practice_target_groups_search_update" AFTER UPDATE ON "practice_target_groups"
    REFERENCING NEW TABLE AS changed_links FOR EACH STATEMENT EXECUTE FUNCTION "practice_links_touch_search"();

-- A renamed region, district, theme or target group: touch the practices that carry the name.
-- (The reference seed re-upserts names on every start; WHEN keeps no-op updates free.)
CREATE FUNCTION "reference_names_touch_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'regions' THEN
        UPDATE "practices" SET "search_vector" = "search_vector" WHERE "region_code" = NEW.code;
    ELSIF TG_TABLE_NAME = 'federal_districts' THEN
        UPDATE "practices" SET "search_vector" = "search_vector"
         WHERE "region_code" IN (SELECT "code" FROM "regions" WHERE "district_code" = NEW.code);
    ELSIF TG_TABLE_NAME = 'themes' THEN
        UPDATE "practices" SET "search_vector" = "search_vector"
         WHERE "id" IN (SELECT "practice_id" FROM "practice_themes" WHERE "theme_code" = NEW.code);
    ELSE
        UPDATE "practices" SET "search_vector" = "search_vector"
         WHERE "id" IN (SELECT "practice_id" FROM "practice_target_groups" WHERE "target_group_code" = NEW.code);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "regions_search_names" AFTER UPDATE ON "regions" FOR EACH ROW
    WHEN (OLD.name_ru IS DISTINCT FROM NEW.name_ru OR OLD.capital_ru IS DISTINCT FROM NEW.capital_ru
          OR OLD.district_code IS DISTINCT FROM NEW.district_code)
    EXECUTE FUNCTION "reference_names_touch_search"();
CREATE TRIGGER "federal_districts_search_names" AFTER UPDATE ON "federal_districts" FOR EACH ROW
    WHEN (OLD.name_ru IS DISTINCT FROM NEW.name_ru OR OLD.short_ru IS DISTINCT FROM NEW.short_ru)
    EXECUTE FUNCTION "reference_names_touch_search"();
CREATE TRIGGER "themes_search_names" AFTER UPDATE ON "themes" FOR EACH ROW
    WHEN (OLD.name_ru IS DISTINCT FROM NEW.name_ru)
    EXECUTE FUNCTION "reference_names_touch_search"();
CREATE TRIGGER "target_groups_search_names" AFTER UPDATE ON "target_groups" FOR EACH ROW
    WHEN (OLD.name_ru IS DISTINCT FROM NEW.name_ru)
    EXECUTE FUNCTION "reference_names_touch_search"();

-- CreateIndex (the column was re-created, so is its index)
CREATE INDEX "practices_search_vector_idx" ON "practices" USING GIN ("search_vector");
