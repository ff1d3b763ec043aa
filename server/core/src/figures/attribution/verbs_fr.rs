//! French reporting verbs: finite forms ("déclare", "a-t-il précisé", "affirme un rapport"),
//! participles after avoir ("a indiqué", "ont recensé"), and the weak verbs that report
//! only before "que" or in an incise ("a assuré que", ", rappelle le ministre"). Nobody
//! reports after "on" ("on estime", "estime-t-on", "dit-on", "l'on rappelle que"), nor in a reflexive ("se dit"); a
//! passive attributes only with its agent ("est estimé par l'ONU à").

use super::verbs::{agent_is_a_text, agentless_participle, has_agent, reduced_with_agent, Verdict};
use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::{Kind, Tok};

/// A weak verb (FrWeak): "assure", "rappelle", "a noté".
pub(super) fn weak(toks: &[Tok<'_>], i: usize) -> Verdict {
    if recorded_by(toks, i) {
        return Verdict::ReducedAgent;
    }
    // A compound passive with its agent: "Un chiffrage de 1,1 million d'euros a été avancé
    // par le cabinet d'études".
    // (Verbs that put a figure forward only: not "soufflées par la même explosion".)
    let forward = ["avanc", "relev", "observ"]
        .iter()
        .any(|p| toks[i].lower.starts_with(p));
    if forward && prev(toks, i) == "été" && has_agent(toks, i) && !agent_is_a_text(toks, i) {
        return Verdict::Agent;
    }
    // A participle with its agent is a passive, not an incise: "Une piste, réclamée par les
    // entraîneurs, coûterait 700 000 euros".
    let w = toks[i].lower.as_ref();
    let participle = ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e));
    // (Past a time or a place: "La cagnotte, lancée au printemps par le conseil, a
    // recueilli 6 350 euros".)
    let passive = participle
        && toks[i + 1..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word())
            .any(|t| t.lower == "par");
    // (Or a lead-in to what follows: "La préfecture rappelle les consignes suivantes :".)
    let lead_in = toks.last().is_some_and(|t| t.is_sym(':'))
        && toks[i + 1..]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "suivantes" | "suivants" | "suivante" | "suivant"));
    if !cues::DETERMINERS_FR.contains(&prev(toks, i))
        && !passive
        && !after_adjective(toks, i)
        && !impersonal(toks, i)
        && (que_or_incise(toks, i)
            || records_a_value(toks, i)
            || claims(toks, i)
            || before_quotation(toks, i)
            || lead_in)
    {
        Verdict::Attributes
    } else {
        Verdict::Nothing
    }
}

/// A record's participle with its agent, no auxiliary: "les causes d'accident relevées par
/// le PGHM", "les températures notées par les observateurs", "relevés samedi par la
/// station" (what the agent recorded, for its clause; not "lancés par la Russie": only
/// verbs of recording).
pub(super) fn recorded_by(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].lower.as_ref();
    let recorded = ["relevé", "noté", "observé", "mesuré", "recensé", "constaté"]
        .iter()
        .any(|p| w.starts_with(p));
    // (Past the day: "relevés samedi par la station de Luxeuil".)
    let by = |k: usize| toks.get(k).is_some_and(|t| t.lower == "par");
    let day = |k: usize| {
        toks.get(k)
            .is_some_and(|t| crate::figures::lexicon::detect::WEEKDAYS.contains(&t.lower.as_ref()) || t.lower == "hier")
    };
    // (Or past where: "Cotations relevées sur le foirail par la chambre d'agriculture".)
    let place = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "sur" | "à" | "au" | "dans" | "en"))
        && (i + 2..toks.len().min(i + 6))
            .take_while(|&k| toks[k].is_word())
            .any(|k| by(k + 1) && k + 1 < toks.len());
    recorded
        && (by(i + 1) || (day(i + 1) && by(i + 2)) || place)
        && !cues::AUXILIARIES.contains(&prev(toks, i))
        && has_agent(toks, i)
        && !agent_is_a_text(toks, i)
}

