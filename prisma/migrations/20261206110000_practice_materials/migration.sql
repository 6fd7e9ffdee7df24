-- Methodical materials attached to a passport (issue 13 §5). The bytes live in the database by
-- default, in chunks, so that backups and db:restore carry them and a download can be streamed
-- chunk by chunk without holding the whole file in memory.

-- CreateEnum
CREATE TYPE "material_kind" AS ENUM ('guide', 'programme', 'presentation', 'form', 'report', 'other');

-- CreateTable
CREATE TABLE "practice_materials" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "kind" "material_kind" NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "format" VARCHAR(8) NOT NULL,
    "media_type" VARCHAR(120) NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMPTZ(3),

    CONSTRAINT "practice_materials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practice_material_chunks" (
    "material_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "practice_material_chunks_pkey" PRIMARY KEY ("material_id","seq")
);

-- CreateTable
CREATE TABLE "practice_version_materials" (
    "version_id" INTEGER NOT NULL,
    "material_id" INTEGER NOT NULL,

    CONSTRAINT "practice_version_materials_pkey" PRIMARY KEY ("version_id","material_id")
);

-- CreateIndex
CREATE INDEX "practice_materials_practice_id_idx" ON "practice_materials"("practice_id");

-- CreateIndex
CREATE INDEX "practice_version_materials_material_id_idx" ON "practice_version_materials"("material_id");

-- AddForeignKey
ALTER TABLE "practice_materials" ADD CONSTRAINT "practice_materials_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_material_chunks" ADD CONSTRAINT "practice_material_chunks_material_id_fkey" FOREIGN KEY ("material_id") REFERENCES "practice_materials"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_version_materials" ADD CONSTRAINT "practice_version_materials_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "practice_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_version_materials" ADD CONSTRAINT "practice_version_materials_material_id_fkey" FOREIGN KEY ("material_id") REFERENCES "practice_materials"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The public passport lists a practice's materials: a change is a catalogue change.
CREATE TRIGGER "practice_materials_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_materials"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();

-- A kept version of a published passport remembers which files it had: whoever writes the
-- version (the submissions module), the materials current at that moment are recorded with it.
-- Not while db:restore loads a dump (registry.restoring): the dump brings its own records.
CREATE FUNCTION "keep_version_materials"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('registry.restoring', true) = 'on' THEN
        RETURN NULL;
    END IF;
    INSERT INTO "practice_version_materials" ("version_id", "material_id")
    SELECT NEW."id", m."id" FROM "practice_materials" m
    WHERE m."practice_id" = NEW."practice_id" AND m."removed_at" IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER "practice_versions_keep_materials" AFTER INSERT ON "practice_versions"
    FOR EACH ROW EXECUTE FUNCTION "keep_version_materials"();
