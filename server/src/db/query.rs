//! The questions the archive answers, by entry (its dictionary id): every mention with its
//! positions in both LSP encodings, counts of articles and mentions, the most recent
//! articles, mentions in a date range. Each is one statement on the `(entry, date)` index
//! of one partition.
//!
//! A question names the entry by the archive's number for it, learnt once ([`EntryIds`]):
//! with the number as a parameter PostgreSQL leaves the other partitions out when the
//! statement starts (with a sub-select it had to open all sixteen: twice as slow for a
//! short question).

use std::collections::HashMap;

use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, Row, Statement};
use vigie_core::date::Date;
use vigie_core::line_index::WidePos;

use super::postings::{self, PgDate};
use super::DbError;

/// A connection the questions run on. The server's pooled connections keep each statement
/// prepared (planned once, then a generic plan: on the partitioned mentions the plan of one
/// question cost more than running it); a one-off connection (the CLI, tests) prepares it
/// for the question.
pub trait Querier: Sync {
    fn client(&self) -> &Client;
    fn prepared(&self, sql: &str)
        -> impl std::future::Future<Output = Result<Statement, tokio_postgres::Error>> + Send;
}

impl Querier for Client {
    fn client(&self) -> &Client {
        self
    }
    fn prepared(
        &self,
        sql: &str,
    ) -> impl std::future::Future<Output = Result<Statement, tokio_postgres::Error>> + Send {
        self.prepare(sql)
    }
}

impl Querier for deadpool_postgres::ClientWrapper {
    fn client(&self) -> &Client {
        self
    }
    fn prepared(
        &self,
        sql: &str,
    ) -> impl std::future::Future<Output = Result<Statement, tokio_postgres::Error>> + Send {
        self.prepare_cached(sql)
    }
}

/// The rows of `sql` with `params`, on its prepared statement.
async fn rows(client: &impl Querier, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>, DbError> {
    let statement = client.prepared(sql).await?;
    Ok(client.client().query(&statement, params).await?)
}

/// One mention as the archive holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveMention {
    pub path: String,
    pub date: Option<Date>,
    /// Byte range in the article as indexed.
    pub start: u32,
    pub len: u32,
    /// Start and end, in UTF-8 and UTF-16 columns.
    pub from: WidePos,
    pub to: WidePos,
}

/// A recent article of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveArticle {
    pub path: String,
    pub date: Option<Date>,
    pub title: String,
}

/// The archive's numbers of the dictionary ids asked so far (shared by the connections of
/// a pool). An entry keeps its number for the life of the archive (an identity column; rows
/// are never deleted), and every question also checks that its number still names its
/// dictionary id: an empty answer is asked again with the number read anew, so an archive
/// re-created under a running server gives right answers, not another entry's.
#[derive(Debug, Default)]
pub struct EntryIds(parking_lot::Mutex<HashMap<String, i32>>);

impl EntryIds {
    pub fn new() -> EntryIds {
        EntryIds::default()
    }

    /// The number of `entry`, from what was learnt unless `again`; `None` when the archive
    /// does not know it.
    async fn get(&self, client: &impl Querier, entry: &str, again: bool) -> Result<Option<i32>, DbError> {
        if !again {
            if let Some(&id) = self.0.lock().get(entry) {
                return Ok(Some(id));
            }
        }
        let found = rows(client, "SELECT id FROM entries WHERE dict_id = $1", &[&entry]).await?;
        let mut known = self.0.lock();
        Ok(match found.first() {
            Some(r) => {
                let id: i32 = r.get(0);
                known.insert(entry.to_string(), id);
                Some(id)
            }
            None => {
                known.remove(entry);
                None
            }
        })
    }

