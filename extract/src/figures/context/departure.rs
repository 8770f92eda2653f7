//! People who left a force are no longer serving: deserters, members who quit,
//! resigned or were dismissed ("at least 70 people had quit by May", "Bryansk
//! dismissed 42 members", "the number of members who left without permission at
//! between 150 and 200", "500 have already left"), and people a force lets go ("214
//! people were excluded from the lists", "96 men were sent home") are `other`,
//! neither `personnel` nor casualties.

use crate::figures::attach::{lw, next_tok, prev_tok};

/// Verbs saying the people stopped serving of their own accord (active).
fn is_quit_verb(w: &str) -> bool {
    matches!(
        w,
        "quit"
            | "deserted"
            | "resigned"
            | "defected"
            | "left"
            | "walked"
            | "leaving"
            | "quitting"
            | "deserting"
            | "resigning"
    )
}

/// Verbs by which a force lets people go (transitive: "dismissed 42 members", or
/// passive after the count: "42 members have been dismissed").
fn is_dismiss_verb(w: &str) -> bool {
    matches!(
        w,
        "dismissed"
            | "expelled"
            | "discharged"
            | "sacked"
            | "excluded"
            | "demobilised"
            | "demobilized"
    )
}

/// A departure verb after the counted noun ending at `end`, across auxiliaries and
/// adverbs: "70 people had quit", "42 members have been dismissed", "500 have already
/// left". "were left without power" (a passive "left") and "left for the front" (a
/// deployment) are no departure.
pub(in crate::figures) fn left_after(s: &str, end: usize) -> bool {
    let mut b = [0u8; 32];
    let mut at = end;
    let mut passive = false;
    // (inside "of the battalion" after the noun: its words are skipped)
    let mut of = false;
    for _ in 0..7 {
        let Some(t) = next_tok(s, at).filter(|t| t.word) else {
            return false;
        };
        let w = lw(s, t, &mut b);
        match w {
            "were" | "was" | "are" | "been" | "be" => passive = true,
            "had" | "have" | "has" | "already" | "reportedly" | "since" | "later" | "then"
            | "subsequently" | "all" => {}
            _ if is_dismiss_verb(w) => return true,
            // "96 people were sent home", "were sent back home": released from service
            "sent" if passive => {
                return next_tok(s, t.end)
                    .is_some_and(|n| matches!(lw(s, n, &mut b), "home" | "back"))
            }
            _ if is_quit_verb(w) && !passive => return !deployed_after(s, t.end, w),
            "of" if !of => of = true,
            _ if of && !w.is_empty() => {}
            _ => return false,
        }
        at = t.end;
    }
    false
}

/// "left for the front", "left behind", "walked" without "away/out": no departure
/// from the force.
fn deployed_after(s: &str, end: usize, verb: &str) -> bool {
    let mut b = [0u8; 32];
    let next = next_tok(s, end).map(|t| lw(s, t, &mut b).to_owned());
    let next = next.as_deref().unwrap_or("");
    match verb {
        "walked" => !matches!(next, "away" | "out" | "off"),
        // "left their jobs to join" is no departure; "left the battalion", "left the
        // four regions' battalions" are
        "left" | "leaving" if matches!(next, "their" | "his" | "the" | "its" | "our") => {
            let mut b = [0u8; 32];
            let mut t = next_tok(s, end);
            for _ in 0..5 {
                let Some(x) = t.and_then(|x| next_tok(s, x.end)) else {
                    break;
                };
                if force_noun(lw(s, x, &mut b)) {
                    return false;
                }
                t = Some(x);
            }
            true
        }
        "left" | "leaving" => matches!(
            next,
            "for" | "to" | "behind" | "on" | "alive" | "dead" | "home"
        ),
        _ => false,
    }
}

/// A dismissal verb right before the number at `start` ("Bryansk dismissed 42
/// members"), or a count of those "who left/quit/deserted" that the sentence states
/// ("the number of members who left without permission at between 150 and 200").
pub(in crate::figures) fn dismissed_before(s: &str, start: usize) -> bool {
    let mut b = [0u8; 32];
    if let Some(t) = prev_tok(s, start).filter(|t| t.word) {
        if is_dismiss_verb(lw(s, t, &mut b)) {
            return true;
        }
    }
    // (a byte test first: few sentences count "the number of")
    let head = &s[..start];
    let Some(num) = head.find("number of ") else {
        return false;
    };
    let rest = &head[num..];
    rest.match_indices(" who ").any(|(i, _)| {
        let after = &rest[i + 5..];
        let w = after
            .split(|c: char| !c.is_ascii_alphabetic())
            .find(|w| !matches!(*w, "" | "had" | "have" | "has"))
            .unwrap_or("");
        (is_quit_verb(w) && w != "walked") || w == "were" && after.contains("dismissed")
    })
}

fn force_noun(w: &str) -> bool {
    matches!(
        w,
        "battalion"
            | "battalions"
            | "unit"
            | "units"
            | "company"
            | "companies"
            | "detachment"
            | "detachments"
            | "ranks"
            | "service"
            | "force"
            | "forces"
            | "squad"
            | "squads"
            | "posts"
    )
}
