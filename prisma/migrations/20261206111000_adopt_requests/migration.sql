-- «Хочу внедрить эту практику» (issue 13 §3): requests from the public to a practice's region.
-- The requester's personal data lives only here and in the replies' mail; a request is deleted on
-- request and after the retention period (ADOPT_REQUEST_RETENTION_DAYS, docs/personal-data.md).

-- CreateEnum
CREATE TYPE "adopt_request_status" AS ENUM ('new', 'in_contact', 'adoption_started', 'declined');

-- CreateTable
CREATE TABLE "adopt_requests" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "status" "adopt_request_status" NOT NULL DEFAULT 'new',
    "name" VARCHAR(200) NOT NULL,
    "organisation" VARCHAR(300) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "phone" VARCHAR(50),
    "message" TEXT NOT NULL,
    "consent_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adopt_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "adopt_request_replies" (
    "id" SERIAL NOT NULL,
    "request_id" INTEGER NOT NULL,
    "author_id" INTEGER,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adopt_request_replies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "adopt_requests_practice_id_idx" ON "adopt_requests"("practice_id");

-- CreateIndex
CREATE INDEX "adopt_requests_created_at_idx" ON "adopt_requests"("created_at");

-- CreateIndex
CREATE INDEX "adopt_request_replies_request_id_idx" ON "adopt_request_replies"("request_id");

-- AddForeignKey
ALTER TABLE "adopt_requests" ADD CONSTRAINT "adopt_requests_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adopt_requests" ADD CONSTRAINT "adopt_requests_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adopt_request_replies" ADD CONSTRAINT "adopt_request_replies_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "adopt_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
