-- Where a material's bytes are (issue 13 §5): in the database's chunks (the default) or in the
-- optional S3-compatible object store under `object_key`. Recorded per row, so changing the
-- configuration never loses older files: those in the database keep being served from it.

-- CreateEnum
CREATE TYPE "material_storage" AS ENUM ('database', 's3');

-- AlterTable
ALTER TABLE "practice_materials" ADD COLUMN "storage" "material_storage" NOT NULL DEFAULT 'database',
ADD COLUMN "object_key" VARCHAR(300);
