-- One conflict-of-interest declaration per expert and organisation, the organisation compared as
-- review-rules.ts normaliseOrganisation() does: case, ё/е, quotes and extra spaces ignored.
-- AlterTable
ALTER TABLE "expert_conflicts" ADD COLUMN "organisation_key" VARCHAR(300);

-- Upper-case Cyrillic is translated explicitly: lower() leaves it alone under the C locale.
UPDATE "expert_conflicts"
SET "organisation_key" = btrim(regexp_replace(
    translate(
        lower(translate("organisation_name",
            'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
            'абвгдеёжзийклмнопрстуфхцчшщъыьэюя')),
        'ё"''«»“”„‘’`',
        'е          '),
    '[[:space:]\u00a0]+', ' ', 'g'));

-- Existing copies of the same declaration: keep the first one.
DELETE FROM "expert_conflicts" AS "copy"
USING "expert_conflicts" AS "first"
WHERE "copy"."expert_id" = "first"."expert_id"
  AND "copy"."organisation_key" = "first"."organisation_key"
  AND "copy"."id" > "first"."id";

ALTER TABLE "expert_conflicts" ALTER COLUMN "organisation_key" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "expert_conflicts_expert_id_organisation_key_key" ON "expert_conflicts"("expert_id", "organisation_key");

-- Award names per contest.
-- AlterTable
ALTER TABLE "contests" ADD COLUMN "winner_label" VARCHAR(60) NOT NULL DEFAULT 'Победитель',
ADD COLUMN "finalist_label" VARCHAR(60) NOT NULL DEFAULT 'Призёр';

-- Published results stay correctable until a moderator publishes them for good. Results
-- published before this migration were announced as frozen, so they are final already.
-- AlterTable
ALTER TABLE "nominations" ADD COLUMN "results_final_at" TIMESTAMPTZ(3);
UPDATE "nominations" SET "results_final_at" = "results_published_at" WHERE "results_published_at" IS NOT NULL;

-- CreateTable
CREATE TABLE "nomination_events" (
    "id" SERIAL NOT NULL,
    "nomination_id" INTEGER NOT NULL,
    "actor_id" INTEGER,
    "action" VARCHAR(40) NOT NULL,
    "practice_title" TEXT,
    "from_award" "award_kind",
    "to_award" "award_kind",
    "comment" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nomination_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "nomination_events_nomination_id_id_idx" ON "nomination_events"("nomination_id", "id");

-- AddForeignKey
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "nominations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