/// The form is a noun after a determiner and an adjective placed before its noun: "sous la
/// menace d'une nouvelle alerte", "la première annonce".
fn after_adjective(toks: &[Tok<'_>], i: usize) -> bool {
    // ("Il a de nouveau réclamé": an adverb, "again".)
    let again = i >= 2 && toks[i - 2].lower == "de" && toks[i - 1].lower == "nouveau";
    !again
        && i >= 2
        && cues::PRENOMINAL_ADJECTIVES_FR.contains(&toks[i - 1].lower.as_ref())
        && cues::DETERMINERS_FR.contains(&toks[i - 2].lower.as_ref())
}

/// A quotation right after the verb, maybe after a colon: "ironise : « … »", "a salué
/// « une mobilisation exemplaire »" (not "a salué la « ténacité » des équipages").
fn before_quotation(toks: &[Tok<'_>], i: usize) -> bool {
    let at = if toks.get(i + 1).is_some_and(|t| t.is_sym(':')) {
        i + 2
    } else {
        i + 1
    };
    toks.get(at)
        .is_some_and(|t| matches!(t.kind, Kind::Sym('«' | '“' | '"')))
}

/// The token after "pour sa part", "de son côté" (a speaker's aside after the verb) when
/// they stand at `k`, else `k`.
fn past_aside(toks: &[Tok<'_>], k: usize) -> usize {
    let aside = matches!(
        (
            super::lw_at(toks, k),
            super::lw_at(toks, k + 1),
            super::lw_at(toks, k + 2)
        ),
        ("pour", "sa" | "son" | "leur", "part") | ("de", "son" | "leur", "côté")
    );
    if aside {
        k + 3
    } else {
        k
    }
}

/// A weak verb that voices a claim or a forecast without "que": before an infinitive of
/// [`cues::CLAIM_INFINITIVES_FR`] ("assure pouvoir livrer"), or "tabler" before "sur",
/// maybe past an incise ("tablent, sur trois jours, sur 80 000 visiteurs").
fn claims(toks: &[Tok<'_>], i: usize) -> bool {
    // (Past "pour sa part": "assure pour sa part avoir examiné 400 paniers".)
    let next = super::lw_at(toks, past_aside(toks, i + 1));
    // A forecast: "en attendent deux fois plus", "attend 20 000 visiteurs".
    if toks[i].lower.starts_with("attend") {
        let figure = |t: &Tok<'_>| t.num().is_some() || t.is(cl::NUMWORD | cl::APPROX | cl::FIGURE_WORD);
        return toks.get(i + 1).is_some_and(figure) || (prev(toks, i) == "en" && toks.get(i + 1).is_some());
    }
    // A proposal: "a proposé de mobiliser", "propose jeudi d'ajouter" (a day between).
    if toks[i].lower.starts_with("propos") {
        let de = |k: usize| toks.get(k).is_some_and(|t| matches!(t.lower.as_ref(), "de" | "d'"));
        let day = crate::figures::lexicon::detect::WEEKDAYS.contains(&next)
            || matches!(next, "aussi" | "également" | "notamment" | "encore" | "donc");
        // "aurait proposé de…": hearsay, whoever it names.
        let hearsay = matches!(prev(toks, i), "aurait" | "auraient");
        // (Or a sum in a negotiation, counted by "en": "Le syndicat réclame 40 000 euros par
        // salarié ; la direction en propose 10 000", as the majority of corpora label an
        // offer; "propose un logement" is no figure.)
        let counter_offer = prev(toks, i) == "en" && toks.get(i + 1).is_some_and(|t| t.num().is_some());
        // (Or a sum paid to staff, offered in a negotiation: "La direction propose une prime
        // supra-légale de 25 000 euros par salarié"; not "un loyer de 300 euros".)
        let pay = (i + 1..(i + 5).min(toks.len())).any(|k| cues::PAY_NOUNS.contains(&toks[k].lower.as_ref()))
            && (i + 2..(i + 9).min(toks.len())).any(|k| toks[k].num().is_some());
        // (Or a figure as its direct object, past an aside: "Le groupe propose 23 postes de
        // reclassement", "La direction propose de son côté une dizaine de départs
        // volontaires"; not what someone is offered, "On nous propose 80 euros par mois".)
        let d = past_aside(toks, i + 1);
        let offered_to = (i.saturating_sub(2)..i).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "nous" | "vous" | "me" | "m'" | "lui" | "leur" | "te" | "t'"
            )
        });
        // (In a negotiation: jobs, a sum, a rate; not goods on offer, "Les plateformes
        // proposaient 24 000 logements".)
        let negotiated = toks[d..].iter().take(5).any(|t| {
            t.is_sym('%')
                || matches!(
                    t.lower.as_ref(),
                    "postes" | "départs" | "emplois" | "reclassements" | "euros" | "euro" | "€" | "points"
                )
        });
        let direct = toks
            .get(d)
            .is_some_and(|t| t.num().is_some() || (t.is(cl::NUMWORD | cl::APPROX) && !matches!(t.lower.as_ref(), "un" | "une")))
            && negotiated
            && !offered_to
            // (Nor a proposal that describes a subject: "L'opposition, qui avait proposé 300
            // euros par foyer, a voté le texte".)
            && !(i.saturating_sub(2)..i).any(|k| toks[k].lower == "qui");
        return !hearsay && (de(i + 1) || (day && de(i + 2)) || counter_offer || pay || direct);
    }
    // A demand of a figure: "Le syndicat réclame 300 postes".
    if toks[i].lower.starts_with("réclam") && object_figure(toks, i) {
        return true;
    }
    // So is "demander" a figure: "Elle demande deux rotations supplémentaires" (not what
    // someone was asked, "On m'a demandé 900 euros", nor whom: "a demandé à 300
    // personnes").
    if toks[i].lower.starts_with("demand") && !toks[i].lower.ends_with("ant") {
        // (The figure in the verb's own object, before another verb: not "a demandé un
        // recomptage, que la loi autorise sous 0,1 %"; "un" is an article here.)
        let object = toks[i + 1..]
            .iter()
            .take_while(|t| !matches!(t.kind, Kind::Sym(',' | '.' | ';' | ':' | '«' | '»' | '(')) && !t.is(cl::VERB))
            .any(|t| {
                t.num().is_some() || (t.is(cl::NUMWORD | cl::APPROX) && !matches!(t.lower.as_ref(), "un" | "une"))
            });
        let asked = (i.saturating_sub(3)..i).any(|k| {
            matches!(
                toks[k].lower.as_ref(),
                "m'" | "me" | "t'" | "te" | "lui" | "leur" | "nous" | "vous"
            )
        });
        // (Nor an infinitive after "de": "Le texte demandait de plafonner… à 10 %".)
        if object && !asked && !matches!(next, "à" | "aux" | "de" | "d'") {
            return true;
        }
    }
    if !toks[i].lower.starts_with("tabl") {
        return cues::CLAIM_INFINITIVES_FR.contains(&next);
    }
    if next == "sur" {
        return true;
    }
    // Past an adverb: "Il table par ailleurs sur une croissance de 2 %", "tablent désormais
    // sur".
    let adverb = |w: &str| {
        matches!(
            w,
            "par"
                | "ailleurs"
                | "aussi"
                | "désormais"
                | "encore"
                | "toujours"
                | "également"
                | "donc"
                | "plutôt"
                | "même"
                // A time before it: "table cette année sur 40 tonnes".
                | "cette"
                | "cet"
                | "année"
                | "saison"
                | "hiver"
                | "fois"
        )
    };
    if let Some(p) = toks[i + 1..].iter().take(3).position(|t| t.lower == "sur") {
        if toks[i + 1..i + 1 + p].iter().all(|t| adverb(&t.lower)) {
            return true;
        }
    }
    // The incise between commas, then "sur".
    toks.get(i + 1).is_some_and(|t| t.is_sym(','))
        && toks[i + 2..]
            .iter()
            .position(|t| t.is_sym(','))
            .is_some_and(|c| c <= 6 && toks.get(i + 3 + c).is_some_and(|t| t.lower == "sur"))
}

/// A finite form (FrFinite): "déclare", "affirmait", "dit".
pub(super) fn finite(toks: &[Tok<'_>], i: usize) -> Verdict {
    let prev = prev(toks, i);
    // "les aides dites « de minimis »": so-called, an adjective; "vous dites" speaks.
    if matches!(toks[i].lower.as_ref(), "dites" | "dite" | "dits") && prev != "vous" {
        return Verdict::Nothing;
    }
    // "Val-d'Aurèle dit non au parking": a vote, not a report.
    if toks[i].lower.starts_with("di")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "non" | "oui"))
    {
        return Verdict::Nothing;
    }
    if (cues::DETERMINERS_FR.contains(&prev) && !object_pronoun(toks, i))
        || cues::NOT_REPORTING_AFTER_FR.contains(&prev)
        || after_adjective(toks, i)
    {
        return Verdict::Nothing;
    }
    if impersonal(toks, i) {
        return Verdict::Nothing;
    }
    Verdict::Attributes
}

