-- vigie archive index, version 4: references read the index alone. The positions are
-- included in the (entry, date, file, start) index, so that the newest mentions of an entry
-- come from contiguous index pages with no visit to the table (an index-only scan once
-- autovacuum has passed), already in the order the server wants.
CREATE INDEX mentions_entry_refs ON mentions (entry_id, article_date DESC NULLS LAST, file_id, start_byte)
    INCLUDE (len, line, col_utf8, col_utf16, end_line, end_col_utf8, end_col_utf16);
DROP INDEX mentions_entry_date;
