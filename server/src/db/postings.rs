//! The archive's posting rows (schema version 5): the positions of one entry's mentions in
//! one article, packed as the `positions` column holds them, and the article's date as
//! PostgreSQL's binary `date`. The indexer writes with [`pack`], the questions read with
//! [`unpack`]; the layout is the one `0005_postings.sql` documents and its `mentions` view
//! reads (eight big-endian 4-byte integers a mention).

use std::error::Error;

use bytes::{BufMut, BytesMut};
use tokio_postgres::types::{to_sql_checked, FromSql, IsNull, ToSql, Type};
use vigie_core::corpus::MentionPos;
use vigie_core::date::Date;

/// Bytes of one mention in `positions`.
pub const MENTION_BYTES: usize = 32;
/// Mentions in one posting row at most (an article with more mentions of one entry has
/// several rows): keeps an index tuple far below PostgreSQL's limit.
pub const MENTIONS_PER_ROW: usize = 16;
/// The longest path the archive takes (with [`MENTIONS_PER_ROW`], an index tuple stays
/// under 2 KB; PostgreSQL refuses tuples of more than about 2.7 KB).
pub const MAX_PATH_BYTES: usize = 1024;

/// Appends `m` to a `positions` value.
pub fn pack(m: &MentionPos, out: &mut Vec<u8>) {
    // The fields in order, the end as a length.
    let mut fields = m.fields();
    fields[1] -= m.start;
    for v in fields {
        out.extend_from_slice(&v.to_be_bytes());
    }
}

/// The mentions of a `positions` value, in order; `None` when its length is not a whole
/// number of mentions (a value not written by vigie).
pub fn unpack(positions: &[u8]) -> Option<impl Iterator<Item = MentionPos> + '_> {
    if positions.len() % MENTION_BYTES != 0 {
        return None;
    }
    Some(positions.chunks_exact(MENTION_BYTES).map(|c| {
        let f = |i: usize| u32::from_be_bytes([c[4 * i], c[4 * i + 1], c[4 * i + 2], c[4 * i + 3]]);
        MentionPos {
            start: f(0),
            end: f(0).saturating_add(f(1)),
            line: f(2),
            col_utf8: f(3),
            col_utf16: f(4),
            end_line: f(5),
            end_col_utf8: f(6),
            end_col_utf16: f(7),
        }
    }))
}

/// Days between 1970-01-01 and 2000-01-01, PostgreSQL's epoch for dates.
const PG_EPOCH_UNIX_DAYS: i64 = 10_957;

/// A `date` sent and received in PostgreSQL's binary format (days since 2000-01-01), so
/// that neither side formats or parses text for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PgDate(pub Date);

impl ToSql for PgDate {
    fn to_sql(&self, _: &Type, out: &mut BytesMut) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        let days = i32::try_from(self.0.unix_days() - PG_EPOCH_UNIX_DAYS)?;
        out.put_i32(days);
        Ok(IsNull::No)
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::DATE
    }

    to_sql_checked!();
}

impl<'a> FromSql<'a> for PgDate {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<PgDate, Box<dyn Error + Sync + Send>> {
        let days = i32::from_be_bytes(raw.try_into()?);
        // `infinity` and `-infinity` are i32::MAX and MIN: not an article's date.
        if days == i32::MAX || days == i32::MIN {
            return Err("an infinite date".into());
        }
        Ok(PgDate(Date::from_unix_days(i64::from(days) + PG_EPOCH_UNIX_DAYS)))
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::DATE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_layout_is_eight_big_endian_integers() {
        let m = MentionPos {
            start: 0x0102_0304,
            end: 0x0102_0304 + 5,
            line: 7,
            col_utf8: 8,
            col_utf16: 9,
            end_line: 10,
            end_col_utf8: 11,
            end_col_utf16: 12,
        };
        let mut out = Vec::new();
        pack(&m, &mut out);
        assert_eq!(out.len(), MENTION_BYTES);
        assert_eq!(&out[..8], &[1, 2, 3, 4, 0, 0, 0, 5]);
        assert_eq!(&out[28..], &[0, 0, 0, 12]);
        assert_eq!(unpack(&out).unwrap().collect::<Vec<_>>(), vec![m]);
        assert!(unpack(&out[..31]).is_none());
    }

    #[test]
    fn dates_are_days_since_2000() {
        let mut out = BytesMut::new();
        PgDate(Date::new(2000, 1, 1).unwrap())
            .to_sql(&Type::DATE, &mut out)
            .unwrap();
        assert_eq!(&out[..], &[0, 0, 0, 0]);
        let mut out = BytesMut::new();
        PgDate(Date::new(1999, 12, 31).unwrap())
            .to_sql(&Type::DATE, &mut out)
            .unwrap();
        assert_eq!(&out[..], &(-1i32).to_be_bytes());
        let d = PgDate::from_sql(&Type::DATE, &366i32.to_be_bytes()).unwrap();
        assert_eq!(d.0, Date::new(2001, 1, 1).unwrap());
        assert!(PgDate::from_sql(&Type::DATE, &i32::MAX.to_be_bytes()).is_err());
        assert!(PgDate::from_sql(&Type::DATE, &[0, 0]).is_err());
    }

    proptest! {
        #[test]
        fn positions_round_trip(ms in proptest::collection::vec(any::<[u32; 8]>(), 0..40)) {
            let ms: Vec<MentionPos> = ms.iter().map(|v| MentionPos {
                start: v[0] / 2,
                end: v[0] / 2 + v[1] / 2,
                line: v[2],
                col_utf8: v[3],
                col_utf16: v[4],
                end_line: v[5],
                end_col_utf8: v[6],
                end_col_utf16: v[7],
            }).collect();
            let mut out = Vec::new();
            for m in &ms {
                pack(m, &mut out);
            }
            prop_assert_eq!(unpack(&out).unwrap().collect::<Vec<_>>(), ms);
        }

        #[test]
        fn dates_round_trip(days in -700_000i64..700_000) {
            let date = Date::from_unix_days(days);
            let mut out = BytesMut::new();
            PgDate(date).to_sql(&Type::DATE, &mut out).unwrap();
            prop_assert_eq!(PgDate::from_sql(&Type::DATE, &out).unwrap().0, date);
        }
    }
}