/// "les" before a singular form is the object pronoun, not the article ("l'évaluation les
/// chiffre à 612 milliards"): a noun after the article "les" would be plural.
fn object_pronoun(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].lower.as_ref();
    // Or "l'" before a plural verb after its subject: "Les organisateurs l'annoncent avec le
    // sourire : …" (not "l'annonce", the noun).
    let plural_subject = i >= 2
        && toks[i - 2].is_word()
        && (toks[i - 2].lower.ends_with('s')
            || toks[i - 2].lower.ends_with('x')
            || matches!(toks[i - 2].lower.as_ref(), "ils" | "elles"));
    (prev(toks, i) == "les" && !w.ends_with('s') && !w.ends_with('x'))
        || (prev(toks, i) == "l'" && w.ends_with("ent") && plural_subject)
}

/// "on estime", "l'on rappelle", "estime-t-on", "dit-on": nobody is named (hearsay).
fn impersonal(toks: &[Tok<'_>], i: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    prev(toks, i) == "on"
        || (lw(i + 1) == "-" && lw(i + 2) == "t" && lw(i + 3) == "-" && lw(i + 4) == "on")
        || (lw(i + 1) == "-" && lw(i + 2) == "on")
}

/// A past participle (FrParticiple): active after avoir, passive after être.
pub(super) fn participle(toks: &[Tok<'_>], i: usize) -> Verdict {
    match french_voice(toks, i) {
        Voice::Active => Verdict::Attributes,
        Voice::Passive => {
            // "est fixée à 1 µg/l par l'arrêté du 11 janvier 2007": a text sets the figure,
            // nobody vouches for it.
            if has_agent(toks, i) && agent_is_a_text(toks, i) {
                Verdict::Nothing
            } else if has_agent(toks, i) {
                Verdict::Agent
            } else if cues::is_fr_passive(&toks[i].lower) {
                Verdict::Passive
            } else {
                Verdict::Nothing
            }
        }
        Voice::None => {
            if recorded_by(toks, i) {
                Verdict::ReducedAgent
            } else if agentless_participle(toks, i) {
                Verdict::Passive
            } else if reduced_with_agent(toks, i) || (has_agent(toks, i) && !agent_is_a_text(toks, i)) {
                // "le nombre de suppressions annoncé lundi par le chimiste": what its agent
                // said, for its clause.
                Verdict::ReducedAgent
            } else {
                Verdict::Nothing
            }
        }
    }
}

/// The word before `i`, or "".
fn prev<'t>(toks: &'t [Tok<'_>], i: usize) -> &'t str {
    if i > 0 {
        toks[i - 1].lower.as_ref()
    } else {
        ""
    }
}

/// A weak reporting verb reports before "que" ("a assuré que"), in an incise after a
/// comma or a quote (", a assuré le ministre"), or with an inverted subject ("assure-t-il").
fn que_or_incise(toks: &[Tok<'_>], i: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    if lw(i + 1) == "-" && lw(i + 2) == "t" {
        return true;
    }
    // "assure de son côté que", "relève aussi que", "rappelle d'ailleurs que"
    let que_soon = toks
        .iter()
        .skip(i + 1)
        .take(4)
        .take_while(|t| t.is_word())
        .any(|t| matches!(t.lower.as_ref(), "que" | "qu'"));
    // "Critics note that…": the weak forms English shares ("note", "observe") report right
    // before "that" too ("It assumes a load factor that…" does not).
    if que_soon || lw(i + 1) == "that" {
        return true;
    }
    // "», a-t-il lancé", ", a-t-elle rappelé": the inverted auxiliary before the participle.
    let inverted = i >= 5
        && matches!(toks[i - 1].lower.as_ref(), "il" | "elle" | "ils" | "elles" | "on")
        && toks[i - 2].is_sym('-')
        && toks[i - 3].lower == "t"
        && toks[i - 4].is_sym('-')
        && cues::AVOIR.contains(&toks[i - 5].lower.as_ref())
        && (i == 5 || toks[i - 6].is_sym(',') || toks[i - 6].is_sym('»') || toks[i - 6].is_sym('”'));
    if inverted {
        return true;
    }
    let mut k = i;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let t = &toks[k];
        if t.is_sym(',') || t.is_sym('»') || t.is_sym('”') || t.is_sym('"') {
            // A short quotation with no comma after it is a title, the verb its sentence's:
            // "la comédie « Les Années Parasol » poursuit sa route".
            if !t.is_sym(',') && quoted_words_before(toks, k) < 4 {
                return false;
            }
            // An incise speaks in the present or the past, not the future: "…, avancera
            // les sommes dues" is the verb of the sentence.
            let w = toks[i].lower.as_ref();
            if w.ends_with("ra") || w.ends_with("ront") {
                return false;
            }
            // An incise names its speaker and ends: ", rappelle le ministre.". A figure in
            // the words after the verb is its object: "…, entré en vigueur le 29 octobre,
            // relève le quota à 1,3 million de tonnes".
            return !object_figure(toks, i);
        }
        if !cues::AVOIR.contains(&t.lower.as_ref()) {
            return false;
        }
    }
    false
}

/// The words of the quotation that the mark at `close` ends.
fn quoted_words_before(toks: &[Tok<'_>], close: usize) -> usize {
    toks[..close]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.kind, Kind::Sym('«' | '“' | '"')))
        .filter(|t| t.is_word())
        .count()
}

/// "relever" with a value for object, right after it or after one word ("Météo-France a
/// relevé lundi 46,3 °C"): a measurement its subject made, a source. With a determiner
/// first it means raising something ("relève le quota à 1,3 million").
fn records_a_value(toks: &[Tok<'_>], i: usize) -> bool {
    // "avance un taux de grévistes de 38 %", "avance le chiffre de 300": a figure put forward.
    if toks[i].lower.starts_with("avanc") {
        // (Past "pour sa part": "La CGT avance pour sa part le chiffre de 62 %".)
        let d = past_aside(toks, i + 1);
        return toks.get(d + 1).is_some_and(|t| {
            matches!(
                t.lower.as_ref(),
                "taux" | "chiffre" | "bilan" | "nombre" | "montant" | "estimation" | "total"
            )
        }) && toks
            .get(d)
            .is_some_and(|t| cues::DETERMINERS_FR.contains(&t.lower.as_ref()));
    }
    // Or after an indefinite article, the value within a few words: "a relevé des rafales à
    // 148 km/h", "a relevé un pic de 46 °C" (raising takes the definite one: "relève le
    // quota"). (Or past the noun's complement: "a relevé un déficit de pluie de 45 %".)
    // (A multiple in words too: "a relevé mardi matin des concentrations de particules fines
    // trois fois supérieures au seuil".)
    let indefinite = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.lower.as_ref(), "des" | "un" | "une"))
        && toks[i + 2..]
            .iter()
            .take(6)
            .take_while(|t| t.is_word() || t.num().is_some())
            .any(|t| t.num().is_some() || (t.is(cl::NUMWORD) && !matches!(t.lower.as_ref(), "un" | "une")));
    // (Not in the passive, a price raised: "Le prix de l'abonnement a été relevé à 90
    // euros".)
    let passive = cues::ETRE.contains(&prev(toks, i));
    toks[i].lower.starts_with("relev")
        && !passive
        && (indefinite
            // (Or a number in words: "Elle a relevé trois événements significatifs"; or an
            // approximation: "Bison Futé a relevé jusqu'à six kilomètres de bouchons".)
            || toks
                .get(i + 1)
                .is_some_and(|t| t.num().is_some() || t.is(cl::NUMWORD | cl::APPROX) || t.lower == "jusqu'")
            // (A value below zero: "Météo-France a relevé -5,8 °C".)
            || (toks.get(i + 1).is_some_and(|t| matches!(t.kind, Kind::Sym('-' | '−')))
                && toks.get(i + 2).is_some_and(|t| t.num().is_some()))
            || (toks
                .get(i + 1)
                .is_some_and(|t| t.is_word() && !cues::DETERMINERS_FR.contains(&t.lower.as_ref()))
                && toks.get(i + 2).is_some_and(|t| t.num().is_some()))
            // (Or past where and when, a preposition first: "Météo-France a relevé à
            // Salon-de-Provence, entre mai et octobre, 118 mm de pluie".)
            || (toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.lower.as_ref(), "à" | "au" | "aux" | "en" | "entre" | "dans" | "sur"))
                && toks[i + 2..]
                    .iter()
                    .take(15)
                    .find(|t| t.num().is_some() || !(t.is_word() || matches!(t.kind, Kind::Sym(',' | '-' | '\''))) || t.is(cl::VERB))
                    .is_some_and(|t| t.num().is_some())))
}

