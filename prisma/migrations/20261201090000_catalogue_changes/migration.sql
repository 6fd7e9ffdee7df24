-- Which practices changed, so that every API process can bring its in-memory catalogue index
-- (apps/api/src/modules/practices/catalogue-index) up to date by re-reading only those rows.
-- A row says "practice N may look different to the public now"; NULL means "re-read everything"
-- (TRUNCATE). `xid` is the writing transaction: a reader that remembers the oldest transaction
-- still running when it last looked (pg_snapshot_xmin) re-reads every change from there on, so a
-- transaction that commits late is never skipped. Not modelled in schema.prisma (xid8).
CREATE TABLE "catalogue_changes" (
    "id" BIGSERIAL NOT NULL,
    "practice_id" INTEGER,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalogue_changes_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "catalogue_changes_xid_idx" ON "catalogue_changes" ("xid");
CREATE INDEX "catalogue_changes_changed_at_idx" ON "catalogue_changes" ("changed_at");

-- One statement-level trigger per event (transition tables allow one event each), so a bulk load
-- of 50,000 practices writes its log in one INSERT … SELECT.
CREATE FUNCTION "log_catalogue_changes_new"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "catalogue_changes" ("practice_id") SELECT DISTINCT "practice_id" FROM "changed_rows";
    RETURN NULL;
END;
$$;

CREATE FUNCTION "log_catalogue_changes_practices"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "catalogue_changes" ("practice_id") SELECT "id" FROM "changed_rows";
    RETURN NULL;
END;
$$;

CREATE FUNCTION "log_catalogue_changes_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "catalogue_changes" ("practice_id") VALUES (NULL);
    RETURN NULL;
END;
$$;

-- Publishing or withdrawing a nomination's results changes the awards of all its entries.
CREATE FUNCTION "log_catalogue_changes_nominations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "catalogue_changes" ("practice_id")
        SELECT DISTINCT e."practice_id" FROM "nomination_entries" e JOIN "changed_rows" n ON n."id" = e."nomination_id";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "practices_log_insert" AFTER INSERT ON "practices"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_practices"();
CREATE TRIGGER "practices_log_update" AFTER UPDATE ON "practices"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_practices"();
CREATE TRIGGER "practices_log_delete" AFTER DELETE ON "practices"
    REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_practices"();
CREATE TRIGGER "practices_log_truncate" AFTER TRUNCATE ON "practices"
    FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_all"();

CREATE TRIGGER "practice_themes_log_insert" AFTER INSERT ON "practice_themes"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();
CREATE TRIGGER "practice_themes_log_update" AFTER UPDATE ON "practice_themes"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();
CREATE TRIGGER "practice_themes_log_delete" AFTER DELETE ON "practice_themes"
    REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();

CREATE TRIGGER "practice_target_groups_log_insert" AFTER INSERT ON "practice_target_groups"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();
CREATE TRIGGER "practice_target_groups_log_update" AFTER UPDATE ON "practice_target_groups"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();
CREATE TRIGGER "practice_target_groups_log_delete" AFTER DELETE ON "practice_target_groups"
    REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();

CREATE TRIGGER "nomination_entries_log_insert" AFTER INSERT ON "nomination_entries"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();
CREATE TRIGGER "nomination_entries_log_update" AFTER UPDATE ON "nomination_entries"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();
CREATE TRIGGER "nomination_entries_log_delete" AFTER DELETE ON "nomination_entries"
    REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_new"();

CREATE TRIGGER "nominations_log_update" AFTER UPDATE ON "nominations"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_nominations"();

CREATE TRIGGER "practice_themes_log_truncate" AFTER TRUNCATE ON "practice_themes"
    FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_all"();
CREATE TRIGGER "practice_target_groups_log_truncate" AFTER TRUNCATE ON "practice_target_groups"
    FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_all"();
CREATE TRIGGER "nomination_entries_log_truncate" AFTER TRUNCATE ON "nomination_entries"
    FOR EACH STATEMENT EXECUTE FUNCTION "log_catalogue_changes_all"();

-- The search vectors of public practices only, in a narrow table of their own: finding which
-- practices a search term matches reads 41,000 vectors stored in line (STORAGE MAIN) instead of
-- a wide practices table whose vectors sit in TOAST, about ten times less work (ADR 008).
-- Kept in step by the triggers below in the same transaction as the change.
CREATE TABLE "catalogue_search" (
    "practice_id" INTEGER NOT NULL,
    "search_vector" tsvector NOT NULL,

    CONSTRAINT "catalogue_search_pkey" PRIMARY KEY ("practice_id"),
    CONSTRAINT "catalogue_search_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practices" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
ALTER TABLE "catalogue_search" ALTER COLUMN "search_vector" SET STORAGE MAIN;
CREATE INDEX "catalogue_search_search_vector_idx" ON "catalogue_search" USING GIN ("search_vector");

INSERT INTO "catalogue_search" ("practice_id", "search_vector")
    SELECT "id", "search_vector" FROM "practices" WHERE "status" IN ('published', 'recommended');

CREATE FUNCTION "sync_catalogue_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "catalogue_search" s USING "changed_rows" c WHERE s."practice_id" = c."id";
    INSERT INTO "catalogue_search" ("practice_id", "search_vector")
        SELECT "id", "search_vector" FROM "changed_rows" WHERE "status" IN ('published', 'recommended');
    RETURN NULL;
END;
$$;

CREATE TRIGGER "practices_sync_search_insert" AFTER INSERT ON "practices"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "sync_catalogue_search"();
CREATE TRIGGER "practices_sync_search_update" AFTER UPDATE ON "practices"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "sync_catalogue_search"();
