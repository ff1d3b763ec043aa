//! Figures in number words: "trois cents soldats", "two hundred", "un million"; a small
//! number in words only as a count of people or weapons ("trois soldats") or with an
//! approximation or a second bound; never a name ("les Vingt-Sept") nor a compound
//! ("a two-state solution").

use super::{FigureKind, Outcome, Scan};
use crate::figures::classes as cl;
use crate::figures::lexicon::detect::{self as lex, NumWord};
use crate::figures::tokens::{Kind, Tok};

impl Scan<'_, '_> {
    /// How many names the apposition after the noun phrase at `from` lists ("…, Marie Delmas
    /// et Henri Puech"): names of capitalised words, set apart by commas and "et"/"and", up
    /// to the end of the sentence or a boundary.
    fn names_listed(&self, from: usize) -> Option<usize> {
        // (Or a dash, or a colon: "only four countries - Chad, Zambia, Ghana and Ethiopia -".)
        // (A hyphen glued in a name, "Aqua-Bourget", opens nothing.)
        let opens = |p: usize| {
            self.is_sym(p, ',')
                || (self.is_sym(p, '-') && !self.glued(p))
                || self.is_sym(p, '–')
                || self.is_sym(p, '—')
                || self.is_sym(p, ':')
        };
        let comma = (from..(from + 10).min(self.t.len()))
            .take_while(|&p| self.is_word(p) || opens(p) || (self.is_sym(p, '-') && self.glued(p)))
            .find(|&p| opens(p))?;
        let (mut p, mut names) = (comma + 1, 0);
        loop {
            let start = p;
            // (A hyphen glued on both sides joins a name: "Rey-Giraud"; a spaced dash ends the list.)
            while self.tok(p).is_some_and(|t| t.is_word() && t.is_capitalized())
                || (p > start && self.is_sym(p, '-') && self.glued(p) && self.glued(p + 1))
            {
                p += 1;
            }
            if p == start {
                return None;
            }
            names += 1;
            let capital_next = self.tok(p + 1).is_some_and(|t| t.is_word() && t.is_capitalized());
            match self.tok(p) {
                Some(t) if matches!(t.lower.as_ref(), "et" | "and") => p += 1,
                Some(t) if t.is_sym(',') && capital_next => p += 1,
                _ => break,
            }
        }
        let closed =
            self.tok(p).is_none_or(|t| !t.is_word() && !t.is_sym('-')) || (self.is_sym(p, '-') && !self.glued(p));
        (names >= 2 && closed).then_some(names)
    }

    /// How many names, joined by "et"/"and" or commas (maybe "de" before one), end right
    /// before `to`: "Bréval-le-Haut et de Sorne-la-Combe" is two. A name is a run of
    /// capitalised words and hyphenated parts.
    fn names_before(&self, to: usize) -> usize {
        let in_name = |p: usize| {
            self.tok(p).is_some_and(|t| {
                (t.is_word() && (t.is_capitalized() || (p > 0 && self.is_sym(p - 1, '-') && self.is_sym(p + 1, '-'))))
                    || (t.is_sym('-') && !t.space_before)
            })
        };
        let (mut p, mut names) = (to, 0);
        loop {
            let end = p;
            while p > 0 && in_name(p - 1) {
                p -= 1;
            }
            if p == end || !self.tok(p).is_some_and(|t| t.is_capitalized()) {
                return names;
            }
            names += 1;
            let mut q = p;
            if q > 0 && matches!(self.lw(q - 1), "de" | "d'") {
                q -= 1;
            }
            if q > 0 && (matches!(self.lw(q - 1), "et" | "and") || self.is_sym(q - 1, ',')) {
                p = q - 1;
            } else {
                return names;
            }
        }
    }

