//! Symbol search over a dictionary: entries whose name or an alias matches a query typed in
//! the editor (workspace symbols).

use crate::dictionary::Dictionary;
use crate::fold::{fold, is_word_char};

/// How well a query matches an entry: the best over its name and aliases, folded (case,
/// accents, apostrophes, hyphens and spacing ignored). Greater is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchQuality {
    /// The query's characters appear in order (white space in the query ignored).
    Fuzzy,
    /// The query appears inside a form.
    Substring,
    /// A word of a form (after a space, a hyphen, an apostrophe…) starts with the query.
    WordPrefix,
    /// A form starts with the query. The empty query is a prefix of everything.
    Prefix,
    /// A form is the query.
    Exact,
}

/// The folded forms of a dictionary's entries and their name order, computed once for many
/// queries.
#[derive(Debug, Clone)]
pub struct EntrySearch {
    /// Folded forms (name first), all entries' in one list.
    forms: Vec<Box<str>>,
    /// For each entry, the end of its forms in `forms`.
    ends: Vec<u32>,
    /// Entries in name order (folded name, then name, then index).
    by_name: Vec<u32>,
    /// For each entry, its rank in `by_name`.
    rank: Vec<u32>,
}

impl EntrySearch {
    pub fn new(dict: &Dictionary) -> EntrySearch {
        let mut forms = Vec::with_capacity(dict.entries.len() * 4);
        let mut ends = Vec::with_capacity(dict.entries.len());
        let mut names = Vec::with_capacity(dict.entries.len());
        for e in &dict.entries {
            let name = fold(&e.name);
            let start = forms.len();
            forms.push(name.clone().into_boxed_str());
            for alias in &e.aliases {
                let key = fold(&alias.form);
                if !forms[start..].iter().any(|f| **f == *key) {
                    forms.push(key.into_boxed_str());
                }
            }
            ends.push(forms.len() as u32);
            names.push(name);
        }
        let mut by_name: Vec<u32> = (0..dict.entries.len() as u32).collect();
        by_name.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            names[a]
                .cmp(&names[b])
                .then_with(|| dict.entries[a].name.cmp(&dict.entries[b].name))
                .then(a.cmp(&b))
        });
        let mut rank = vec![0; by_name.len()];
        for (r, &e) in by_name.iter().enumerate() {
            rank[e as usize] = r as u32;
        }
        EntrySearch {
            forms,
            ends,
            by_name,
            rank,
        }
    }

    fn forms_of(&self, entry: usize) -> &[Box<str>] {
        let start = if entry == 0 { 0 } else { self.ends[entry - 1] as usize };
        &self.forms[start..self.ends[entry] as usize]
    }

    /// At most `limit` entries matching `query`, best first, equal matches in name order.
    /// The empty query (or one that folds to nothing) lists every entry in name order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<(usize, MatchQuality)> {
        let query = fold(query);
        if query.is_empty() {
            return self
                .by_name
                .iter()
                .take(limit)
                .map(|&e| (e as usize, MatchQuality::Prefix))
                .collect();
        }
        let spaceless: Vec<char> = query.chars().filter(|c| *c != ' ').collect();
        let mut hits: Vec<(MatchQuality, u32, usize)> = (0..self.ends.len())
            .filter_map(|e| {
                let best = self
                    .forms_of(e)
                    .iter()
                    .filter_map(|f| quality(f, &query, &spaceless))
                    .max()?;
                Some((best, self.rank[e], e))
            })
            .collect();
        let key = |h: &(MatchQuality, u32, usize)| (std::cmp::Reverse(h.0), h.1);
        if hits.len() > limit && limit > 0 {
            hits.select_nth_unstable_by_key(limit - 1, key);
        }
        hits.truncate(limit);
        hits.sort_unstable_by_key(key);
        hits.into_iter().map(|(q, _, e)| (e, q)).collect()
    }
}

