//! The questions the archive answers, by entry (its dictionary id): every mention with its
//! positions in both LSP encodings, counts of articles and mentions, the most recent
//! articles, mentions in a date range. Each is one statement on the `(entry, date)` indexes
//! of one partition.

use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, Row, Statement};
use vigie_core::date::Date;
use vigie_core::line_index::WidePos;

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

fn date(s: Option<String>) -> Option<Date> {
    s.and_then(|s| Date::parse_lenient(&s))
}

fn to_date_text(d: Date) -> String {
    d.to_string()
}

const MENTION_COLUMNS: &str = "m.file_id, m.article_date::text, m.start_byte, m.len, m.line, m.col_utf8,
     m.col_utf16, m.end_line, m.end_col_utf8, m.end_col_utf16";

/// Rows of `MENTION_COLUMNS` with their paths, read in a second statement for the distinct
/// files (a join would make the planner read every file for a much-cited entry).
async fn with_paths(client: &impl Querier, found: Vec<Row>) -> Result<Vec<ArchiveMention>, DbError> {
    let mut ids: Vec<i64> = found.iter().map(|r| r.get(0)).collect();
    ids.sort_unstable();
    ids.dedup();
    let paths: std::collections::HashMap<i64, String> =
        rows(client, "SELECT id, path FROM files WHERE id = ANY($1)", &[&ids])
            .await?
            .into_iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
    let u = |r: &tokio_postgres::Row, i: usize| r.get::<_, i32>(i) as u32;
    Ok(found
        .iter()
        .filter_map(|r| {
            Some(ArchiveMention {
                // A file removed between the two statements: its mentions are left out.
                path: paths.get(&r.get::<_, i64>(0))?.clone(),
                date: date(r.get(1)),
                start: u(r, 2),
                len: u(r, 3),
                from: WidePos {
                    line: u(r, 4),
                    utf8: u(r, 5),
                    utf16: u(r, 6),
                },
                to: WidePos {
                    line: u(r, 7),
                    utf8: u(r, 8),
                    utf16: u(r, 9),
                },
            })
        })
        .collect())
}

/// The mentions of an entry, newest articles first (undated last), then by article and
/// offset; at most `limit`. One index-only range scan in one partition.
pub async fn mentions_of(client: &impl Querier, entry: &str, limit: i64) -> Result<Vec<ArchiveMention>, DbError> {
    let sql = format!(
        "SELECT {MENTION_COLUMNS} FROM mentions m
         WHERE m.entry_id = (SELECT id FROM entries WHERE dict_id = $1)
         ORDER BY m.article_date DESC NULLS LAST, m.file_id, m.start_byte LIMIT $2"
    );
    let found = rows(client, &sql, &[&entry, &limit]).await?;
    with_paths(client, found).await
}

/// The mentions of an entry in articles dated from `from` to `to` (inclusive), newest first.
pub async fn mentions_between(
    client: &impl Querier,
    entry: &str,
    from: Date,
    to: Date,
    limit: i64,
) -> Result<Vec<ArchiveMention>, DbError> {
    let sql = format!(
        "SELECT {MENTION_COLUMNS} FROM mentions m
         WHERE m.entry_id = (SELECT id FROM entries WHERE dict_id = $1)
           AND m.article_date BETWEEN $2::text::date AND $3::text::date
         ORDER BY m.article_date DESC, m.file_id, m.start_byte LIMIT $4"
    );
    let (from, to) = (to_date_text(from), to_date_text(to));
    let found = rows(client, &sql, &[&entry, &from, &to, &limit]).await?;
    with_paths(client, found).await
}

/// `(dict id, articles, mentions)` of each entry, leaving out the articles at `except`
/// (those the caller has its own copy of): the entry's totals, less what the archive holds
/// of those articles. Entries without a mention are absent.
pub async fn counts(
    client: &impl Querier,
    entries: &[&str],
    except: &[String],
) -> Result<Vec<(String, u64, u64)>, DbError> {
    let found = rows(
        client,
        "SELECT e.dict_id, t.articles - coalesce(x.a, 0), t.mentions - coalesce(x.m, 0)
             FROM entries e JOIN entry_totals t ON t.entry_id = e.id
             LEFT JOIN LATERAL (
                 SELECT count(*) AS a, sum(ef.mentions)::int8 AS m FROM entry_files ef
                 WHERE ef.entry_id = e.id
                   AND ef.file_id = ANY(ARRAY(SELECT id FROM files WHERE path = ANY($2)))
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
    entry: &str,
    n: i64,
    except: &[String],
) -> Result<Vec<ArchiveArticle>, DbError> {
    let found = rows(
        client,
        "SELECT f.path, ef.article_date::text, f.title
             FROM entry_files ef JOIN files f ON f.id = ef.file_id
             WHERE ef.entry_id = (SELECT id FROM entries WHERE dict_id = $1)
               AND NOT (f.path = ANY($3))
             ORDER BY ef.article_date DESC NULLS LAST, f.path LIMIT $2",
        &[&entry, &n, &except],
    )
    .await?;
    Ok(found
        .iter()
        .map(|r| ArchiveArticle {
            path: r.get(0),
            date: date(r.get(1)),
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