    /// Number words at `j`: "trois cents", "twenty-five", "un million".
    pub(super) fn words(&self, j: usize, prefixed: bool, between: bool) -> Outcome {
        let t = &self.t[j];
        // Capitalised inside a sentence: a name (les Vingt-Sept).
        // Capitalised after an opening quotation mark and before a capitalised word: a
        // title (« Trois Sœurs »).
        // (Past a hyphenated number: « "Ninety-Nine Miles" ».)
        let quoted_title = j > 0
            && matches!(self.t[j - 1].kind, Kind::Sym('«' | '“' | '"'))
            && t.is_capitalized()
            && (self.tok(j + 1).is_some_and(|n| n.is_word() && n.is_capitalized())
                || self
                    .tok(self.word_value(j).0)
                    .is_some_and(|n| n.is_word() && n.is_capitalized()));
        // (After a live blog's time stamp, "15:20 Twelve lorries have reached…", it opens.)
        let after_stamp = j > 0 && self.is_num(j - 1);
        if j > 0 && t.is_capitalized() && !after_stamp && (!matches!(self.t[j - 1].kind, Kind::Sym(_)) || quoted_title)
        {
            let (e, _) = self.word_value(j);
            return Outcome::Skip(e);
        }
        let (mut end, value) = self.word_value(j);
        if end == j {
            return Outcome::Nothing;
        }
        // "cents" alone is no number ("deux cents" is): the unit of a price, "(Prices in
        // cents per bushel)".
        if t.lower == "cents" && end == j + 1 {
            return Outcome::Skip(end);
        }
        // A rating in stars: "classé quatre étoiles" (see `designations::rating`).
        if value <= 5 && matches!(self.lw(end), "étoiles" | "étoile" | "stars" | "star") {
            return Outcome::Skip(end + 1);
        }
        if let Some(e) = self.standing_after(j, end) {
            return Outcome::Skip(e);
        }
        // "entre deux silences", "entre deux eaux": an idiom, not "entre deux et trois";
        // "the top two of their final": a rank band.
        let before = j.checked_sub(1).map_or("", |p| self.lw(p));
        if (before == "entre" && value == 2 && !matches!(self.lw(end), "et" | "and")) || before == "top" {
            return Outcome::Skip(end);
        }
        // An age band in words: "children under eight who live…", "adults over sixty".
        if matches!(before, "under" | "over")
            && j >= 2
            && (lex::PEOPLE_PLURALS.contains(&self.lw(j - 2))
                || matches!(self.lw(j - 2), "children" | "pupils" | "kids" | "adults" | "voters"))
            && !self.is(end, cl::UNIT)
            && !self.is(end, cl::COUNTED)
        {
            return Outcome::Skip(end);
        }
        // "tous trois salariés de l'ONG", "toutes deux": all of the people just named; "All
        // six reactors are…", "All three rating agencies…" opening the sentence: the whole
        // of a known set (not "killing all nine crew members", a toll).
        let all_of = j == 1 && self.lw(0) == "all";
        if j >= 1 && (matches!(self.lw(j - 1), "tous" | "toutes") || all_of) && value <= 12 {
            return Outcome::Skip(end);
        }
        // A timetable's sessions: "deux séances de 45 minutes par semaine", "three lessons a
        // week" (a schedule, as "six jours sur sept").
        let session = matches!(
            self.lw(end),
            "séances"
                | "cours"
                | "entraînements"
                | "sessions"
                | "lessons"
                | "classes"
                | "permanences"
                | "rotations"
                | "départs"
                | "traversées"
                | "departures"
                | "crossings"
                | "sailings"
                // ("allers-retours", a word with its hyphen.)
                | "allers"
                | "allers-retours"
                | "relevés"
        );
        // (A club's training week may hold more: "à raison de neuf séances par semaine"; a
        // service's round trips stay few: "huit allers-retours par jour" is its news.)
        let training = matches!(
            self.lw(end),
            "séances" | "entraînements" | "sessions" | "lessons" | "cours" | "classes"
        );
        let weekly = (end + 1..(end + 6).min(self.t.len())).any(|p| {
            matches!(
                (self.lw(p), self.lw(p + 1)),
                ("par", "semaine" | "jour" | "mois") | ("a" | "per", "week" | "day" | "month")
            )
        });
        if session && weekly && (value <= 7 || (training && value <= 12)) {
            return Outcome::Skip(end + 1);
        }
        // The frequency a rule sets (the guideline's `duration`): "Le règlement impose deux
        // ramonages par an", "the law requires two inspections a year".
        let per_period = (end + 1..(end + 4).min(self.t.len())).any(|p| {
            matches!(
                (self.lw(p), self.lw(p + 1)),
                ("par", "an" | "semaine" | "mois" | "jour") | ("a" | "per", "year" | "week" | "month" | "day")
            )
        });
        let ruled = (j.saturating_sub(6)..j).any(|p| {
            matches!(
                self.lw(p),
                "impose"
                    | "imposent"
                    | "imposait"
                    | "exige"
                    | "exigent"
                    | "oblige"
                    | "requires"
                    | "require"
                    | "mandates"
            )
        });
        if value <= 12 && per_period && ruled {
            return Outcome::Skip(end + 1);
        }
        // As many people as the names that follow: "par deux bénévoles de l'association,
        // Marie Delmas et Henri Puech", "two nurses, Ana Ruiz and Tom Hale" (a set named).
        // Or before them, the count in apposition: "Bréval-le-Haut et Sorne-la-Combe, deux
        // communes voisines du Jura".
        let listed_before = j >= 2 && self.is_sym(j - 1, ',') && self.names_before(j - 1) == value as usize;
        if (2..=5).contains(&value) && (self.names_listed(end) == Some(value as usize) || listed_before) {
            return Outcome::Skip(end);
        }
        // As many showings as the times that follow: "deux projections payantes à 17 h et
        // 20 h 30".
        if (2..=5).contains(&value) && self.times_listed(end) == value as usize {
            return Outcome::Skip(end);
        }
        // A kind of thing named by a count right after its noun: "une arracheuse six
        // rangs", "une maison trois pièces", "un moteur huit cylindres".
        let kind_of = j >= 2
            && matches!(self.lw(j - 2), "un" | "une")
            && self
                .tok(j - 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(cl::STOP))
            && !self.is(j - 1, cl::APPROX | cl::FIGURE_WORD | cl::NUMWORD)
            && value <= 12
            && self.is_word(end)
            && !self.is(end, cl::STOP);
        if kind_of {
            return Outcome::Skip(end + 1);
        }
        // The games a tally was made in: "Il en est à 38 buts en six rencontres", "12 tries
        // in five games" (the guideline's `score`).
        let tally_before = (j.saturating_sub(5)..j.saturating_sub(1)).any(|p| self.is_num(p));
        if matches!(before, "en" | "in") && lex::MATCH_NOUNS.contains(&self.lw(end)) && tally_before {
            return Outcome::Skip(end + 1);
        }
        // "the second of four children": the members of a set, by a rank among them; "in
        // all of Georgia's 159 counties": the whole of a known set.
        let rank_of = j >= 2 && matches!(before, "of" | "de" | "des") && {
            let r = self.lw(j - 2);
            lex::ORDINAL_WORDS_EN.contains(&r)
                || r.ends_with("ième")
                || matches!(r, "eldest" | "youngest" | "aîné" | "cadet")
        };
        if rank_of {
            return Outcome::Skip(end + 1);
        }
        // A team's standing: "have won nine of their 11 league games".
        let won = (j.saturating_sub(3)..j).any(|p| lex::RESULT_VERBS.contains(&self.lw(p)));
        let games = (end..(end + 6).min(self.t.len())).any(|p| lex::MATCH_NOUNS.contains(&self.lw(p)));
        // "The Lynx have lost three of their last four": the games go without saying.
        let of_last = self.lw(end) == "of"
            && matches!(self.lw(end + 1), "their" | "its" | "his" | "her")
            && self.lw(end + 2) == "last";
        if won && (games || of_last) && matches!(self.lw(end), "of" | "de" | "des") {
            // Past the games it is out of: "won nine of his last ten finals".
            let out_of = (end + 1..(end + 5).min(self.t.len())).find(|&p| self.is_num(p) || self.is(p, cl::NUMWORD));
            return Outcome::Skip(out_of.map_or(end + 1, |p| p + 2));
        }
        // A small tally of a match in words: "refusé deux penalties", "deux tirs cadrés",
        // "scored two tries" (a season's total is a figure: "deux buts par match", "neuf
        // buts depuis le début de la saison").
        // The sentence is scanned for a season only for a tally, last.
        // ("depuis septembre", "since August" right after the tally: the season so far.)
        let season = || {
            self.season_before(j, self.t.len())
                || (end + 1..(end + 3).min(self.t.len())).any(|p| {
                    matches!(self.lw(p), "depuis" | "since")
                        && (self.is(p + 1, cl::MONTH_FR) || self.is(p + 1, cl::MONTH_EN))
                })
        };
        // After a verb of the match, any tally noun: "délivré huit passes", "écopé de deux
        // fautes".
        let verb = |p: usize| lex::SCORING_VERBS.contains(&self.lw(p));
        // ("a inscrit 27 points, dont cinq paniers à trois points": a part of the tally.)
        let part = j >= 1 && matches!(self.lw(j - 1), "dont" | "including") && (j.saturating_sub(8)..j).any(verb);
        let scored = j >= 1
            && (verb(j - 1)
                || part
                || (j >= 2 && verb(j - 2) && matches!(self.lw(j - 1), "de" | "d'" | "chacun" | "chacune" | "each")));
        // (A goalkeeper's saves and a team's suspensions in a match's sentence: "deux arrêts
        // décisifs", "deux exclusions temporaires".)
        let match_event = matches!(self.lw(end), "arrêts" | "exclusions" | "saves" | "suspensions")
            && self.t.iter().any(|t| t.is(cl::SCORE_CUE));
        // (A player fouled out: "il est sorti pour cinq fautes".)
        let fouled_out = j >= 2
            && self.lw(j - 1) == "pour"
            && self.lw(j - 2).starts_with("sorti")
            && matches!(self.lw(end), "fautes" | "fouls");
        let noun_ok = lex::MATCH_TALLY_NOUNS.contains(&self.lw(end))
            || (scored && lex::TALLY_NOUNS.contains(&self.lw(end)))
            || match_event
            || fouled_out;
        if value <= 20 && noun_ok && !lex::RATE_HEADS.contains(&self.lw(end + 1)) && !season() {
            return Outcome::Skip(end + 1);
        }
        // A part of a match's tally counted before it, its noun left out: "grâce à quatre
        // essais, dont deux de leur ailier".
        // (The word before first: most counts have no "dont" before them.)
        // (Or a competitor's bouts: "a remporté ses cinq combats, dont quatre par ippon".)
        let tally_counted_before = || {
            (j.saturating_sub(8)..j).any(|p| {
                p > 0
                    && (lex::TALLY_NOUNS.contains(&self.lw(p)) || matches!(self.lw(p), "combats" | "bouts" | "fights"))
                    && (self.is_num(p - 1) || self.is(p - 1, cl::NUMWORD))
            })
        };
        // (Or how they were scored: "neuf buts, dont quatre sur penalty".)
        let elided = || {
            !self.is_word(end)
                || matches!(
                    self.lw(end),
                    "de" | "d'" | "du" | "dans" | "en" | "by" | "in" | "par" | "sur" | "from"
                )
        };
        if j >= 1
            && matches!(self.lw(j - 1), "dont" | "including")
            && value <= 20
            && elided()
            && tally_counted_before()
            && !season()
        {
            return Outcome::Skip(end);
        }
        if let Some(e) = self.win_loss(end).or_else(|| self.haul(j, end)) {
            return Outcome::Skip(e);
        }
        // An ordinal in words: "le vingt et unième paquet", "twenty-first" (the ordinal
        // word ends the number: "et unième", "-et-unième").
        let ordinal_at = |k: usize| {
            let w = self.lw(k);
            w.ends_with("ième") || w.ends_with("ieme") || lex::ORDINAL_WORDS_EN.contains(&w)
        };
        let after = if self.is_sym(end, '-') { end + 1 } else { end };
        if ordinal_at(after) || (matches!(self.lw(after), "et" | "and") && ordinal_at(after + 1)) {
            return Outcome::Skip(after + 1);
        }
        let has_scale = self.t[j..end]
            .iter()
            .any(|t| matches!(lex::number_word(&t.lower), Some(NumWord::Scale(_) | NumWord::Hundred)));
        // Compounds: two-state, three-day (but a threefold rise).
        if self.is_sym(end, '-') && self.glued(end) && self.is_word(end + 1) && self.glued(end + 1) {
            if self.lw(end + 1) == "fold" || self.measure_compound(end) {
                return Outcome::Figure {
                    start: j,
                    end: self.noun(end + 2),
                    kind: FigureKind::Ratio,
                };
            }
            return Outcome::Skip(end + 2);
        }
        let large = value >= 20 || has_scale;
        let before_units = end;
        end = self.units(end);
        // "one percent", "un pour cent": a share, whatever its value.
        let percent = (before_units..end).any(|k| matches!(self.lw(k), "percent" | "cent" | "%" | "pct"));
        // A measure in words: "douze tonnes", "trois kilomètres", "five euros".
        let measured = end > before_units;
        let mut ranged = false;
        if let Some(e) = self.second_bound(end, between) {
            end = e;
            ranged = true;
        }
        if let Some(e) = self.ratio_tail(end) {
            return Outcome::Figure {
                start: j,
                end: self.noun(e),
                kind: FigureKind::Ratio,
            };
        }
        if let Some(e) = self.sur_tail(end, Some(value)) {
            return Outcome::Figure {
                start: j,
                end: e,
                kind: FigureKind::Fraction,
            };
        }
        if let Some(o) = self.duration_check(j, end) {
            return o;
        }
        // Small numbers in words count when they count something (a noun follows, maybe
        // after "autres"/"other": "trois ateliers", "cinq blessés graves", "deux autres
        // délégués"), or when an approximation or a second bound makes them a figure; not
        // behind a definite determiner ("les deux chambres", "des deux parties", "ses trois
        // fils": a set known without the copy).
        // After a verb that makes casualties, a count of victims: "killing all four aboard",
        // "tuant trois".
        let victims = self.after_casualty_verb(j);
        // "Trois des victimes", "two of the dead": a part of the people counted; "six of
        // them", "three of its centres": a part of a set the copy has just counted.
        // "11 victoires, dont quatre cette saison": a part of the count just given.
        // Not of a duration: "quatre ans d'emprisonnement dont deux avec sursis".
        // (Not of a duration; an age is no duration: "trois hommes âgés de 28 à 37 ans, dont
        // deux sont connus".)
        let aged = (j.saturating_sub(8)..j).any(|p| matches!(self.lw(p), "âgés" | "âgées" | "âgé" | "âgée" | "aged"));
        let dont = j > 0
            && matches!(self.lw(j - 1), "dont" | "including")
            && (aged || !(j.saturating_sub(5)..j).any(|p| self.is(p, cl::DURATION)));
        // "Ils étaient déjà neuf à avoir appris…", "nous sommes trois à": so many people.
        let so_many = j >= 1
            && matches!(self.lw(end), "à")
            && (j.saturating_sub(3)..j).any(|p| {
                matches!(
                    self.lw(p),
                    "étaient" | "sont" | "étions" | "sommes" | "seront" | "furent"
                )
            });
        let part_of_counted = dont
            || matches!(self.lw(end), "des" | "of")
                && (self.is(end + 1, cl::COUNTED)
                    || (self.lw(end + 1) == "the" && self.is(end + 2, cl::COUNTED))
                    || matches!(
                        self.lw(end + 1),
                        "them" | "those" | "these" | "its" | "their" | "his" | "her" | "whom" | "which"
                    ))
            // "Deux des prévenus ont fait appel": in French, the subject that is a part of
            // any plural noun's set (not "le meilleur temps dans neuf des spéciales").
            || (self.lw(end) == "des"
                && (j == 0 || self.is_sym(j - 1, ','))
                && !lex::SMALL_WORDS_EN.contains(&self.lw(j))
                && self.counted_noun(end + 1))
            // "Nine of the 11 streetlights", "six of the company's 41 routes": a part of a
            // set counted right after it.
            || (self.lw(end) == "of"
                && (end + 1..(end + 5).min(self.t.len())).any(|p| {
                    // (Not a year: "day five of the 2018 World Cup".)
                    self.tok(p)
                        .and_then(|t| t.num())
                        .is_some_and(|d| d.grouped || d.value.is_some_and(|v| !(1800..=2100).contains(&v)))
                })
                && (end + 1..(end + 5).min(self.t.len()))
                    .take_while(|&p| !self.is_num(p))
                    .all(|p| matches!(self.lw(p), "the" | "its" | "their" | "his" | "her" | "s" | "'" | "’") || self.tok(p).is_some_and(|t| t.is_word() && !t.is(cl::STOP))))
            // "Deux d'entre eux": a part of people just counted.
            || (matches!(self.lw(end), "d'" | "de") && self.lw(end + 1) == "entre" && matches!(self.lw(end + 2), "eux" | "elles"))
            // "deux de vos véhicules", "trois de ses fils": a part of a set its owner has.
            || (matches!(self.lw(end), "de" | "d'")
                && matches!(self.lw(end + 1), "vos" | "nos" | "ses" | "leurs" | "mes" | "tes")
                && self.is_word(end + 2));
        // The count of what "en" stands for, after its verb: "Le musée en conserve quatorze",
        // "il en a vendu trois" (not before a noun, which counts itself).
        // (Before an adjunct of time or place too: "la commune, qui en comptait sept dans
        // les années 1950".)
        let adjunct = matches!(
            self.lw(end),
            "dans"
                | "en"
                | "à"
                | "au"
                | "aux"
                | "sur"
                | "depuis"
                | "avant"
                | "après"
                | "pour"
                | "cette"
                | "cet"
                | "ce"
                | "hier"
                | "jusqu'"
        );
        // (Not a scorer's tally in a match: "Samedi, il en a inscrit neuf, dont quatre
        // penalties".)
        let en_count = value >= 2
            && !(j >= 1 && lex::SCORING_VERBS.contains(&self.lw(j - 1)))
            && (!self.is_word(end) || adjunct || (self.lw(end) == "de" && self.lw(end + 1) == "plus"))
            // Not what someone looks or seems ("en paraît dix de plus": years).
            && !(j >= 1 && matches!(self.lw(j - 1), "voici" | "voilà" | "paraît" | "paraissait" | "semble" | "fait"))
            && ((j >= 2 && self.lw(j - 2) == "en" && self.is_word(j - 1))
                // "il n'en reste que cinq", "n'en compte plus que deux".
                || (j >= 3
                    && self.lw(j - 1) == "que"
                    && (j.saturating_sub(5)..j - 1).any(|p| self.lw(p) == "en" && p >= 1 && self.lw(p - 1) == "n'"))
                || (j >= 3 && self.lw(j - 3) == "en" && matches!(self.lw(j - 2), "a" | "ont" | "avait" | "avaient")));
        // A run: "eight straight league games", "five consecutive wins" (not of units of
        // time, a duration: "on at least three consecutive days").
        let streak =
            lex::STREAK_WORDS.contains(&self.lw(end)) && self.is_word(end + 1) && !self.is(end + 1, cl::DURATION);
        // A count standing alone as the subject, of what was just counted: "Vingt-huit
        // bateaux avaient pris le départ. Six ont abandonné, dont deux…", "Two were held
        // back".
        let alone_subject = (j == 0 || (j >= 1 && self.is_num(j - 1)))
            && value >= 2
            && matches!(
                self.lw(end),
                "ont" | "sont" | "avaient" | "étaient" | "have" | "had" | "were" | "are" | "was"
            );
        // A value in a list of characteristics: "- Piles : sept", the line ending there.
        let listed_value = j > 0
            && self.is_sym(j - 1, ':')
            && (end >= self.t.len() || (end + 1 >= self.t.len() && (self.is_sym(end, ';') || self.is_sym(end, '.'))));
        // So is one person whom the event befell: "One person was taken to hospital", "one
        // worker had been killed" (English "one": "un"/"une" are articles too).
        // (In French, "une personne" only, before what befell her: "Une personne est portée
        // disparue"; "un homme a été interpellé" reads as the article.)
        let une_personne = || {
            let mut k = end + 1;
            while matches!(
                self.lw(k),
                "est" | "a" | "été" | "porté" | "portée" | "légèrement" | "grièvement" | "gravement" | "mortellement"
                    // (And "toujours", "encore": "Une personne est toujours portée disparue".)
                    | "toujours" | "encore"
            ) {
                k += 1;
            }
            k > end + 1
                && matches!(
                    self.lw(k),
                    "disparue"
                        | "disparu"
                        | "blessée"
                        | "blessé"
                        | "tuée"
                        | "tué"
                        | "décédée"
                        | "décédé"
                        | "morte"
                        | "mort"
                        | "hospitalisée"
                        | "hospitalisé"
                )
        };
        let one_befell = (self.lw(j) == "one"
            && (lex::PERSON_NOUNS.contains(&self.lw(end)) || lex::ONE_PERSON_NOUNS.contains(&self.lw(end)))
            && self.counted_subject(end + 1))
            || (matches!(self.lw(j), "un" | "une")
                && lex::ONE_PERSON_NOUNS_FR.contains(&self.lw(end))
                && une_personne());
        // A poll's sample: "a poll of nine analysts", "un sondage auprès de cinq économistes".
        let sample = j >= 2
            && matches!(self.lw(j - 1), "of" | "de" | "d'" | "among")
            && matches!(self.lw(j - 2), "poll" | "survey" | "sondage" | "enquête" | "auprès");
        // People counted by a pronoun and "être", with no noun: "Ils étaient cinq dans le
        // box", "nous étions trois" (not "ils sont deux fois plus").
        let pronoun_count = j >= 2
            && value >= 2
            && matches!(self.lw(j - 2), "ils" | "elles" | "nous" | "they" | "we")
            && matches!(
                self.lw(j - 1),
                "étaient" | "étions" | "sont" | "sommes" | "seront" | "serons" | "were" | "are"
            )
            && (!self.is_word(end) || self.is(end, cl::STOP))
            && !matches!(self.lw(end), "fois" | "times");
        // A count of the people whom the event befell, its noun before the verb: "Four
        // seafarers were killed", "trois marins ont été blessés".
        let befallen = self.counted_noun(end) && self.counted_subject(end + 1);
        // Medals with their noun left out: "trois titres, quatre médailles d'argent et
        // quatre de bronze".
        let medals = matches!(
            (self.lw(end), self.lw(end + 1)),
            ("de", "bronze") | ("d'", "argent" | "or")
        );
        let counted = victims
            || pronoun_count
            || befallen
            || medals
            || sample
            || one_befell
            || so_many
            || streak
            || listed_value
            || alone_subject
            || en_count
            || self.counted_subject(end)
            || part_of_counted
            || self.is(end, cl::COUNTED)
            || (self.is_word(end) && self.is(end + 1, cl::COUNTED) && !self.is(end, cl::STOP))
            // Two or three words of a compound noun before it: "six housing enforcement
            // officers", "three Russian embassy employees" (a nationality first).
            || (2..=3).any(|n| {
                self.is(end + n, cl::COUNTED)
                    && (end..end + n).all(|q| {
                        self.tok(q).is_some_and(|t| {
                            t.is_word()
                                && (!t.is_capitalized() || q == end)
                                && !t.is(cl::STOP)
                                && t.num().is_none()
                        })
                    })
            })
            // A model's designation before it: "scrambled two F-16 jets".
            || (self.tok(end).is_some_and(|t| t.is_word() && t.is_capitalized() && t.text.len() <= 3)
                && self.is_sym(end + 1, '-')
                && self.glued(end + 1)
                && self.is_num(end + 2)
                && self.glued(end + 2)
                && self.is(end + 3, cl::COUNTED))
            // "two more Patriot systems": "more" or "other" before the noun or its adjective.
            || (lex::OTHER_WORDS.contains(&self.lw(end))
                && ((self.is(end + 1, cl::COUNTED) && matches!(self.lw(end), "more" | "new"))
                    || self.is(end + 2, cl::COUNTED)
                    || self.described_noun(end + 1).is_some()))
            || (!lex::SMALL_WORDS_EN.contains(&self.lw(j)) && self.counted_noun(end))
            || self.described_plural(end)
            || self.named_plural(end).is_some()
            || self.hyphenated_adjective(end)
            || self.points_of_change(j, end)
            || self.times_of_event(j, end, value)
            || self.vote_side(end)
            || measured
            || self.there_are(j, end);
        // "All ten of its members": the whole of a known set (not "killing all nine crew
        // members", a toll).
        // (Or of its members: "the agreement of all seven members and the EU".)
        let all =
            j > 0 && self.lw(j - 1) == "all" && (self.lw(end) == "of" || lex::MEMBER_WORDS.contains(&self.lw(end)));
        // A superlative after the noun picks some of a set: "les cinq victimes les plus
        // atteintes", "the three most damaged homes" counts them.
        // (Not in an apposition to names: "la Hongrie et la Slovaquie, les deux pays les plus
        // réticents".)
        let apposition = j >= 2 && self.is_sym(j - 2, ',');
        let picked = !apposition
            && ((self.lw(end + 1) == "les" && self.lw(end + 2) == "plus")
                || (self.lw(end) == "most" && self.is_word(end + 1)));
        let definite = j > 0
            && !picked
            && (lex::DEFINITE_DETERMINERS.contains(&self.lw(j - 1))
                || lex::DEFINITE_BEFORE_WORDS.contains(&self.lw(j - 1))
                || all);
        // A number word after a singular article is a noun, not a count: a rowing crew ("il
        // ramait dans le huit vétérans"), a bus, a card.
        let noun_word = j > 0 && matches!(self.lw(j - 1), "le" | "du" | "au") && value >= 2;
        let family = !large && lex::FAMILY_NOUNS.contains(&self.lw(end)) && self.family_cue_before(j);
        // A family, a noun, the parts of a whole: a set known without the copy.
        let known_set = family || (noun_word && !large) || self.divided_into(j);
        if known_set || (!large && (definite || !(counted || prefixed || ranged || percent))) {
            return Outcome::Skip(end);
        }
        // One casualty is a toll: "la frappe a fait un mort", "one dead".
        let toll = lex::CASUALTY_NOUNS.contains(&self.lw(end)) || one_befell;
        if value <= 1 && !has_scale && !percent && !toll {
            return Outcome::Skip(end);
        }
        // "deux autres délégués": the noun comes after "autres".
        let noun_at = if lex::OTHER_WORDS.contains(&self.lw(end)) && self.is_word(end + 1) {
            end + 1
        } else {
            end
        };
        // "five others were eliminated": "others" is the noun.
        let pronoun =
            matches!(self.lw(end), "others" | "autres") && !self.is(end + 1, cl::COUNTED) && self.counted_subject(end);
        // ("three times": "times" is the noun of a count of events.)
        let noun_end = if streak {
            // "straight", then the noun with up to one word before it ("league games").
            let mut e = end + 1;
            while e < end + 3 && self.tok(e).is_some_and(|t| t.is_word() && !t.is(cl::STOP)) {
                e += 1;
            }
            e
        } else if pronoun || self.times_of_event(j, end, value) {
            end + 1
        } else if let Some(n) = self.named_plural(end) {
            n
        } else if self.hyphenated_adjective(end) {
            end + 4
        } else if let Some(n) = self.described_noun(end) {
            // "three Lyon restaurants": past the described noun.
            n + 1
        } else if !self.is(end, cl::COUNTED | cl::STOP) && self.is_word(end) && self.is(end + 1, cl::COUNTED) {
            // "six shuttle buses": a word that describes the counted noun, then the noun.
            end + 2
        } else {
            self.noun(noun_at)
        };
        if !large
            && value >= 2
            && (self.enumerated(noun_end, value)
                || (value == 2 && self.one_and_the_other(noun_end))
                || self.named_before(j, value))
        {
            return Outcome::Skip(noun_end);
        }
        // A title: "their second, Seven Rivers, topped the charts": a capitalised number word
        // inside the sentence, before a capitalised word.
        if j > 0
            && self.tok(j).is_some_and(|t| t.is_capitalized())
            && self.t[..j].iter().any(Tok::is_word)
            && self.tok(end).is_some_and(|t| t.is_word() && t.is_capitalized())
        {
            return Outcome::Skip(end + 1);
        }
        // A record: "cinq victoires pour une défaite", "five wins and two losses"; a match's
        // length: "en cinq manches".
        if self.record_of_results(end) || self.match_length(j, end) {
            return Outcome::Skip(end + 1);
        }
        // A rating: "un chef trois étoiles", "a five-star hotel" is written with a hyphen.
        if matches!(self.lw(end), "étoiles" | "stars") && j > 0 && lex::RATED_NOUNS.contains(&self.lw(j - 1)) {
            return Outcome::Skip(end + 1);
        }
        // "Trois questions à Germaine Roux", "Three questions for…": the questions the piece
        // prints (enumerated by the layout).
        if !large
            && value >= 2
            && self.lw(end) == "questions"
            && matches!(self.lw(end + 1), "à" | "pour" | "for" | "to")
        {
            return Outcome::Skip(end + 1);
        }
        // "Huit chiffres.", "Five numbers:": the items the piece itself prints, named alone
        // as a heading of a list.
        // (Or in a lead: "Cette semaine, huit chiffres, et quelques autres en bonus.")
        let alone = noun_end >= self.t.len()
            || self.is_sym(noun_end, '.')
            || self.is_sym(noun_end, ':')
            || self.is_sym(noun_end, ',');
        if !large
            && alone
            && matches!(
                self.lw(end),
                "chiffres" | "dates" | "questions" | "choses" | "numbers" | "figures" | "things"
            )
        {
            return Outcome::Skip(noun_end);
        }
        // "Five Panamanian players were booked": bookings in a match.
        if matches!(self.lw(noun_end), "were" | "was") && matches!(self.lw(noun_end + 1), "booked" | "cautioned") {
            return Outcome::Skip(noun_end + 2);
        }
        Outcome::Figure {
            start: j,
            end: noun_end,
            kind: FigureKind::Words,
        }
    }

