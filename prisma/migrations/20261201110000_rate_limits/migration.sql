-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(320) NOT NULL,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "episode_event_id" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limits_window_started_at_idx" ON "rate_limits"("window_started_at");
