//! Calendar dates: the article's date, and the partial ISO dates of dictionary roles.

use std::fmt;

/// The months in French, lowercase, January first.
pub const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The months in English, January first.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A date known to the year, month or day: `2025`, `2025-05`, `2025-05-06`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// The date `days` days after 1970-01-01 (negative: before).
    pub fn from_unix_days(days: i64) -> Date {
        // Civil-from-days, counting in 400-year eras of 146,097 days from 0000-03-01.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (the inverse of [`Date::from_unix_days`]).
    pub fn unix_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day of the week, Monday = 0.
    pub fn weekday(self) -> u8 {
        (self.unix_days() + 3).rem_euclid(7) as u8
    }

    /// Parses `YYYY-MM-DD`, or `YYYY-MM` (the first of the month).
    pub fn parse_lenient(s: &str) -> Option<Date> {
        let p = PartialDate::parse(s)?;
        p.month?;
        Some(p.first_day())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the month and the day exist.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let year = parts
            .next()
            .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))?;
        let year: i32 = year.parse().ok()?;
        let field = |p: Option<&str>| -> Result<Option<u8>, ()> {
            match p {
                None => Ok(None),
                Some(v) if v.len() == 2 && v.bytes().all(|b| b.is_ascii_digit()) => v.parse().map(Some).map_err(|_| ()),
                Some(_) => Err(()),
            }
        };
        let month = field(parts.next()).ok()?;
        let day = field(parts.next()).ok()?;
        if parts.next().is_some() {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                Date::new(year, m, d)?;
            }
        }
        Some(PartialDate { year, month, day })
    }

    /// The first day the partial date covers.
    pub fn first_day(self) -> Date {
        let month = self.month.unwrap_or(1);
        Date {
            year: self.year,
            month,
            day: self.day.unwrap_or(1),
        }
    }

    /// The last day the partial date covers.
    pub fn last_day(self) -> Date {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Date {
            year: self.year,
            month,
            day,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// The article's date: a `date:` line in YAML front matter, or a leading header line
/// `date YYYY-MM[-DD]` (also `Date: …`, `date : …`) among the first non-blank lines.
/// A month alone stands for its first day.
pub fn article_date(text: &str) -> Option<Date> {
    let mut lines = text.lines();
    let first = lines.next()?;
    if first.trim_end() == "---" {
        for line in lines.take(200) {
            let line = line.trim_end();
            if line == "---" || line == "..." {
                break;
            }
            if let Some(rest) = strip_key(line, "date", true) {
                return date_value(rest);
            }
        }
        return None;
    }
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(3) {
        if let Some(rest) = strip_key(line.trim(), "date", false) {
            return date_value(rest);
        }
    }
    None
}

/// `date: v`, `date : v`, (header lines only) `date v`: returns `v`.
fn strip_key<'a>(line: &'a str, key: &str, yaml: bool) -> Option<&'a str> {
    let head = line.get(..key.len())?;
    if !head.eq_ignore_ascii_case(key) {
        return None;
    }
    let rest = &line[key.len()..];
    let trimmed = rest.trim_start();
    if let Some(v) = trimmed.strip_prefix(':') {
        return Some(v.trim());
    }
    (!yaml && rest.starts_with([' ', '\t'])).then(|| trimmed.trim())
}

fn date_value(v: &str) -> Option<Date> {
    let v = v.trim_matches(['"', '\'']);
    let end = v.find(|c: char| !(c.is_ascii_digit() || c == '-')).unwrap_or(v.len());
    Date::parse_lenient(&v[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_partial_dates() {
        assert_eq!(PartialDate::parse("2025").unwrap().to_string(), "2025");
        assert_eq!(PartialDate::parse("2025-05-06").unwrap().to_string(), "2025-05-06");
        for bad in [
            "25-05-06",
            "2025-13",
            "2025-02-30",
            "2025-5-6",
            "2025-05-06-01",
            "",
            "abcd",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert_eq!(
            PartialDate::parse("2024-02").unwrap().last_day().to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn unix_days() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(20_413).to_string(), "2025-11-21");
        assert_eq!(Date::from_unix_days(-1).to_string(), "1969-12-31");
        for days in [-800_000, -1, 0, 1, 20_413, 60_000] {
            assert_eq!(Date::from_unix_days(days).unix_days(), days);
        }
        // 2025-05-06 was a Tuesday.
        assert_eq!(Date::new(2025, 5, 6).unwrap().weekday(), 1);
    }

    #[test]
    fn finds_the_article_date() {
        let fm = "---\ntitle: \"x\"\ndate: 2025-06-15T08:00:00Z\n---\n# Titre\n";
        assert_eq!(article_date(fm).unwrap().to_string(), "2025-06-15");
        assert_eq!(article_date("date 2025-03\n\nTitle").unwrap().to_string(), "2025-03-01");
        assert_eq!(article_date("\nDate : 2024-11-20\n").unwrap().to_string(), "2024-11-20");
        assert_eq!(
            article_date("---\r\ndate: '2025-09-01'\r\n---\r\n")
                .unwrap()
                .to_string(),
            "2025-09-01"
        );
        assert_eq!(article_date("Le 2 mars, date 2025-03-02"), None);
        assert_eq!(article_date("datelines 2025-03-02"), None);
        assert_eq!(article_date("---\ntitle: x\n---\ndate 2025-01-01"), None);
    }
}
