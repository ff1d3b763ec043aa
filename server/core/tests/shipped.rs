//! The shipped dictionaries: clean, large enough for the beat, and right on the facts the
//! hovers depend on.

use vigie_core::date::Date;
use vigie_core::dictionary::{Kind, EMBEDDED};
use vigie_core::{Dictionary, Lexicon};

fn shipped() -> Dictionary {
    let (dict, findings) = Dictionary::embedded().expect("shipped dictionaries parse");
    assert!(
        findings.is_empty(),
        "findings in the shipped dictionaries:\n{}",
        findings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
    dict
}

#[test]
fn shipped_dictionaries_are_clean_and_large_enough() {
    let dict = shipped();
    let per_source = |i: usize| dict.entries.iter().filter(|e| e.origin.source == i).count();
    assert_eq!(EMBEDDED[0].0, "actors.toml");
    assert!(per_source(0) >= 890, "{} actors", per_source(0));
    assert!(per_source(1) >= 750, "{} places", per_source(1));
    assert!(dict.entries.len() >= 1670, "{} entries", dict.entries.len());
    // The entries named in README.md.
    assert_eq!((per_source(0), per_source(1)), (892, 778), "update README.md's numbers");
    // Offices (offices.toml), each with its holders from the dated roles.
    assert!(dict.offices.len() >= 60, "{} offices", dict.offices.len());
    for o in &dict.offices {
        assert!(!o.holders.is_empty(), "office {} has no holder", o.id);
        assert!(!o.designations.is_empty(), "office {} has no designation", o.id);
    }
    let places = [Kind::Country, Kind::City, Kind::Region, Kind::Building, Kind::Facility];
    for e in &dict.entries {
        if e.kind != Kind::Other {
            let is_place = places.contains(&e.kind);
            assert_eq!(
                is_place,
                e.origin.source == 1,
                "{} ({:?}) is in the wrong file",
                e.id,
                e.kind
            );
        }
    }
}

#[test]
fn roles_on_the_dates_that_matter() {
    let dict = shipped();
    let holds = |id: &str, date: &str, needle: &str| {
        let e = dict.get(id).unwrap_or_else(|| panic!("no entry {id}"));
        let d = Date::parse_lenient(date).unwrap();
        e.roles
            .iter()
            .any(|r| r.holds_on(d) && r.title.to_lowercase().contains(needle))
    };
    assert!(holds("friedrich-merz", "2025-05-06", "chancelier"));
    assert!(!holds("friedrich-merz", "2025-05-05", "chancelier"));
    assert!(holds("olaf-scholz", "2025-05-05", "chancelier"));
    assert!(!holds("olaf-scholz", "2025-05-07", "chancelier"));
    assert!(holds("keir-starmer", "2024-07-05", "premier ministre"));
    assert!(!holds("keir-starmer", "2024-07-04", "premier ministre"));
    assert!(holds("marco-rubio", "2025-01-21", "secrétaire d"));
    assert!(holds("marco-rubio", "2025-05-01", "sécurité nationale"));
    assert!(holds("donald-trump", "2025-01-20", "président"));
    assert!(!holds("donald-trump", "2023-01-01", "président"));
    assert!(holds("donald-trump", "2018-01-01", "président"));
    // Facts corrected after the 2025 fact-check.
    assert!(holds("andrii-hnatov", "2025-03-16", "chef d'état-major général des"));
    assert!(!holds("andrii-hnatov", "2025-03-15", "chef d'état-major général des"));
    assert!(holds("andrii-hnatov", "2025-03-01", "adjoint"));
    assert!(holds("radoslaw-sikorski", "2025-08-01", "vice-président du conseil"));
    assert!(!holds("radoslaw-sikorski", "2025-07-01", "vice-président du conseil"));
    assert!(holds("radoslaw-sikorski", "2024-01-01", "affaires étrangères"));
    assert!(holds("vladimir-poutine", "2000-01-15", "par intérim"));
    assert!(holds("vladimir-poutine", "1999-09-01", "président du gouvernement"));
    assert!(!holds("vladimir-poutine", "2000-05-07", "président du gouvernement"));
    assert!(holds("serhiy-kyslytsya", "2020-01-10", "onu"));
    assert!(holds("serhiy-kyslytsya", "2025-02-12", "premier vice-ministre"));
    assert!(!holds("serhiy-kyslytsya", "2024-06-01", "premier vice-ministre"));
    assert!(holds("david-lammy", "2025-09-05", "justice"));
    assert!(!holds("david-lammy", "2025-09-05", "affaires étrangères"));
    assert!(holds("keith-kellogg", "2025-04-01", "pour l'ukraine"));
    assert!(!holds("keith-kellogg", "2025-04-01", "et la russie"));
    assert!(holds("bart-de-wever", "2025-02-02", "n-va"));
    assert!(!holds("bart-de-wever", "2025-02-03", "n-va"));
    // `until` is the successor's first day: the outgoing holder is out that day.
    assert!(holds("denys-chmyhal", "2025-07-16", "premier ministre"));
    assert!(!holds("denys-chmyhal", "2025-07-17", "premier ministre"));
    assert!(holds("ioulia-svyrydenko", "2025-07-17", "première ministre"));
    assert!(holds("josep-borrell", "2024-11-30", "haut représentant"));
    assert!(!holds("josep-borrell", "2024-12-01", "haut représentant"));
    assert!(holds("kaja-kallas", "2024-12-01", "haute représentante"));
    assert!(holds("richard-moore", "2025-09-30", "mi6"));
    assert!(!holds("richard-moore", "2025-10-01", "mi6"));
    assert!(holds("teresa-ribera", "2024-12-01", "vice-présidente exécutive"));
    assert!(!holds("yoon-suk-yeol", "2025-04-04", "président"));
    assert!(holds("lee-jae-myung", "2025-06-04", "président"));
}

#[test]
fn the_forms_writers_use_are_found() {
    let lex = Lexicon::new(shipped());
    let cases = [
        ("Poutine a parlé à Putin", "vladimir-poutine", 2),
        ("Zelensky, Zelenskiy, Zelenskyy", "volodymyr-zelensky", 3),
        ("Kiev, Kyiv, Kyïv", "kiev", 3),
        ("l’OTAN et NATO", "otan", 2),
        (
            "l’ISW, l’Institute for the Study of War",
            "institut-pour-l-etude-de-la-guerre",
            2,
        ),
        ("les Etats-Unis et les États-Unis", "etats-unis", 2),
        ("le Kremlin", "kremlin", 1),
        ("Andrii Yermak, Andriy Yermak", "andriy-yermak", 2),
        ("the Russian MoD said", "ministere-russe-de-la-defense", 1),
        ("Russia's Security Council", "conseil-de-securite-russe", 1),
        ("le Congrès a voté, Congress voted", "congres-americain", 2),
        ("l’Europe et les Européens", "europe", 2),
        ("le Sud global, the Global South", "sud-global", 2),
        ("les Baltes", "pays-baltes", 1),
        ("le GUR et le HUR", "gur", 2),
    ];
    for (text, id, count) in cases {
        let want = lex.dict.index_of(id).unwrap_or_else(|| panic!("no entry {id}"));
        let found = lex.find(text).iter().filter(|m| m.entries == [want]).count();
        assert_eq!(found, count, "{text:?} → {id}");
    }
}

/// `«form@id»` marks in `text` → (text without the marks, expected (form, id) pairs).
fn marked(text: &str) -> (String, Vec<(String, String)>) {
    let mut plain = String::new();
    let mut expected = Vec::new();
    let mut rest = text;
    while let Some(a) = rest.find('«') {
        plain.push_str(&rest[..a]);
        let b = rest[a..].find('»').expect("closed mark") + a;
        let (form, id) = rest[a + '«'.len_utf8()..b].split_once('@').expect("form@id");
        plain.push_str(form);
        expected.push((form.to_string(), id.to_string()));
        rest = &rest[b + '»'.len_utf8()..];
    }
    plain.push_str(rest);
    (plain, expected)
}

#[test]
fn names_that_another_body_shares_resolve_in_context() {
    let lexicon = Lexicon::new(shipped());
    #[rustfmt::skip]
    let cases = [
        // A generic name after a nationality or a country is that country's body, never
        // the British ministry or the UN's council.
        "The «Russian MoD@ministere-russe-de-la-defense» said on Monday; the «UK MoD@ministere-britannique-de-la-defense» did not.",
        "«Russia's Security Council@conseil-de-securite-russe» met after the «UN Security Council@conseil-de-securite-de-l-onu».",
        "«Russia’s Security Council@conseil-de-securite-russe» met.",
        "The «Security Council of the Russian Federation@conseil-de-securite-russe» met.",
        "«Moscow's Security Council@conseil-de-securite-russe» met.",
        "«Russia's Defence Ministry@ministere-russe-de-la-defense» and the «Ministry of Defence of the Russian Federation@ministere-russe-de-la-defense».",
        "Le secrétaire du «Conseil de sécurité de la Fédération de Russie@conseil-de-securite-russe» a parlé.",
        "Le «ministère russe de la Défense@ministere-russe-de-la-defense» et le «ministère britannique de la Défense@ministere-britannique-de-la-defense».",
        // Acronyms in title case where the entry says so, never the common word.
        "Selon l'«Iris@iris», l'«IRIS@iris» et l'iris de l'œil ; l'«Otan@otan», l'«OTAN@otan», l'«Ifri@ifri», l'«Unesco@unesco».",
    ];
    for case in cases {
        let (text, expected) = marked(case);
        let found: Vec<(String, String)> = lexicon
            .find(&text)
            .into_iter()
            .map(|m| {
                let ids: Vec<&str> = m.entries.iter().map(|&i| lexicon.dict.entries[i].id.as_str()).collect();
                (text[m.range].to_string(), ids.join("|"))
            })
            .collect();
        assert_eq!(found, expected, "{text}");
    }
}

#[test]
fn the_beat_is_covered() {
    let lexicon = Lexicon::new(shipped());
    // One name per category the desk cites, each matched to an entry of its kind.
    #[rustfmt::skip]
    let names: &[(&str, Kind)] = &[
        ("ISW", Kind::ThinkTank), ("Ifri", Kind::ThinkTank), ("FMES", Kind::ThinkTank),
        ("Michael Kofman", Kind::Person), ("Andrea Kendall-Taylor", Kind::Person), ("Pierre Razoux", Kind::Person),
        ("AFP", Kind::Media), ("Interfax", Kind::Media), ("UNIAN", Kind::Media), ("Meduza", Kind::Media),
        ("Mediapart", Kind::Media), ("Frankfurter Allgemeine Zeitung", Kind::Media),
        ("Congrès", Kind::Institution), ("Bundestag", Kind::Institution), ("Rada", Kind::Institution),
        ("Douma", Kind::Institution), ("Sejm", Kind::Institution),
        ("CPI", Kind::Institution), ("BCE", Kind::Institution), ("Banque de Russie", Kind::Institution),
        ("Flotte de la mer Noire", Kind::Military), ("Armée populaire de libération", Kind::Military),
        ("Sud global", Kind::Region),
    ];
    for (name, kind) in names {
        let text = format!("Selon {name}, rien.");
        let found = lexicon.find(&text);
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        let kinds: Vec<Kind> = found[0].entries.iter().map(|&i| lexicon.dict.entries[i].kind).collect();
        assert!(kinds.contains(kind), "{name}: {kinds:?}");
    }
    // Blocs named as actors: one entry for "l'Europe" of geography and of politics.
    for text in [
        "l'Europe doit s'armer",
        "aux confins de l’Europe",
        "l'Occident",
        "les Baltes",
    ] {
        let found = lexicon.find(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].entries.len(), 1, "{text}: not ambiguous");
    }
}
