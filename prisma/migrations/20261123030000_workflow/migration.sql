-- AlterEnum
ALTER TYPE "practice_status" ADD VALUE 'rejected' BEFORE 'published';

-- Drafts may be incomplete; a passport is checked for completeness when it is submitted.
ALTER TABLE "practices" ALTER COLUMN "evidence_level_code" DROP NOT NULL,
    ALTER COLUMN "replication_readiness" DROP NOT NULL,
    ALTER COLUMN "cost_band" DROP NOT NULL,
    ALTER COLUMN "organisation_type" DROP NOT NULL,
    ALTER COLUMN "start_year" DROP NOT NULL,
    ALTER COLUMN "title" SET DEFAULT '',
    ALTER COLUMN "summary" SET DEFAULT '',
    ALTER COLUMN "problem" SET DEFAULT '',
    ALTER COLUMN "goals" SET DEFAULT '',
    ALTER COLUMN "methods" SET DEFAULT '',
    ALTER COLUMN "results_narrative" SET DEFAULT '',
    ALTER COLUMN "resources_staff" SET DEFAULT '',
    ALTER COLUMN "resources_budget" SET DEFAULT '',
    ALTER COLUMN "resources_duration" SET DEFAULT '',
    ALTER COLUMN "organisation_name" SET DEFAULT '',
    ALTER COLUMN "partners" SET DEFAULT '',
    ALTER COLUMN "has_methodical_materials" SET DEFAULT false,
    ALTER COLUMN "offers_training" SET DEFAULT false,
    ALTER COLUMN "can_host_internship" SET DEFAULT false,
    ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN "created_by_id" INTEGER;

-- CreateTable
CREATE TABLE "practice_events" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" VARCHAR(32) NOT NULL,
    "from_status" "practice_status",
    "to_status" "practice_status",
    "comment" TEXT,
    "section_comments" JSONB NOT NULL DEFAULT '[]',
    "revision" INTEGER NOT NULL,

    CONSTRAINT "practice_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practice_versions" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "practice_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "practice_events_practice_id_at_idx" ON "practice_events"("practice_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "practice_versions_practice_id_number_key" ON "practice_versions"("practice_id", "number");

-- AddForeignKey
ALTER TABLE "practices" ADD CONSTRAINT "practices_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_events" ADD CONSTRAINT "practice_events_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_events" ADD CONSTRAINT "practice_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_versions" ADD CONSTRAINT "practice_versions_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_versions" ADD CONSTRAINT "practice_versions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
