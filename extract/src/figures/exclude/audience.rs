//! Counts that are no figure of the story: the outlet's own audience ("our Telegram
//! channel (5 300 subscribers)", "1,024,000 readers get our newsletters") and the
//! denominator of a ratio ("one in three families", "nine in ten residents").

use super::super::attach::{lw, next_tok, prev_tok};
use crate::numerals::NumberExpr;

/// Whether `n` counts a channel's, newsletter's or page's audience, or is the second
/// number of an "X in Y" ratio.
pub(in crate::figures) fn audience_or_ratio(s: &str, n: &NumberExpr) -> bool {
    ratio_denominator(s, n) || audience(s, n) || donation_price(s, n)
}

/// The price of a donation in an appeal: "A monthly donation of €5 pays for 1 hour of
/// our reporters' work", "a donation of $10 keeps us going". Money after "donation(s)
/// of" in a sentence that speaks of the outlet ("our", "us"). Not "a donation of 5
/// million rubles to the battalion" (a reported gift).
fn donation_price(s: &str, n: &NumberExpr) -> bool {
    // byte test first: "of " right before the number (or its currency sign)
    let head = s[..n.span.start].trim_end_matches(['€', '$', '£']);
    if !head.ends_with("of ") {
        return false;
    }
    let mut w = [0u8; 32];
    let Some(of) = prev_tok(s, head.len()) else {
        return false;
    };
    let Some(d) = prev_tok(s, of.start) else {
        return false;
    };
    if !matches!(lw(s, d, &mut w), "donation" | "donations" | "contribution") {
        return false;
    }
    let mut from = 0;
    while let Some(t) = next_tok(s, from) {
        if matches!(lw(s, t, &mut w), "our" | "us") {
            return true;
        }
        from = t.end;
    }
    false
}

/// "5 300 subscribers", "41 thousand subscribers", "1,024,000 readers get our
/// newsletters" in a sentence that names a channel, a newsletter or the outlet ("our").
/// Also "(we hit 10,000 subscribers)", "7,214 readers already donate monthly", "312
/// patrons so far!". Not "the supply to 140 subscribers has been cut off" (a
/// utility's customers).
fn audience(s: &str, n: &NumberExpr) -> bool {
    let b = s.as_bytes();
    // byte test first: the noun right after the number starts like one
    let at = n.span.end;
    if !(b.get(at) == Some(&b' ') && b.get(at + 1).is_some_and(|c| b"srfvpRSFVP".contains(c))) {
        return false;
    }
    let mut w = [0u8; 32];
    let Some(t) = next_tok(s, at) else {
        return false;
    };
    match lw(s, t, &mut w) {
        "subscribers" | "readers" | "followers" | "viewers" | "subscriber" | "follower" => {}
        // "312 patrons so far!": backers of the outlet (a Patreon count)
        "patrons" => return true,
        _ => return false,
    }
    // "Subscribe to DW Documentary. 2.1M subscribers.": a counter standing alone
    fn bare(x: &str) -> &str {
        x.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
    }
    if bare(&s[..n.span.start]).is_empty() && bare(&s[t.end..]).is_empty() {
        return true;
    }
    let mut from = 0;
    while let Some(t) = next_tok(s, from) {
        if matches!(
            lw(s, t, &mut w),
            "channel"
                | "channels"
                | "newsletter"
                | "newsletters"
                | "telegram"
                | "our"
                | "subscribe"
                | "youtube"
                | "vk"
                | "podcast"
                // "we hit 10,000 subscribers", "7,214 readers already donate monthly"
                | "we"
                | "us"
                | "donate"
                | "donates"
                | "donating"
        ) {
            return true;
        }
        from = t.end;
    }
    false
}

/// "one in three families", "1 in 4 residents": the number after "X in" where X is a
/// number word (or "1") smaller than it is the base of a ratio. Not "killed 5 in 2023"
/// (a year), "wounded 5 in 12 villages" (digits: a count, then where).
fn ratio_denominator(s: &str, n: &NumberExpr) -> bool {
    // byte test first: " in " right before the number
    if !s[..n.span.start].ends_with(" in ") {
        return false;
    }
    let Some(x) = prev_tok(s, n.span.start - 4) else {
        return false;
    };
    let mut w = [0u8; 32];
    let first = match lw(s, x, &mut w) {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        // "1 in 4"; not "wounded 5 in 12 villages" (a count, then where)
        _ if &s[x.start..x.end] == "1" => 1.0,
        _ => return false,
    };
    n.value.is_some_and(|v| v > first && v <= 100.0)
}