    /// A small count in apposition to the names it counts, which open the sentence: "Sidi
    /// Deddeche et Amgid Ahmed, deux activistes pacifistes, …", "Ana Ruiz, Li Wei and Tom
    /// Hart, three nurses, …" (as many names as the count).
    /// (Or after a verb and its preposition, with a possessive name before the count: "The
    /// United States imposed sanctions on Rosneft and Lukoil, Russia's two largest oil
    /// companies".)
    fn named_before(&self, j: usize, value: u64) -> bool {
        // Past a possessive name: ", Russia's two…".
        let possessive = j >= 5
            && self.lw(j - 1) == "s"
            && (self.is_sym(j - 2, '\'') || self.is_sym(j - 2, '’'))
            && self.tok(j - 3).is_some_and(|t| t.is_word() && t.is_capitalized())
            && self.is_sym(j - 4, ',');
        let comma = if possessive { j - 4 } else { j.saturating_sub(1) };
        if j < 4 || !self.is_sym(comma, ',') {
            return false;
        }
        // (A part glued after an apostrophe: "M'hamed".)
        let allowed = |t: &Tok<'_>| {
            (t.is_word() && (t.is_capitalized() || !t.space_before || matches!(t.lower.as_ref(), "et" | "and")))
                || t.is_sym(',')
                || t.is_sym('\'')
                || t.is_sym('’')
                || t.is_sym('-')
        };
        // The names open the sentence, or follow a preposition: "sanctions on Rosneft and…".
        let from = self.t[..comma].iter().rposition(|t| !allowed(t)).map_or(0, |p| p + 1);
        let after_preposition = from > 0
            && matches!(
                self.lw(from - 1),
                "on" | "against" | "with" | "between" | "contre" | "sur" | "entre" | "avec"
            );
        if from > 0 && !after_preposition {
            return false;
        }
        let names = &self.t[from..comma];
        let allowed = !names.is_empty() && names.iter().all(allowed);
        let joins = names
            .iter()
            .filter(|t| matches!(t.lower.as_ref(), "et" | "and"))
            .count();
        let commas = names.iter().filter(|t| t.is_sym(',')).count();
        allowed && joins == 1 && (commas + joins + 1) as u64 == value
    }

    /// A small count whose members the sentence names right after it (the guideline's
    /// `enumerated`): "Trois listes, celles de Besson, de Roux et de Marchal", "deux
    /// suspects, un homme de 23 ans et une femme de 31 ans", "two candidates: Martin and
    /// Petit". A comma or colon, a word that opens a member, and "et"/"and" before the
    /// clause ends.
    fn enumerated(&self, e: usize, value: u64) -> bool {
        // A complement of the noun ("trois têtes d'affiche, Les Marées Basses, Kalia et…"),
        // then up to two adjectives: "deux complices présumés, Julien R. et…".
        let mut e = e;
        // (Or "du"/"des": "quatre communes du massif du Mézenc : Les Chazeaux, …"; or with its
        // article: "deux records de la piste, celui du 200 m lancé et celui du kilomètre".)
        if matches!(self.lw(e), "d'" | "de" | "du" | "des")
            && self.tok(e + 1).is_some_and(|t| t.is_word() && !t.is(cl::STOP))
        {
            e += 2;
        } else if matches!(self.lw(e), "de" | "d'")
            && matches!(self.lw(e + 1), "la" | "l'")
            && self.tok(e + 2).is_some_and(|t| t.is_word() && !t.is(cl::STOP))
        {
            e += 3;
        }
        for _ in 0..2 {
            if self
                .tok(e)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is(cl::STOP))
            {
                e += 1;
            }
        }
        // Past a ranking: "deux joueurs classés 15/1, Théo Marchal et Yanis Belkacem".
        if e > 0
            && self.lw(e - 1).starts_with("classé")
            && self.is_num(e)
            && self.is_sym(e + 1, '/')
            && self.is_num(e + 2)
        {
            e += 3;
        }
        // The dates of a schedule, one by one past its verb: "Two more Venus flybys are
        // planned, in June 2027 and February 2028", "deux réunions sont prévues, le 12 et le
        // 19 décembre".
        let dated = matches!(self.lw(e), "are" | "is" | "sont" | "est")
            && matches!(
                self.lw(e + 1),
                "planned" | "scheduled" | "prévus" | "prévues" | "programmés" | "programmées"
            )
            && self.is_sym(e + 2, ',')
            && matches!(self.lw(e + 3), "in" | "on" | "en" | "le");
        if dated {
            e += 2;
        }
        // A colon may come after a short adverbial: "three Lyon restaurants on Monday: …",
        // or a longer complement with no other mark: "trois tronçons de cours d'eau
        // d'Ille-et-Vilaine : la Vilaine amont, …".
        let colon = (e..(e + 10).min(self.t.len()))
            .take_while(|&k| !(self.is_sym(k, ',') || self.is_sym(k, '.') || self.is_sym(k, ';')))
            .find(|&k| self.is_sym(k, ':'));
        if let Some(c) = colon {
            e = c;
        }
        // Or past a participle that names them: "trois nouvelles salles, baptisées Lumière,
        // Méliès et Varda".
        let naming = self.is_sym(e, ',')
            && matches!(
                self.lw(e + 1),
                "baptisé"
                    | "baptisée"
                    | "baptisés"
                    | "baptisées"
                    | "nommés"
                    | "nommées"
                    | "named"
                    | "called"
                    | "dubbed"
            )
            && self.tok(e + 2).is_some_and(|t| t.is_word() && t.is_capitalized());
        if naming {
            e += 1;
        }
        // Or in brackets: "cinq syndicats (FSU, SE-Unsa, CGT, SUD et Snalc)".
        if !(naming || self.is_sym(e, ',') || self.is_sym(e, ':') || self.is_sym(e, '(')) {
            return false;
        }
        // After a colon, a definite article opens a member too: "trois sujets : les
        // prisonniers, les corps et le retour des enfants".
        let colon_article = self.is_sym(e, ':') && matches!(self.lw(e + 1), "les" | "le" | "la" | "l'" | "the");
        // After a colon, any word opens the members: "dans trois catégories : noix fraîche,
        // noix sèche et cerneau" (their number must still match).
        let opens = colon_article
            || dated
            || naming
            || (self.is_sym(e, ':') && self.is_word(e + 1))
            || self.tok(e + 1).is_some_and(|t| {
                lex::MEMBER_OPENERS.contains(&t.lower.as_ref()) || (t.is_word() && t.is_capitalized())
            });
        if !opens {
            return false;
        }
        // The members up to "et"/"and": as many as the count ("cinq couloirs, une
        // pataugeoire et un espace" lists other things).
        // In brackets, the members may be listed with commas alone: "quatre départements
        // voisins (Hérault, Lozère, Ardèche, Bouches-du-Rhône)".
        if self.is_sym(e, '(') {
            if let Some(close) = (e + 1..(e + 40).min(self.t.len())).find(|&k| self.is_sym(k, ')')) {
                let commas = (e + 1..close).filter(|&k| self.is_sym(k, ',')).count() as u64;
                let and = (e + 1..close).any(|k| matches!(self.lw(k), "et" | "and"));
                if commas + 1 + u64::from(and) == value {
                    return true;
                }
            }
        }
        // Hyphenated names make the list long: "la Charente-Maritime, la Haute-Vienne et…".
        let and = (e + 2..(e + 36).min(self.t.len()))
            // The period of an initial does not end it: "Julien R. et Karim B.".
            .take_while(|&k| (self.initial(k - 1) || !self.is_sym(k, '.')) && !self.is_sym(k, ';'))
            .find(|&k| matches!(self.lw(k), "et" | "and"));
        and.is_some_and(|and| {
            let commas = (e + 1..and).filter(|&k| self.is_sym(k, ',')).count() as u64;
            // (A serial comma before "and" adds none: "four routes only: A, B, C, and D".)
            // (Three members at least: "deux bus, à 610 000 euros pièce, et Serrabus…" is no
            // list of two.)
            let serial = u64::from(value >= 3 && self.is_sym(and - 1, ','));
            commas - serial + 2 == value
        })
    }
}

