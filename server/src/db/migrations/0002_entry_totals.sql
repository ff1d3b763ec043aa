-- vigie archive index, version 2: per-entry totals kept by the indexer in the same
-- transaction as the rows they sum, so that a count never reads every article of a
-- much-mentioned entry (hover cards, workspace symbols).
CREATE TABLE entry_totals (
    entry_id  integer PRIMARY KEY,
    articles  bigint NOT NULL,
    mentions  bigint NOT NULL
);
INSERT INTO entry_totals (entry_id, articles, mentions)
SELECT entry_id, count(*), coalesce(sum(mentions), 0) FROM entry_files GROUP BY entry_id;
