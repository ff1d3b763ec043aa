//! The hover card of a mention: Markdown, in the article's language.

use std::fmt::Write;

use crate::date::{Date, PartialDate, MONTHS_EN, MONTHS_FR};
use crate::dictionary::{Dictionary, Entry, Kind, Role};
use crate::lang::Lang;
use crate::present::{counts_label, recent_list, CorpusFacts};

/// What a hover card depends on beyond the entries.
#[derive(Debug, Clone)]
pub struct HoverContext<'a> {
    /// The article's date, or today's.
    pub date: Date,
    /// Whether `date` comes from the article (else it is today's).
    pub dated_article: bool,
    pub lang: Lang,
    /// House style whose `preferred` spelling is shown (`default` when the newsroom set none).
    pub house_style: &'a str,
}

/// The Markdown card for a mention of `entries` (several when the mention is ambiguous),
/// without what the corpus knows: [`card`] with no corpus facts.
pub fn render(dict: &Dictionary, entries: &[usize], ctx: &HoverContext) -> String {
    card(dict, entries, ctx, None)
}

/// The card of a role phrase ("le président russe"): the phrase and its holder on the
/// article's date on the first line ([`crate::roles::role_line`]), then the holder's card.
pub fn role_card(
    dict: &Dictionary,
    phrase: &str,
    entries: &[usize],
    ctx: &HoverContext,
    corpus: Option<&CorpusFacts>,
) -> String {
    let line = crate::roles::role_line(phrase, dict, entries, ctx.date, ctx.lang);
    format!("{line}\n\n{}", card(dict, entries, ctx, corpus))
}

/// The whole card. For each entry, first what a glance needs: its name, kind and country,
/// the role it held on the article's date (one line), and how often the corpus cites it
/// (`corpus`: for a mention of one entry, `None` while the index is busy); then the
/// description, other forms (at most [`MAX_FORMS`], then "+N"), house spelling, Wikidata,
/// and the recent articles, one per line. Paragraphs are single lines: the client wraps.
pub fn card(dict: &Dictionary, entries: &[usize], ctx: &HoverContext, corpus: Option<&CorpusFacts>) -> String {
    let mut out = String::new();
    if entries.len() > 1 {
        let _ = match ctx.lang {
            Lang::Fr => writeln!(out, "*Mention ambiguë : {} entrées possibles.*\n", entries.len()),
            Lang::En => writeln!(out, "*Ambiguous mention: {} possible entries.*\n", entries.len()),
        };
    }
    let facts = match entries {
        [_] => corpus,
        _ => None,
    };
    let cards: Vec<String> = entries
        .iter()
        .map(|&idx| {
            let mut card = String::new();
            render_entry(&mut card, dict, &dict.entries[idx], ctx, facts);
            card.trim_end().to_string()
        })
        .collect();
    out.push_str(&cards.join("\n\n---\n\n"));
    out
}

/// How many other forms a card lists before "+N".
pub const MAX_FORMS: usize = 4;

/// Typographic apostrophes in text from the dictionaries: one style throughout what a
/// journalist reads (’), whatever the dictionary file typed.
pub fn typo(s: &str) -> String {
    s.replace('\'', "’")
}

/// The last date a dictionary fact about an entry's roles is known to have happened by:
/// the end of the latest `since` or `until` (partial dates to their last day).
fn latest_role_fact(e: &Entry) -> Option<Date> {
    e.roles
        .iter()
        .flat_map(|r| [r.since, r.until])
        .flatten()
        .map(PartialDate::last_day)
        .max()
}