impl Scan<'_, '_> {
    /// How many clock times ("17 h", "20 h 30") follow "à" within a few words of `k`, one
    /// after the other, joined by commas and "et".
    fn times_listed(&self, k: usize) -> usize {
        let Some(mut p) = (k..(k + 4).min(self.t.len())).find(|&p| self.lw(p) == "à") else {
            return 0;
        };
        p += 1;
        let mut times = 0;
        while self.is_num(p) && self.lw(p + 1) == "h" {
            times += 1;
            p += 2;
            if self.is_num(p) {
                p += 1;
            }
            if self.is_sym(p, ',') || self.lw(p) == "et" {
                p += 1;
            } else {
                break;
            }
        }
        times
    }

    /// Whether the token at `k` is one capital letter: an initial ("Julien R.").
    fn initial(&self, k: usize) -> bool {
        self.tok(k)
            .is_some_and(|t| t.is_word() && t.text.chars().count() == 1 && t.is_capitalized())
    }

    /// A word of [`lex::FAMILY_CUES`] among the twenty words before `j`, in its sentence:
    /// "il laisse une épouse, trois enfants", "père de quatre fils", "survived by two sons".
    fn family_cue_before(&self, j: usize) -> bool {
        (j.saturating_sub(20)..j)
            .rev()
            .take_while(|&k| !self.is_sym(k, '.'))
            .any(|k| lex::FAMILY_CUES.contains(&self.lw(k)))
    }

