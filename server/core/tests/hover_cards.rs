//! Hover cards as a journalist reads them: snapshots (expect-test; `UPDATE_EXPECT=1` to
//! rewrite after a deliberate change).

use expect_test::{expect, Expect};
use vigie_core::date::Date;
use vigie_core::hover::{render, summary, HoverContext};
use vigie_core::lang::Lang;
use vigie_core::{Dictionary, Lexicon};

const DICT: &str = r#"
[[entry]]
id = "allemagne"
name = "Allemagne"
kind = "country"
description = "État fédéral d'Europe centrale."
description_en = "Federal state in central Europe."

[[entry]]
id = "friedrich-merz"
name = "Friedrich Merz"
kind = "person"
description = "Homme politique allemand (CDU)."
description_en = "German politician (CDU)."
aliases = ["Merz"]
country = "allemagne"
wikidata = "Q62784"
roles = [
  { title = "chancelier fédéral d'Allemagne", title_en = "Federal Chancellor of Germany", since = "2025-05-06" },
  { title = "président de la CDU", title_en = "Leader of the CDU", since = "2022-01" },
]

[[entry]]
id = "olaf-scholz"
name = "Olaf Scholz"
kind = "person"
description = "Homme politique allemand (SPD)."
aliases = ["Scholz"]
country = "allemagne"
roles = [{ title = "chancelier fédéral d'Allemagne", since = "2021-12-08", until = "2025-05-06" }]

[[entry]]
id = "kiev"
name = "Kiev"
kind = "city"
description = "Capitale de l'Ukraine."
aliases = ["Kyiv", "Kyïv"]
preferred = { default = "Kiev", liberation = "Kyiv" }

[[entry]]
id = "georgie"
name = "Géorgie"
kind = "country"
description = "Pays du Caucase."
aliases = [{ form = "Géorgie", ambiguous = true }]

[[entry]]
id = "georgie-us"
name = "État de Géorgie"
kind = "region"
description = "État du sud-est des États-Unis."
aliases = [{ form = "Géorgie", ambiguous = true }]
"#;

fn card(text: &str, date: &str, lang: Lang, style: &str, expect: Expect) {
    let (dict, findings) = Dictionary::load(&[("t.toml", DICT)]).unwrap();
    assert!(findings.is_empty(), "{findings:?}");
    let lex = Lexicon::new(dict);
    let m = lex.find(text).into_iter().next().expect("a mention");
    let ctx = HoverContext {
        date: Date::parse_lenient(date).unwrap(),
        dated_article: true,
        lang,
        house_style: style,
    };
    expect.assert_eq(&render(&lex.dict, &m.entries, &ctx));
}

#[test]
fn merz_as_chancellor() {
    card(
        "Friedrich Merz",
        "2025-06-15",
        Lang::Fr,
        "default",
        expect![[r#"
            **Friedrich Merz** · personnalité · Allemagne

            Homme politique allemand (CDU).

            Au 15 juin 2025 (date de l’article) :
            - chancelier fédéral d'Allemagne, depuis le 6 mai 2025
            - président de la CDU, depuis janvier 2022

            Autres formes : Merz

            [Wikidata Q62784](https://www.wikidata.org/wiki/Q62784)"#]],
    );
}

#[test]
fn merz_before_the_chancellery_in_english() {
    card(
        "Merz",
        "2024-11-20",
        Lang::En,
        "default",
        expect![[r#"
            **Friedrich Merz** · person · Allemagne

            German politician (CDU).

            On 20 November 2024 (article date):
            - Leader of the CDU, since January 2022

            Other forms: Merz

            [Wikidata Q62784](https://www.wikidata.org/wiki/Q62784)"#]],
    );
}

#[test]
fn scholz_after_the_handover() {
    card(
        "Scholz",
        "2025-05-06",
        Lang::Fr,
        "default",
        expect![[r#"
            **Olaf Scholz** · personnalité · Allemagne

            Homme politique allemand (SPD).

            Au 6 mai 2025 (date de l’article) : aucun rôle connu à cette date.

            Dernier rôle : chancelier fédéral d'Allemagne, du 8 décembre 2021 au 6 mai 2025

            Autres formes : Scholz"#]],
    );
}

#[test]
fn house_style_and_ambiguity() {
    card(
        "Kyïv",
        "2025-01-01",
        Lang::Fr,
        "liberation",
        expect![[r#"
            **Kiev** · ville

            Capitale de l'Ukraine.

            Autres formes : Kyiv, Kyïv

            Graphie maison (liberation) : **Kyiv**"#]],
    );
    card(
        "en Géorgie",
        "2025-01-01",
        Lang::Fr,
        "default",
        expect![[r#"
            *Mention ambiguë : 2 entrées possibles.*

            **Géorgie** · pays

            Pays du Caucase.

            ---

            **État de Géorgie** · région

            État du sud-est des États-Unis.

            Autres formes : Géorgie"#]],
    );
}

/// The one-line summary (the status bar's) on a date, in a language.
fn line(id: &str, date: &str, lang: Lang) -> String {
    let (dict, _) = Dictionary::load(&[("t.toml", DICT)]).unwrap();
    let ctx = HoverContext {
        date: Date::parse_lenient(date).unwrap(),
        dated_article: true,
        lang,
        house_style: "default",
    };
    summary(dict.get(id).unwrap(), &ctx).line()
}

#[test]
fn summaries_follow_the_date_and_the_language() {
    let cases = [
        (
            "friedrich-merz",
            "2025-06-15",
            Lang::Fr,
            "Friedrich Merz · chancelier fédéral d'Allemagne",
        ),
        (
            "friedrich-merz",
            "2025-06-15",
            Lang::En,
            "Friedrich Merz · Federal Chancellor of Germany",
        ),
        // Before the chancellery, the party role is the one held.
        (
            "friedrich-merz",
            "2024-03-01",
            Lang::Fr,
            "Friedrich Merz · président de la CDU",
        ),
        // The handover day belongs to the successor: Scholz holds nothing, so his kind shows.
        ("olaf-scholz", "2025-05-06", Lang::Fr, "Olaf Scholz · personnalité"),
        // No English title: the French one.
        (
            "olaf-scholz",
            "2025-05-05",
            Lang::En,
            "Olaf Scholz · chancelier fédéral d'Allemagne",
        ),
        ("kiev", "2025-01-01", Lang::En, "Kiev · city"),
    ];
    for (id, date, lang, expected) in cases {
        assert_eq!(line(id, date, lang), expected, "{id} on {date} ({lang:?})");
    }
}