    /// The rows of `ask(number)` for `entry` (none when the archive does not know it); an
    /// empty answer is asked again if the entry's number changed.
    async fn rows_for<'a, F, Fut>(&self, client: &'a impl Querier, entry: &str, ask: F) -> Result<Vec<Row>, DbError>
    where
        F: Fn(i32) -> Fut,
        Fut: std::future::Future<Output = Result<Vec<Row>, DbError>> + 'a,
    {
        let Some(id) = self.get(client, entry, false).await? else {
            return Ok(Vec::new());
        };
        let found = ask(id).await?;
        if !found.is_empty() {
            return Ok(found);
        }
        match self.get(client, entry, true).await? {
            Some(again) if again != id => ask(again).await,
            _ => Ok(found),
        }
    }
}

/// The postings of an entry, newest articles first (undated last), then by article and
/// part; at most `$2` rows, which hold at least `$2` mentions (the caller stops at the
/// limit: a running sum in SQL to stop at the row that reaches it cost more than sending
/// the extra rows of a much-mentioned entry, 1,022 against 1,362 questions a second in
/// pgbench at a million articles, and 931 against 1,612 for an entry with one mention an
/// article). `{range}` narrows by date.
fn postings_sql(range: &str) -> String {
    format!(
        "SELECT path, article_date, positions FROM postings
         WHERE entry_id = $1 {range} AND $3 = (SELECT dict_id FROM entries WHERE id = $1)
         ORDER BY article_date DESC NULLS LAST, file_id, part LIMIT $2"
    )
}

/// The mentions of posting rows (`path, article_date, positions`), at most `limit`.
fn unpacked(found: &[Row], limit: i64) -> Result<Vec<ArchiveMention>, DbError> {
    let mut out = Vec::new();
    for r in found {
        let path: &str = r.get(0);
        let date = r.get::<_, Option<PgDate>>(1).map(|d| d.0);
        let positions: &[u8] = r.get(2);
        let Some(mentions) = postings::unpack(positions) else {
            return Err(DbError::Corrupt(format!(
                "a posting of {path} has {} bytes of positions, not a multiple of {}",
                positions.len(),
                postings::MENTION_BYTES
            )));
        };
        for m in mentions {
            if out.len() as i64 >= limit {
                return Ok(out);
            }
            out.push(ArchiveMention {
                path: path.to_string(),
                date,
                start: m.start,
                len: m.end - m.start,
                from: m.start_pos(),
                to: m.end_pos(),
            });
        }
    }
    Ok(out)
}

/// The mentions of an entry, newest articles first (undated last), then by article and
/// offset; at most `limit`. One index-only range scan in one partition.
pub async fn mentions_of(
    client: &impl Querier,
    ids: &EntryIds,
    entry: &str,
    limit: i64,
) -> Result<Vec<ArchiveMention>, DbError> {
    let (sql, limit_ref) = (&postings_sql(""), &limit);
    let found = ids
        .rows_for(client, entry, move |id| async move {
            rows(client, sql, &[&id, limit_ref, &entry]).await
        })
        .await?;
    unpacked(&found, limit)
}

/// The mentions of an entry in articles dated from `from` to `to` (inclusive), newest first.
pub async fn mentions_between(
    client: &impl Querier,
    ids: &EntryIds,
    entry: &str,
    from: Date,
    to: Date,
    limit: i64,
) -> Result<Vec<ArchiveMention>, DbError> {
    let sql = &postings_sql("AND article_date BETWEEN $4 AND $5");
    let (from, to, limit_ref) = (&PgDate(from), &PgDate(to), &limit);
    let found = ids
        .rows_for(client, entry, move |id| async move {
            rows(client, sql, &[&id, limit_ref, &entry, from, to]).await
        })
        .await?;
    unpacked(&found, limit)
}

