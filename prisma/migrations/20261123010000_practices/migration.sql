-- CreateEnum
CREATE TYPE "practice_status" AS ENUM ('draft', 'submitted', 'in_review', 'needs_revision', 'published', 'recommended', 'archived');

-- CreateEnum
CREATE TYPE "replication_readiness" AS ENUM ('package_with_training', 'materials_available', 'author_support_needed');

-- CreateEnum
CREATE TYPE "cost_band" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "organisation_type" AS ENUM ('state', 'municipal', 'ngo', 'other');

-- CreateTable
CREATE TABLE "themes" (
    "code" VARCHAR(48) NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "themes_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "target_groups" (
    "code" VARCHAR(48) NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "target_groups_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "evidence_levels" (
    "code" VARCHAR(48) NOT NULL,
    "rank" INTEGER NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_ru" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,

    CONSTRAINT "evidence_levels_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "practices" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "title" TEXT NOT NULL,
    "summary" VARCHAR(500) NOT NULL,
    "problem" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "methods" TEXT NOT NULL,
    "results_narrative" TEXT NOT NULL,
    "evidence_level_code" VARCHAR(48) NOT NULL,
    "replication_readiness" "replication_readiness" NOT NULL,
    "cost_band" "cost_band" NOT NULL,
    "resources_staff" TEXT NOT NULL,
    "resources_budget" TEXT NOT NULL,
    "resources_duration" TEXT NOT NULL,
    "organisation_name" TEXT NOT NULL,
    "organisation_type" "organisation_type" NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "partners" TEXT NOT NULL,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER,
    "has_methodical_materials" BOOLEAN NOT NULL,
    "offers_training" BOOLEAN NOT NULL,
    "can_host_internship" BOOLEAN NOT NULL,
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "links" JSONB NOT NULL DEFAULT '[]',
    "status" "practice_status" NOT NULL DEFAULT 'draft',
    "status_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "practices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practice_themes" (
    "practice_id" INTEGER NOT NULL,
    "theme_code" VARCHAR(48) NOT NULL,

    CONSTRAINT "practice_themes_pkey" PRIMARY KEY ("practice_id","theme_code")
);

-- CreateTable
CREATE TABLE "practice_target_groups" (
    "practice_id" INTEGER NOT NULL,
    "target_group_code" VARCHAR(48) NOT NULL,

    CONSTRAINT "practice_target_groups_pkey" PRIMARY KEY ("practice_id","target_group_code")
);

-- CreateTable
CREATE TABLE "practice_indicators" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "baseline" DECIMAL(14,2),
    "achieved" DECIMAL(14,2),
    "year" INTEGER,

    CONSTRAINT "practice_indicators_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "evidence_levels_rank_key" ON "evidence_levels"("rank");

-- CreateIndex
CREATE UNIQUE INDEX "practices_slug_key" ON "practices"("slug");

-- CreateIndex
CREATE INDEX "practices_region_code_idx" ON "practices"("region_code");

-- CreateIndex
CREATE INDEX "practices_status_status_changed_at_id_idx" ON "practices"("status", "status_changed_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "practice_themes_theme_code_practice_id_idx" ON "practice_themes"("theme_code", "practice_id");

-- CreateIndex
CREATE INDEX "practice_target_groups_target_group_code_practice_id_idx" ON "practice_target_groups"("target_group_code", "practice_id");

-- CreateIndex
CREATE INDEX "practice_indicators_practice_id_position_idx" ON "practice_indicators"("practice_id", "position");

-- AddForeignKey
ALTER TABLE "practices" ADD CONSTRAINT "practices_evidence_level_code_fkey" FOREIGN KEY ("evidence_level_code") REFERENCES "evidence_levels"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practices" ADD CONSTRAINT "practices_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_themes" ADD CONSTRAINT "practice_themes_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_themes" ADD CONSTRAINT "practice_themes_theme_code_fkey" FOREIGN KEY ("theme_code") REFERENCES "themes"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_target_groups" ADD CONSTRAINT "practice_target_groups_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_target_groups" ADD CONSTRAINT "practice_target_groups_target_group_code_fkey" FOREIGN KEY ("target_group_code") REFERENCES "target_groups"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_indicators" ADD CONSTRAINT "practice_indicators_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search (not modelled in schema.prisma; Prisma never reads or writes it).
-- Weighted title (A) > summary (B) > body (C), Russian stemming, ё folded into е so that
-- «ребёнок» and «ребенок» match. Queries must use exactly this expression's configuration.
ALTER TABLE "practices" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('russian'::regconfig, translate("title", 'ёЁ', 'еЕ')), 'A') ||
    setweight(to_tsvector('russian'::regconfig, translate("summary", 'ёЁ', 'еЕ')), 'B') ||
    setweight(to_tsvector('russian'::regconfig, translate(
        "problem" || ' ' || "goals" || ' ' || "methods" || ' ' || "results_narrative" || ' ' || "organisation_name",
        'ёЁ', 'еЕ')), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "practices_search_vector_idx" ON "practices" USING GIN ("search_vector");

-- CreateTable
CREATE TABLE "app_settings" (
    "key" VARCHAR(64) NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- The catalogue's version: any change to public data bumps it, so every API process can tell
-- whether its cached catalogue answers are still current (see apps/api/src/lib/catalogue-cache.ts).
INSERT INTO "app_settings" ("key", "value") VALUES ('catalogue_version', '1');

CREATE FUNCTION "bump_catalogue_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "app_settings" SET "value" = ("value"::bigint + 1)::text WHERE "key" = 'catalogue_version';
    RETURN NULL;
END;
$$;

CREATE TRIGGER "practices_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practices"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "practice_themes_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_themes"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "practice_target_groups_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_target_groups"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "practice_indicators_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_indicators"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "themes_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "themes"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "target_groups_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "target_groups"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "evidence_levels_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "evidence_levels"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "regions_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "regions"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
