-- Full-text search with PostgreSQL's `indonesian` snowball configuration (issue 14, item 6):
-- "membangun" finds "pembangunan" (both stem to "bangun"). Written by hand: Prisma cannot
-- express generated columns, so schema.prisma declares each "search" column as
-- Unsupported("tsvector")? with its GIN index, and `npm run db:diff` stays empty.
--
-- Weights (ts_rank_cd ranks A above B above C above D): A the title (or name), B tags and
-- programs / summary / expertise, C the longer text, D the title's words unstemmed ('simple'),
-- which a prefix query on the last word typed matches ("pembang" finds "pembangunan").
-- The columns are STORED, computed by the database on every insert and update: the app never
-- writes them. The queries are in lib/search/fts.ts.

-- array_to_string is only STABLE (it calls element output functions); for text[] it is
-- immutable, which a generated column requires.
CREATE FUNCTION mekar_search_words(words text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN pg_catalog.array_to_string(words, ' ');

ALTER TABLE "Issue" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('indonesian'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('indonesian'::regconfig, mekar_search_words("tags" || "programs")), 'B') ||
  setweight(to_tsvector('indonesian'::regconfig, coalesce("description", '')), 'C') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("title", '')), 'D')
) STORED;

ALTER TABLE "Publication" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('indonesian'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('indonesian'::regconfig, coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('indonesian'::regconfig, coalesce("body", '')), 'C') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("title", '')), 'D')
) STORED;

ALTER TABLE "PublicationVersion" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('indonesian'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('indonesian'::regconfig, coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('indonesian'::regconfig, coalesce("body", '')), 'C') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("title", '')), 'D')
) STORED;

ALTER TABLE "ExpertContact" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('indonesian'::regconfig, coalesce("name", '') || ' ' || coalesce("discipline", '')), 'A') ||
  setweight(to_tsvector('indonesian'::regconfig, coalesce("expertise", '')), 'B') ||
  setweight(to_tsvector('indonesian'::regconfig, coalesce("institution", '')), 'C') ||
  setweight(to_tsvector('simple'::regconfig, coalesce("name", '') || ' ' || coalesce("discipline", '') || ' ' || coalesce("institution", '')), 'D')
) STORED;

-- CreateIndex
CREATE INDEX "Issue_search_idx" ON "Issue" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Publication_search_idx" ON "Publication" USING GIN ("search");

-- CreateIndex
CREATE INDEX "PublicationVersion_search_idx" ON "PublicationVersion" USING GIN ("search");

-- CreateIndex
CREATE INDEX "ExpertContact_search_idx" ON "ExpertContact" USING GIN ("search");
