-- vigie archive index, version 5: one row per entry and article (a "posting"), holding the
-- positions of all the entry's mentions in that article, instead of one row per mention
-- plus one per entry and article. The references index includes the posting whole (path
-- and positions), so the newest mentions of an entry are read from contiguous index pages,
-- with no visit to the table nor to `files`: half the rows to write, a third of the values
-- to send, and one statement per question.
--
-- `positions`: 32 bytes per mention, in the order of the text: eight 4-byte big-endian
-- integers (PostgreSQL's `int4send`): start byte, length in bytes, line, start column in
-- UTF-8, start column in UTF-16, end line, end column in UTF-8, end column in UTF-16.
-- An article with more than 16 mentions of one entry has several rows (`part` 0, 1, …), so
-- that an index tuple stays far below PostgreSQL's limit (about 2.7 KB; paths are at most
-- 1,024 bytes, the indexer skips longer ones). `mentions` is the number of mentions in the
-- row; an article's count for an entry is the sum over its parts, its article count the
-- rows of part 0.
CREATE TABLE postings (
    entry_id      integer NOT NULL,
    file_id       bigint NOT NULL,
    part          integer NOT NULL,
    article_date  date,
    path          text NOT NULL,
    mentions      integer NOT NULL,
    positions     bytea NOT NULL
) PARTITION BY HASH (entry_id);

CREATE TABLE postings_p00 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 0);
CREATE TABLE postings_p01 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 1);
CREATE TABLE postings_p02 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 2);
CREATE TABLE postings_p03 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 3);
CREATE TABLE postings_p04 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 4);
CREATE TABLE postings_p05 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 5);
CREATE TABLE postings_p06 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 6);
CREATE TABLE postings_p07 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 7);
CREATE TABLE postings_p08 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 8);
CREATE TABLE postings_p09 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 9);
CREATE TABLE postings_p10 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 10);
CREATE TABLE postings_p11 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 11);
CREATE TABLE postings_p12 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 12);
CREATE TABLE postings_p13 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 13);
CREATE TABLE postings_p14 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 14);
CREATE TABLE postings_p15 PARTITION OF postings FOR VALUES WITH (MODULUS 16, REMAINDER 15);

-- The rows of version 4, packed: mentions of one entry in one article, by start, 16 a row.
INSERT INTO postings (entry_id, file_id, part, article_date, path, mentions, positions)
SELECT m.entry_id, m.file_id, (m.n - 1) / 16, m.article_date, f.path, count(*),
       string_agg(int4send(m.start_byte) || int4send(m.len) || int4send(m.line)
                  || int4send(m.col_utf8) || int4send(m.col_utf16) || int4send(m.end_line)
                  || int4send(m.end_col_utf8) || int4send(m.end_col_utf16), ''::bytea ORDER BY m.n)
FROM (SELECT *, row_number() OVER (PARTITION BY entry_id, file_id ORDER BY start_byte, len) AS n
      FROM mentions) m
JOIN files f ON f.id = m.file_id
GROUP BY m.entry_id, m.file_id, (m.n - 1) / 16, m.article_date, f.path;

-- References, date ranges, counts and recent articles: by entry, newest first.
CREATE INDEX postings_references ON postings (entry_id, article_date DESC NULLS LAST, file_id, part)
    INCLUDE (mentions, path, positions);
-- Re-indexing or removing an article.
CREATE INDEX postings_file ON postings (file_id);

DROP TABLE mentions;
DROP TABLE entry_files;

-- One of the 32-byte fields of `positions` (0: start byte … 7: end column in UTF-16).
CREATE FUNCTION vigie_position(positions bytea, mention integer, field integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT (get_byte(positions, mention * 32 + field * 4) << 24)
               | (get_byte(positions, mention * 32 + field * 4 + 1) << 16)
               | (get_byte(positions, mention * 32 + field * 4 + 2) << 8)
               | get_byte(positions, mention * 32 + field * 4 + 3) $$;

-- Every mention as a row, as version 4's table had them: for a desk's own SQL (reports,
-- checks); vigie's questions read `postings`.
CREATE VIEW mentions AS
SELECT p.entry_id, p.file_id, p.article_date,
       vigie_position(p.positions, i, 0) AS start_byte,
       vigie_position(p.positions, i, 1) AS len,
       vigie_position(p.positions, i, 2) AS line,
       vigie_position(p.positions, i, 3) AS col_utf8,
       vigie_position(p.positions, i, 4) AS col_utf16,
       vigie_position(p.positions, i, 5) AS end_line,
       vigie_position(p.positions, i, 6) AS end_col_utf8,
       vigie_position(p.positions, i, 7) AS end_col_utf16
FROM postings p CROSS JOIN LATERAL generate_series(0, p.mentions - 1) AS i;

-- Totals as version 2 defined them, counted again from the postings (unchanged numbers).
TRUNCATE entry_totals;
INSERT INTO entry_totals (entry_id, articles, mentions)
SELECT entry_id, count(*) FILTER (WHERE part = 0), sum(mentions) FROM postings GROUP BY entry_id;
