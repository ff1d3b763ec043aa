-- vigie archive index, version 1.
-- Dictionaries: the hash of the sources a run matched with (one row per hash ever used).
CREATE TABLE dictionaries (
    hash        bigint PRIMARY KEY,
    entries     integer NOT NULL,
    indexed_at  timestamptz NOT NULL DEFAULT now()
);

-- Entries by their dictionary id (the `id` of an [[entry]]); mentions refer to the integer.
CREATE TABLE entries (
    id       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dict_id  text NOT NULL UNIQUE
);

-- One row per article: what an incremental run compares (size, mtime, content hash, the
-- dictionaries it was matched with) and what a card shows (date, title).
CREATE TABLE files (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path          text NOT NULL UNIQUE,
    size          bigint NOT NULL,
    mtime_ns      bigint NOT NULL,
    content_hash  bigint NOT NULL,
    dict_hash     bigint NOT NULL,
    article_date  date,
    title         text NOT NULL DEFAULT '',
    mentions      integer NOT NULL DEFAULT 0
);
CREATE INDEX files_path_prefix ON files (path text_pattern_ops);

-- One row per (mention, candidate entry): an ambiguous mention is a row per candidate.
-- Positions: bytes (start, len) and, for both LSP encodings, line and columns of start and
-- end, computed by vigie's LineIndex when the article was indexed. The article's date is
-- copied here so that "newest first" and date ranges read one index.
-- Partitioned by hash of the entry: a query for one entry reads one partition; partitions
-- can move to other tablespaces (or, with Citus, other nodes: see the README).
CREATE TABLE mentions (
    entry_id       integer NOT NULL,
    file_id        bigint NOT NULL,
    article_date   date,
    start_byte     integer NOT NULL,
    len            integer NOT NULL,
    line           integer NOT NULL,
    col_utf8       integer NOT NULL,
    col_utf16      integer NOT NULL,
    end_line       integer NOT NULL,
    end_col_utf8   integer NOT NULL,
    end_col_utf16  integer NOT NULL
) PARTITION BY HASH (entry_id);

CREATE TABLE mentions_p00 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 0);
CREATE TABLE mentions_p01 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 1);
CREATE TABLE mentions_p02 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 2);
CREATE TABLE mentions_p03 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 3);
CREATE TABLE mentions_p04 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 4);
CREATE TABLE mentions_p05 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 5);
CREATE TABLE mentions_p06 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 6);
CREATE TABLE mentions_p07 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 7);
CREATE TABLE mentions_p08 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 8);
CREATE TABLE mentions_p09 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 9);
CREATE TABLE mentions_p10 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 10);
CREATE TABLE mentions_p11 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 11);
CREATE TABLE mentions_p12 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 12);
CREATE TABLE mentions_p13 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 13);
CREATE TABLE mentions_p14 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 14);
CREATE TABLE mentions_p15 PARTITION OF mentions FOR VALUES WITH (MODULUS 16, REMAINDER 15);

-- References, counts, recent articles and date ranges: by entry, newest first.
CREATE INDEX mentions_entry_date ON mentions (entry_id, article_date DESC NULLS LAST, file_id);
-- Re-indexing or removing an article.
CREATE INDEX mentions_file ON mentions (file_id);

-- Per (entry, file) totals, kept in the same transaction as the mentions: counts and recent
-- articles read these instead of every mention.
CREATE TABLE entry_files (
    entry_id      integer NOT NULL,
    file_id       bigint NOT NULL,
    article_date  date,
    mentions      integer NOT NULL,
    PRIMARY KEY (entry_id, file_id)
) PARTITION BY HASH (entry_id);
CREATE TABLE entry_files_p0 PARTITION OF entry_files FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE entry_files_p1 PARTITION OF entry_files FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE entry_files_p2 PARTITION OF entry_files FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE entry_files_p3 PARTITION OF entry_files FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE INDEX entry_files_recent ON entry_files (entry_id, article_date DESC NULLS LAST);
CREATE INDEX entry_files_file ON entry_files (file_id);
