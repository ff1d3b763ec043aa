//! Hover cards as a journalist reads them: snapshots (expect-test; `UPDATE_EXPECT=1` to
//! rewrite after a deliberate change).

use expect_test::{expect, Expect};
use vigie_core::date::Date;
use vigie_core::hover::{card as full_card, render, role_card, summary, HoverContext};
use vigie_core::lang::Lang;
use vigie_core::present::{CorpusFacts, RecentArticle};
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
id = "russie"
name = "Russie"
name_en = "Russia"
kind = "country"
description = "État d'Europe orientale et d'Asie du Nord."
description_en = "State in eastern Europe and northern Asia."
aliases = ["Russia", "Fédération de Russie", "Russian Federation", "Rossiya", "RF", "Moscou"]

[[entry]]
id = "vladimir-poutine"
name = "Vladimir Poutine"
name_en = "Vladimir Putin"
kind = "person"
description = "Président de la Fédération de Russie."
description_en = "President of Russia."
aliases = ["Poutine", "Putin", "Vladimir Putin"]
country = "russie"
roles = [{ title = "président de la Fédération de Russie", title_en = "President of Russia", since = "2012-05-07" }]

[[entry]]
id = "serguei-choigou"
name = "Sergueï Choïgou"
kind = "person"
description = "Ancien ministre russe de la Défense, secrétaire du Conseil de sécurité depuis mai 2024."
aliases = ["Choïgou", "Shoigu"]
country = "russie"
roles = [
  { title = "ministre de la Défense de Russie", since = "2012-11-06", until = "2024-05-12" },
  { title = "secrétaire du Conseil de sécurité de Russie", since = "2024-05-12" },
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
variants = ["Kyiv", "Kyïv"]
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
    card_with(text, date, lang, style, None, expect)
}

fn card_with(text: &str, date: &str, lang: Lang, style: &str, facts: Option<&CorpusFacts>, expect: Expect) {
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
    let out = match facts {
        None => render(&lex.dict, &m.entries, &ctx),
        Some(f) => full_card(&lex.dict, &m.entries, &ctx, Some(f)),
    };
    expect.assert_eq(&out);
}

