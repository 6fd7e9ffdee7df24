-- Issue 5: expert review with rubrics and conflicts of interest, contests with nominations and
-- awards, adoption of practices across regions.

-- Review outcome on the practice itself
ALTER TABLE "practices"
    ADD COLUMN "recommendation_text" TEXT,
    ADD COLUMN "recommended_at" TIMESTAMPTZ(3),
    ADD COLUMN "last_reviewed_at" TIMESTAMPTZ(3),
    ADD COLUMN "next_review_due_at" TIMESTAMPTZ(3),
    ADD COLUMN "re_review_requested_at" TIMESTAMPTZ(3);
CREATE INDEX "practices_next_review_due_at_idx" ON "practices" ("next_review_due_at")
    WHERE "status" = 'recommended';

-- Rubrics
CREATE TABLE "rubrics" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name_ru" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rubrics_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "rubrics_code_key" ON "rubrics" ("code");

CREATE TABLE "rubric_criteria" (
    "id" SERIAL NOT NULL,
    "rubric_id" INTEGER NOT NULL,
    "code" VARCHAR(48) NOT NULL,
    "name_ru" TEXT NOT NULL,
    "description_ru" TEXT NOT NULL DEFAULT '',
    "weight" DECIMAL(5,2) NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rubric_criteria_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "rubric_criteria_weight_check" CHECK ("weight" > 0),
    CONSTRAINT "rubric_criteria_rubric_id_fkey" FOREIGN KEY ("rubric_id") REFERENCES "rubrics" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "rubric_criteria_rubric_id_code_key" ON "rubric_criteria" ("rubric_id", "code");

-- The practice review rubric of the issue: six criteria, equal weights to start with.
INSERT INTO "rubrics" ("code", "name_ru") VALUES ('practice_review', 'Экспертиза практики');
INSERT INTO "rubric_criteria" ("rubric_id", "code", "name_ru", "description_ru", "weight", "sort_order")
SELECT r."id", c.code, c.name_ru, c.description_ru, 1, c.sort_order
FROM "rubrics" r, (VALUES
    ('relevance', 'Актуальность для региона', 'Отвечает ли практика на значимую проблему и потребности региона', 1),
    ('effectiveness', 'Результативность', 'Подтверждена ли эффективность измеримыми результатами', 2),
    ('evidence', 'Доказанность', 'Насколько надёжны данные о результатах', 3),
    ('replicability', 'Тиражируемость', 'Можно ли внедрить практику в других регионах', 4),
    ('resource_efficiency', 'Ресурсная эффективность', 'Соразмерны ли затраты результатам', 5),
    ('innovation', 'Инновационность', 'Новизна подхода, методов, организации работы', 6)
) AS c(code, name_ru, description_ru, sort_order)
WHERE r."code" = 'practice_review';

-- Conflicts of interest declared by experts
CREATE TABLE "expert_conflicts" (
    "id" SERIAL NOT NULL,
    "expert_id" INTEGER NOT NULL,
    "organisation_name" VARCHAR(300) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "expert_conflicts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "expert_conflicts_expert_id_fkey" FOREIGN KEY ("expert_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "expert_conflicts_expert_id_idx" ON "expert_conflicts" ("expert_id");

-- Review assignments and reviews
CREATE TYPE "review_assignment_status" AS ENUM ('assigned', 'submitted', 'declined', 'withdrawn');
CREATE TYPE "review_recommendation" AS ENUM ('recommend', 'publish', 'return_for_revision', 'reject');

CREATE TABLE "review_assignments" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "expert_id" INTEGER NOT NULL,
    "assigned_by_id" INTEGER,
    "round" INTEGER NOT NULL DEFAULT 1,
    "status" "review_assignment_status" NOT NULL DEFAULT 'assigned',
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "declined_at" TIMESTAMPTZ(3),
    "decline_reason" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "scores" JSONB NOT NULL DEFAULT '[]',
    "weighted_score" DECIMAL(4,2),
    "recommendation" "review_recommendation",
    "proposed_evidence_level_code" VARCHAR(48),
    "comment" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "review_assignments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "review_assignments_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "review_assignments_expert_id_fkey" FOREIGN KEY ("expert_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "review_assignments_assigned_by_id_fkey" FOREIGN KEY ("assigned_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "review_assignments_proposed_evidence_level_code_fkey" FOREIGN KEY ("proposed_evidence_level_code") REFERENCES "evidence_levels" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "review_assignments_practice_id_round_idx" ON "review_assignments" ("practice_id", "round");
CREATE INDEX "review_assignments_expert_id_status_idx" ON "review_assignments" ("expert_id", "status");
-- One live assignment per expert and practice round.
CREATE UNIQUE INDEX "review_assignments_live_key" ON "review_assignments" ("practice_id", "round", "expert_id")
    WHERE "status" IN ('assigned', 'submitted');

-- Contests and nominations
CREATE TABLE "contests" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "submission_opens_at" TIMESTAMPTZ(3) NOT NULL,
    "submission_closes_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "contests_dates_check" CHECK ("ends_on" >= "starts_on" AND "submission_closes_at" > "submission_opens_at")
);
CREATE UNIQUE INDEX "contests_slug_key" ON "contests" ("slug");

CREATE TABLE "nominations" (
    "id" SERIAL NOT NULL,
    "contest_id" INTEGER NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "rubric_id" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "results_published_at" TIMESTAMPTZ(3),
    CONSTRAINT "nominations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "nominations_contest_id_fkey" FOREIGN KEY ("contest_id") REFERENCES "contests" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "nominations_rubric_id_fkey" FOREIGN KEY ("rubric_id") REFERENCES "rubrics" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "nominations_contest_id_slug_key" ON "nominations" ("contest_id", "slug");

CREATE TABLE "nomination_experts" (
    "nomination_id" INTEGER NOT NULL,
    "expert_id" INTEGER NOT NULL,
    CONSTRAINT "nomination_experts_pkey" PRIMARY KEY ("nomination_id", "expert_id"),
    CONSTRAINT "nomination_experts_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "nominations" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "nomination_experts_expert_id_fkey" FOREIGN KEY ("expert_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TYPE "award_kind" AS ENUM ('winner', 'finalist');

CREATE TABLE "nomination_entries" (
    "id" SERIAL NOT NULL,
    "nomination_id" INTEGER NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "entered_by_id" INTEGER,
    "entered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "award" "award_kind",
    CONSTRAINT "nomination_entries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "nomination_entries_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "nominations" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "nomination_entries_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "nomination_entries_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "nomination_entries_nomination_id_practice_id_key" ON "nomination_entries" ("nomination_id", "practice_id");
CREATE INDEX "nomination_entries_practice_id_idx" ON "nomination_entries" ("practice_id");

CREATE TABLE "entry_scores" (
    "id" SERIAL NOT NULL,
    "entry_id" INTEGER NOT NULL,
    "expert_id" INTEGER NOT NULL,
    "scores" JSONB NOT NULL DEFAULT '[]',
    "weighted_score" DECIMAL(4,2) NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "entry_scores_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "entry_scores_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "nomination_entries" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "entry_scores_expert_id_fkey" FOREIGN KEY ("expert_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "entry_scores_entry_id_expert_id_key" ON "entry_scores" ("entry_id", "expert_id");

-- Adoption across regions
CREATE TYPE "adoption_status" AS ENUM ('planning', 'in_progress', 'implemented', 'stopped');

CREATE TABLE "adoptions" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "status" "adoption_status" NOT NULL DEFAULT 'planning',
    "started_on" DATE,
    "finished_on" DATE,
    "results" JSONB NOT NULL DEFAULT '[]',
    "narrative" TEXT NOT NULL DEFAULT '',
    "contact_name" VARCHAR(200) NOT NULL DEFAULT '',
    "contact_email" VARCHAR(254) NOT NULL DEFAULT '',
    "contact_phone" VARCHAR(64) NOT NULL DEFAULT '',
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "adoptions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "adoptions_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "adoptions_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "adoptions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "adoptions_practice_id_region_code_key" ON "adoptions" ("practice_id", "region_code");
CREATE INDEX "adoptions_region_code_idx" ON "adoptions" ("region_code");

-- Awards and adoptions show in the public catalogue: its cached answers must follow them.
CREATE TRIGGER "nomination_entries_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "nomination_entries"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "nominations_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "nominations"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "contests_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "contests"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
CREATE TRIGGER "adoptions_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "adoptions"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