    /// Whether the number word at `j` follows a verb that makes casualties, maybe after
    /// "all"/"tous" ("killing all nine crew members", "tuant trois"): see
    /// [`lex::CASUALTY_VERBS`].
    fn after_casualty_verb(&self, j: usize) -> bool {
        let mut k = j;
        if k > 0 && matches!(self.lw(k - 1), "all" | "tous" | "toutes" | "les") {
            k -= 1;
        }
        k > 0 && lex::CASUALTY_VERBS.contains(&self.lw(k - 1))
    }

    /// A number in words that is the subject of what befell people, with no noun: "three
    /// were taken to hospital", "deux ont été blessés"; or "others" as that noun: "five others
    /// were eliminated", "deux autres sont hospitalisés". `e` is the token after the number.
    fn counted_subject(&self, e: usize) -> bool {
        let others = matches!(self.lw(e), "others" | "autres") && !self.is(e + 1, cl::COUNTED);
        let mut k = if others { e + 1 } else { e };
        // The auxiliaries: "were", "had been", "ont été", "sont".
        let mut aux = false;
        while lex::SUBJECT_AUXILIARIES.contains(&self.lw(k)) {
            k += 1;
            aux = true;
        }
        let befell = lex::BEFELL_PARTICIPLES.contains(&self.lw(k)) || lex::VOTE_PARTICIPLES.contains(&self.lw(k));
        // "three abstained": a vote's verb needs no auxiliary.
        let voted = matches!(self.lw(k), "voted" | "abstained");
        // (Or in a headline's or a bullet's shorthand, no auxiliary: "* One person killed,
        // five injured"; not an active verb with its object, "One man killed two others".)
        let shorthand = !aux
            && befell
            && self
                .tok(k + 1)
                .is_none_or(|t| !t.is_word() || matches!(t.lower.as_ref(), "in" | "and" | "after" | "as" | "when"));
        (aux && befell) || shorthand || voted || (others && (aux || self.is(k, cl::VERB)))
    }

    /// A count that stands alone after "there are"/"il en reste": "Today there are seven.",
    /// "Il en reste sept."
    fn there_are(&self, j: usize, end: usize) -> bool {
        let before = (j >= 2).then(|| (self.lw(j - 2), self.lw(j - 1)));
        let stands = matches!(
            before,
            Some(("there", "are" | "were" | "remain")) | Some(("en", "reste" | "restent"))
        );
        stands && !self.is_word(end)
    }

    /// A side of a vote's tally in a sentence about a vote: "dix-neuf ont voté pour, six
    /// contre", "nine voted for and three against" (not "deux pour cent").
    fn vote_side(&self, end: usize) -> bool {
        let side = matches!(self.lw(end), "contre" | "pour" | "against" | "for")
            && self
                .tok(end + 1)
                .is_none_or(|t| !t.is_word() || matches!(t.lower.as_ref(), "et" | "and"));
        side && self
            .t
            .iter()
            .any(|t| t.lower.starts_with("vot") || t.lower.starts_with("abst"))
    }

    /// Percentage points of a change in words: "a reculé de sept points", "s'en écarter de
    /// dix points", "fell by seven points"; not a margin in a match ("gagné de sept points"
    /// beside a word of a result). `j` is the number, `end` the token after it.
    fn points_of_change(&self, j: usize, end: usize) -> bool {
        if !matches!(self.lw(end), "points" | "point") || j < 2 {
            return false;
        }
        let fr =
            matches!(self.lw(j - 1), "de" | "d'") && lex::CHANGE_STEMS_FR.iter().any(|s| self.lw(j - 2).starts_with(s));
        let en = lex::CHANGE_VERBS_EN.contains(&self.lw(j - 1))
            || (self.lw(j - 1) == "by" && lex::CHANGE_VERBS_EN.contains(&self.lw(j - 2)));
        // Or a margin's: "une marge de dix points", "la marge d'erreur est estimée à quatre
        // points", "a margin of error of three points".
        let margin = self.t[j.saturating_sub(6)..j]
            .iter()
            .any(|t| matches!(t.lower.as_ref(), "marge" | "margin"));
        // Not beside a match's result; "imposer" is a result only as "s'imposer" ("la
        // réglementation impose une marge de dix points"), "mener" not after "été"
        // ("l'enquête a été menée auprès de 612 personnes").
        let reflexive = |p: usize| (p.saturating_sub(2)..p).any(|q| matches!(self.lw(q), "s'" | "se" | "s’"));
        let not_a_result = |p: usize, w: &str| {
            (w.starts_with("impos") && !reflexive(p)) || (w.starts_with("men") && p > 0 && self.lw(p - 1) == "été")
        };
        let result = self
            .t
            .iter()
            .enumerate()
            .any(|(p, t)| t.is_word() && t.is(cl::SCORE_CUE) && !not_a_result(p, &t.lower));
        (fr || en || margin) && !result
    }

    /// A count of events: "a level triggered three times since 2001", "met Putin five times
    /// last year"; three or more, after a verb of the sentence, and not a comparison ("trois
    /// fois plus", "five times as many") nor an idiom ("trois fois rien").
    fn times_of_event(&self, j: usize, end: usize, value: u64) -> bool {
        // ("à neuf reprises": French for so many times.)
        // (Twice too, over a period since a date: "Il avait déjà été évacué deux fois depuis
        // 2014"; "deux fois" alone is mostly a manner of speaking.)
        let since = value == 2 && matches!(self.lw(end + 1), "depuis" | "since") && self.is_num(end + 2);
        if !matches!(self.lw(end), "fois" | "times" | "reprises") || !((3..=20).contains(&value) || since) {
            return false;
        }
        let next = self.lw(end + 1);
        let comparison = matches!(
            next,
            "plus"
                | "moins"
                | "more"
                | "less"
                | "as"
                | "mieux"
                | "rien"
                | "autant"
                | "supérieur"
                | "supérieure"
                | "inférieur"
                | "inférieure"
                | "higher"
                | "lower"
                | "larger"
                | "bigger"
                | "smaller"
                | "the"
                | "that"
                | "what"
                | "par"
                | "a"
                | "per"
                | "over"
                // ("three times its size"; "three times last year's level" below.)
                | "its"
                | "their"
        ) || next.ends_with("er")
            || (next == "last" && (self.is_sym(end + 3, '\'') || self.is_sym(end + 3, '’')) && self.lw(end + 4) == "s");
        // A verb among the four words before: of the lexicon, or a participle ("déclenché",
        // "visited"), or "met".
        let verb = (j.saturating_sub(4)..j).any(|p| {
            let w = self.lw(p);
            self.is(p, cl::VERB)
                // (Four letters will do: "a payé trois fois".)
                || (w.chars().count() >= 4 && ["é", "ée", "és", "ées", "ed"].iter().any(|e| w.ends_with(e)))
                || matches!(w, "met" | "won" | "saw" | "hit" | "struck")
        });
        // "à neuf reprises" counts events whatever the verb.
        let reprises = self.lw(end) == "reprises" && j >= 1 && self.lw(j - 1) == "à";
        reprises || (!comparison && verb && !self.is(j - 1, cl::STOP))
    }

