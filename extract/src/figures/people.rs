//! The category of people in general ("people", "residents", "members", "men",
//! "applicants"): personnel where they serve in or join a force, else `other`.
//!
//! In order: a complement naming a force ("3,000 members of the regional battalions"),
//! the cues of the sentence (joining, serving, formations; evacuation, courts), the
//! cues of the sentence before ("312 people signed up. Dozens of applicants were turned
//! down."), and what the same noun last meant in the article ("the detachment counts
//! 60 members ... he hopes to reach 100 members").

use super::attach::{lw, next_tok, prev_tok};
use super::lexicon::{noun, Class};
use super::words;
use crate::model::Category;

mod kin;
mod online;

/// What people nouns meant where a sentence said it, by unit (a few entries per
/// article).
/// Also the cues of the last sentences asked about (`cue` scans the whole sentence).
#[derive(Debug, Default)]
pub struct Seen(Vec<(String, Category)>, Cues, pub(super) Asked);

/// The noun of an interview's "How many ...?" question while its answer runs: where
/// the answer's last sentence ends (an address in the article text), the noun's entry
/// and, for people, the question's [`cue`] ("How many people are in your company?").
pub(super) type Asked = Option<(usize, &'static super::lexicon::Entry, Option<Category>)>;

/// [`cue`] of the last few sentences, by their address, length and a hash of their
/// bytes (the sentences are slices of the article text; the hash keeps a text made on
/// the fly at a freed address from taking another's cue).
#[derive(Debug, Default)]
struct Cues([Option<((usize, usize, u64), Option<Category>)>; 2], usize);

impl Cues {
    fn cue(&mut self, s: &str) -> Option<Category> {
        let mut hash = 0u64;
        for c in s.as_bytes().chunks(8) {
            let mut w = [0u8; 8];
            w[..c.len()].copy_from_slice(c);
            hash =
                (hash.rotate_left(23) ^ u64::from_le_bytes(w)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
        let key = (s.as_ptr() as usize, s.len(), hash);
        if let Some((_, c)) = self.0.iter().flatten().find(|e| e.0 == key) {
            return *c;
        }
        let c = cue(s);
        self.0[self.1] = Some((key, c));
        self.1 = (self.1 + 1) % self.0.len();
        c
    }
}

impl Seen {
    /// [`cue`] of `s`, a slice of the article text, computed once.
    pub fn cue(&mut self, s: &str) -> Option<Category> {
        self.1.cue(s)
    }

    fn get(&self, unit: &str) -> Option<Category> {
        self.0.iter().rev().find(|e| e.0 == unit).map(|e| e.1)
    }

    fn put(&mut self, unit: &str, c: Category) {
        if let Some(e) = self.0.iter_mut().find(|e| e.0 == unit) {
            e.1 = c;
        } else if self.0.len() < 16 {
            self.0.push((unit.to_string(), c));
        }
    }
}

/// The category of a people noun ending at `end` of sentence `s`; `before` is the
/// sentence before, both slices of the article text that `seen` is for.
pub fn category(s: &str, end: usize, before: &str, unit: &str, seen: &mut Seen) -> Category {
    // "About 4,500 people still live in the zone": the people who live somewhere are its
    // population (not remembered for the noun: the next "people" may serve)
    if lives_after(s, end) {
        return Category::Other;
    }
    if force_complement(s, end) {
        seen.put(unit, Category::Personnel);
        return Category::Personnel;
    }
    if let Some(c) = seen.1.cue(s) {
        seen.put(unit, c);
        return c;
    }
    // the sentence before says it: what follows in the same talk keeps it ("How many
    // people serve in your battalion? — Today we are 420 people. ... there were 60 of us")
    if let Some(c) = seen.1.cue(before) {
        seen.put(unit, c);
        return c;
    }
    seen.get(unit).unwrap_or(Category::Other)
}

/// The sentence's cue: evacuation or courts (`other`) before joining, serving or a
/// formation (`personnel`); `None` without either.
pub fn cue(s: &str) -> Option<Category> {
    let mut b = [0u8; 32];
    let mut force = false;
    let mut civil = false;
    let mut from = 0;
    // words since the last verb of taking ("took 140 residents out of the village")
    let mut since_take = usize::MAX;
    // "a fighter of the Orlan territorial defence detachment": the words after one
    // person's "of" name that person's unit, not the make-up of a force the sentence
    // counts ("Hundreds of people came to say goodbye to a fighter of the ... unit").
    let (mut article, mut one_member, mut own_unit) = (false, false, 0u8);
    // "territorial defence fighter Nikolai Shevtsov": force words right before one
    // member's noun describe that member; (tokens since they set `force`, `force` before)
    let (mut since_force, mut force_was) = (u8::MAX, false);
    while let Some(t) = next_tok(s, from) {
        let w = lw(s, t, &mut b);
        own_unit = own_unit.saturating_sub(1);
        if one_member && w == "of" {
            own_unit = 7;
        }
        // "Wives of men serving in the detachments", "families of killed members":
        // the force words describe the relatives' men, not the people counted
        if w == "of" && prev_tok(s, t.start).is_some_and(|p| kin::is_kin(lw(s, p, &mut [0; 32]))) {
            own_unit = 10;
        }
        // (the lexicon only where it matters: after an article or a force modifier)
        let single = (article || since_force <= 2)
            && noun(w).is_some_and(|e| e.2 == Class::Force && e.3 == super::lexicon::Num::Singular);
        if single && since_force <= 2 {
            force = force_was;
        }
        since_force = since_force.saturating_add(1);
        one_member = article && single;
        article = matches!(w, "a" | "an" | "one");
        since_take = since_take.saturating_add(1);
        if is_take(w) {
            since_take = 0;
        } else if since_take == 1 && matches!(w, "in" | "part" | "over" | "place" | "up") {
            // "took in 40 recruits", "took part", "took over": other verbs
            since_take = usize::MAX;
        } else if matches!(w, "who" | "which" | "whom" | "that")
            || matches!(&s[t.start..t.end], ";" | ":")
        {
            // a new clause: its "out" is not the taking's
            since_take = usize::MAX;
        }
        if words::is_evacuation_context(w)
            || (w == "homes" && left_their(s, t.start))
            || (is_home_place(w) && left_the(s, t.start))
            || (w == "out" && since_take <= 12)
            || is_dwelling(w)
            || is_employ(w)
            // "moved to temporary accommodation": evacuees' housing
            || (w == "accommodation" && s[..t.start].ends_with("temporary "))
        {
            return Some(Category::Other);
        }
        // (once a force word is seen, only an evacuation cue matters)
        // "company-sized positions": a formation word before a hyphen; "with 12 men
        // and one machine gun": people counted beside their weapons
        let head = w.bytes().position(|c| c == b'-').map_or(w, |i| &w[..i]);
        let was = force;
        force = force
            || (own_unit == 0
                && (words::is_force_context(w)
                    || (noun(head).map_or(false, |e| e.2 == Class::Units)
                        && !online::online_group(s, t.start, w))))
            || is_weapon(w);
        // (only a modifier can describe the member: not "joined", "serve")
        if force && !was && is_force_modifier(w) {
            (since_force, force_was) = (0, was);
        }
        // "cutting electricity to about 4,000 people": people of an outage are residents
        // "800 residents ... remain in the village": its population, unless a force
        // is named ("120 men remained in the village with the militia")
        // (aid work: "ran aid to front-line villages", not "a first aid course")
        let aid =
            w == "aid" && prev_tok(s, t.start).map_or(true, |p| lw(s, p, &mut [0; 32]) != "first");
        civil = civil
            || is_civil_event(w)
            || is_outage(w)
            || aid
            || (is_home_place(w) && stayed_in(s, t.start))
            || civil_for(s, t, w);
        from = t.end;
    }
    if force {
        Some(Category::Personnel)
    } else {
        civil.then_some(Category::Other)
    }
}

/// "residents ... have left for the regional capital", "1,870 residents applied for
/// one-time payments": people leaving for a place (not "for the front", "for
/// training") or applying for something (payments, housing) are civilians; a force
/// named in the sentence still wins ("applied for the battalion").
fn civil_for(s: &str, t: super::attach::Tok, w: &str) -> bool {
    let leave = matches!(
        w,
        "left" | "leave" | "leaving" | "leaves" | "moved" | "gone"
    );
    if !leave && !matches!(w, "applied" | "apply" | "applying" | "applies") {
        return false;
    }
    let mut b = [0u8; 32];
    let Some(f) = next_tok(s, t.end).filter(|f| lw(s, *f, &mut b) == "for") else {
        return false;
    };
    let mut at = f.end;
    for _ in 0..2 {
        let Some(n) = next_tok(s, at) else {
            return true;
        };
        if matches!(
            lw(s, n, &mut b),
            "front" | "war" | "training" | "service" | "duty"
        ) {
            return false;
        }
        at = n.end;
    }
    true
}

/// Force words that can modify a member's noun: "territorial defence fighter",
/// "militia member", "battalion commander".
fn is_force_modifier(w: &str) -> bool {
    [
        "territorial",
        "self-defen",
        "militia",
        "battalion",
        "brigade",
        "detachment",
        "unit",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Arms a force carries: counted beside people, they make the people a force.
fn is_weapon(w: &str) -> bool {
    w.starts_with("kalashnikov")
        || matches!(
            w,
            "gun"
                | "guns"
                | "rifle"
                | "rifles"
                | "carbine"
                | "carbines"
                | "grenade-launcher"
                | "grenade-launchers"
                | "machine-gun"
                | "machine-guns"
        )
}

/// Words of a civil event (a race, a festival, a charity drive): its volunteers,
/// doctors and runners are not a force, unless the sentence names one.
pub fn is_civil_event(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "ambulance",
        "charit",
        "concert",
        "cook",
        // "volunteers ... helped clear debris and board up windows": a clean-up crew
        "debris",
        "festival",
        "humanitarian",
        "kitchen",
        "marathon",
        "meal",
        "organis",
        "organiz",
        "rubble",
        "runner",
        "spectator",
        "staffed",
    ];
    PREFIXES.iter().any(|p| w.starts_with(p)) || matches!(w, "race" | "races")
}

/// Verbs of employment: "he employed 70 people", "the plant hires 300 workers": a
/// workforce, not a force.
fn is_employ(w: &str) -> bool {
    matches!(
        w,
        "employ" | "employs" | "employed" | "employing" | "hire" | "hires" | "hired" | "hiring"
    )
}

/// Words of a utility outage: the people without electricity or heating are residents.
fn is_outage(w: &str) -> bool {
    matches!(
        w,
        "electricity" | "blackout" | "blackouts" | "outage" | "outages" | "heating"
    )
}

/// Verbs that take people out of a place with "out": "took 14 residents out",
/// "had taken 200 people out of the villages", "got the pensioners out".
fn is_take(w: &str) -> bool {
    matches!(
        w,
        "take"
            | "takes"
            | "took"
            | "taken"
            | "taking"
            | "get"
            | "got"
            | "getting"
            | "bring"
            | "brought"
            | "pulled"
            | "drove"
            | "driven"
    )
}

/// "live", "lives", "reside" right after the noun, across "still", "now", "currently"
/// or "who": the counted people live there ("4,500 people still live near the border").
/// A clause further on ("60 members, most of whom live in Shebekino") is not the count's.
fn lives_after(s: &str, end: usize) -> bool {
    let mut b = [0u8; 32];
    let mut at = end;
    for _ in 0..3 {
        let Some(t) = next_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        match lw(s, t, &mut b) {
            "live" | "lives" | "reside" | "resides" => return true,
            "still" | "now" | "currently" | "who" | "only" => at = t.end,
            _ => return false,
        }
    }
    false
}

/// Words of a place's population: "only 70 people were still living in the village",
/// "a population of 900", "the village's 300 inhabitants".
fn is_dwelling(w: &str) -> bool {
    matches!(
        w,
        "living" | "lived" | "population" | "inhabitants" | "inhabited" | "populated"
    )
}

/// A verb of leaving and "their" before "homes" at `at`: "left their homes",
/// "abandoned their homes" is a departure, like "fled".
/// Places people live in, that they leave when they flee: "left the border villages".
fn is_home_place(w: &str) -> bool {
    matches!(
        w,
        "village" | "villages" | "town" | "towns" | "settlement" | "settlements" | "city"
    )
}

/// A verb of leaving within three words before `at`: "have left the border villages",
/// "fled the town".
fn left_the(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let mut p = at;
    for _ in 0..3 {
        let Some(t) = prev_tok(s, p).filter(|t| t.word) else {
            return false;
        };
        if matches!(
            lw(s, t, &mut b),
            "left" | "leave" | "leaving" | "fled" | "flee" | "fleeing" | "abandoned"
        ) {
            return true;
        }
        p = t.start;
    }
    false
}

/// A verb of staying within three words before `at`: "remain in the village".
fn stayed_in(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let mut p = at;
    for _ in 0..3 {
        let Some(t) = prev_tok(s, p).filter(|t| t.word) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        if matches!(
            w,
            "remain" | "remains" | "remained" | "stayed" | "stay" | "stays"
        ) {
            return true;
        }
        p = t.start;
    }
    false
}

fn left_their(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(t) = prev_tok(s, at).filter(|t| lw(s, *t, &mut b) == "their") else {
        return false;
    };
    prev_tok(s, t.start).is_some_and(|v| {
        matches!(
            lw(s, v, &mut b),
            "left" | "leave" | "leaving" | "leaves" | "abandoned" | "abandon" | "lost" | "quit"
        )
    })
}

/// "of the regional battalions", "in the militia", "of self-defence units" right after
/// the noun: the people belong to a force.
fn force_complement(s: &str, end: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(t) = next_tok(s, end) else {
        return false;
    };
    if !matches!(lw(s, t, &mut b), "of" | "in") {
        return false;
    }
    let mut p = t.end;
    for _ in 0..5 {
        let Some(t) = next_tok(s, p) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        if !t.word || w.is_empty() {
            return false;
        }
        if let Some(e) = noun(w) {
            // A noun before a noun is a modifier: "the district battalions".
            let mut b2 = [0u8; 32];
            let compound = next_tok(s, t.end).map_or(false, |n| {
                let nw = lw(s, n, &mut b2);
                noun(nw).is_some() || words::is_force_context(nw)
            });
            if e.2 == Class::Units || !compound {
                return e.2 == Class::Units;
            }
        }
        if words::is_force_context(w) && !w.starts_with("train") && !w.starts_with("serv") {
            return true;
        }
        if words::is_stop(w) && !matches!(w, "the" | "its" | "their" | "his" | "her") {
            return false;
        }
        p = t.end;
    }
    false
}

/// "the battalions ... include around 1,600 volunteers": the count at `at` is the
/// object of a verb of make-up ("include", "comprise", "number", "consist of") whose
/// subject, in the few words before the verb, is a formation: its members serve in
/// it, whatever the rest of the sentence tells of their lives.
pub fn formation_includes(s: &str, at: usize) -> bool {
    let mut b = [0u8; 32];
    let Some(mut v) = prev_tok(s, at).filter(|t| t.word) else {
        return false;
    };
    if lw(s, v, &mut b) == "of" {
        match prev_tok(s, v.start).filter(|t| t.word) {
            Some(t) if lw(s, t, &mut b).starts_with("consist") => v = t,
            _ => return false,
        }
    }
    let verb = lw(s, v, &mut b);
    let verb = verb.strip_suffix('s').unwrap_or(verb);
    if !matches!(
        verb,
        "include"
            | "included"
            | "comprise"
            | "comprised"
            | "number"
            | "numbered"
            | "consist"
            | "consisted"
    ) {
        return false;
    }
    // the subject: a formation noun among the ten words before the verb
    let mut p = v.start;
    for _ in 0..10 {
        let Some(t) = prev_tok(s, p) else {
            return false;
        };
        if t.word && noun(lw(s, t, &mut b)).is_some_and(|e| e.2 == Class::Units) {
            return true;
        }
        p = t.start;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_cues_are_the_cues() {
        let text = "Residents fled the town. The battalion has 300 men. \
                    The race drew 500 runners. It has 40 people.";
        let mut seen = Seen::default();
        for _ in 0..2 {
            for s in text.split_inclusive(". ") {
                assert_eq!(seen.cue(s), cue(s), "{s}");
            }
        }
        // texts made on the fly, of the same length, one after the other
        for s in ["They fled home.", "The unit grew. "] {
            let owned = s.to_string();
            assert_eq!(seen.cue(&owned), cue(s), "{s}");
        }
        assert_eq!(cue("Residents fled the town."), Some(Category::Other));
        assert_eq!(cue("The battalion has 300 men."), Some(Category::Personnel));
        assert_eq!(cue("It has 40 people."), None);
    }
}