#[test]
fn counts_first_then_description_then_recent_articles_one_per_line() {
    let facts = CorpusFacts {
        articles: 3,
        mentions: 7,
        recent: vec![
            RecentArticle {
                title: "Le Kremlin répond à Washington",
                path: "/desk/2025/kremlin.md",
                link: Some("file:///desk/2025/kremlin.md".into()),
                date: Some(Date::parse_lenient("2025-06-10").unwrap()),
            },
            RecentArticle {
                title: "",
                path: "/desk/2025/sans-titre.md",
                link: None,
                date: None,
            },
        ],
    };
    card_with(
        "Vladimir Poutine",
        "2025-06-15",
        Lang::Fr,
        "default",
        Some(&facts),
        expect![[r#"
            **Vladimir Poutine** · personnalité · Russie

            Au 15 juin 2025 (date de l’article) : président de la Fédération de Russie, depuis le 7 mai 2012.

            *Cité dans 3 articles, 7 mentions.*

            Président de la Fédération de Russie.

            Autres formes : Poutine, Putin, Vladimir Putin

            ---

            Articles récents :

            - [Le Kremlin répond à Washington](file:///desk/2025/kremlin.md) (2025-06-10)
            - sans-titre.md"#]],
    );
}

#[test]
fn an_english_card_is_english_throughout() {
    card(
        "Putin",
        "2025-06-15",
        Lang::En,
        "default",
        expect![[r#"
            **Vladimir Putin** · person · Russia

            On 15 June 2025 (article date): President of Russia, since 7 May 2012.

            President of Russia.

            Other forms: Vladimir Poutine, Poutine, Putin"#]],
    );
    card(
        "Russian Federation",
        "2025-06-15",
        Lang::En,
        "liberation",
        expect![[r#"
            **Russia** · country

            State in eastern Europe and northern Asia.

            Other forms: Russie, Fédération de Russie, Russian Federation, Rossiya, +2"#]],
    );
    card(
        "Kyiv",
        "2025-01-01",
        Lang::En,
        "liberation",
        expect![[r#"
            **Kiev** · city

            Capitale de l’Ukraine.

            Other forms: Kyiv, Kyïv

            House spelling (liberation): **Kyiv**"#]],
    );
}

#[test]
fn a_card_dated_before_a_fact_does_not_tell_it() {
    // In March 2024 Shoigu is minister; his free-text description (as of today) tells of
    // the May 2024 move: it is left out, and the role held has no end date.
    card(
        "Choïgou",
        "2024-03-01",
        Lang::Fr,
        "default",
        expect![[r#"
            **Sergueï Choïgou** · personnalité · Russie

            Au 1er mars 2024 (date de l’article) : ministre de la Défense de Russie, depuis le 6 novembre 2012.

            Autres formes : Choïgou, Shoigu"#]],
    );
    // After the move, the description is timely again.
    card(
        "Choïgou",
        "2024-06-01",
        Lang::Fr,
        "default",
        expect![[r#"
            **Sergueï Choïgou** · personnalité · Russie

            Au 1er juin 2024 (date de l’article) : secrétaire du Conseil de sécurité de Russie, depuis le 12 mai 2024.

            Ancien ministre russe de la Défense, secrétaire du Conseil de sécurité depuis mai 2024.

            Autres formes : Choïgou, Shoigu"#]],
    );
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

            Au 15 juin 2025 (date de l’article) : chancelier fédéral d’Allemagne, depuis le 6 mai 2025 ; président de la CDU, depuis janvier 2022.

            Homme politique allemand (CDU).

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

            On 20 November 2024 (article date): Leader of the CDU, since January 2022.

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

            Au 6 mai 2025 (date de l’article) : aucun rôle connu à cette date.

            Homme politique allemand (SPD).

            Dernier rôle : chancelier fédéral d’Allemagne, du 8 décembre 2021 au 6 mai 2025

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

            Capitale de l’Ukraine.

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
            "Friedrich Merz · chancelier fédéral d’Allemagne",
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
            "Olaf Scholz · chancelier fédéral d’Allemagne",
        ),
        ("kiev", "2025-01-01", Lang::En, "Kiev · city"),
    ];
    for (id, date, lang, expected) in cases {
        assert_eq!(line(id, date, lang), expected, "{id} on {date} ({lang:?})");
    }
}

/// A role phrase's card: the phrase and its holder on the article's date, then the holder's
/// card (shipped dictionaries, where the offices are).
#[test]
fn a_role_phrase_opens_with_its_holder_on_the_date() {
    let (dict, _) = Dictionary::embedded().unwrap();
    let lex = Lexicon::new(dict);
    let role = |text: &str, date: &str, lang: Lang| -> String {
        let date = Date::parse_lenient(date).unwrap();
        let m = lex
            .find_on(text, Some(date))
            .into_iter()
            .find(|m| m.via_role.is_some())
            .expect("a role phrase");
        let ctx = HoverContext {
            date,
            dated_article: true,
            lang,
            house_style: "default",
        };
        let card = role_card(&lex.dict, &text[m.range.clone()], &m.entries, &ctx, None);
        card.lines().next().unwrap_or_default().to_string()
    };
    expect!["*le président russe* → **Vladimir Poutine** (au 1er juin 2025)"].assert_eq(&role(
        "Hier, le président   russe a parlé.",
        "2025-06-01",
        Lang::Fr,
    ));
    expect!["*le président ukrainien* → **Petro Porochenko** (au 1er juin 2018)"].assert_eq(&role(
        "Hier, le président ukrainien a parlé.",
        "2018-06-01",
        Lang::Fr,
    ));
    expect!["*The Russian president* → **Vladimir Putin** (on 1 June 2025)"].assert_eq(&role(
        "The Russian president spoke.",
        "2025-06-01",
        Lang::En,
    ));
}
