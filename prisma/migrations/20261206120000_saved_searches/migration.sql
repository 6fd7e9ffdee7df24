-- Saved searches with alerts (issue 13 §4): a visitor's e-mail, the catalogue query it follows,
-- how often it wants a digest, and dates. Nothing else about the person is kept.

-- CreateEnum
CREATE TYPE "saved_search_frequency" AS ENUM ('daily', 'weekly');

-- CreateEnum
CREATE TYPE "saved_search_token_purpose" AS ENUM ('confirm', 'manage');

-- CreateTable
CREATE TABLE "saved_searches" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "query" JSONB NOT NULL,
    "query_key" CHAR(64) NOT NULL,
    "frequency" "saved_search_frequency" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "checked_until" TIMESTAMPTZ(3),
    "last_sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_search_tokens" (
    "token_hash" CHAR(64) NOT NULL,
    "saved_search_id" INTEGER NOT NULL,
    "purpose" "saved_search_token_purpose" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "saved_search_tokens_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE UNIQUE INDEX "saved_searches_email_query_key_key" ON "saved_searches"("email", "query_key");

-- CreateIndex
CREATE INDEX "saved_searches_confirmed_at_created_at_idx" ON "saved_searches"("confirmed_at", "created_at");

-- CreateIndex
CREATE INDEX "saved_search_tokens_saved_search_id_idx" ON "saved_search_tokens"("saved_search_id");

-- CreateIndex
CREATE INDEX "saved_search_tokens_expires_at_idx" ON "saved_search_tokens"("expires_at");

-- AddForeignKey
ALTER TABLE "saved_search_tokens" ADD CONSTRAINT "saved_search_tokens_saved_search_id_fkey" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
