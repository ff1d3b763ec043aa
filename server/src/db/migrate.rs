//! The archive's schema, versioned: each migration is a SQL file embedded in the binary,
//! applied once, in order, in its own transaction, and recorded in `schema_migrations`.

use tokio_postgres::Client;

use super::DbError;

/// `(version, name, SQL)`, in order. A released migration is never edited: a change is a
/// new file.
pub const MIGRATIONS: &[(i32, &str, &str)] = &[
    (1, "archive", include_str!("migrations/0001_archive.sql")),
    (2, "entry totals", include_str!("migrations/0002_entry_totals.sql")),
    (3, "roots", include_str!("migrations/0003_roots.sql")),
    (
        4,
        "covering references",
        include_str!("migrations/0004_covering_references.sql"),
    ),
    (5, "postings", include_str!("migrations/0005_postings.sql")),
];

/// The schema version this binary reads and writes.
pub fn latest() -> i32 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

/// The advisory lock of migrations (two `migrate` at once apply each file once).
const MIGRATE_LOCK: i64 = 0x5649_4749_4500_0001;

/// Applies the migrations the database lacks; returns those applied.
pub async fn migrate(client: &mut Client) -> Result<Vec<(i32, &'static str)>, DbError> {
    client.execute("SELECT pg_advisory_lock($1)", &[&MIGRATE_LOCK]).await?;
    let result = apply(client).await;
    client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATE_LOCK])
        .await?;
    result
}

async fn apply(client: &mut Client) -> Result<Vec<(i32, &'static str)>, DbError> {
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                 version integer PRIMARY KEY,
                 name text NOT NULL,
                 applied_at timestamptz NOT NULL DEFAULT now())",
        )
        .await?;
    let found = version(client).await?;
    let mut applied = Vec::new();
    for &(v, name, sql) in MIGRATIONS.iter().filter(|m| m.0 > found) {
        let tx = client.transaction().await?;
        tx.batch_execute(sql).await?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
            &[&v, &name],
        )
        .await?;
        tx.commit().await?;
        applied.push((v, name));
    }
    Ok(applied)
}

/// The latest migration applied (0 for a database vigie never migrated).
pub async fn version(client: &Client) -> Result<i32, DbError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])
        .await?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let row = client
        .query_one("SELECT coalesce(max(version), 0) FROM schema_migrations", &[])
        .await?;
    Ok(row.get(0))
}

/// Fails unless the database is at this binary's schema version.
pub async fn check(client: &Client) -> Result<(), DbError> {
    let found = version(client).await?;
    if found != latest() {
        return Err(DbError::Schema {
            found,
            needed: latest(),
        });
    }
    Ok(())
}
