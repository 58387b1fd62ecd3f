"""The store's tables on PostgreSQL: the same tables and columns as content/schema.py, text kept
as text (timestamps are ISO strings, JSON is text) so both backends read alike, plus a
weighted tsvector per entry for search. The ledger, conversations, channels and platform
state create their own tables, as on SQLite."""

# The search configuration: english snowball stems with no stop-word list and accents folded
# (unaccent, when the server has it), as SQLite's porter tokenizer reads text: "what" and
# "how" are counted like any word, so term statistics agree across backends.
SEARCH_CONFIG = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'briefbot') THEN
        CREATE TEXT SEARCH DICTIONARY briefbot_stem (TEMPLATE = snowball, Language = english);
        CREATE TEXT SEARCH CONFIGURATION briefbot (COPY = english);
        IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent') THEN
            CREATE EXTENSION IF NOT EXISTS unaccent;
            ALTER TEXT SEARCH CONFIGURATION briefbot ALTER MAPPING FOR asciiword, asciihword,
                hword_asciipart, word, hword, hword_part WITH unaccent, briefbot_stem;
        ELSE
            ALTER TEXT SEARCH CONFIGURATION briefbot ALTER MAPPING FOR asciiword, asciihword,
                hword_asciipart, word, hword, hword_part WITH briefbot_stem;
        END IF;
    END IF;
END $$;
"""

TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO meta (key, value) VALUES ('generation', '0') ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS entries (
    rowid BIGSERIAL UNIQUE, slug TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,
    summary TEXT NOT NULL, fields TEXT, aliases TEXT, keywords TEXT, related TEXT,
    sources TEXT, tracked INTEGER, retired INTEGER, version INTEGER NOT NULL,
    updated_at TEXT, updated_by TEXT, pack_hash TEXT, facts TEXT, names TEXT, phrases TEXT,
    fts tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('briefbot', coalesce(names, '')), 'A') ||
        setweight(to_tsvector('briefbot', coalesce(phrases, '')), 'B') ||
        setweight(to_tsvector('briefbot', coalesce(facts, '')), 'C') ||
        setweight(to_tsvector('briefbot', coalesce(summary, '')), 'D')) STORED);
CREATE INDEX IF NOT EXISTS entries_fts ON entries USING gin (fts);
CREATE INDEX IF NOT EXISTS entries_kind ON entries (kind, title);
CREATE TABLE IF NOT EXISTS names (name TEXT, slug TEXT, PRIMARY KEY (name, slug));
CREATE INDEX IF NOT EXISTS names_slug ON names (slug);
CREATE TABLE IF NOT EXISTS revisions (
    id BIGSERIAL PRIMARY KEY, slug TEXT NOT NULL, version INTEGER NOT NULL,
    actor TEXT NOT NULL, at TEXT NOT NULL, before TEXT, after TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS revisions_slug_version ON revisions (slug, version);
CREATE INDEX IF NOT EXISTS revisions_at ON revisions (at);
CREATE TABLE IF NOT EXISTS words (rowid BIGSERIAL UNIQUE, word TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS feedback (
    id BIGSERIAL PRIMARY KEY, at TEXT, platform TEXT, "user" TEXT, channel TEXT,
    question TEXT, slug TEXT, helpful INTEGER);
CREATE TABLE IF NOT EXISTS audit (
    id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, platform TEXT,
    "user" TEXT, channel TEXT, command TEXT NOT NULL, result TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1, last_at TEXT);
CREATE TABLE IF NOT EXISTS people (actor TEXT PRIMARY KEY, name TEXT, at TEXT);
CREATE TABLE IF NOT EXISTS taught (id BIGSERIAL PRIMARY KEY, at TEXT, slug TEXT, question TEXT);
CREATE TABLE IF NOT EXISTS declined (
    id BIGSERIAL PRIMARY KEY, at TEXT, question TEXT, platform TEXT, "user" TEXT,
    channel TEXT, key TEXT, count INTEGER NOT NULL DEFAULT 1, last_at TEXT);
CREATE INDEX IF NOT EXISTS declined_key ON declined (key);
CREATE TABLE IF NOT EXISTS leader (
    id INTEGER PRIMARY KEY CHECK (id = 1), replica TEXT NOT NULL, since TEXT NOT NULL);
"""

# History is evidence: revisions and audit rows are append-only, save one thing: a denied
# attempt's row counts the same person's further attempts that hour.
TRIGGERS = """
CREATE OR REPLACE FUNCTION briefbot_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME;
END $$;
CREATE OR REPLACE FUNCTION briefbot_audit_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.result <> 'denied' OR NEW.count < OLD.count
       OR (NEW.id, NEW.at, NEW.actor, NEW.platform, NEW."user", NEW.channel, NEW.command,
           NEW.result) IS DISTINCT FROM
          (OLD.id, OLD.at, OLD.actor, OLD.platform, OLD."user", OLD.channel, OLD.command,
           OLD.result) THEN
        RAISE EXCEPTION 'audit rows are append-only';
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER audit_no_update BEFORE UPDATE ON audit
    FOR EACH ROW EXECUTE FUNCTION briefbot_audit_update();
CREATE OR REPLACE TRIGGER audit_no_delete BEFORE DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION briefbot_append_only();
CREATE OR REPLACE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
    FOR EACH ROW EXECUTE FUNCTION briefbot_append_only();
CREATE OR REPLACE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
    FOR EACH ROW EXECUTE FUNCTION briefbot_append_only();
"""


def create_tables(db) -> None:
    """Inside the caller's write transaction (its advisory lock keeps replicas starting at
    once from racing on the catalog)."""
    db.execute_raw(SEARCH_CONFIG)
    db.execute_raw(TABLES)
    db.execute_raw(TRIGGERS)
