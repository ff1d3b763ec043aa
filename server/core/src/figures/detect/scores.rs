//! Not a figure: a sports or election score, the public record of a witnessed result
//! ("s'est imposé 3-1", "par 28 à 17", "Sweden 1 – 0 Korea", "Chicago (41-41)", "le but du
//! 1-0"). A season average or total stays a figure ("24 points par match").
//!
//! Two small whole numbers joined by a dash (any spacing) or by "à"/"to" are a score when
//! nothing after them makes them a range of a quantity (a unit, "%", a lower-case noun),
//! and when the sentence speaks of a result (a word of the lexicon's SCORE_CUES: "bat",
//! "victoire", "mi-temps", "defeated", "won"), the pair stands alone in brackets, or a
//! name follows it (a team).

use super::{Number, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect as lex;
use crate::figures::tokens::{NumInfo, Tok};

/// The largest side of a score: basketball reaches the low hundreds.
const MAX_SIDE: u64 = 200;

/// A whole, ungrouped number up to [`MAX_SIDE`].
fn side(t: Option<&Tok<'_>>) -> bool {
    t.and_then(Tok::num)
        .is_some_and(|n| !n.grouped && !n.decimal && n.value.is_some_and(|v| v <= MAX_SIDE))
}

/// Digits that open a score: the token after its second side.
pub(super) fn score(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let k = n.k;
    let own_side = !n.info.grouped && !n.info.decimal && n.info.value.is_some_and(|v| v <= MAX_SIDE);
    if n.currency() || !own_side {
        return None;
    }
    // A match sheet's result, each side after its team: "Lescurac 24 – Stade castelbiacais
    // 17" (the second side; the first is the team's designation).
    let second_side = (k.saturating_sub(5)..k).any(|p| {
        p >= 2
            && (s.is_sym(p, '–') || s.is_sym(p, '—') || s.is_sym(p, '-'))
            && s.t[p].space_before
            && side(s.tok(p - 1))
            && s.tok(p - 2).is_some_and(|t| t.is_word() && t.is_capitalized())
            && s.tok(p + 1).is_some_and(|t| t.is_word() && t.is_capitalized())
            && (p + 1..k).all(|q| s.is_word(q))
    });
    if second_side && !s.is_word(k + 1) {
        return Some(k + 1);
    }
    let dash = s.is_sym(k + 1, '-') || s.is_sym(k + 1, '–') || s.is_sym(k + 1, '—');
    let word = matches!(s.lw(k + 1), "à" | "to");
    if !(dash || word) || !side(s.tok(k + 2)) {
        return None;
    }
    // A win-loss record: "improved to 14-3", "un bilan de 20-12".
    let record = dash
        && k >= 2
        && matches!(
            (s.lw(k - 2), s.lw(k - 1)),
            ("improved" | "fell" | "moved", "to") | ("record" | "bilan", "of" | "de")
        );
    if record {
        return Some(k + 3);
    }
    // "came from 15-3 down at half-time": a deficit in a match.
    let deficit =
        dash && matches!(s.lw(k + 3), "down" | "up") && s.t.iter().any(|t| t.is_word() && t.is(cl::SCORE_CUE));
    if deficit {
        return Some(k + 4);
    }
    // "from 9 to 10", "passé de 3 à 4": a change, unless it is "le score de 4 à 3".
    if k > 0 && lex::RANGE_OPENERS.contains(&s.lw(k - 1)) && !matches!(s.lw(k.saturating_sub(2)), "score" | "scores") {
        return None;
    }
    let e = k + 3;
    // A unit, "%" or a noun after the pair makes it a range: "3-4 %", "20 à 30 blessés".
    if s.unit_follows(e) {
        return None;
    }
    let next = s.tok(e);
    let capital_after = next.is_some_and(|t| t.is_word() && t.is_capitalized());
    // The day of the match may follow: "84 à 81 samedi".
    // (Or the winner by "par" and an article: "remporté 48 à 41 par les visiteurs"; not a
    // rate, "20 à 30 par jour".)
    let by_winner = s.lw(e) == "par" && matches!(s.lw(e + 1), "les" | "le" | "la" | "l'");
    let after_ok = |w: &str| lex::SCORE_AFTER.contains(&w) || lex::WEEKDAYS.contains(&w) || by_winner;
    // Or the moment of the match: "(41-38 à la mi-temps)", "menait 12-9 à la pause".
    // (Or before it, in a match sheet: "(mi-temps : 10-10)", "(half-time: 7-3)".)
    let moment = (k >= 2 && s.is_sym(k - 1, ':') && matches!(s.lw(k - 2), "mi-temps" | "temps" | "pause" | "half-time" | "halftime"))
        || s.lw(e) == "à" && s.lw(e + 1) == "la" && matches!(s.lw(e + 2), "mi-temps" | "mi" | "pause")
        // A shoot-out: "(5-4 aux t.a.b.)", "(4-3 aux tirs au but)", "4-3 on penalties".
        || (s.lw(e) == "aux" && s.lw(e + 1).starts_with('t'))
        || (s.lw(e) == "on" && matches!(s.lw(e + 1), "penalties" | "pens"))
        || (s.lw(e) == "aux" && s.lw(e + 1) == "jets")
        // After extra time: "(84-79 a.p.)", "(2-1 ap)", "(3-2 aet)", "(101-98 OT)".
        || (s.lw(e) == "a" && s.is_sym(e + 1, '.') && matches!(s.lw(e + 2), "p" | "e"))
        || matches!(s.tok(e).map(|t| t.text), Some("ap" | "aet" | "OT" | "a.e.t" | "a.p"));
    // An article before the pair makes the pair itself the noun ("un 5-0 emmené par",
    // "the 1-0 lead"): what follows it is not the unit of a range.
    let named = dash && k > 0 && matches!(s.lw(k - 1), "un" | "le" | "du" | "ce" | "a" | "the" | "this");
    if !named && !moment && next.is_some_and(|t| t.is_word() && !t.is_capitalized() && !after_ok(t.lower.as_ref())) {
        return None;
    }
    // (Or one of a list of sets in brackets: "2-3 (25-22, 19-25, 25-23, 22-25, 13-15)".)
    let in_list = k > 0
        && (s.is_sym(k - 1, '(') || s.is_sym(k - 1, ','))
        && (s.is_sym(e, ')') || s.is_sym(e, ','))
        && s.t[..k]
            .iter()
            .rposition(|t| t.is_sym('('))
            .is_some_and(|o| !s.t[o..k].iter().any(|t| t.is_sym(')')))
        && dash;
    // (Or the next set of a match listed after the first: "battent Hamon-Kerjean 21-15,
    // 21-19".)
    let next_set = dash && k >= 4 && s.is_sym(k - 1, ',') && s.is_num(k - 2) && s.is_sym(k - 3, '-') && s.is_num(k - 4);
    let bracketed = (k > 0 && s.is_sym(k - 1, '(') && s.is_sym(e, ')')) || in_list || next_set;
    // A results line: "Mervigny - Pontbrault : 29-33 ; Aubrac HB - Gresnay : 25-25".
    let fixture = k >= 4
        && s.is_sym(k - 1, ':')
        && (k.saturating_sub(8)..k - 1).any(|p| {
            p > 0
                && (s.is_sym(p, '-') || s.is_sym(p, '–') || s.is_sym(p, '—'))
                && s.t[p].space_before
                && s.tok(p - 1).is_some_and(|t| t.is_capitalized())
                && s.tok(p + 1).is_some_and(|t| t.is_capitalized())
        });
    // Or after a team's club in brackets: "Lacoste-Beyris (AB Auch) b. Ferrer-Nadal (PC Le
    // Vernet) 13-11".
    let after_club = dash && k > 0 && s.is_sym(k - 1, ')');
    let cue = moment || fixture || after_club || s.t.iter().any(|t| t.is_word() && t.is(cl::SCORE_CUE));
    // (A handball shoot-out's name goes with it: "(4-5 aux jets de 7 mètres)".)
    let e = if s.lw(e) == "aux" && s.lw(e + 1) == "jets" && s.lw(e + 2) == "de" && s.is_num(e + 3) {
        e + 5
    } else {
        e
    };
    // A tie-break's points in brackets after a set: "7-6 (7/4)", "7-6 (4)".
    let tiebreak = |e: usize| {
        if !s.is_sym(e, '(') || !s.is_num(e + 1) {
            return e;
        }
        if s.is_sym(e + 2, ')') {
            e + 3
        } else if s.is_sym(e + 2, '/') && s.is_num(e + 3) && s.is_sym(e + 4, ')') {
            e + 5
        } else {
            e
        }
    };
    // "a infligé un 22-4 à son adversaire": a pair named by its article is a score.
    (cue || bracketed || (dash && capital_after) || named).then(|| tiebreak(e))
}

/// The points of a tour's ranking a result earns: "empoche 100 points ATP", "500 WTA
/// points" (the guideline's `score`).
pub(super) fn ranking_points(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    let tour = |i: usize| matches!(s.lw(i), "atp" | "wta" | "uci" | "fis");
    // A competitor's points in brackets after the name: "devance l'Américaine Jenna
    // Whitcombe (205,11 points)".
    let bracketed = n.k >= 2
        && s.is_sym(n.k - 1, '(')
        && s.tok(n.k - 2).is_some_and(|t| t.is_word() && t.is_capitalized())
        && s.lw(end) == "points"
        && s.is_sym(end + 1, ')');
    if bracketed {
        return Some(end + 2);
    }

    if n.currency() || n.info.decimal {
        return None;
    }
    // "The 100 points for the win", "les 100 points de la victoire".
    let for_the_win = matches!((s.lw(end + 1), s.lw(end + 2)), ("for", "the" | "a") | ("de", "la"))
        && matches!(s.lw(end + 3), "win" | "victory" | "victoire" | "title");
    // A mark out of the most there is: "692 points sur 720", "scored 58 points out of 60".
    let out_of = |i: usize| {
        (s.lw(i) == "sur" && s.is_num(i + 1))
            .then_some(i + 2)
            .or_else(|| (s.lw(i) == "out" && s.lw(i + 1) == "of" && s.is_num(i + 2)).then_some(i + 3))
    };
    if s.lw(end) == "points" && !n.info.decimal {
        if let Some(e) = out_of(end + 1) {
            let most = s.tok(e - 1).and_then(|t| t.num()).and_then(|d| d.value);
            if most.is_some_and(|m| n.info.value.is_some_and(|v| v <= m)) {
                return Some(e);
            }
        }
    }
    if s.lw(end) == "points" && tour(end + 1) {
        Some(end + 2)
    } else if s.lw(end) == "points" && for_the_win && !n.info.decimal {
        Some(end + 4)
    } else if tour(end) && s.lw(end + 1) == "points" {
        Some(end + 2)
    } else {
        None
    }
}

/// What a competitor won at a meeting, counted after its verb (see [`Scan::haul`]).
pub(super) fn haul(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    if n.currency() || n.info.decimal {
        return None;
    }
    s.haul(n.k, n.end())
}

/// A tournament's score, points out of a handful of rounds: "finishing on 6 points from 7
/// rounds", "6,5 points sur 9 rondes" (not a season's: "112 points from 30 games").
pub(super) fn tournament_score(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    if n.currency() || s.lw(end) != "points" {
        return None;
    }
    let games = if s.lw(end + 1) == "out" && s.lw(end + 2) == "of" {
        end + 3
    } else if matches!(s.lw(end + 1), "from" | "sur" | "en" | "in") {
        end + 2
    } else {
        return None;
    };
    let few = s
        .tok(games)
        .and_then(Tok::num)
        .and_then(|d| d.value)
        .is_some_and(|v| v <= 15);
    let rounds = |w: &str| matches!(w, "rounds" | "rondes") || lex::MATCH_NOUNS.contains(&w);
    (few && rounds(s.lw(games + 1))).then_some(games + 2)
}

/// One competitor's tally in a match, after a verb of scoring: "kicked 13 points",
/// "a inscrit 12 points", "scored 3 goals" (the guideline's `score`). A rate or a season
/// makes it a statistic: "marque 24 points par match", "31 goals this season".
pub(super) fn tally(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    if n.currency() || k == 0 {
        return None;
    }
    // "a inscrit 9 buts samedi, dont 4 dans les dix dernières minutes": a part of the tally
    // before it, its noun left out.
    let elided = !s.is_word(end)
        || matches!(
            s.lw(end),
            "dans" | "en" | "sur" | "in" | "on" | "avant" | "après" | "before" | "after"
        );
    let part = matches!(s.lw(k - 1), "dont" | "including")
        && elided
        && (k.saturating_sub(8)..k).any(|p| p > 0 && lex::TALLY_NOUNS.contains(&s.lw(p)) && s.is_num(p - 1));
    if part && !n.info.decimal && !n.currency() {
        return Some(end);
    }
    // "Moreno scores 31", "scored 11 of his points": the noun left out, or after "of his".
    let scorer = lex::SCORING_VERBS.contains(&s.lw(k - 1)) && !n.info.decimal;
    if scorer && !s.is_word(end) && !s.unit_follows(end) && !s.is_sym(end, '%') {
        return Some(end);
    }
    let of_his = s.lw(end) == "of"
        && matches!(s.lw(end + 1), "his" | "her" | "their" | "its")
        && lex::TALLY_NOUNS.contains(&s.lw(end + 2));
    if scorer && of_his {
        return Some(end + 3);
    }
    // "He hit 12 of 19 shots": made of attempted, in the match.
    let of_tries = s.lw(end) == "of" && s.is_num(end + 1) && lex::TALLY_NOUNS.contains(&s.lw(end + 2));
    if scorer && of_tries && !s.t.iter().any(|t| lex::SEASON_WORDS.contains(&t.lower.as_ref())) {
        return Some(end + 3);
    }
    // Handball's penalty throw, named by its distance: "deux jets de 7 mètres".
    let seven_metres = k >= 2
        && n.info.value == Some(7)
        && s.lw(k - 1) == "de"
        && matches!(s.lw(k - 2), "jet" | "jets")
        && matches!(s.lw(end), "mètres" | "m");
    if seven_metres {
        return Some(end + 1);
    }
    // A game's length in moves: "une partie de 41 coups", "a game of 41 moves".
    let game = k >= 2 && matches!(s.lw(k - 1), "de" | "of") && matches!(s.lw(k - 2), "partie" | "game");
    // Or "beat the top seed in 41 moves", "won in 5 sets".
    if (game && matches!(s.lw(end), "coups" | "moves")) || s.match_length(k, end) {
        return Some(end + 1);
    }
    if !lex::TALLY_NOUNS.contains(&s.lw(end)) {
        return None;
    }
    // A match sheet's line of a side's scores, its scorers in brackets: "Lescurac : 3 essais
    // (Dupuy 12e, Laborde 51e), 3 transformations et 1 pénalité (Larrieu)".
    let sheet = s.t.iter().take(5).position(|t| t.is_sym(':')).is_some_and(|c| {
        c >= 1
            && s.t[..c].iter().all(|t| t.is_word())
            && s.t[0].is_capitalized()
            && (c + 1..s.t.len().saturating_sub(2)).any(|p| {
                s.is_num(p)
                    && lex::TALLY_NOUNS.contains(&s.lw(p + 1))
                    && s.is_sym(p + 2, '(')
                    && s.tok(p + 3).is_some_and(|t| t.is_capitalized())
            })
    });
    if sheet && !n.info.decimal {
        return Some(end + 1);
    }
    // A margin in a match: "menés de 12 points à la pause", "led by 9 points".
    // ("l'auteur de 11 buts depuis le début de la saison": the scorer's tally, no margin.)
    let margin = k >= 2
        && matches!(s.lw(k - 1), "de" | "by")
        && !lex::SCORING_VERBS.contains(&s.lw(k - 2))
        && s.t.iter().any(|t| t.is_word() && t.is(cl::SCORE_CUE));
    if margin {
        return Some(end + 1);
    }
    // A tally over the match named after it: "11 aces sur l'ensemble de la rencontre",
    // "14 saves in the match".
    let over_match = (end + 1..(end + 8).min(s.t.len())).any(|p| {
        matches!(s.lw(p), "rencontre" | "match" | "partie")
            && matches!(s.lw(p - 1), "la" | "le" | "du" | "the")
            && (end + 1..p).any(|q| matches!(s.lw(q), "sur" | "de" | "in" | "over" | "during" | "pendant"))
    });
    if over_match && !n.info.decimal {
        return Some(end + 1);
    }
    // (A player's tally by "avec" counts as the verb: "a porté l'attaque, avec 22 points et
    // 6 passes décisives".)
    // (In a match's sentence: a word of the match or a player's post; not "Le CAC 40
    // termine avec 22 points de hausse".)
    let in_match = || {
        s.t.iter()
            .any(|t| t.is_word() && (t.is(cl::SCORE_CUE) || lex::PLAYER_ROLES.contains(&t.lower.as_ref())))
    };
    // (Whole tallies, not a score out of a total: "avec 7,5 points sur 9".)
    let whole = !n.info.decimal && !matches!(s.lw(end + 1), "sur" | "out");
    let verb =
        |p: usize| lex::SCORING_VERBS.contains(&s.lw(p)) || (matches!(s.lw(p), "avec" | "with") && whole && in_match());
    // The verb before, or one verb for a list of tallies: "a ajouté 17 points et 8 passes",
    // "finished with 19 shots".
    // "a inscrit 27 points, dont cinq paniers à trois points": a part of the tally.
    let listed = k >= 2
        && matches!(s.lw(k - 1), "et" | "and" | "with" | "avec" | "dont" | "including")
        && (k.saturating_sub(8)..k).any(verb);
    // Or its owner after it, a player in a match: "grâce aux sept buts de l'ailier et aux 14
    // arrêts du gardien".
    let player = |p: usize| {
        s.tok(p).is_some_and(|t| t.is_word() && t.is_capitalized())
            || lex::PLAYER_ROLES.contains(&s.lw(p))
            || (matches!(s.lw(p), "l'" | "le" | "la" | "the") && lex::PLAYER_ROLES.contains(&s.lw(p + 1)))
    };
    let owned = matches!(s.lw(end + 1), "du" | "de" | "d'" | "of" | "by") && player(end + 2) && in_match();
    // Or in brackets after what it shows, in a match: "grâce à son adresse à longue
    // distance (11 paniers à trois points)".
    let three = matches!(s.lw(end + 1), "à") && matches!(s.lw(end + 2), "trois" | "3") && s.lw(end + 3) == "points";
    let bracketed = s.is_sym(k - 1, '(') && !n.info.decimal && (three || in_match());
    if !(verb(k - 1) || (k >= 2 && verb(k - 2) && s.is_word(k - 1)) || listed || owned || bracketed) {
        return None;
    }
    // A season or a career before the tally or in its clause: "kicked 14 points on the
    // day, has now scored 112 points this season" keeps the first a match's tally.
    let clause_end = |t: &crate::figures::tokens::Tok<'_>| t.is_sym(',') || t.is_sym(';') || t.is_sym('(');
    let to = s.t[end..].iter().position(clause_end).map_or(s.t.len(), |p| end + p);
    if s.season_before(k, to) {
        return None;
    }
    let next = s.lw(end + 1);
    // "212 tackles to Wales's 134": the other side's tally goes with it.
    if next == "to" || next == "contre" {
        if let Some(p) = (end + 2..(end + 6).min(s.t.len())).find(|&p| s.is_num(p)) {
            return Some(p + 1);
        }
    }
    // ("marque plus de 30 points de moyenne": a season's average, a figure.)
    let average = matches!(
        (next, s.lw(end + 2)),
        ("de" | "en", "moyenne") | ("on", "average") | ("a", "game")
    );
    // (Or the season since it resumed, right after the tally: "Il a inscrit 147 points
    // depuis la reprise".)
    let resumed = next == "depuis" && s.lw(end + 2) == "la" && s.lw(end + 3) == "reprise";
    let rate = average
        || resumed
        || lex::RATE_HEADS.contains(&next)
        || matches!(next, "this" | "cette" | "cet" | "a")
        || (matches!(next, "in" | "en" | "sur" | "over") && (s.is_num(end + 2) || s.is(end + 2, cl::NUMWORD)));
    (!rate).then_some(end + 1)
}

/// A lead in a match: "had led by as many as 14", "menés de 12 à la pause" (the margin,
/// approximated or not, after a verb of leading).
pub(super) fn lead_margin(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let mut p = n.start;
    while p > 0 && matches!(s.lw(p - 1), "as" | "many" | "much" | "up" | "to" | "more" | "than") {
        p -= 1;
    }
    let by = p >= 2 && matches!(s.lw(p - 1), "by" | "de") && lex::LEAD_VERBS.contains(&s.lw(p - 2));
    let end = n.end();
    let points = matches!(s.lw(end), "points" | "point");
    // A bare margin or points: "led by 14 percent growth" is no lead.
    let bare = s.tok(end).is_none_or(|t| !t.is_word() || t.is(cl::STOP)) && !s.unit_follows(end);
    (by && (bare || points) && !n.currency() && !n.info.decimal).then_some(if points { end + 1 } else { end })
}

/// A team's standing: "won nine of their 11 league games", "a remporté 8 de ses 10
/// matchs" (the guideline's standings are `score`).
pub(super) fn standing(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    // "four points clear with 16 games played", "après 12 matchs joués": where a season
    // stands.
    if !n.currency()
        && lex::MATCH_NOUNS.contains(&s.lw(end))
        && matches!(s.lw(end + 1), "played" | "joués" | "disputés")
    {
        return Some(end + 2);
    }
    // "He has now won 41 matches this season": a player's record of wins.
    if !n.currency()
        && k >= 1
        && matches!(s.lw(k - 1), "won" | "lost" | "remporté" | "gagné" | "perdu")
        && lex::MATCH_NOUNS.contains(&s.lw(end))
    {
        return Some(end + 1);
    }
    if n.currency() || k < 3 {
        return None;
    }
    // "<won> nine of their 11 …", "<won> 9 of their 11 …": the second number is this one.
    let of_their =
        matches!(s.lw(k - 1), "their" | "its" | "ses" | "leurs") && matches!(s.lw(k - 2), "of" | "de" | "des");
    let won = (k.saturating_sub(5)..k - 2).any(|p| lex::RESULT_VERBS.contains(&s.lw(p)));
    let games = (end..(end + 3).min(s.t.len())).any(|p| lex::MATCH_NOUNS.contains(&s.lw(p)));
    (of_their && won && games).then_some(end)
}

/// A standing in a league table: "28 pts", "troisième avec 24 points" in a sentence about
/// the table (a word of [`lex::STANDING_CUES`]), "à quatre longueurs du leader", "six
/// matches sans défaite" (see [`Scan::standing_after`]). A rate makes it a statistic
/// again: "24 points par match".
pub(super) fn standing_points(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    // Half points in a tournament: "7,5 points sur 9".
    let half_points = matches!(s.lw(n.end()), "points" | "point") && matches!(s.lw(n.end() + 1), "sur" | "out");
    // (A results line's marks keep their halves: "1. Kévin Bessière (Rignac), 87,5 pts";
    // not a season's averages: "avec 15,7 pts, 4,9 rbds".)
    let abbreviated = s.lw(n.end()) == "pts" && n.k > 0 && s.is_sym(n.k - 1, ',');
    if n.currency() || (n.info.decimal && !half_points && !abbreviated) {
        return None;
    }
    s.standing_after(n.k, n.end())
}

/// The scale a jury marks on, closing its clause: "Les juges notent la rectitude des
/// sillons, sur 100 points." (not "87 points sur 100", a mark: see [`mark_out_of`]).
pub(super) fn points_scale(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let over = k >= 1 && (s.lw(k - 1) == "sur" || (k >= 2 && s.lw(k - 2) == "out" && s.lw(k - 1) == "of"));
    let closes = s
        .tok(end + 1)
        .is_none_or(|t| t.is_sym('.') || t.is_sym(',') || t.is_sym(';'));
    let mark_before = (k.saturating_sub(5)..k).any(|p| s.is_num(p));
    (over && matches!(s.lw(end), "points" | "pts") && closes && !mark_before && !n.info.decimal).then_some(end + 1)
}

/// Points in a ranked results line, after the rank and the competitor's name: "Planche : 1.
/// Maxime Cordier (Saint-Aubin), 172 points ; 2. Océane Lerouge, 168 points" (the
/// guideline's `score`).
pub(super) fn ranked_points(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    if !matches!(s.lw(end), "points" | "pts") || n.currency() || k == 0 || !s.is_sym(k - 1, ',') {
        return None;
    }
    // Back to the entry's start: a rank, its stop, a capitalised name.
    // (A club's or a town's hyphenated name in brackets makes it long.)
    let start = (k.saturating_sub(24)..k)
        .rev()
        .find(|&p| s.is_sym(p, ';') || s.is_sym(p, ':'))?;
    let rank = s
        .tok(start + 1)
        .and_then(|t| t.num())
        .and_then(|d| d.value)
        .is_some_and(|v| (1..=50).contains(&v))
        && s.is_sym(start + 2, '.')
        && s.tok(start + 3).is_some_and(|t| t.is_word() && t.is_capitalized());
    let closes = s.tok(end + 1).is_none_or(|t| t.is_sym('.') || t.is_sym(';'));
    (rank && closes).then_some(end + 1)
}

/// A gap in a standing, after the points it is counted in: "Faure compte 142 points, 11 de
/// plus que Chambon", "on 61 points, three more than Bath".
pub(super) fn points_gap(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let gap = matches!(
        (s.lw(end), s.lw(end + 1)),
        ("de", "plus" | "moins") | ("more" | "fewer" | "less", "than")
    );
    let after_points =
        (k.saturating_sub(4)..k).any(|p| matches!(s.lw(p), "points" | "pts")) && k >= 1 && s.is_sym(k - 1, ',');
    (gap && after_points && !n.currency() && !n.info.decimal).then_some(end)
}

/// A time in a results list, after the competitor's club in brackets: "1. Tom Varley
/// (Wexby ASC) 50.87." (the guideline's `score`).
pub(super) fn result_time(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let closes = end >= s.t.len() || s.is_sym(end, '.') || s.is_sym(end, ',') || s.is_sym(end, ';');
    if n.info.decimal && !n.currency() && k > 0 && s.is_sym(k - 1, ')') && closes {
        return Some(end);
    }
    // A gap to the winner in seconds: "was third, 0.51 behind", "à 0,51 s" is a time.
    let gap = n.info.decimal
        && !n.currency()
        && matches!(s.lw(end), "behind" | "adrift")
        && (end + 1 >= s.t.len() || !s.is_word(end + 1) || s.lw(end + 1) == "the");
    gap.then_some(end + 1)
}

/// A winner's average speed: "won the stage … at an average speed of 42.7 km/h", "s'impose
/// à la moyenne de 44 km/h" (a timed result restated, the guideline's `score`).
pub(super) fn race_speed(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let speed = matches!(s.lw(end), "km" | "mph") && (s.lw(end + 1) == "/" || s.lw(end) == "mph");
    // (Or after it: "a tenu plus de 45 km/h de moyenne".)
    let after = s.lw(end) == "km" && s.lw(end + 3) == "de" && s.lw(end + 4) == "moyenne";
    let average = || after || (k.saturating_sub(4)..k).any(|p| matches!(s.lw(p), "average" | "moyenne"));
    // The sentence-wide scan last: it runs only for an average speed. A rider who held it
    // over the course ran the race: "a tenu", "a roulé", "averaged".
    let won = || {
        s.t.iter().any(|t| {
            lex::WIN_WORDS.contains(&t.lower.as_ref())
                || matches!(t.lower.as_ref(), "tenu" | "roulé" | "averaged" | "couvert" | "bouclé")
        })
    };
    let e = if after { end + 5 } else { end + 3 };
    (speed && average() && won()).then(|| if s.lw(end) == "mph" { end + 1 } else { e })
}

/// A rank in a table written inline: "Classement : 1. Paris SG, 28 pts ; 2. Marseille".
pub(super) fn rank_in_table(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let (k, end) = (n.k, n.end());
    let after_sep = k > 0 && (s.is_sym(k - 1, ':') || s.is_sym(k - 1, ';'));
    // The splitter may end the sentence after "1.": the name then opens the next one.
    let ranked = s.is_sym(end, '.') && s.tok(end + 1).is_none_or(|t| t.is_word() && t.is_capitalized());
    (after_sep && ranked && n.info.value.is_some_and(|v| v <= 40)).then_some(end + 1)
}

/// A mark out of a round scale, a grade or a score (guideline: `grade`, `score`): "18/20 à
/// l'oral", "a perfect 5/5", "4/5 dans notre critique", "14,5/20". Not a fraction of
/// something ("4/5 des électeurs", "3/4 cent").
pub(super) fn mark_out_of(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    let end = n.end();
    if n.currency() {
        return None;
    }
    // "18/20", or in words: "a obtenu 18,4 sur 20", "scored 9 out of 10".
    let slash = s.is_sym(end, '/') && s.glued(end) && s.glued(end + 1);
    // (Or on a scale whose top is given: "The K-index reached 8 out of a possible 9".)
    let possible = s.lw(end) == "out" && s.lw(end + 1) == "of" && s.lw(end + 2) == "a" && s.lw(end + 3) == "possible";
    let scale_at = if slash || s.lw(end) == "sur" {
        end + 1
    } else if possible {
        end + 4
    } else if s.lw(end) == "out" && s.lw(end + 1) == "of" {
        end + 2
    } else {
        return None;
    };
    let scale = s
        .tok(scale_at)
        .and_then(Tok::num)
        .filter(|d| !d.decimal && !d.grouped)?
        .value?;
    let fits = |d: &NumInfo| d.value.is_some_and(|v| v <= scale) || (d.decimal && d.int_digits <= 2);
    let after = scale_at + 1;
    // Not a part of a set ("4/5 des électeurs", "18 sur 20 candidats") nor a measure.
    let of = matches!(s.lw(after), "de" | "des" | "du" | "d'" | "of")
        || s.unit_follows(after)
        || s.is_sym(after, '%')
        || (!slash && s.is_word(after) && !s.tok(after).is_some_and(|t| t.is(cl::STOP)));
    if !((possible || matches!(scale, 5 | 10 | 20 | 100)) && fits(&n.info) && !of) {
        return None;
    }
    // The next competitor's mark on the same scale: ", contre 17,9 pour celle de…".
    let against = s.is_sym(after, ',')
        && matches!(s.lw(after + 1), "contre" | "against")
        && s.tok(after + 2).and_then(Tok::num).is_some_and(|d| fits(&d));
    Some(if against { after + 3 } else { after })
}

/// Digits that open a team's record of wins for losses (see [`Scan::win_loss`]).
pub(super) fn record(s: &Scan<'_, '_>, n: &Number) -> Option<usize> {
    s.win_loss(n.end())
}

impl Scan<'_, '_> {
    /// A word of a season or a career among the tokens before `to`, a tally at `k` among
    /// them; not one in a relative clause closed before the tally, which describes the
    /// player: "Le meneur, qui tourne à 19,6 points par match cette saison, a inscrit 27
    /// points".
    pub(super) fn season_before(&self, k: usize, to: usize) -> bool {
        let described = |p: usize| {
            let open = self.t[..p].iter().rposition(|t| t.is_sym(','));
            open.is_some_and(|o| matches!(self.lw(o + 1), "qui" | "who" | "which"))
                && p < k
                && self.t[p..k].iter().any(|t| t.is_sym(','))
        };
        // A whole competition counts as a season: "meilleur buteur du tournoi avec neuf buts
        // sur le week-end", "top scorer of the tournament" (not "ce week-end", one match).
        // (So is a scorer's title over a league's group: "avait fini meilleur buteur de la
        // poule avec 148 buts"; "meilleur marqueur avec 29 points" alone is the match's.)
        let competition = |p: usize| {
            matches!(
                (self.lw(p), self.lw(p + 1), self.lw(p + 2)),
                ("du", "tournoi" | "championnat", _)
                    | ("sur", "le", "week-end" | "tournoi")
                    | ("of" | "over", "the", "tournament" | "weekend" | "competition")
            ) || (matches!(self.lw(p), "buteur" | "buteuse" | "marqueur" | "marqueuse")
                && matches!((self.lw(p + 1), self.lw(p + 2)), ("de", "la"))
                && matches!(self.lw(p + 3), "poule" | "saison" | "ligue" | "compétition"))
        };
        (0..to.min(self.t.len())).any(|p| (lex::SEASON_WORDS.contains(&self.lw(p)) && !described(p)) || competition(p))
    }

    /// A team's record after a count of wins ending at `end`: "sept victoires pour deux
    /// défaites", "7 wins and 2 losses"; the token after the losses if so.
    pub(super) fn win_loss(&self, end: usize) -> Option<usize> {
        if !lex::WIN_NOUNS.contains(&self.lw(end)) {
            return None;
        }
        let join = end + 1;
        // A head-to-head record: "mène 14 victoires à 8", "leads the series 14 wins to 8".
        if matches!(self.lw(join), "à" | "to")
            && self
                .tok(join + 1)
                .and_then(Tok::num)
                .is_some_and(|n| !n.decimal && !n.grouped)
            && (!self.is_word(join + 2)
                || matches!(
                    self.lw(join + 2),
                    "dans" | "depuis" | "sur" | "en" | "contre" | "et" | "in" | "since" | "over" | "against" | "and"
                ))
            && !self.unit_follows(join + 2)
        {
            return Some(join + 2);
        }
        if !(lex::RECORD_JOINS.contains(&self.lw(join)) || self.is_sym(join, ',') || self.is_sym(join, '-')) {
            return None;
        }
        let mut end = self.loss_after(join + 1)?;
        // The rest of the record: "4 victoires, 1 nul, 2 défaites", "12 wins, 3 draws and 5
        // losses".
        while lex::RECORD_JOINS.contains(&self.lw(end)) || self.is_sym(end, ',') {
            match self.loss_after(end + 1) {
                Some(next) => end = next,
                None => break,
            }
        }
        Some(end)
    }

    /// A count of draws or losses at `other` ("2 défaites", "one draw"): the token after
    /// its noun.
    fn loss_after(&self, other: usize) -> Option<usize> {
        // (None at all: "sept victoires et aucune défaite", "seven wins and no losses".)
        let after = if self.is_num(other) || matches!(self.lw(other), "aucune" | "aucun" | "no" | "zéro" | "zero") {
            other + 1
        } else {
            self.word_value(other).0
        };
        (after > other && lex::LOSS_NOUNS.contains(&self.lw(after))).then_some(after + 1)
    }

    /// What a competitor won or conceded at one meeting, the count at `k..end` after its
    /// verb: "ont décroché trois médailles d'or et deux de bronze", "a remporté sept
    /// médailles, dont deux en or", "en remportant sept des douze finales", "won four
    /// medals", "a concédé trois fautes au tir" (guideline: `score`; a season's or a
    /// career's total is a figure). The token after the haul and its parts.
    pub(super) fn haul(&self, k: usize, end: usize) -> Option<usize> {
        let verb = |p: usize| {
            let w = self.lw(p);
            lex::RESULT_VERBS.contains(&w) || lex::HAUL_VERBS.contains(&w)
        };
        let after_verb =
            k >= 1 && (verb(k - 1) || (k >= 2 && verb(k - 2) && self.is_word(k - 1) && !self.is(k - 1, cl::NUMWORD)));
        if !after_verb {
            return None;
        }
        // "sept des douze finales": the count of a set of the meeting.
        let noun = if matches!(self.lw(end), "des" | "of") {
            let mut e = end + 1;
            if self.lw(e) == "the" {
                e += 1;
            }
            if self.is_num(e) || self.is(e, cl::NUMWORD) {
                e + 1
            } else {
                return None;
            }
        } else {
            end
        };
        let fouls = matches!(self.lw(k - 1), "concédé" | "conceded") && matches!(self.lw(noun), "fautes" | "faults");
        if !(lex::HAUL_NOUNS.contains(&self.lw(noun)) || fouls) {
            return None;
        }
        // (Over a year too: "a remporté 14 médailles d'or cette année".)
        let period = |w: &str| {
            lex::SEASON_WORDS.contains(&w)
                || matches!(
                    w,
                    "année" | "an" | "year" | "depuis" | "since" | "championnats" | "championships"
                )
        };
        if self.t.iter().any(|t| period(t.lower.as_ref())) {
            return None;
        }
        // A meeting the sentence names, or its day: "au tournoi régional", "la régate",
        // "le pays hôte", "samedi" (not "Il a remporté trois titres", a record told
        // without its event). Fouls conceded are the race's own.
        let meeting =
            |t: &Tok<'_>| lex::MEETING_WORDS.contains(&t.lower.as_ref()) || lex::WEEKDAYS.contains(&t.lower.as_ref());
        if !fouls && !self.t.iter().any(meeting) {
            return None;
        }
        // The metal after the noun ("médailles d'or"), then the parts: ", dont deux en
        // or", "et deux de bronze", "including two golds".
        let mut e = noun + 1;
        let metal = |p: usize| lex::METALS.contains(&self.lw(p));
        if matches!(self.lw(e), "d'" | "de" | "en") && metal(e + 1) {
            e += 2;
        }
        loop {
            let mut p = e;
            if self.is_sym(p, ',') {
                p += 1;
            }
            if !matches!(self.lw(p), "dont" | "et" | "and" | "including") {
                break;
            }
            p += 1;
            if !(self.is_num(p) || self.is(p, cl::NUMWORD)) {
                break;
            }
            p += 1;
            if matches!(self.lw(p), "d'" | "de" | "en") && metal(p + 1) {
                e = p + 2;
            } else if metal(p) || lex::HAUL_NOUNS.contains(&self.lw(p)) {
                e = p + 1;
            } else {
                break;
            }
        }
        Some(e)
    }

    /// The length of one game or match, the count at `k..end`: "beat the top seed in 41
    /// moves", "dont un en cinq manches", "won in five sets".
    pub(super) fn match_length(&self, k: usize, end: usize) -> bool {
        k >= 1
            && matches!(self.lw(k - 1), "in" | "en")
            && matches!(self.lw(end), "coups" | "moves" | "manches" | "sets")
    }

    /// Whether the count of tokens `k..end` is a standing (see [`standing_points`]); the
    /// token after it if so.
    pub(super) fn standing_after(&self, k: usize, end: usize) -> Option<usize> {
        let w = self.lw(end);
        let rate = lex::RATE_HEADS.contains(&self.lw(end + 1));
        if rate {
            return None;
        }
        if matches!(w, "pts" | "longueurs" | "lengths") {
            return Some(end + 1);
        }
        // "six matches sans défaite", "unbeaten in five games": a run.
        if lex::MATCH_NOUNS.contains(&w) && matches!(self.lw(end + 1), "sans" | "unbeaten" | "without") {
            return Some(end + 1);
        }
        // "with 61 points from 33 games" beside a table's words.
        let from = k.checked_sub(1).is_some_and(|p| matches!(self.lw(p), "from" | "en"));
        if lex::MATCH_NOUNS.contains(&w)
            && from
            && self.t.iter().any(|t| lex::STANDING_CUES.contains(&t.lower.as_ref()))
        {
            return Some(end + 1);
        }
        let before = k.checked_sub(1).map_or("", |p| self.lw(p));
        let cue = || self.t.iter().any(|t| lex::STANDING_CUES.contains(&t.lower.as_ref()));
        // Places gained or lost in a ranking: "gagnera quatorze places" (beside the ranking's
        // words).
        if lex::RANK_STEPS.contains(&w) && lex::RANK_MOVES.contains(&before) && cue() {
            return Some(end + 1);
        }
        // A medal table: "topped the medal table with 14 golds".
        if lex::MEDAL_NOUNS.contains(&w) && matches!(before, "with" | "avec") && cue() {
            return Some(end + 1);
        }
        // Ranking points: "250 points au classement WTA", "250 ranking points".
        if w == "ranking" && self.lw(end + 1) == "points" {
            return Some(end + 2);
        }
        if !matches!(w, "points" | "point") {
            return None;
        }
        // A tournament's result: "a remporté l'open avec 7,5 points sur 9", "won with 7.5
        // points out of 9".
        let of = if self.lw(end + 1) == "sur" {
            Some(end + 2)
        } else if self.lw(end + 1) == "out" && self.lw(end + 2) == "of" {
            Some(end + 3)
        } else {
            None
        };
        if let Some(m) = of.filter(|&m| self.is_num(m)) {
            if matches!(before, "avec" | "with") && self.t.iter().any(|t| lex::WIN_WORDS.contains(&t.lower.as_ref())) {
                return Some(m + 1);
            }
        }
        let ranked = matches!(self.lw(end + 1), "au" | "in" | "du" | "of")
            && (end + 2..end + 4).any(|p| lex::STANDING_CUES.contains(&self.lw(p)));
        if ranked {
            return Some(end + 1);
        }
        // A rank before it: "Vernay, cinquième avec 24 points", "fifth on 24 points".
        let ranked_before = k >= 2 && {
            let r = self.lw(k - 2);
            r.ends_with("ième")
                || r.ends_with("ieme")
                || lex::ORDINAL_WORDS_EN.contains(&r)
                || matches!(
                    r,
                    "leader" | "premier" | "première" | "dernier" | "dernière" | "second" | "seconde"
                )
        };
        // Or a table's line, the rank then a comma: "- U19 (régional 1) : 2es, 51 points",
        // "champions, 58 points".
        let line_rank = before == ","
            && k >= 2
            && ((k >= 3 && lex::ORDINAL_SUFFIXES.contains(&self.lw(k - 2)) && self.glued(k - 2) && self.is_num(k - 3))
                || matches!(
                    self.lw(k - 2),
                    "champions" | "champion" | "championnes" | "championne" | "leader" | "leaders"
                ));
        (line_rank
            || (matches!(before, "avec" | "with" | "à" | "on" | "de" | "totalise" | "compte")
                && (cue() || ranked_before)))
            .then_some(end + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        ("Le club s'est imposé 3-1 à domicile.", &[]),
        // The match's top scorer with his tallies.
        ("Kevin Ngassa a fini meilleur marqueur avec 26 points et 11 rebonds.", &[]),
        // A scorer's and a goalkeeper's tallies with their parts; handball's penalty throw.
        (
            "L'ailier a inscrit neuf buts, dont quatre sur penalty, et le gardien a repoussé 14 tirs, dont deux jets de 7 mètres. La ville compte 7 mètres de digue.",
            &["7 mètres de digue"],
        ),
        // A plural winner; a match sheet's result line and its half-time score.
        ("Les rouge et noir se sont imposés 24-17 sur la pelouse.", &[]),
        ("ES CASTELBRUN – LOIRE ATLANTIQUE BASKET : 84-79 (22-18, 19-24, 21-20, 22-17)", &[]),
        ("Il a inscrit 147 points depuis la reprise.", &["147 points"]),
        ("Il a fallu attendre la dernière minute pour voir Lussenac s'imposer 81-74.", &[]),
        (
            "Bréhaut a longtemps tenu grâce à son adresse à longue distance (11 paniers à trois points).",
            &[],
        ),
        ("Le club a vendu 300 billets (11 paniers garnis).", &["300 billets", "11 paniers"]),
        ("Lescurac 24 – Stade castelbiacais 17 (mi-temps : 10-10).", &[]),
        (
            "Lescurac : 3 essais (Dupuy 12e, Laborde 51e, Sarran 74e), 3 transformations et 1 pénalité (Larrieu).",
            &[],
        ),
        // (Without its scorers in brackets, no sheet.)
        ("Lescurac : 3 essais, 300 spectateurs.", &["3 essais", "300 spectateurs"]),
        ("Lescurac 24 – Stade castelbiacais 17 000 euros.", &["17 000 euros"]),
        ("Guérin a pourtant tenu plus de 45 km/h de moyenne.", &[]),
        ("Léa a couvert le 200 m lancé en 11 s 84, soit une moyenne de 60,8 km/h.", &[]),
        ("- U19 (régional 1) : 2es, 51 points ; U15 : champions, 58 points.", &[]),
        ("Le club a vendu 2 000 billets, 51 points de vente.", &["2 000 billets", "51 points de vente"]),
        ("La vitesse moyenne sur la route est de 45 km/h.", &["45 km/h"]),
        ("- Rugby à 7 : la petite finale a souri à l'Entente, victorieuse 19-17 grâce à un essai.", &[]),
        // After extra time, marked as such.
        ("# Coupe de France : Mussy fait tomber Rochebrune (84-79 a.p.)", &[]),
        ("Rochebrune tombe (2-1 ap).", &[]),
        ("Harlow edge Kent (101-98 OT).", &[]),
        ("Les prix ont varié (20-30 au plus).", &["20-30"]),
        ("Vernay, cinquième avec 24 points, se déplace vendredi.", &[]),
        ("He has now won 41 matches this season.", &[]),
        ("Ils finissent premiers, sur un bilan de sept victoires et aucune défaite.", &[]),
        ("- Boys 100m freestyle: 1. Tom Varley (Wexby ASC) 50.87.", &[]),
        ("They are fifth on 24 points.", &[]),
        // A tennis match's tallies, and a ranking's points and places.
        (
            "Elle a sauvé deux balles de break, frappé 11 aces et commis 7 doubles fautes.",
            &[],
        ),
        ("He served 14 aces and committed 5 double faults.", &[]),
        ("Marchal a servi 11 aces ; la cantine a servi 300 repas.", &["300 repas"]),
        (
            "Aux tirs au but, la gardienne a arrêté deux tentatives ; la police a arrêté trois suspects.",
            &["trois suspects"],
        ),
        ("Léo Marchetti l'emporte avec 268,90 points devant Owen Pritchard.", &[]),
        (
            "Ils ont renversé la situation en remportant trois des quatre parties.",
            &[],
        ),
        // A player's tallies by "avec" or by their owner, a lead kept, fouls: a match's (not
        // an index's points, nor a lead in the polls).
        (
            "Le meneur Kévin Dulac a porté l'attaque, avec 22 points et 6 passes décisives, mais il est sorti pour cinq fautes.",
            &[],
        ),
        (
            "Menés à la pause (12-16), ils gagnent grâce aux sept buts de l'ailier Lucas Perrot et aux 14 arrêts du gardien Mathis Cordier.",
            &[],
        ),
        ("Une fin de match où Marsac a gardé huit à dix points d'avance.", &[]),
        (
            "Un match de gala, remporté 48 à 41 par les visiteurs ; de 20 à 30 par jour, 20 à 30 par jour.",
            &["de 20 à 30 par jour", "20 à 30 par jour"],
        ),
        (
            "Leur arrière gauche avait fini meilleur buteur de la poule avec 148 buts.",
            &["148 buts"],
        ),
        (
            "L'ailier Samuel Okoye a terminé meilleur marqueur avec 29 points, en fin de match.",
            &[],
        ),
        (
            "Le candidat a 10 points d'avance dans les sondages.",
            &["10 points"],
        ),
        (
            "Bryant marque plus de 30 points de moyenne.",
            &["plus de 30 points de moyenne"],
        ),
        (
            "Emmenée par Darnell Hughes, auteur de 24 points, l'équipe gagne ; il tourne à 17,8 points de moyenne.",
            &["17,8 points de moyenne"],
        ),
        // A scorer's season tally after "auteur de" is no margin in a match.
        (
            "Lahtinen est déjà l'auteur de 11 buts depuis le début de la saison.",
            &["11 buts"],
        ),
        (
            "Il bat Vennekens 6-4, 3-6, 7-6 (7/4) et empoche 100 points ATP et 21 500 dollars.",
            &["21 500 dollars"],
        ),
        ("She won 7-6 (4), 6-3 and earns 500 WTA points.", &[]),
        (
            "Elle devance Jenna Whitcombe (205,11 points) ; le club (300 membres) grandit.",
            &["300 membres"],
        ),
        (
            "Un record de France avec 692 points sur 720 ; 40 sièges sur 100.",
            &["40 sièges sur 100"],
        ),
        (
            "Au troisième quart-temps, l'Étoile a infligé un 22-4 à son adversaire.",
            &[],
        ),
        (
            "Bachler was third, 0.51 behind. The 100 points for the win put him top; 0.5 behind schedule.",
            &["0.5"],
        ),
        (
            "Elle empochera 250 points au classement WTA et gagnera quatorze places lundi.",
            &[],
        ),
        ("He climbed 12 spots in the rankings with 250 ranking points.", &[]),
        ("Arrieta took the points jersey with 64 points.", &[]),
        // A basketball game's tallies and lead; a chess game's length.
        // Points in a ranked results line; a club's points after a comma are not.
        (
            "Planche : 1. Maxime Cordier (Saint-Aubin-de-Bréval), 172 points ; 2. Océane Lerouge, 168 points.",
            &[],
        ),
        ("Le club, fort de ses 300 adhérents, a réuni 1 200 points ; 2 000 visiteurs.", &["300 adhérents", "1 200 points", "2 000 visiteurs"]),
        // A result after "battues"; a tally over the match named after it.
        ("Elles ont été battues 3-1 (25-21, 19-25, 22-25, 17-25) à domicile.", &[]),
        (
            "Beauregard a déroulé, porté par son service : 11 aces sur l'ensemble de la rencontre ; 300 spectateurs.",
            &["300 spectateurs"],
        ),
        (
            "Moreno scores 31; he scored 11 of his points late. The Pilots had led by as many as 14.",
            &[],
        ),
        ("Elle a signé une partie de 41 coups.", &[]),
        (
            "Rabe a remporté l'open avec 7,5 points sur 9; she won with 7.5 points out of 9.",
            &[],
        ),
        ("Sales led by 14 percent growth.", &["14 percent"]),
        ("The host club topped the medal table with 14 golds.", &[]),
        ("Le pays a remporté 14 médailles d'or cette année.", &["14 médailles"]),
        (
            "Avec 45 points, ils prennent la tête de la poule 2; on a manqué douze plaquages.",
            &[],
        ),
        // Not a ranking: places lost elsewhere, points of a poll.
        (
            "La ville perd 300 places de stationnement; le parti gagne 12 points dans les sondages.",
            &["300 places", "12 points"],
        ),
        ("Les Lions l'emportent par 28 à 17.", &[]),
        ("Poitiers s'impose 81 à 71 en terre mancelle.", &[]),
        ("La Finlande bat la Pologne sur le score de 4 à 3.", &[]),
        ("Sweden defeated South Korea 1 – 0 on Monday.", &[]),
        ("Group F — Sweden 1 – 0 Korea Republic", &[]),
        ("Chicago (41-41) coiffe Toronto (40-42) au poteau.", &[]),
        ("Il a validé le but du 1-0 de Moriero.", &[]),
        ("The match ended with England winning 2 – 1.", &[]),
        ("La mi-temps est sifflée sur le score de 5-0.", &[]),
        // The pair as a noun after an article: what follows is not its unit.
        (
            "Menés à la pause, ils ont recollé grâce à un 5-0 emmené par leur ailier.",
            &[],
        ),
        ("The visitors won despite the 1-0 conceded after three minutes.", &[]),
        // Ranges of a quantity, and a season average.
        ("Entre 20-30 personnes ont été blessées.", &["Entre 20-30 personnes"]),
        ("Il y a eu 20 à 30 blessés après le match.", &["20 à 30 blessés"]),
        ("Le taux passe de 3 à 4 % après la victoire.", &["de 3 à 4 %"]),
        ("Il marque 24 points par match.", &["24 points par match"]),
        // A player's tally in one match, a team's standing.
        ("Le gardien a signé 14 arrêts samedi face à Montlouvier.", &[]),
        ("Le club a signé 14 contrats cette saison.", &["14 contrats"]),
        (
            "Dent kicked 13 points, and Hallett scored 2 tries in the first half.",
            &[],
        ),
        ("Il a inscrit 18 points lors de la finale.", &[]),
        ("Markovic hit 11 aces and saved break points.", &[]),
        ("Hart improved to 14-3 on grass this season.", &[]),
        ("Monaco pointe à la 2e place avec un bilan de 5-1.", &[]),
        (
            "Menés de 12 points à la pause (48-36), ils ont gagné. Koné a ajouté 17 points et 8 passes.",
            &[],
        ),
        (
            "Rovers finished with 19 shots; they are fourth in the table with 61 points from 33 games.",
            &[],
        ),
        ("Kelham, beaten 1-0 in the reverse fixture, stay 11th.", &[]),
        (
            "Scotland came from 15-3 down at half-time; they made 212 tackles to Wales's 134.",
            &[],
        ),
        ("He scored 31 goals this season.", &["31 goals"]),
        ("They are four points clear with 16 games played.", &[]),
        ("He hit 12 of 19 shots on Saturday.", &[]),
        // Over a season, figures (read as two: the span reader does not join "N of M" here).
        ("He hit 412 of 900 shots this season.", &["412", "900 shots"]),
        (
            "Danvers, who kicked 14 points on the day, has now scored 112 points this season.",
            &["112 points"],
        ),
        ("In his career, he scored 300 goals.", &["300 goals"]),
        // A record of wins for losses, in words or digits; a score before the day.
        (
            "Avec sept victoires pour deux défaites, Rhône Métropole occupe la 2e place.",
            &[],
        ),
        ("The Hawks are 12 wins and 3 losses after Sunday.", &[]),
        // What a competitor won at a meeting, with its parts; a season's haul is a figure.
        (
            "Au tournoi, les judokas ont décroché trois médailles d'or et deux de bronze ; le pays hôte a remporté 7 médailles, dont deux en or.",
            &[],
        ),
        (
            "Le club a survolé la régate en remportant sept des douze finales ; Marchal a concédé trois fautes au tir.",
            &[],
        ),
        // A record told without its event is a figure.
        (
            "Il a remporté trois titres ; elle a remporté 7 médailles.",
            &["trois titres", "7 médailles"],
        ),
        ("Britain won four medals, including two golds, on Sunday.", &[]),
        ("Elle a remporté sept médailles cette saison.", &["sept médailles"]),
        ("Il a remporté trois titres au cours de ces championnats.", &["trois titres"]),
        ("The federation bought 40 medals.", &["40 medals"]),
        // A tournament's score; a season's points are a figure.
        ("She finished on 6 points from 7 rounds.", &[]),
        (
            "Elle termine avec 6,5 points sur 9 rondes, et lui 5 points en 7 parties.",
            &[],
        ),
        (
            "He scored 112 points from 30 games this season.",
            &["112 points", "30 games"],
        ),
        // A mark out of a round scale; a fraction of something is a figure.
        ("Il a obtenu 18/20 à l'oral, et 14,5/20 à l'écrit.", &[]),
        ("Patel won with a perfect 5/5; the film gets 4/5.", &[]),
        (
            "La baguette lauréate a obtenu 18,4 sur 20, contre 17,9 pour celle de Léa Ferrand; he scored 9 out of 10; the K-index reached 8 out of a possible 9.",
            &[],
        ),
        ("Il a recruté 18 sur 20 candidats.", &["18 sur 20 candidats"]),
        (
            "Il a recueilli 4/5 des voix, et 30/20 n'est pas une note.",
            &["4", "30"],
        ),
        // The length of one match.
        ("Il a gagné ses trois simples, dont un en cinq manches.", &[]),
        (
            "She won in 3 sets; 4,000 fans watched 5 sets of tennis.",
            &["4,000 fans", "5 sets"],
        ),
        // The whole record, draws too, one item after the other.
        (
            "Fontclair (4 victoires, 1 nul, 2 défaites) remonte à la troisième place.",
            &[],
        ),
        (
            "Avec cinq victoires, un nul et deux défaites, Vaudrenac est quatrième.",
            &[],
        ),
        ("The team has 12 wins, 3 draws and 5 losses this season.", &[]),
        ("Rovers have 12 wins and one draw; 2,000 fans came.", &["2,000 fans"]),
        ("Le club a enregistré sept victoires cette année.", &["sept victoires"]),
        ("Rhône Métropole s'est imposé 84 à 81 samedi soir face à Cholet.", &[]),
        // A tally in words after a verb of the match; a foul.
        ("Lestrade a inscrit 27 points et délivré huit passes décisives.", &[]),
        ("Woods a capté 12 rebonds et écopé de deux fautes techniques.", &[]),
        // A tally and its parts, after a relative clause that gives the player's season.
        (
            "Le meneur, qui tourne à 19,6 points par match cette saison, a inscrit 27 points, dont cinq paniers à trois points, et a provoqué deux fautes.",
            &["19,6 points par match"],
        ),
        ("Cette saison, il a inscrit 112 points.", &["112 points"]),
        ("He scored 31 points, including four three-pointers, on Friday.", &[]),
        // A score at half-time; a head-to-head record.
        ("Un derby longtemps indécis (41-38 à la mi-temps).", &[]),
        // A jury's marks, their scale, a gap in a standing.
        (
            "Les juges notent les sillons, sur 100 points. Planche : 1. Kévin Bessière (Rignac), 87,5 pts ; 2. Lucas Fabre, 84 pts.",
            &[],
        ),
        ("Au classement, Faure compte 142 points, 11 de plus que Chambon.", &[]),
        // A shoot-out; a competition's total.
        ("Lomagne - Lafrançaise 1-1 (5-4 aux t.a.b.) ; Rovers won 4-3 on penalties.", &[]),
        (
            "Il termine meilleur buteur du tournoi avec neuf buts sur le week-end.",
            &["neuf buts"],
        ),
        ("Il a marqué deux buts ce week-end.", &[]),
        // A badminton final's sets; match points saved.
        (
            "Le Goff-Riou (Vannes) battent Hamon-Kerjean (Plouvézen) 21-15, 21-19. Léna Morvan a dû sauver trois volants de match.",
            &[],
        ),
        // A pétanque final after the clubs; a team's points in a cross-country.
        (
            "Finale : Lacoste-Beyris-Dupuy (AB Auch) b. Ferrer-Nadal-Roig (PC Le Vernet) 13-11.",
            &[],
        ),
        ("Par équipes, les cadettes totalisent 19 points.", &[]),
        // A volleyball match's sets; match points saved by each side.
        (
            "Bréval a dû s'incliner 2-3 (25-22, 19-25, 25-23, 22-25, 13-15). Les deux équipes ont sauvé chacune deux balles de match.",
            &[],
        ),
        // A part of a tally; a results line; a handball shoot-out.
        ("Berthelot a inscrit 9 buts samedi, dont 4 dans les dix dernières minutes.", &[]),
        (
            "Mervigny - Pontbrault : 29-33 ; Aubrac HB - Gresnay : 25-25 (4-5 aux jets de 7 mètres) ; Sablons - Ventavon : 34-30.",
            &[],
        ),
        ("Elle est sélectionnée avec 15,7 pts de moyenne.", &["15,7 pts de moyenne"]),
        ("Le club a dépensé 142 000 euros, 11 de plus que prévu.", &["142 000 euros", "11"]),
        ("Les Verts menaient 12-9 à la pause.", &[]),
        ("Saint-Clair mène toujours 14 victoires à 8 dans l'histoire des derbys.", &[]),
        ("Okoye a terminé meilleur marqueur avec 29 points.", &[]),
        (
            "Il délivre huit passes par match cette saison.",
            &["huit passes par match"],
        ),
        ("Bath have won nine of their 11 league games.", &[]),
        ("He won the stage in 4 hours at an average speed of 42.7 km/h.", &[]),
        ("Wind gusts reached an average speed of 60 km/h.", &["60 km/h"]),
        // Standings.
        (
            "Lens remonte à la troisième place avec 24 points, à quatre longueurs du leader.",
            &[],
        ),
        ("Classement : 1. Paris SG, 28 pts ; 2. Marseille, 25 pts.", &[]),
        ("Classement : 1.", &[]),
        ("Les Nordistes restent sur six matches sans défaite.", &[]),
        ("Nantes, 16e avec 9 points au classement, n'a plus gagné.", &[]),
        (
            "Le club compte 24 points par match en moyenne.",
            &["24 points par match"],
        ),
        (
            "Their seats increased from 9 to 10 as the camp defeated its rivals.",
            &["from 9 to 10"],
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