impl EntrySearch {
    /// Entries whose name or an alias is what `query` may be a misspelling of, closest
    /// first: a Damerau-Levenshtein distance (an adjacent transposition counts one edit) on
    /// folded forms of at most 1 for a query of up to 4 characters, 2 up to 8, 3 beyond; or
    /// a form that starts with a query of 4 characters or more (counted as one edit). Only
    /// the entries at the smallest distance found, ties in name order. Nothing for a query under 3 characters: anything would be near it.
    pub fn suggest(&self, query: &str, limit: usize) -> Vec<usize> {
        let query = fold(query);
        let len = query.chars().count();
        if len < 3 {
            return Vec::new();
        }
        let max = match len {
            0..=4 => 1,
            5..=8 => 2,
            _ => 3,
        };
        let mut hits: Vec<(usize, u32, usize)> = (0..self.ends.len())
            .filter_map(|e| {
                let best = self
                    .forms_of(e)
                    .iter()
                    .filter_map(|f| {
                        let d = if len >= 4 && f.starts_with(query.as_str()) {
                            1
                        } else {
                            strsim::damerau_levenshtein(f, &query)
                        };
                        (d <= max).then_some(d)
                    })
                    .min()?;
                Some((best, self.rank[e], e))
            })
            .collect();
        hits.sort_unstable();
        // Only the closest: a one-edit slip is not offered next to a two-edit stranger.
        let best = hits.first().map_or(0, |h| h.0);
        hits.into_iter()
            .take_while(|h| h.0 == best)
            .take(limit)
            .map(|(_, _, e)| e)
            .collect()
    }
}

/// Entries `query` may be a misspelling of: see [`EntrySearch::suggest`].
pub fn suggest_entries(dict: &Dictionary, query: &str, limit: usize) -> Vec<usize> {
    EntrySearch::new(dict).suggest(query, limit)
}

/// How `query` (folded, not empty) matches `form` (folded), if at all.
fn quality(form: &str, query: &str, spaceless: &[char]) -> Option<MatchQuality> {
    if form == query {
        return Some(MatchQuality::Exact);
    }
    if form.starts_with(query) {
        return Some(MatchQuality::Prefix);
    }
    let mut substring = false;
    for (at, _) in form.match_indices(query) {
        substring = true;
        let word_start = form[..at].chars().next_back().is_none_or(|c| !is_word_char(c));
        if word_start {
            return Some(MatchQuality::WordPrefix);
        }
    }
    if substring {
        return Some(MatchQuality::Substring);
    }
    let mut wanted = spaceless.iter().peekable();
    for c in form.chars() {
        if wanted.peek() == Some(&&c) {
            wanted.next();
        }
    }
    (wanted.peek().is_none() && !spaceless.is_empty()).then_some(MatchQuality::Fuzzy)
}