fn render_entry(out: &mut String, dict: &Dictionary, e: &Entry, ctx: &HoverContext, facts: Option<&CorpusFacts>) {
    let fr = ctx.lang == Lang::Fr;
    let colon = colon(ctx.lang);
    let name = e.display_name(ctx.lang);
    let _ = write!(out, "**{}** · {}", typo(name), kind_label(e.kind, ctx.lang));
    if let Some(country) = e.country.as_deref().and_then(|id| dict.get(id)) {
        if country.id != e.id {
            let _ = write!(out, " · {}", typo(country.display_name(ctx.lang)));
        }
    }
    out.push_str("\n\n");

    // The roles held on the date, in one line.
    let current: Vec<&Role> = e.roles.iter().filter(|r| r.holds_on(ctx.date)).collect();
    if !e.roles.is_empty() {
        let when = long_date(ctx.date, ctx.lang);
        let when = match (ctx.dated_article, fr) {
            (true, true) => format!("Au {when} (date de l’article)"),
            (false, true) => format!("Au {when} (aujourd’hui)"),
            (true, false) => format!("On {when} (article date)"),
            (false, false) => format!("On {when} (today)"),
        };
        if current.is_empty() {
            let none = if fr {
                "aucun rôle connu à cette date"
            } else {
                "no known role on that date"
            };
            let _ = writeln!(out, "{when}{colon} {none}.\n");
        } else {
            // A role held on the date is told from its start only: its end, if the
            // dictionary knows it, comes after the article.
            let roles: Vec<String> = current.iter().map(|r| role_line(r, ctx.lang, false)).collect();
            let sep = if fr { " ; " } else { "; " };
            let _ = writeln!(out, "{when}{colon} {}.\n", roles.join(sep));
        }
    }

    // What the corpus knows, at a glance.
    if let Some(f) = facts.filter(|f| f.articles > 0) {
        let mut label = counts_label(f.articles, f.mentions, ctx.lang);
        label[..1].make_ascii_uppercase();
        let _ = writeln!(out, "*{label}.*\n");
    }

    // The description. With dated roles, the free-text one (written as of today) is shown
    // only on or after the date of every role change the dictionary knows, so that a card for an
    // older article never tells what happened after it; before that, the roles tell.
    let description = match ctx.lang {
        Lang::En => e.description_en.as_deref().unwrap_or(&e.description),
        Lang::Fr => &e.description,
    };
    let timely = !ctx.dated_article || latest_role_fact(e).is_none_or(|last| ctx.date >= last);
    if timely && !description.is_empty() {
        let _ = writeln!(out, "{}\n", typo(description));
    }
    if current.is_empty() {
        let last = e
            .roles
            .iter()
            .filter(|r| r.until.is_some_and(|u| u.first_day() <= ctx.date))
            .max_by_key(|r| r.until.map(PartialDate::last_day));
        if let Some(r) = last {
            let label = if fr { "Dernier rôle" } else { "Last role" };
            let _ = writeln!(out, "{label}{colon} {}\n", role_line(r, ctx.lang, true));
        }
    }

    let mut forms: Vec<&str> = Vec::new();
    for f in std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(|a| a.form.as_str())) {
        if f != name && !forms.contains(&f) {
            forms.push(f);
        }
    }
    if !forms.is_empty() {
        let label = if fr { "Autres formes" } else { "Other forms" };
        let mut shown: Vec<String> = forms.iter().take(MAX_FORMS).map(|f| typo(f)).collect();
        if forms.len() > MAX_FORMS {
            shown.push(format!("+{}", forms.len() - MAX_FORMS));
        }
        let _ = writeln!(out, "{label}{colon} {}\n", shown.join(", "));
    }
    let style = e.house_spelling(ctx.house_style, ctx.lang);
    if let Some(spelling) = style {
        let label = if fr { "Graphie maison" } else { "House spelling" };
        let _ = writeln!(out, "{label} ({}){colon} **{}**\n", ctx.house_style, typo(spelling));
    }
    if let Some(q) = &e.wikidata {
        let _ = writeln!(out, "[Wikidata {q}](https://www.wikidata.org/wiki/{q})\n");
    }
    if let Some(f) = facts.filter(|f| !f.recent.is_empty()) {
        out.push_str(&recent_list(&f.recent, ctx.lang));
    }
}

/// A colon as each language sets it: French puts a space before it.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => " :",
        Lang::En => ":",
    }
}

/// A role and its dates; `with_end: false` leaves out its end (a role held on the card's
/// date: its end is later).
fn role_line(r: &Role, lang: Lang, with_end: bool) -> String {
    let title = match lang {
        Lang::En => r.title_en.as_deref().unwrap_or(&r.title),
        Lang::Fr => &r.title,
    };
    let mut s = typo(title);
    let until = if with_end { r.until } else { None };
    if r.acting {
        s.push_str(if lang == Lang::Fr {
            " (par intérim)"
        } else {
            " (acting)"
        });
    }
    let span = match (r.since, until, lang) {
        (Some(a), Some(b), Lang::Fr) => format!("du {} au {}", partial_date(a, lang), partial_date(b, lang)),
        (Some(a), None, Lang::Fr) => format!("depuis {}", partial_since_fr(a)),
        (None, Some(b), Lang::Fr) => format!("jusqu’au {}", partial_date(b, lang)),
        (Some(a), Some(b), Lang::En) => {
            format!("from {} to {}", partial_date(a, lang), partial_date(b, lang))
        }
        (Some(a), None, Lang::En) => format!("since {}", partial_date(a, lang)),
        (None, Some(b), Lang::En) => format!("until {}", partial_date(b, lang)),
        (None, None, _) => String::new(),
    };
    if !span.is_empty() {
        s.push_str(", ");
        s.push_str(&span);
    }
    s
}

