-- CreateTable
CREATE TABLE "federal_districts" (
    "code" VARCHAR(32) NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "short_ru" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "federal_districts_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "regions" (
    "code" CHAR(2) NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "district_code" VARCHAR(32) NOT NULL,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "regions_district_code_idx" ON "regions"("district_code");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_district_code_fkey" FOREIGN KEY ("district_code") REFERENCES "federal_districts"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