    /// An English count whose noun an adjective describes: "two Chinese refineries", "four
    /// Grammy awards", "three air-conditioned shelters", "seven British records". A word that
    /// reads as an adjective (a capital, or an ending of one: -ed, -al, -ese, -ish, -ian, -ic,
    /// -er), then a plural noun; the bare "two things" stays with the closed list.
    fn described_plural(&self, e: usize) -> bool {
        self.described_noun(e).is_some()
    }

    /// The plural noun of [`Self::described_plural`], if `e` opens one.
    fn described_noun(&self, e: usize) -> Option<usize> {
        let a = self.tok(e)?;
        if !a.is_word() || a.is(cl::STOP | cl::NUMWORD | cl::DURATION) || lex::OTHER_WORDS.contains(&a.lower.as_ref()) {
            return None;
        }
        // "air-conditioned": the adjective's last part after a hyphen.
        let mut n = e + 1;
        if self.is_sym(n, '-') && self.glued(n) && self.is_word(n + 1) {
            n += 2;
        }
        let w = self.lw(n - 1);
        let adjective = a.is_capitalized()
            || ["ed", "al", "ese", "ish", "ian", "ic", "er"]
                .iter()
                .any(|s| w.len() > 4 && w.ends_with(s));
        (adjective && self.counted_noun(n) && self.tok(n).is_some_and(|t| !t.is_capitalized())).then_some(n)
    }

    /// A hyphenated adjective, then a counted noun: "three sold-out shows", "deux
    /// avions-cargos" (`e`: the adjective's first word).
    fn hyphenated_adjective(&self, e: usize) -> bool {
        self.is_word(e)
            && self.is_sym(e + 1, '-')
            && self.glued(e + 1)
            && self.is_word(e + 2)
            && self.glued(e + 2)
            && self.is(e + 3, cl::COUNTED)
    }

    /// Wins and defeats told together, a team's record: "cinq victoires pour une défaite",
    /// "18 victoires pour 4 défaites", "five wins and two losses" (`e`: the first noun).
    pub(super) fn record_of_results(&self, e: usize) -> bool {
        lex::RECORD_WINS.contains(&self.lw(e))
            && matches!(self.lw(e + 1), "pour" | "et" | "contre" | "for" | "and" | "against")
            && (self.is_num(e + 2) || self.is(e + 2, cl::NUMWORD))
            && lex::LOSS_WORDS.contains(&self.lw(e + 3))
    }