/// An entry in one line, for a status bar: name, kind and the roles held on the date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub name: String,
    /// [`kind_label`] in the context's language.
    pub kind: &'static str,
    /// Titles held on the date, in the context's language ("(par intérim)" when acting).
    pub roles: Vec<String>,
}

impl Summary {
    /// "Friedrich Merz · chancelier fédéral d’Allemagne", or "Kiev · ville" without a role.
    pub fn line(&self) -> String {
        match self.roles.first() {
            Some(role) => format!("{} · {role}", self.name),
            None => format!("{} · {}", self.name, self.kind),
        }
    }
}

/// The [`Summary`] of an entry on the context's date.
pub fn summary(e: &Entry, ctx: &HoverContext) -> Summary {
    let roles = e
        .roles
        .iter()
        .filter(|r| r.holds_on(ctx.date))
        .map(|r| {
            let title = match ctx.lang {
                Lang::En => r.title_en.as_deref().unwrap_or(&r.title),
                Lang::Fr => &r.title,
            };
            let title = typo(title);
            match (r.acting, ctx.lang) {
                (false, _) => title,
                (true, Lang::Fr) => format!("{title} (par intérim)"),
                (true, Lang::En) => format!("{title} (acting)"),
            }
        })
        .collect();
    Summary {
        name: typo(e.display_name(ctx.lang)),
        kind: kind_label(e.kind, ctx.lang),
        roles,
    }
}

/// "depuis le 6 mai 2025", "depuis mai 2025", "depuis 2025".
fn partial_since_fr(d: PartialDate) -> String {
    match d.day {
        Some(_) => format!("le {}", partial_date(d, Lang::Fr)),
        None => partial_date(d, Lang::Fr),
    }
}

fn month_name(m: u8, lang: Lang) -> &'static str {
    let i = usize::from(m.clamp(1, 12) - 1);
    match lang {
        Lang::Fr => MONTHS_FR[i],
        Lang::En => MONTHS_EN[i],
    }
}

/// A role date as a journalist reads it: "6 mai 2025", "mai 2025", "2025".
pub fn partial_date(d: PartialDate, lang: Lang) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => long_date(
            Date {
                year: d.year,
                month: m,
                day,
            },
            lang,
        ),
        (Some(m), None) => format!("{} {}", month_name(m, lang), d.year),
        _ => d.year.to_string(),
    }
}

/// "15 juin 2025", "1er mai 2025", "15 June 2025".
pub fn long_date(d: Date, lang: Lang) -> String {
    let day = if lang == Lang::Fr && d.day == 1 {
        "1er".to_string()
    } else {
        d.day.to_string()
    };
    format!("{day} {} {}", month_name(d.month, lang), d.year)
}

/// The kind of an entry, as a journalist reads it.
pub fn kind_label(kind: Kind, lang: Lang) -> &'static str {
    let (fr, en) = match kind {
        Kind::Person => ("personnalité", "person"),
        Kind::Organisation => ("organisation", "organisation"),
        Kind::Institution => ("institution", "institution"),
        Kind::Military => ("forces armées", "armed forces"),
        Kind::Media => ("média", "media"),
        Kind::ThinkTank => ("centre de recherche", "think tank"),
        Kind::Country => ("pays", "country"),
        Kind::City => ("ville", "city"),
        Kind::Region => ("région", "region"),
        Kind::Building => ("bâtiment", "building"),
        Kind::Facility => ("site", "facility"),
        Kind::Other => ("autre", "other"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// The kind of an entry, in the plural: the name of a group of entries.
pub fn kind_plural(kind: Kind, lang: Lang) -> &'static str {
    let (fr, en) = match kind {
        Kind::Person => ("Personnalités", "People"),
        Kind::Organisation => ("Organisations", "Organisations"),
        Kind::Institution => ("Institutions", "Institutions"),
        Kind::Military => ("Forces armées", "Armed forces"),
        Kind::Media => ("Médias", "Media"),
        Kind::ThinkTank => ("Centres de recherche", "Think tanks"),
        Kind::Country => ("Pays", "Countries"),
        Kind::City => ("Villes", "Cities"),
        Kind::Region => ("Régions", "Regions"),
        Kind::Building => ("Bâtiments", "Buildings"),
        Kind::Facility => ("Sites", "Facilities"),
        Kind::Other => ("Autres", "Other"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}