/// At most `limit` entries of `dict` matching `query`, best first, equal matches in name
/// order: see [`EntrySearch::search`] (which keeps the folded forms for further queries).
pub fn search_entries(dict: &Dictionary, query: &str, limit: usize) -> Vec<(usize, MatchQuality)> {
    EntrySearch::new(dict).search(query, limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str = r#"
[[entry]]
id = "vladimir-poutine"
name = "Vladimir Poutine"
kind = "person"
description = "x"
aliases = ["Poutine", "Putin"]

[[entry]]
id = "vladimir"
name = "Vladimir"
kind = "city"
description = "x"

[[entry]]
id = "kiev"
name = "Kiev"
kind = "city"
description = "x"
aliases = ["Kyiv", "Kyïv"]

[[entry]]
id = "oblast-kiev"
name = "Oblast de Kiev"
kind = "region"
description = "x"

[[entry]]
id = "ukraine"
name = "Ukraine"
kind = "country"
description = "x"

[[entry]]
id = "etats-unis"
name = "États-Unis"
kind = "country"
description = "x"
aliases = ["USA", "United States"]

[[entry]]
id = "maison-blanche"
name = "Maison Blanche"
kind = "building"
description = "x"
aliases = ["White House"]

[[entry]]
id = "zelensky"
name = "Volodymyr Zelensky"
kind = "person"
description = "x"
aliases = ["Zelensky", "Zelenskyy"]

[[entry]]
id = "amerique"
name = "Amérique"
kind = "region"
description = "x"
"#;

    fn dict() -> Dictionary {
        Dictionary::load(&[("t.toml", DICT)]).unwrap().0
    }

    /// `query → id:quality` of every result, in order.
    fn run(dict: &Dictionary, search: &EntrySearch, query: &str, limit: usize) -> String {
        search
            .search(query, limit)
            .iter()
            .map(|&(e, q)| format!("{}:{:?}", dict.entries[e].id, q))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn table_of_queries() {
        let dict = dict();
        let search = EntrySearch::new(&dict);
        let cases: &[(&str, usize, &str)] = &[
            ("kiev", 10, "kiev:Exact oblast-kiev:WordPrefix"),
            ("KYÏV", 10, "kiev:Exact"),
            ("ky", 10, "kiev:Prefix zelensky:Substring"),
            ("vladimir", 10, "vladimir:Exact vladimir-poutine:Prefix"),
            ("poutine", 10, "vladimir-poutine:Exact"),
            ("pout", 10, "vladimir-poutine:Prefix"),
            ("états", 10, "etats-unis:Prefix"),
            ("etats unis", 10, "etats-unis:Fuzzy"),
            ("etats-unis", 10, "etats-unis:Exact"),
            ("unis", 10, "etats-unis:WordPrefix"),
            ("blanche", 10, "maison-blanche:WordPrefix"),
            ("house", 10, "maison-blanche:WordPrefix"),
            ("krai", 10, "ukraine:Substring"),
            (
                "ine",
                10,
                "ukraine:Substring vladimir-poutine:Substring maison-blanche:Fuzzy",
            ),
            ("zlsk", 10, "zelensky:Fuzzy"),
            ("vpoutine", 10, "vladimir-poutine:Fuzzy"),
            ("mer", 10, "amerique:Substring"),
            (
                "mr",
                10,
                "amerique:Fuzzy vladimir:Fuzzy vladimir-poutine:Fuzzy zelensky:Fuzzy",
            ),
            ("usa", 10, "etats-unis:Exact"),
            ("xyz", 10, ""),
            ("kiev", 1, "kiev:Exact"),
            ("kiev", 0, ""),
        ];
        let mut failures = Vec::new();
        for &(query, limit, expected) in cases {
            let got = run(&dict, &search, query, limit);
            if got != expected {
                failures.push(format!("{query:?} (limit {limit}): got {got:?}, expected {expected:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn suggestions_for_misspelled_names() {
        let dict = dict();
        let search = EntrySearch::new(&dict);
        let ids = |q: &str| {
            search
                .suggest(q, 3)
                .into_iter()
                .map(|e| dict.entries[e].id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("Zelinsky"), ["zelensky"]);
        assert_eq!(ids("Zelenksy"), ["zelensky"]); // a transposition is one edit
        assert_eq!(ids("Poutinne"), ["vladimir-poutine"]);
        assert_eq!(ids("Ukriane"), ["ukraine"]);
        assert_eq!(ids("Kyev"), ["kiev"]);
        assert_eq!(ids("Vladim"), ["vladimir", "vladimir-poutine"]);
        for unrelated in ["Zaporijia", "mr", "ine", "Bruxelles", "Macron", "xyz"] {
            assert_eq!(ids(unrelated), Vec::<&str>::new(), "{unrelated}");
        }
    }

    #[test]
    fn empty_query_lists_entries_in_name_order() {
        let dict = dict();
        let names = |limit| {
            search_entries(&dict, "  ", limit)
                .into_iter()
                .map(|(e, _)| dict.entries[e].name.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(100),
            vec![
                "Amérique",
                "États-Unis",
                "Kiev",
                "Maison Blanche",
                "Oblast de Kiev",
                "Ukraine",
                "Vladimir",
                "Vladimir Poutine",
                "Volodymyr Zelensky",
            ]
        );
        assert_eq!(names(2), vec!["Amérique", "États-Unis"]);
    }

    #[test]
    fn ties_are_broken_by_name_whatever_the_dictionary_order() {
        let dict = dict();
        let all = search_entries(&dict, "i", 100);
        // Every entry but "Ukraine"… has an i; all are word prefixes, substrings or fuzzy.
        for pair in all.windows(2) {
            let ((a, qa), (b, qb)) = (pair[0], pair[1]);
            assert!(qa > qb || (qa == qb && fold(&dict.entries[a].name) < fold(&dict.entries[b].name)));
        }
    }
}
