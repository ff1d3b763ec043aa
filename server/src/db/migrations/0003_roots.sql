-- vigie archive index, version 3: the folders the archive was indexed from, so that a
-- server sends only the local paths that may have an archive copy (those under a root)
-- when it asks for counts without its own articles.
CREATE TABLE roots (
    path        text PRIMARY KEY,
    indexed_at  timestamptz NOT NULL DEFAULT now()
);
