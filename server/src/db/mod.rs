//! The desk's shared archive index on PostgreSQL: the schema and its migrations
//! (`migrate`), the bulk indexer (`indexer`), the queries (`query`), and the server's
//! side of it (`archive`: timeouts, backoff, one warning).
//!
//! vigie-core is not involved beyond its analysis API: an article's text becomes its
//! mentions with positions ([`vigie_core::corpus::analyze_file`]), entries are stored by
//! their dictionary id, with the hash of the dictionaries they were matched with.

pub mod archive;
pub mod indexer;
pub mod migrate;
pub mod postings;
pub mod query;

use std::path::PathBuf;
use std::time::Duration;

/// Environment variable naming the archive database (`postgres://…`).
pub const ENV_URL: &str = "VIGIE_DATABASE_URL";

/// A database URL. Its `Debug` and [`DatabaseUrl::redacted`] never show the password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> DatabaseUrl {
        DatabaseUrl(url.into())
    }

    /// The URL as given, password included: only for connecting.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `user@host:port/dbname`, what logs and messages may show.
    pub fn redacted(&self) -> String {
        match self.0.parse::<tokio_postgres::Config>() {
            Ok(c) => {
                let host = c
                    .get_hosts()
                    .first()
                    .map(|h| match h {
                        tokio_postgres::config::Host::Tcp(s) => s.clone(),
                        #[cfg(unix)]
                        tokio_postgres::config::Host::Unix(p) => p.display().to_string(),
                    })
                    .unwrap_or_else(|| "localhost".into());
                let port = c.get_ports().first().copied().unwrap_or(5432);
                format!(
                    "{}@{host}:{port}/{}",
                    c.get_user().unwrap_or(""),
                    c.get_dbname().unwrap_or("")
                )
            }
            Err(_) => "(unparsable database URL)".to_string(),
        }
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted())
    }
}

/// What goes wrong with the archive. Messages never contain the password.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("invalid database URL: {0}")]
    Url(String),
    #[error("database: {}", chain(.0))]
    Postgres(#[from] tokio_postgres::Error),
    #[error("database: no connection from the pool: {0}")]
    Pool(String),
    #[error("database: no answer within {0:?}")]
    Timeout(Duration),
    #[error(
        "the archive schema is at version {found}, this vigie needs {needed}: run `vigie index migrate --database URL`"
    )]
    Schema { found: i32, needed: i32 },
    #[error("the archive holds a row vigie cannot read: {0}")]
    Corrupt(String),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// An error and its causes, in one line ("error connecting to server: Connection refused").
fn chain(e: &tokio_postgres::Error) -> String {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let more = s.to_string();
        if !message.contains(&more) {
            message = format!("{message}: {more}");
        }
        source = s.source();
    }
    message
}

/// The connection settings of a URL, completed as libpq would: the password from the URL,
/// else `PGPASSWORD`, else the password file (`PGPASSFILE`, default `~/.pgpass`); the user
/// from the URL, else `PGUSER`, else `USER`.
pub fn pg_config(url: &DatabaseUrl) -> Result<tokio_postgres::Config, DbError> {
    // The parser's message may quote the URL: say only what is wrong.
    let mut c: tokio_postgres::Config = url
        .expose()
        .parse()
        .map_err(|_| DbError::Url(format!("cannot parse {}", url.redacted())))?;
    if c.get_user().is_none() {
        if let Some(u) = env("PGUSER").or_else(|| env("USER")) {
            c.user(u);
        }
    }
    if c.get_password().is_none() {
        if let Some(p) = env("PGPASSWORD") {
            c.password(p);
        } else if let Some(p) = pgpass_password(&c) {
            c.password(p);
        }
    }
    if c.get_connect_timeout().is_none() {
        c.connect_timeout(Duration::from_secs(5));
    }
    c.application_name("vigie");
    Ok(c)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn pgpass_password(c: &tokio_postgres::Config) -> Option<String> {
    let file = env("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| dirs::home_dir().map(|h| h.join(".pgpass")))?;
    let text = std::fs::read_to_string(file).ok()?;
    let host = match c.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(s)) => s.clone(),
        _ => "localhost".to_string(),
    };
    let port = c.get_ports().first().copied().unwrap_or(5432).to_string();
    let user = c.get_user().unwrap_or("");
    let db = c.get_dbname().unwrap_or(user);
    pgpass_lookup(&text, &host, &port, db, user)
}

/// The password of the first line of a `.pgpass` text that matches: `host:port:db:user:pw`,
/// `*` matching anything, `\:` and `\\` escaped, `#` comments.
pub fn pgpass_lookup(text: &str, host: &str, port: &str, db: &str, user: &str) -> Option<String> {
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(ch) = chars.next() {
            match ch {
                '\\' => field.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                _ => field.push(ch),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        let ok = |f: &str, v: &str| f == "*" || f == v;
        if ok(&fields[0], host) && ok(&fields[1], port) && ok(&fields[2], db) && ok(&fields[3], user) {
            return fields.pop();
        }
    }
    None
}

/// One connection (the indexer's and the migrations': advisory locks belong to a session),
/// driven on the current runtime.
pub async fn connect(url: &DatabaseUrl) -> Result<tokio_postgres::Client, DbError> {
    let (client, connection) = pg_config(url)?.connect(tokio_postgres::NoTls).await?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::warn!("database connection: {e}");
        }
    });
    Ok(client)
}

/// Where the archive is: `[corpus] database` (the configuration with the editor's settings
/// applied), else `VIGIE_DATABASE_URL`.
pub fn configured_url(config_url: Option<&DatabaseUrl>) -> Option<DatabaseUrl> {
    config_url.cloned().or_else(|| env(ENV_URL).map(DatabaseUrl::new))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacted_urls_hide_the_password() {
        let url = DatabaseUrl::new("postgres://reader:s3cr3t@db.example:5433/archive");
        assert_eq!(url.redacted(), "reader@db.example:5433/archive");
        assert!(!format!("{url:?}").contains("s3cr3t"));
        let bad = DatabaseUrl::new("postgres://reader:s3cr3t@db.example:notaport/archive");
        let e = pg_config(&bad).unwrap_err().to_string();
        assert!(!e.contains("s3cr3t"), "{e}");
    }

    #[test]
    fn pgpass_lines_match_like_libpq() {
        let text = "# desk\nother:5432:*:*:nope\ndb\\:1:*:archive:reader:pa\\:ss\n*:*:*:writer:w\n";
        assert_eq!(
            pgpass_lookup(text, "db:1", "5432", "archive", "reader").as_deref(),
            Some("pa:ss")
        );
        assert_eq!(pgpass_lookup(text, "x", "1", "y", "writer").as_deref(), Some("w"));
        assert_eq!(pgpass_lookup(text, "x", "1", "y", "reader"), None);
    }
}