/// `(dict id, articles, mentions)` of each entry, leaving out the articles at `except`
/// (those the caller has its own copy of): the entry's totals, less what the archive holds
/// of those articles. Entries without a mention are absent.
pub async fn counts(
    client: &impl Querier,
    entries: &[&str],
    except: &[String],
) -> Result<Vec<(String, u64, u64)>, DbError> {
    if except.is_empty() {
        let found = rows(
            client,
            "SELECT e.dict_id, t.articles, t.mentions FROM entries e JOIN entry_totals t ON t.entry_id = e.id
             WHERE e.dict_id = ANY($1) AND t.articles > 0",
            &[&entries],
        )
        .await?;
        return Ok(found
            .iter()
            .map(|r| (r.get(0), r.get::<_, i64>(1) as u64, r.get::<_, i64>(2) as u64))
            .collect());
    }
    let found = rows(
        client,
        "SELECT e.dict_id, t.articles - coalesce(x.a, 0), t.mentions - coalesce(x.m, 0)
             FROM entries e JOIN entry_totals t ON t.entry_id = e.id
             LEFT JOIN LATERAL (
                 SELECT count(*) FILTER (WHERE p.part = 0) AS a, sum(p.mentions)::int8 AS m FROM postings p
                 WHERE p.entry_id = e.id
                   AND p.file_id = ANY(ARRAY(SELECT id FROM files WHERE path = ANY($2)))
             ) x ON true
             WHERE e.dict_id = ANY($1) AND t.articles > coalesce(x.a, 0)",
        &[&entries, &except],
    )
    .await?;
    Ok(found
        .iter()
        .map(|r| (r.get(0), r.get::<_, i64>(1) as u64, r.get::<_, i64>(2) as u64))
        .collect())
}

/// The `n` most recent articles mentioning an entry (by the article's date, undated last),
/// leaving out the articles at `except`.
pub async fn recent(
    client: &impl Querier,
    ids: &EntryIds,
    entry: &str,
    n: i64,
    except: &[String],
) -> Result<Vec<ArchiveArticle>, DbError> {
    // The newest `n` from the index alone (the articles of the newest date sorted by path),
    // then their titles: a join before the limit fetched the title of every article of that
    // date (hundreds, for a much-mentioned entry).
    let sql = "SELECT p.path, p.article_date, f.title
             FROM (SELECT file_id, path, article_date FROM postings
                   WHERE entry_id = $1 AND part = 0 AND NOT (path = ANY($3))
                     AND $4 = (SELECT dict_id FROM entries WHERE id = $1)
                   ORDER BY article_date DESC NULLS LAST, path LIMIT $2) p
             JOIN files f ON f.id = p.file_id
             ORDER BY p.article_date DESC NULLS LAST, p.path";
    let found = ids
        .rows_for(client, entry, move |id| async move {
            rows(client, sql, &[&id, &n, &except, &entry]).await
        })
        .await?;
    Ok(found
        .iter()
        .map(|r| ArchiveArticle {
            path: r.get(0),
            date: r.get::<_, Option<PgDate>>(1).map(|d| d.0),
            title: r.get(2),
        })
        .collect())
}

/// How many articles the archive holds.
pub async fn article_count(client: &impl Querier) -> Result<u64, DbError> {
    let found = rows(client, "SELECT count(*) FROM files", &[]).await?;
    Ok(found.first().map_or(0, |r| r.get::<_, i64>(0) as u64))
}

/// The folders (and single articles) the archive was indexed from.
pub async fn roots(client: &impl Querier) -> Result<Vec<String>, DbError> {
    Ok(rows(client, "SELECT path FROM roots", &[])
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect())
}

/// The paths of `paths` that are at or under one of `roots`: those that may have an
/// archive copy.
pub fn under_roots(paths: &[String], roots: &[String]) -> Vec<String> {
    paths
        .iter()
        .filter(|p| {
            roots.iter().any(|r| {
                p.strip_prefix(r.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/') || r.ends_with('/'))
            })
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_paths_under_a_root_are_kept() {
        let roots = vec!["/srv/archive".to_string(), "/home/a/one.md".to_string()];
        let paths: Vec<String> = [
            "/srv/archive/2024/x.md",
            "/srv/archive2/y.md",
            "/home/a/one.md",
            "/home/a/two.md",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            super::under_roots(&paths, &roots),
            vec!["/srv/archive/2024/x.md".to_string(), "/home/a/one.md".to_string()]
        );
    }
}