    /// Capitalised words after the count, the last a plural, and what they name: "four
    /// Italian Eurofighter Typhoons", "two more German Eurofighters" (after "more"/"other").
    /// The token after the plural.
    fn named_plural(&self, e: usize) -> Option<usize> {
        let mut k = e;
        if lex::OTHER_WORDS.contains(&self.lw(k)) {
            k += 1;
        }
        let from = k;
        while k < from + 3 && self.tok(k).is_some_and(|t| t.is_word() && t.is_capitalized()) {
            k += 1;
        }
        let last = self.tok(k.checked_sub(1)?)?;
        let w = last.lower.as_ref();
        (k > from && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")).then_some(k)
    }

    /// Two members told apart after the count, in its sentence: "two Syrian teams, one
    /// national and one of refugees", "deux offres, l'une en ligne, l'autre en boutique".
    fn one_and_the_other(&self, e: usize) -> bool {
        let end = (e..(e + 20).min(self.t.len()))
            .find(|&k| self.is_sym(k, '.') || self.is_sym(k, ';'))
            .unwrap_or(self.t.len().min(e + 20));
        let first = (e..end)
            .find(|&k| self.is_sym(k, ',') && matches!(self.lw(k + 1), "one" | "l'un" | "l'une" | "l'" | "un" | "une"));
        first.is_some_and(|f| {
            (f + 2..end).any(|k| {
                (matches!(self.lw(k), "and" | "et" | ",") || self.is_sym(k, ','))
                    && matches!(
                        (self.lw(k + 1), self.lw(k + 2)),
                        ("one", _) | ("the", "other") | ("l'autre", _) | ("l'", "autre") | ("un", _) | ("une", _)
                    )
            })
        })
    }

    /// A noun at `e` that a small French number in words counts: a lower-case word that is not a
    /// stop word nor a unit of time, maybe after "autres"/"other"/"more"; or a capitalised
    /// plural of people ("trois Européens").
    fn counted_noun(&self, e: usize) -> bool {
        let e = if lex::OTHER_WORDS.contains(&self.lw(e)) {
            e + 1
        } else {
            e
        };
        let Some(t) = self.tok(e) else {
            return false;
        };
        // A compound noun, its plural on its last part ("quatre mobile-homes") or none
        // ("deux sans-abri").
        if t.is_word()
            && !t.is(cl::NUMWORD | cl::DURATION)
            && self.is_sym(e + 1, '-')
            && self.glued(e + 1)
            && self.is_word(e + 2)
            && self.glued(e + 2)
        {
            // (Not kin, counted by the family rules, nor halves of time: "six
            // arrière-petits-enfants", "deux mi-temps".)
            let kin_or_time = matches!(
                t.lower.as_ref(),
                "arrière" | "petits" | "petites" | "beaux" | "belles" | "grands" | "grand" | "mi" | "demi"
            );
            let last = self.lw(e + 2);
            if !kin_or_time && ((last.len() > 3 && (last.ends_with('s') || last.ends_with('x'))) || t.lower == "sans") {
                return true;
            }
        }
        if !t.is_word() || t.is(cl::STOP | cl::NUMWORD | cl::DURATION) {
            return false;
        }
        let w = t.lower.as_ref();
        // A plural noun: French and English plurals end in s or x.
        // (And two plurals of three letters: "six bus", "quatre cas".)
        let plural = (w.len() > 3 && (w.ends_with('s') || w.ends_with('x'))) || matches!(w, "bus" | "cas");
        plural && !lex::NOT_COUNTED_AFTER_WORDS.contains(&w)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        // Medals with their noun left out.
        (
            "Ils ont décroché trois titres, quatre médailles d'argent et quatre de bronze.",
            &["trois titres", "quatre médailles", "quatre de bronze"],
        ),
        // All the members of a set; six coaches counted.
        (
            "Any change needs the agreement of all seven members. The council arranged six replacement coaches.",
            &["six replacement coaches"],
        ),
        // People counted by a pronoun and "être"; a count whom the event befell.
        (
            "Ils étaient cinq dans le box. Nous étions trois. Ils sont deux fois plus nombreux.",
            &["cinq", "trois", "deux fois plus nombreux"],
        ),
        (
            "Four seafarers were killed in those attacks. Trois marins ont été blessés. Four seafarers sailed on.",
            &["Four seafarers", "Trois marins"],
        ),
        // Members named after a participle; names before the count, after a preposition.
        (
            "Le cinéma rouvre avec trois nouvelles salles, baptisées Lumière, Méliès et Varda. Il ouvre trois salles, dont Varda et Lumière.",
            &["trois salles"],
        ),
        (
            "The US imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies. Sanctions hit Lukoil, Russia's two largest firms.",
            &["two largest firms"],
        ),
        // Members listed after a colon with a serial comma (three at least).
        (
            "Trains ran on four routes only: Edinburgh to Glasgow, Glasgow to Paisley, Edinburgh to Kirkcaldy, and Glasgow to Motherwell.",
            &[],
        ),
        (
            "L'agglomération a acheté deux bus électriques, à 610 000 euros pièce, et Serrabus a recruté six conducteurs.",
            &["deux bus", "610 000 euros pièce", "six conducteurs"],
        ),
        // A multiple of a level by its possessive.
        (
            "Trams carried twice their usual number of passengers; incursions were three times last year's level.",
            &["twice their usual", "three times last year's level"],
        ),
        // A number word after a singular article names a crew, not a count.
        (
            "Il ramait dans le huit vétérans, au côté du quatre barré ; huit rameurs ont couru.",
            &["huit rameurs"],
        ),
        // Twice over a period since a date; "deux fois" alone is a manner of speaking.
        (
            "Il avait déjà été évacué deux fois depuis 2014. Il l'a dit deux fois.",
            &["deux fois"],
        ),
        // A poll's sample in words counts its people; so many sources alone do not.
        (
            "It was below the forecast in a poll of nine analysts; a survey of five brokerages; selon un sondage auprès de cinq économistes. Two traders said so.",
            &["nine analysts", "five brokerages", "cinq économistes"],
        ),
        // As many people as the names listed after them.
        (
            "Il a été trouvé par deux bénévoles de l'association, Marie Delmas et Henri Puech, qui inventoriaient le mobilier.",
            &[],
        ),
        ("Two nurses, Ana Ruiz and Tom Hale, were hurt.", &[]),
        (
            "L'épave a été repérée par trois plongeurs du club Aqua-Bourget, Marc Fillon, Élodie Rey et Samuel Berthet.",
            &[],
        ),
        (
            "Chaque cycle compte deux séances de 45 minutes par semaine ; 300 séances ont eu lieu.",
            &["300 séances"],
        ),
        // A club's training week; a line's round trips, few or many.
        (
            "Ils nagent à raison de neuf séances par semaine, avec deux allers-retours par jour ; la ligne aura huit allers-retours par jour.",
            &["huit allers-retours par jour"],
        ),
        (
            "Only four countries - Chad, Zambia, Ghana and Ethiopia - have sought debt treatment.",
            &[],
        ),
        (
            "Les électeurs de Bréval-le-Haut et de Sorne-la-Combe, deux communes voisines, ont voté.",
            &[],
        ),
        ("Les secours de Lyon, trois ambulances, sont arrivés.", &["trois ambulances"]),
        ("All six reactors are in cold shutdown; six engineers stayed.", &["six engineers"]),
        ("Une victime a payé trois fois pour le même remplacement.", &["trois fois"]),
        ("Trois soldats, Ivan Petrenko et Oleh Koval, ont été blessés.", &["Trois soldats"]),
        ("Trois cents soldats.", &["Trois cents soldats"]),
        ("Trois soldats ont été tués.", &["Trois soldats"]),
        (
            "Deux des prévenus ont fait appel ; she paid for four more beds; deux des plus grands.",
            &["Deux des prévenus", "four more beds"],
        ),
        (
            "Il a gagné dans neuf des spéciales; it recalls two other incidents.",
            &[],
        ),
        ("He has campaigned in nine states this month.", &["nine states"]),
        ("Switzerland had five skiers in the top 10.", &["five skiers"]),
        ("- Piles : sept", &["sept"]),
        (
            "Ils étaient déjà neuf à avoir appris leur licenciement ; trois hommes âgés de 28 à 37 ans, dont deux sont connus.",
            &["neuf", "trois hommes", "deux"],
        ),
        ("Quatre ans d'emprisonnement, dont deux avec sursis.", &[]),
        ("Six ont abandonné, dont deux sur avarie.", &["Six", "deux"]),
        ("Vasquez had won nine of his last ten finals.", &[]),
        (
            "Née en 1926, cinquième d'une fratrie de huit enfants, elle compte onze petits-enfants.",
            &[],
        ),
        ("Eleven whales that could not be refloated were euthanised.", &["Eleven whales"]),
        ("Two were held back with brake faults.", &["Two"]),
        ("15:20 Twelve lorries have reached the village.", &["Twelve lorries"]),
        (
            "Les meilleurs lots dans trois catégories : noix fraîche, noix sèche et cerneau.",
            &[],
        ),
        // Past a longer complement before the colon; a count of another number is a figure.
        (
            "Vigicrues a placé trois tronçons de cours d'eau d'Ille-et-Vilaine : la Vilaine amont, la Vilaine médiane et la Seiche.",
            &[],
        ),
        (
            "Vigicrues a placé quatre tronçons de cours d'eau d'Ille-et-Vilaine : la Vilaine amont, la Vilaine médiane et la Seiche.",
            &["quatre tronçons"],
        ),
        ("Finland expelled three Russian embassy employees.", &["three Russian embassy employees"]),
        ("Children under eight who live far get a pass.", &[]),
        (
            "Nine of the 11 streetlights are out; only six of the company's 41 routes ran.",
            &["Nine of the 11 streetlights", "only six of the company", "41 routes"],
        ),
        ("Yesterday, day five of the 2018 World Cup, Sweden won.", &[]),
        (
            "Les cinq victimes les plus atteintes ont été transférées ; les cinq victimes sont sorties.",
            &["cinq victimes"],
        ),
        (
            "La Hongrie et la Slovaquie, les deux pays les plus réticents, hésitent.",
            &[],
        ),
        ("Huit chiffres.", &[]),
        ("Huit chiffres ont été publiés.", &["Huit chiffres"]),
        ("Cette semaine, huit chiffres, et quelques autres en bonus.", &[]),
        ("Sidi M'hamed Deddeche et Amgid Ahmed, deux activistes pacifistes, ont été arrêtés.", &[]),
        ("Ana Ruiz, Li Wei and Tom Hart, three nurses, left.", &[]),
        ("Sidi Deddeche et Amgid Ahmed, trois activistes, ont été arrêtés.", &["trois activistes"]),
        ("Il a dit : deux fois rien.", &[]),
        ("He won in 2009 for \"Ninety-Nine Miles\".", &[]),
        (
            "Elle couvre quatre communes du massif du Mézenc : Les Chazeaux, Montbrac, Saint-Ours et Fraissinet.",
            &[],
        ),
        ("L'ONG gère six bus d'évacuation ; quatre cas ont été signalés.", &["six bus", "quatre cas"]),
        // A part of the people just counted; runners counted.
        (
            "Medics treated 112 runners, nine of whom went to hospital; eleven runners ran under 2:25.",
            &["112 runners", "nine of whom", "eleven runners"],
        ),
        // Named plurals: aircraft, systems.
        (
            "Spain sent four Italian Eurofighter Typhoons, then two more German Eurofighters arrived.",
            &["four Italian Eurofighter Typhoons", "two more German Eurofighters"],
        ),
        ("(Prices in cents per bushel); deux cents euros.", &["deux cents euros"]),
        ("Elle a pris la 2e place du 400 m quatre nages, devant quatre nageuses.", &["quatre nageuses"]),
        (
            "Le camping, classé quatre étoiles, compte 180 emplacements; a five stars review.",
            &["180 emplacements"],
        ),
        (
            "La finale a opposé deux joueurs classés 15/1, Théo Marchal et Yanis Belkacem.",
            &[],
        ),
        (
            "Ils ont dominé le Stade 26 à 12, grâce à quatre essais, dont deux de leur ailier.",
            &[],
        ),
        (
            "Menées d'un but, elles ont passé un 6-1, porté par deux arrêts décisifs ; les visiteuses ont fini à cinq après deux exclusions.",
            &[],
        ),
        ("Le tribunal a prononcé deux arrêts de travail.", &["deux arrêts"]),
        // The frequency a rule sets; a count done per year is a figure.
        (
            "Le règlement impose deux ramonages par an ; les pompiers font 300 sorties par an.",
            &["300 sorties par an"],
        ),
        // As many showings as their times; not more.
        (
            "Une séance gratuite à 14 h, suivie de deux projections payantes à 17 h et 20 h 30 ; trois projections à 18 h.",
            &["trois projections"],
        ),
        // A compound noun counted: its plural on its last part, or none.
        (
            "Quatre mobile-homes ont été écrasés ; deux sans-abri ont été hospitalisés ; il laisse six arrière-petits-enfants.",
            &["Quatre mobile-homes", "deux sans-abri"],
        ),
        // A goalkeeper's saves and a team's penalties, by their verbs.
        (
            "Le gardien a repoussé 14 tirs ; les deux équipes ont écopé de trois exclusions de deux minutes.",
            &[],
        ),
        ("La police a repoussé 300 manifestants.", &["300 manifestants"]),
        ("Inès a remporté ses cinq combats, dont quatre par ippon.", &[]),
        (
            "La soirée a vu tomber deux records de la piste, celui du 200 m lancé et celui du kilomètre.",
            &[],
        ),
        // As many events as the dates of their schedule, one by one.
        ("Two more Venus flybys are planned, in June 2027 and February 2028.", &[]),
        ("Two more Venus flybys are planned in 2027.", &["Two more Venus"]),
        (
            "Three more Venus flybys are planned, in June 2027 and February 2028.",
            &["Three more Venus"],
        ),
        // Members named in brackets, with commas alone; a long list of hyphenated names.
        (
            "Des pompiers de quatre départements voisins (Hérault, Lozère, Ardèche, Bouches-du-Rhône) ; six départements (Gard, Var).",
            &["six départements"],
        ),
        (
            "Six départements restent en crise : la Vienne, les Deux-Sèvres, la Charente, la Charente-Maritime, la Haute-Vienne et la Creuse.",
            &[],
        ),
        // Members named in brackets.
        (
            "En grève à l'appel de cinq syndicats (FSU, SE-Unsa, CGT, SUD éducation et Snalc).",
            &[],
        ),
        // The whole of a known set.
        ("All ten of its members should visit; ten members voted.", &["ten members"]),
        // A title; a hyphenated adjective before the noun.
        (
            "Their second album, Seven Rivers, topped the charts; Kelsmouth cancels three sold-out shows.",
            &["three sold-out shows"],
        ),
        // Inmates counted.
        ("Two inmates on the run after escape from hospital escort.", &["Two inmates"]),
        // Charges counted.
        ("He admitted three counts of false accounting.", &["three counts"]),
        ("Natural Resources Wales issued four flood alerts.", &["four flood alerts"]),
        ("Romania scrambled two F-16 jets as drones flew.", &["two F-16 jets"]),
        ("Officers closed two car parks after midnight.", &["two car parks"]),
        // A record; a rating.
        (
            "Montvallon compte cinq victoires pour une défaite ; un chef trois étoiles ; trois victoires.",
            &["trois victoires"],
        ),
        // The questions of an interview box.
        ("Trois questions à Germaine Roux; THREE QUESTIONS FOR Helen; trois questions restent.", &["trois questions"]),
        // A run.
        (
            "He scored in eight straight league games; they won five consecutive matches.",
            &["eight straight league games", "five consecutive matches"],
        ),
        (
            "An emergency is declared when it reaches 38 °C on at least three consecutive days.",
            &["38 °C"],
        ),
        // Hardware counted; "more" before a described noun.
        (
            "Estonia has boarded two tankers and ordered two more Patriot systems.",
            &["two tankers", "two more Patriot systems"],
        ),
        ("Les deux dirigeants se sont parlé.", &[]),
        (
            "Trois des victimes étaient des employés municipaux.",
            &["Trois des victimes"],
        ),
        ("L'arbitre a refusé deux penalties; Hallett scored two tries.", &[]),
        ("Il en est à 38 buts en six rencontres.", &["38 buts"]),
        ("Il porte son total à neuf buts cette saison.", &["neuf buts"]),
        // The subject of what befell people, or "others".
        (
            "About 140 runners were treated, and three were taken to hospital.",
            &["About 140 runners", "three"],
        ),
        ("Deux ont été blessés par balle.", &["Deux"]),
        ("A first round in which five others were eliminated.", &["five others"]),
        ("Deux autres sont hospitalisés.", &["Deux autres"]),
        ("The two were married in 1990; three were elected.", &[]),
        ("Her party won nine seats on the council.", &["nine seats"]),
        // Points of a change; not a match's margin, not "points" alone.
        (
            "Chez les jeunes, l'adhésion a reculé de sept points depuis l'automne.",
            &["sept points"],
        ),
        ("Les États peuvent s'en écarter de dix points.", &["dix points"]),
        ("Support fell by seven points.", &["seven points"]),
        ("The council employs six housing enforcement officers.", &["six housing enforcement officers"]),
        ("Ils ont été libérés, tous trois salariés de l'ONG ; 300 otages restent détenus.", &["300 otages"]),
        // A kind named by a count after its noun.
        ("Il a investi dans une arracheuse six rangs.", &[]),
        ("Il loue une maison trois pièces pour 900 euros.", &["900 euros"]),
        ("The NHS has set up three pop-up clinics in the town.", &["three pop-up clinics"]),
        ("The Lynx have lost three of their last four.", &[]),
        // A part of a set someone has; what "en" stands for.
        ("Deux de vos véhicules ont été détruits.", &["Deux de vos véhicules"]),
        ("Deux d'entre eux, légèrement blessés, ont été conduits à l'hôpital.", &["Deux d'entre eux"]),
        ("Le musée en conserve quatorze, dont le premier.", &["quatorze"]),
        ("Il en a vendu trois.", &["trois"]),
        ("La commune en comptait sept dans les années 1950.", &["sept"]),
        ("Samedi, il en a inscrit neuf, dont quatre penalties.", &[]),
        ("Dans la vallée, il n'en reste que cinq.", &["cinq"]),
        ("Le service en a ouvert six de plus lundi.", &["six"]),
        (
            "L'ailier a inscrit deux essais et totalise neuf essais depuis septembre.",
            &["neuf essais"],
        ),
        ("She was the second of four children of a trawler engineer.", &[]),
        ("Her textbook went through seven editions.", &["seven editions"]),
        ("Nous en avons reçu 143 ; en voici trois.", &["143"]),
        ("Il en reste deux ou trois idées.", &[]),
        // A measure in English words.
        ("Foxes were bold when they came within two metres of a person.", &["two metres"]),
        // A margin's points.
        ("La marge d'erreur est estimée à quatre points.", &["quatre points"]),
        ("La réglementation impose une marge de dix points.", &["dix points"]),
        ("Le XV s'est imposé de dix points face à Brive.", &[]),
        (
            "L'enquête a été menée ; la marge d'erreur est estimée à quatre points.",
            &["quatre points"],
        ),
        (
            "Les Lions ont gagné de sept points face à Brive après une victoire serrée.",
            &[],
        ),
        ("Il a soulevé trois points importants.", &[]),
        // Counts of events; not comparisons, rates or idioms.
        ("Un niveau déclenché trois fois seulement depuis 2001.", &["trois fois"]),
        ("Witkoff met Putin five times last year.", &["five times"]),
        ("Le service a déclenché son plan blanc à neuf reprises depuis 2020.", &["neuf reprises"]),
        // (A comparison is a ratio, its own figure.)
        (
            "Le coût a augmenté trois fois plus vite; il a payé trois fois rien.",
            &["trois fois plus vite"],
        ),
        ("Prices rose three times faster; he eats three times a day.", &[]),
        // An English count whose noun an adjective describes; not the bare "two things".
        (
            "Sanctions hit two Chinese refineries and three air-conditioned shelters opened.",
            &["two Chinese refineries", "three air-conditioned shelters"],
        ),
        ("He won four Grammy awards.", &["four Grammy awards"]),
        ("She said two things.", &[]),
        (
            "The guide starred three Lyon restaurants: Le Comptoir, Maison Oriane and Baraka.",
            &[],
        ),
        (
            "There were two Syrian teams scheduled to compete, one national and one of refugees.",
            &[],
        ),
        ("Deux offres existent, l'une en ligne, l'autre en boutique.", &[]),
        ("Five Panamanian players were booked in the match.", &[]),
        (
            "Deux complices présumés, Julien R. et Karim B., comparaissent également.",
            &[],
        ),
        (
            "Une phrase revenait entre deux silences; ils finissent dans le top two, entre deux et trois heures.",
            &[],
        ),
        (
            "La frappe a fait un mort et quatre blessés.",
            &["un mort", "quatre blessés"],
        ),
        // One person whom the event befell; "one" as a pronoun or in a description is none.
        (
            "One person was taken to hospital with burns; one worker had been killed.",
            &["One person", "one worker"],
        ),
        ("One person said the sirens woke her; one man who lives nearby was there.", &[]),
        // (The toll's participle goes with it, as in "five injured".)
        ("* One person killed, five injured", &["One person killed", "five injured"]),
        ("One man killed in the crash; one man killed the engine.", &["One man killed"]),
        (
            "Une personne est portée disparue ; une personne a appelé les secours.",
            &["Une personne"],
        ),
        (
            "Une personne est toujours portée disparue ; une personne a appelé les secours.",
            &["Une personne"],
        ),
        (
            "Un pompier a été légèrement blessé ; un pompier a éteint le feu ; un homme a été interpellé.",
            &["Un pompier"],
        ),
        ("Six of them were taken to hospital.", &["Six of them"]),
        (
            "Il compte 11 victoires, dont quatre cette saison.",
            &["11 victoires", "quatre"],
        ),
        ("Il a monté « Trois Sœurs » de Tchekhov.", &[]),
        // After a colon, members opened by an article; not a count before other things.
        (
            "Ils s'entendent sur trois sujets : les prisonniers, les corps et le retour des enfants.",
            &[],
        ),
        ("Il y a trois blessés, les secours et la police sont là.", &["trois blessés"]),
        // Enumerated: the members are named right after the count.
        (
            "Trois listes, celles de Claire Besson, d'Alain Roux et de Julien Marchal, s'étaient maintenues.",
            &[],
        ),
        (
            "Deux suspects, un homme de 23 ans et une femme de 31 ans, ont été interpellés.",
            &[],
        ),
        ("Trois soldats, dont un officier, ont été tués.", &["Trois soldats"]),
        (
            "Le festival avait misé sur trois têtes d'affiche, Les Marées Basses, Kalia et Outremer Club.",
            &[],
        ),
        // Other things listed after the count: not its members.
        (
            "Un bassin à cinq couloirs, une pataugeoire et un espace de remise en forme.",
            &["cinq couloirs"],
        ),
        ("Base rates stand at nine pct.", &["nine pct"]),
        // English small counts of events, places and the people they concern.
        (
            "Two referendums failed; the trust runs three hospitals; two players scored.",
            &["Two referendums", "three hospitals"],
        ),
        (
            "Poland has closed three of its collective centres.",
            &["three of its collective centres"],
        ),
        // A count standing alone.
        ("Today there are seven. Il en reste sept; there are two reasons.", &["seven", "sept"]),
        // A measure in words.
        (
            "Douze tonnes ont été collectées; il a parcouru trois kilomètres.",
            &["Douze tonnes", "trois kilomètres"],
        ),
        // A vote's tally in words.
        (
            "Sur les 27 membres du conseil, dix-neuf ont voté pour, six contre, et deux étaient absents.",
            &["dix-neuf", "six", "deux"],
        ),
        (
            "Nine voted for and three against; two abstained.",
            &["Nine", "three", "two"],
        ),
        ("Le taux a baissé de deux pour cent.", &["deux pour cent"]),
        ("Il est pour, elle contre, et les deux votent.", &[]),
        // English counts of people, vehicles, buildings and shows.
        (
            "The class has nine pupils; the council will run six shuttle buses; the band added three dates; eight gates.",
            &["nine pupils", "six shuttle buses", "three dates", "eight gates"],
        ),
        // Ordinals in words.
        (
            "Ils préparent un vingt et unième paquet, le vingt-deuxième suivra.",
            &[],
        ),
        ("A twenty-first package is ready.", &[]),
        // A family in an obituary or a portrait is not a statistic.
        ("Il laisse une épouse, trois enfants et sept petits-enfants.", &[]),
        (
            "Il laisse son épouse, la traductrice Elena Martin, leurs trois fils et sept petits-enfants.",
            &[],
        ),
        ("Mère de quatre fils, elle a fui Kherson.", &[]),
        ("He is survived by two sons and five grandchildren.", &[]),
        (
            "The youngest of nine children, he sang in church; l'aîné de cinq enfants.",
            &[],
        ),
        ("La frappe a tué trois enfants.", &["trois enfants"]),
        ("Les Vingt-Sept sont d'accord.", &[]),
        ("A two-state solution.", &[]),
        (
            "The rebels fielded a thousand-strong force.",
            &["a thousand-strong force"],
        ),
        ("Two hundred people fled.", &["Two hundred people"]),
        ("Il a vu trois amis.", &["trois amis"]),
        ("Deux ateliers seront organisés.", &["Deux ateliers"]),
        (
            "Il a remporté trois titres et fait cinq blessés.",
            &["trois titres", "cinq blessés"],
        ),
        ("Puis deux autres délégués sont intervenus.", &["deux autres délégués"]),
        ("L'enlèvement de trois Européens.", &["trois Européens"]),
        // In English, small numbers in words stay with the closed list of counted nouns
        // (people, weapons, events, places): copy spells out reasons, versions, points of
        // a win. Events are counted: "two referendums".
        ("The government will hold two referendums.", &["two referendums"]),
        ("There are two reasons, and three points for a win.", &[]),
        ("Trois attaques ont visé la ville.", &["Trois attaques"]),
        // A set known without the copy, and words that count nothing.
        ("Un effort des deux parties, les deux chambres, ses trois fils.", &[]),
        ("Les deux pays ont signé.", &[]),
        ("Il est venu deux fois, à deux reprises.", &[]),
        ("L'équipe prend trois points.", &[]),
        // A share in words, whatever its value.
        ("The party polled less than one percent.", &["less than one percent"]),
        (
            "Moins d'un pour cent des votants.",
            &["Moins d'un pour cent des votants"],
        ),
        // After a verb that makes casualties, a count of victims.
        (
            "The ferry capsized, killing all nine crew members aboard.",
            &["nine crew members"],
        ),
        ("The helicopter crashed, killing all four aboard.", &["four aboard"]),
        ("La frappe a touché un immeuble, tuant trois.", &["trois"]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