/// A quantity between the verb at `i` and the end of its clause (not an hour: ", a lancé
/// à 13h le ministre").
fn object_figure(toks: &[Tok<'_>], i: usize) -> bool {
    let clause = toks[i + 1..]
        .iter()
        .take_while(|t| {
            !matches!(
                t.kind,
                Kind::Sym(',' | '.' | ';' | ':' | '«' | '»' | '“' | '”' | '"' | '(')
            )
        })
        .count();
    (i + 1..i + 1 + clause).any(|k| {
        // (Nor the speaker's age: "», lâche l'apiculteur de 44 ans".)
        let hour = toks
            .get(k + 1)
            .is_some_and(|n| matches!(n.lower.as_ref(), "h" | "heures" | "heure" | "ans"));
        // (The article "un"/"une" after the speaker's name is no figure: "…, a rappelé
        // Gérard Poncet devant une salle comble"; right after the verb it may be the object,
        // "a conclu un bail".)
        // (Nor the speaker's article after a quotation: "», assure un bénévole".)
        let after_quote = i >= 2 && toks[i - 1].is_sym(',') && matches!(toks[i - 2].kind, Kind::Sym('»' | '”' | '"'));
        let article = matches!(toks[k].lower.as_ref(), "un" | "une")
            && ((i + 1..k).any(|q| toks[q].is_capitalized()) || (after_quote && k == i + 1));
        (toks[k].num().is_some() && !hour) || (toks[k].is(cl::NUMWORD | cl::APPROX) && !article)
    })
}

enum Voice {
    Active,
    Passive,
    None,
}

/// Looks back from a French participle for avoir (active) or être (passive).
fn french_voice(toks: &[Tok<'_>], i: usize) -> Voice {
    let mut seen = 0;
    let mut k = i;
    while k > 0 && seen < 6 {
        k -= 1;
        let t = &toks[k];
        match t.kind {
            Kind::Sym('-') => continue,
            Kind::Sym(_) | Kind::Num(_) => return Voice::None,
            Kind::Word => {}
        }
        let w = t.lower.as_ref();
        // A determiner opens a noun phrase that the participle describes, the auxiliary
        // another verb's: "a dégagé une recette estimée à 14 000 euros" (not in an adverbial
        // phrase: "a de son côté estimé", "a pour sa part chiffré").
        // (Not after a coordination: "a salué le vote et estimé que…".)
        if matches!(
            w,
            "un" | "une" | "le" | "la" | "les" | "l'" | "des" | "du" | "son" | "sa" | "ses" | "leur" | "leurs"
        ) && !matches!(prev(toks, i), "et" | "puis" | "ou")
            && k > 0
            && !matches!(
                toks[k - 1].lower.as_ref(),
                "de" | "pour" | "à" | "en" | "par" | "dans" | "sur" | "d'"
            )
        {
            return Voice::None;
        }
        if cues::ETRE.contains(&w) {
            return Voice::Passive;
        }
        if cues::AVOIR.contains(&w) {
            return Voice::Active;
        }
        seen += 1;
    }
    Voice::None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        (
            "L'association assure pour sa part avoir examiné plus de 400 paniers.",
            Attributed,
        ),
        (
            "Un chiffrage de 1,1 million d'euros a été avancé par le cabinet d'études.",
            Attributed,
        ),
        (
            "La CGT, majoritaire, avance pour sa part le chiffre de 62 %.",
            Attributed,
        ),
        // "glisser": a remark in an incise or before "que"; not things slipped in.
        ("« 300 personnes sont venues », glisse le maire.", Attributed),
        ("L'amicale avait glissé 1 500 tracts dans les boîtes.", Unsourced),
        // A participle after the object of another verb describes it: a passive without
        // agent.
        ("La buvette a dégagé une recette estimée à 14 000 euros.", Passive),
        ("La fête a attiré une foule estimée à 4 000 personnes.", Passive),
        ("Le maire a de son côté estimé à 4 000 le nombre de visiteurs.", Attributed),
        (
            "La Chambre a salué le vote et estimé que les primes baisseront de 15 %.",
            Attributed,
        ),
        ("Il a de nouveau réclamé au moins douze systèmes.", Attributed),
        (
            "Une piste, réclamée par les entraîneurs, coûterait environ 700 000 euros.",
            Conditional,
        ),
        // "réclamer": a demand of a figure, or before "que"; not a thing demanded.
        ("Le syndicat réclame 300 postes supplémentaires.", Attributed),
        ("Le syndicat réclame que 300 postes soient créés.", Attributed),
        (
            "Les parents réclament la piste : près de 300 élèves habitent là.",
            Unsourced,
        ),
        // The imperfect's plural persons: a correction quotes the paper's own words.
        (
            "Dans notre édition du 28 novembre, nous indiquions que le centre coûterait 14 millions d'euros.",
            Attributed,
        ),
        (
            "Dans notre édition du 10 octobre, nous écrivions que la médiathèque avait coûté 4,3 millions d'euros.",
            Attributed,
        ),
        ("Les précisions apportées portent sur 300 dossiers.", Unsourced),
        (
            "Il table par ailleurs sur une croissance de 2 % l'an prochain.",
            Attributed,
        ),
        // A forecast voiced; waiting is no report.
        (
            "Les guides de l'office de tourisme en attendent deux fois plus après la réouverture.",
            Attributed,
        ),
        ("La mairie attend 20 000 visiteurs cet été.", Attributed),
        ("Le train attend en gare depuis 300 minutes.", Unsourced),
        ("On attend 8 000 skieurs ce week-end.", Unsourced),
        // A figure put forward; advancing something else is no report.
        ("La direction avance un taux de grévistes de 38 %.", Attributed),
        ("Le front avance de 10 kilomètres.", Unsourced),
        // A measurement with an indefinite article; raising takes the definite one.
        (
            "Météo-France a relevé des rafales à 148 km/h à la pointe de Penmarc'h.",
            Attributed,
        ),
        ("Le décret relève le quota à 1,3 million de tonnes.", Unsourced),
        (
            "Météo-France a relevé un déficit de pluie de 45 % sur le bassin depuis le 1er juin.",
            Attributed,
        ),
        ("Le décret relève un quota, fixé à la hausse, de 45 %.", Unsourced),
        (
            "La cagnotte, lancée au printemps par le conseil, a recueilli 6 350 euros.",
            Unsourced,
        ),
        (
            "Aux heures de pointe, Bison Futé a relevé jusqu'à six kilomètres de bouchons.",
            Attributed,
        ),
        (
            "L'Autorité a relevé trois événements significatifs pendant l'arrêt.",
            Attributed,
        ),
        // A title in quotation marks is no quotation before an incise.
        (
            "Le thriller démarre à 198 500 entrées, tandis que la comédie « Les Années Parasol » poursuit sa route.",
            Unsourced,
        ),
        (
            "« Les recettes ont baissé de 12 % cette année » poursuit le directeur.",
            Attributed,
        ),
        // Disputing a thing is no report; a denial voiced is.
        (
            "Sa fille contestait une donation de 1,8 million d'euros consentie en 2019.",
            Unsourced,
        ),
        ("Le syndicat conteste que 300 postes soient menacés.", Attributed),
        // A proposal voiced before "de"; an offer is no report.
        (
            "Ursula von der Leyen a proposé de mobiliser 25 milliards sur la marge du budget.",
            Attributed,
        ),
        (
            "La Commission a proposé jeudi d'ajouter 37 entreprises à la liste.",
            Attributed,
        ),
        ("La commune propose un loyer de 300 euros aux médecins.", Unsourced),
        ("Elle demande deux rotations supplémentaires le dimanche soir.", Attributed),
        ("« On m'a encore demandé 900 euros de frais. »", Unsourced),
        (
            "La candidate a demandé un recomptage, que la loi autorise sous 0,1 % des voix.",
            Unsourced,
        ),
        (
            "Une pétition demandant une réouverture a recueilli plus de 8 000 signatures.",
            Unsourced,
        ),
        ("La direction propose une prime supra-légale de 25 000 euros par salarié.", Attributed),
        ("Le groupe propose 23 postes de reclassement dans ses deux autres usines.", Attributed),
        ("« On nous propose 80 euros par mois d'aide au retour. »", Unsourced),
        ("Les plateformes proposaient 24 000 logements sur l'île au 15 août.", Unsourced),
        (
            "L'opposition, qui avait proposé 300 euros par foyer, a voté le texte.",
            Unsourced,
        ),
        ("Le prix de l'abonnement a été relevé à 90 euros pour la saison.", Unsourced),
        (
            "Atmo Grand Est a relevé des concentrations de particules fines trois fois supérieures au seuil.",
            Attributed,
        ),
        (
            "Un repreneur aurait proposé de conserver une cinquantaine de postes.",
            Conditional,
        ),
        // The present participle of a subject named before.
        (
            "Zelensky a salué une décision forte, rappelant que son pays avait besoin de dix systèmes.",
            Attributed,
        ),
        (
            "Le ministre, précisant que 300 soldats sont morts, a quitté Kiev.",
            Attributed,
        ),
        // Speech with a tone, before a quotation or in an incise; with an object, a
        // judgement.
        (
            "L'éditorialiste ironise : « Avec trois euros de moins par mois, rien ne change. »",
            Attributed,
        ),
        (
            "« Avec trois euros de moins, rien ne change », raille le maire.",
            Attributed,
        ),
        (
            "Le gouvernement regrette le temps où les touristes affluaient par centaines de milliers.",
            Unsourced,
        ),
        ("Le maire fustige la réforme qui supprime 300 postes.", Unsourced),
        (
            "Dmitri Peskov a salué « une mobilisation exemplaire, avec des dizaines de millions de votants ».",
            Attributed,
        ),
        (
            "Il a salué la « ténacité » des 600 soldats formés en Allemagne.",
            Unsourced,
        ),
        ("Le procureur avait requis 200 000 euros.", Attributed),
        (
            "Elle a peu vendangé : 18 hectolitres à l'hectare, soupire-t-elle.",
            Attributed,
        ),
        // A claim before an infinitive, a forecast with "tabler sur".
        (
            "Le fabricant assure pouvoir livrer une vingtaine d'unités par an.",
            Attributed,
        ),
        ("Il affirme avoir reçu 1 200 demandes.", Attributed),
        (
            "Ses organisateurs tablent, sur trois jours, sur plus de 80 000 visiteurs.",
            Attributed,
        ),
        ("Les organisateurs tablent sur 80 000 visiteurs.", Attributed),
        ("La famille table cette année sur 40 tonnes d'huîtres vendues.", Attributed),
        (
            "« Nous avons perdu deux médecins », a rappelé Gérard Poncet devant une salle comble.",
            Attributed,
        ),
        (
            "Les organisateurs l'annoncent avec le sourire : le festival a attiré 21 500 visiteurs.",
            Attributed,
        ),
        ("Dès l'annonce de 300 suppressions, la grève a commencé.", Unsourced),
        ("Il assure la livraison de 300 chars.", Unsourced),
        ("Le club de tennis de table compte 300 licenciés.", Unsourced),
        ("Autour de la table, sur 300 convives, la moitié est venue.", Unsourced),
        ("Val-d'Aurèle dit non au parking souterrain à 58 %.", Unsourced),
        // Hearsay: "dit-on", with or without a place (the guideline's own example).
        ("Le coût dépasse 180 milliards d'euros, dit-on.", Unsourced),
        ("Le coût dépasse 180 milliards d'euros, dit-on à Bruxelles.", Unsourced),
        ("Le coût dépasse 180 milliards d'euros, dit le commissaire.", Attributed),
        // "les" as the object pronoun before a singular verb; the article before a noun.
        (
            "La dernière évaluation de la Banque mondiale les chiffre à 612 milliards de dollars.",
            Attributed,
        ),
        ("Il a lu les rapports de la veille : 612 logements détruits.", Unsourced),
        (
            "Le coût dépasse 180 milliards d'euros, où l'on rappelle que tout reste ouvert.",
            Unsourced,
        ),
        (
            "Le coût dépasse 180 milliards d'euros, rappelle le commissaire.",
            Attributed,
        ),
        (
            "Le règlement a relevé le plafond des aides dites « de minimis » à 50 000 euros.",
            Unsourced,
        ),
        ("300 civils ont été tués, a indiqué le gouverneur.", Attributed),
        ("300 civils ont été tués, affirme un rapport de l'IISS.", Attributed),
        ("Le bilan dépasse 300 morts, a-t-il précisé.", Attributed),
        ("Le bilan dépasse 300 morts, estime-t-elle.", Attributed),
        ("Les Nations unies ont recensé 300 morts.", Attributed),
        ("Le bilan est estimé par l'ONU à 300 morts.", Attributed),
        ("Le coût est estimé à 300 millions.", Passive),
        ("On estime que 300 soldats sont morts.", Unsourced),
        ("Une note de 300 pages circule.", Unsourced),
        ("Le ministre assure que 300 soldats sont morts.", Attributed),
        ("Le ministre assure la défense de 300 villages.", Unsourced),
        // "conclure": a conclusion before "que" or in an incise, else a deal.
        ("Les enquêteurs ont conclu que 300 soldats sont morts.", Attributed),
        ("Le bilan dépasse 300 morts, conclut le rapport.", Attributed),
        ("Le conseil a conclu un bail qui crée trois emplois.", Unsourced),
        // After a comma, a weak verb with a figure for object is no incise.
        (
            "L'accord, entré en vigueur le 29 octobre, relève le quota à 1,3 million de tonnes par an.",
            Unsourced,
        ),
        (
            "Le quota passe à 1,3 million de tonnes, relève le ministère.",
            Attributed,
        ),
        (
            "Le quota passe à 1,3 million de tonnes, a lancé à 13h le ministre.",
            Attributed,
        ),
        ("Météo-France a relevé lundi 46,3 °C à Vérargues.", Attributed),
        (
            "« L'État nous a retiré 72 millions d'euros en deux ans », a-t-il lancé à la tribune.",
            Attributed,
        ),
        (
            "L'AGS, le régime de garantie des salaires, avancera les sommes dues, soit 2,1 millions d'euros.",
            Unsourced,
        ),
        (
            "La résolution demande que 140 milliards d'euros soient prêtés à Kiev.",
            Attributed,
        ),
        ("La station a relevé 46,3 °C.", Attributed),
        ("La direction en propose 10 000.", Attributed),
        ("La mairie propose un logement à 300 familles.", Unsourced),
        (
            "Météo-France a relevé -5,8 °C à Vouvray dans la nuit du 14 au 15 avril.",
            Attributed,
        ),
        (
            "Météo-France a relevé à Salon-de-Provence, entre mai et octobre, 118 mm de pluie.",
            Attributed,
        ),
        ("Le gouvernement relève en janvier le plafond à 300 euros.", Unsourced),
        ("Le gouvernement a relevé le plafond à 300 euros.", Unsourced),
        // Speech with a tone; findings voiced.
        (
            "« J'ai perdu les trois quarts de ma vendange », souffle Hélène Perrin.",
            Attributed,
        ),
        ("Il souffle les 40 bougies de son gâteau.", Unsourced),
        ("Le CGLPL formule 28 recommandations.", Attributed),
        (
            "« Avec 1 700 euros par mois, on ne tient plus », lâche Kévin Maréchal.",
            Attributed,
        ),
        ("Il lâche 300 euros sur la table.", Unsourced),
        ("L'organisation a revendiqué 6 500 spectateurs.", Attributed),
        ("L'armée de l'air revendique 118 interceptions.", Attributed),
        (
            "Le projet était né d'une pétition lancée par l'association Corbelay Ride, qui revendique 85 adhérents, et signée par plus de 300 habitants.",
            Unsourced,
        ),
        ("« Quatre voix, c'est peu », a réagi Brigitte Lemaître.", Attributed),
        ("Le marché a réagi à la baisse de 3 %.", Unsourced),
        (
            "Le millésime affiche un rendement estimé à 31 hectolitres par hectare.",
            Passive,
        ),
        ("Critics note that fewer than 900 beds were delivered.", Attributed),
        ("They note 300 cases.", Unsourced),
        (
            "Ils ont rétabli 45 000 abonnés, sous la menace d'une nouvelle alerte.",
            Unsourced,
        ),
        ("Under the funding formula, each pupil brings £5,100.", Unsourced),
        // A pledge is an act, not a statement (as every corpus written to the guideline
        // but one labels it).
        ("L'Union européenne a promis 50 milliards d'euros.", Unsourced),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
