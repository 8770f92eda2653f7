//! Byte-level helpers and the context rules of the region matcher: word
//! boundaries, designators ("region", "Oblast"), adjective endings, and the
//! metonymy rule for capitals ("Moscow said" is the government, "in Moscow" a place).

use super::Kind;

const NBSP: [u8; 2] = [0xC2, 0xA0];
const RSQUO: [u8; 3] = [0xE2, 0x80, 0x99];

/// The char starting at byte `i` (a char boundary).
fn char_at(b: &[u8], i: usize) -> Option<char> {
    let len = match *b.get(i)? {
        x if x < 0x80 => 1,
        x if x >= 0xF0 => 4,
        x if x >= 0xE0 => 3,
        _ => 2,
    };
    std::str::from_utf8(b.get(i..i + len)?).ok()?.chars().next()
}

/// The char ending at byte `i` (a char boundary).
fn char_before(b: &[u8], i: usize) -> Option<char> {
    let mut k = i.checked_sub(1)?;
    while k > 0 && b[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    char_at(b, k)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

pub(super) fn boundary_before(text: &str, s: usize) -> bool {
    let b = text.as_bytes();
    match s.checked_sub(1).map(|k| b[k]) {
        None => true,
        Some(c) if c < 0x80 => !c.is_ascii_alphanumeric(),
        _ => !char_before(b, s).is_some_and(is_word_char),
    }
}

pub(super) fn boundary_after(text: &str, e: usize) -> bool {
    boundary_after_bytes(text.as_bytes(), e)
}

pub(super) fn boundary_after_bytes(b: &[u8], e: usize) -> bool {
    match b.get(e) {
        None => true,
        Some(&c) if c < 0x80 => !c.is_ascii_alphanumeric(),
        _ => !char_at(b, e).is_some_and(is_word_char),
    }
}

/// Between two words of a multi-word name: one to three of space, hyphen,
/// apostrophe (’ too), full stop ("St. Petersburg"), no-break space. The start of
/// the next word.
pub(super) fn skip_name_separator(b: &[u8], mut pos: usize) -> Option<usize> {
    let mut seps = 0;
    while seps < 3 {
        let rest = &b[pos.min(b.len())..];
        let step = match rest.first() {
            Some(b' ' | b'-' | b'\'' | b'.') => 1,
            _ if rest.starts_with(&NBSP) => 2,
            _ if rest.starts_with(&RSQUO) => 3,
            _ => break,
        };
        pos += step;
        seps += 1;
    }
    (seps > 0 && b.get(pos).is_some_and(u8::is_ascii_alphanumeric)).then_some(pos)
}

/// One space (or no-break space) at `pos`: the position after it.
fn one_space(b: &[u8], pos: usize) -> Option<usize> {
    match b.get(pos) {
        Some(b' ') => Some(pos + 1),
        _ if b.get(pos..pos + 2) == Some(&NBSP) => Some(pos + 2),
        _ => None,
    }
}

fn word_at(b: &[u8], st: usize) -> Option<&[u8]> {
    let mut e = st;
    while e < b.len() && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    (e > st).then(|| &b[st..e])
}

/// The word right after `end`, one space away ("Moscow said" → "said").
pub(super) fn next_word(b: &[u8], end: usize) -> Option<&[u8]> {
    word_at(b, one_space(b, end)?)
}

/// The word right before `s`, spaces only between ("in Moscow" → "in").
pub(super) fn prev_word(b: &[u8], s: usize) -> Option<&[u8]> {
    let mut k = s;
    loop {
        if k > 0 && b[k - 1] == b' ' {
            k -= 1;
        } else if k >= 2 && b[k - 2..k] == NBSP {
            k -= 2;
        } else {
            break;
        }
    }
    if k == s {
        return None;
    }
    let mut st = k;
    while st > 0 && b[st - 1].is_ascii_alphanumeric() {
        st -= 1;
    }
    (st < k).then(|| &b[st..k])
}

pub(super) fn lower_is(w: &[u8], list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
}

/// What a designator after a name says the name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Des {
    Region,
    District,
    City,
    Republic,
}

impl Des {
    pub fn kind(self, entry: Kind) -> Kind {
        match (self, entry) {
            (_, Kind::Republic) | (Des::Republic, _) => Kind::Republic,
            (Des::District, _) => Kind::District,
            (Des::City, _) => Kind::Town,
            (Des::Region, k) => k,
        }
    }
}

fn des_word(w: &[u8]) -> Option<Des> {
    const REGION: &[&str] = &[
        "region",
        "regions",
        "oblast",
        "oblasts",
        "regional",
        "province",
        "krai",
        "kray",
        "territory",
        "governorate",
    ];
    const DISTRICT: &[&str] = &[
        "district",
        "districts",
        "raion",
        "rayon",
        "okrug",
        "municipality",
        "county",
        "hromada",
    ];
    if lower_is(w, REGION) {
        Some(Des::Region)
    } else if lower_is(w, DISTRICT) {
        Some(Des::District)
    } else if lower_is(w, &["city"]) {
        Some(Des::City)
    } else if lower_is(w, &["republic"]) {
        Some(Des::Republic)
    } else {
        None
    }
}

/// A designator right after a name: "Belgorod Region", "Kursk regional",
/// "Khanty-Mansi Autonomous Okrug", "Shebekino urban district". Its end and kind.
pub(super) fn designator(b: &[u8], end: usize) -> Option<(usize, Des)> {
    let st = one_space(b, end)?;
    let w = word_at(b, st)?;
    if let Some(d) = des_word(w) {
        return Some((st + w.len(), d));
    }
    if lower_is(
        w,
        &[
            "autonomous",
            "urban",
            "municipal",
            "rural",
            "administrative",
        ],
    ) {
        let st2 = one_space(b, st + w.len())?;
        let w2 = word_at(b, st2)?;
        let d = des_word(w2)?;
        return Some((st2 + w2.len(), d));
    }
    None
}

/// The length of the stem of an adjective form, ending in "sk"/"zk":
/// "Belgorodskaya" → "Belgorodsk", "Kharkivska" → "Kharkivsk", "Shebekinsky".
pub(super) fn adjective_stem(tok: &[u8]) -> Option<usize> {
    const ENDINGS: &[&str] = &[
        "aya", "oye", "oe", "oy", "oi", "iy", "ii", "yi", "yy", "ij", "y", "i", "a", "e",
    ];
    // Quick reject: every stem ends in "sk"/"zk" 1 to 3 bytes before the end.
    let l = tok.len();
    let sk_at = |k: usize| matches!(tok[k] | 0x20, b's' | b'z') && tok[k + 1] | 0x20 == b'k';
    if l < 5 || !(sk_at(l - 3) || sk_at(l - 4) || (l >= 6 && sk_at(l - 5))) {
        return None;
    }
    for end in ENDINGS {
        let n = end.len();
        if tok.len() >= n + 4 && tok[tok.len() - n..].eq_ignore_ascii_case(end.as_bytes()) {
            let stem = &tok[..tok.len() - n];
            let last2 = &stem[stem.len() - 2..];
            if last2.eq_ignore_ascii_case(b"sk") || last2.eq_ignore_ascii_case(b"zk") {
                return Some(stem.len());
            }
        }
    }
    None
}

/// Words after a name that make it part of another name: "Kursk submarine",
/// "Kurchatov Institute", "The Moscow Times", "Kyiv Post", "Kyiv Independent".
pub(super) fn is_non_place_follower(w: &[u8]) -> bool {
    const ANY_CASE: &[&str] = &["submarine", "cruiser", "institute", "university"];
    const TITLE: &[&str] = &[
        "Times",
        "Post",
        "Tribune",
        "Herald",
        "Independent",
        "Insider",
    ];
    lower_is(w, ANY_CASE) || TITLE.iter().any(|t| w == t.as_bytes())
}

/// Words before a name that place it: "in Moscow", "drones over Kursk".
pub(super) fn is_place_preposition(w: &[u8]) -> bool {
    const PREPS: &[&str] = &[
        "in",
        "near",
        "to",
        "from",
        "on",
        "over",
        "outside",
        "around",
        "at",
        "across",
        "into",
        "toward",
        "towards",
        "above",
        "inside",
        "within",
        "via",
        "through",
        "targeting",
        "hit",
        "struck",
        "attacked",
        "shelled",
        "reached",
        "visited",
        "outskirts",
        "downtown",
    ];
    lower_is(w, PREPS)
}

/// "city of Vladimir", "the town of Engels".
pub(super) fn city_of(b: &[u8], s: usize) -> bool {
    let Some(of) = prev_word(b, s) else {
        return false;
    };
    if !lower_is(of, &["of"]) {
        return false;
    }
    let of_start = of.as_ptr() as usize - b.as_ptr() as usize;
    prev_word(b, of_start).is_some_and(|w| {
        lower_is(
            w,
            &[
                "city",
                "town",
                "village",
                "region",
                "oblast",
                "outskirts",
                "province",
            ],
        )
    })
}

/// "pro-Moscow", "anti-Kyiv", "non-Crimea".
pub(super) fn prefixed_compound(b: &[u8], s: usize) -> bool {
    if s < 2 || b[s - 1] != b'-' {
        return false;
    }
    let mut st = s - 1;
    while st > 0 && b[st - 1].is_ascii_alphabetic() {
        st -= 1;
    }
    lower_is(&b[st..s - 1], &["pro", "anti", "non"])
}

fn at_line_start(b: &[u8], s: usize) -> bool {
    let mut k = s;
    while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
        k -= 1;
    }
    k == 0 || matches!(b[k - 1], b'\n' | b'\r')
}

fn all_caps(w: &[u8]) -> bool {
    w.iter().all(|c| !c.is_ascii_lowercase())
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A wire dateline at the start of a line: "MOSCOW (Sputnik)", "KURSK, August 9",
/// "Moscow, Aug 2 (Reuters) -".
pub(super) fn is_dateline(b: &[u8], s: usize, end: usize) -> bool {
    if !at_line_start(b, s) {
        return false;
    }
    let caps = all_caps(&b[s..end]);
    let after = &b[end..];
    if after.starts_with(b"(") || after.starts_with(b" (") {
        return true;
    }
    if caps
        && (after.starts_with(b" -")
            || after.starts_with(" –".as_bytes())
            || after.starts_with(" —".as_bytes()))
    {
        return true;
    }
    if let Some(rest) = after.strip_prefix(b",") {
        if caps {
            return true;
        }
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        let month = rest.len() >= 3
            && MONTHS
                .iter()
                .any(|m| rest[..3].eq_ignore_ascii_case(m.as_bytes()));
        return month || rest.first().is_some_and(u8::is_ascii_digit);
    }
    false
}

/// The possessive right after a name ("Moscow’s", "Moscow's"): its end.
fn possessive(b: &[u8], end: usize) -> Option<usize> {
    let rest = &b[end..];
    let n = if rest.starts_with(b"'s") {
        2
    } else if rest.starts_with(&RSQUO) && rest.get(3) == Some(&b's') {
        4
    } else {
        return None;
    };
    boundary_after_bytes(b, end + n).then_some(end + n)
}

/// After "Moscow's": nouns that keep it a place ("Moscow’s suburbs").
const PLACE_NOUNS: &[&str] = &[
    "suburbs",
    "suburb",
    "outskirts",
    "streets",
    "street",
    "residents",
    "resident",
    "center",
    "centre",
    "city",
    "mayor",
    "airport",
    "airports",
    "skies",
    "sky",
    "skyline",
    "metro",
    "subway",
    "district",
    "districts",
    "region",
    "oblast",
    "neighborhoods",
    "neighbourhoods",
    "neighborhood",
    "neighbourhood",
    "buildings",
    "apartment",
    "apartments",
    "refinery",
    "residential",
    "downtown",
    "south",
    "north",
    "east",
    "west",
    "southern",
    "northern",
    "eastern",
    "western",
    "southwest",
    "southeast",
    "northwest",
    "northeast",
    "outer",
    "ring",
    "hospitals",
    "railway",
    "station",
    "stations",
    "parks",
    "population",
    "inhabitants",
    "governor",
    "mayor's",
    "oil",
    "business",
    "international",
    "main",
];

/// After "Moscow": capitalised words that keep it a place ("Moscow Mayor").
const TITLE_PLACE: &[&str] = &[
    "mayor", "governor", "metro", "airport", "city", "ring", "river", "zoo",
];

/// After "Moscow": verbs and auxiliaries that make it the government.
const VERBS: &[&str] = &[
    "accepts",
    "accused",
    "accuses",
    "admits",
    "admitted",
    "agreed",
    "agrees",
    "aims",
    "also",
    "announced",
    "announces",
    "appears",
    "argues",
    "began",
    "believes",
    "blamed",
    "blames",
    "calls",
    "can",
    "cannot",
    "claimed",
    "claims",
    "considers",
    "continues",
    "could",
    "decided",
    "declared",
    "demanded",
    "demands",
    "denied",
    "denies",
    "did",
    "does",
    "expects",
    "fears",
    "has",
    "had",
    "have",
    "hopes",
    "insisted",
    "insists",
    "intends",
    "is",
    "launched",
    "may",
    "might",
    "must",
    "needs",
    "plans",
    "planned",
    "refused",
    "refuses",
    "rejected",
    "rejects",
    "responded",
    "retaliated",
    "said",
    "says",
    "saw",
    "see",
    "seeks",
    "sees",
    "sent",
    "should",
    "sought",
    "stated",
    "tried",
    "tries",
    "urged",
    "urges",
    "views",
    "wants",
    "wanted",
    "warned",
    "warns",
    "was",
    "will",
    "would",
    "won",
    "wishes",
    "hoped",
    "knows",
    "knew",
    "keeps",
    "kept",
    "regards",
    "recognizes",
    "recognises",
    "reportedly",
    "allegedly",
    "repeatedly",
    "previously",
    "already",
    "never",
    "still",
    "officially",
    "would",
    "sees",
    "thinks",
    "thought",
    // a plural subject: "What the raiders and Kyiv say", "Moscow and Minsk deny"
    "say",
    "claim",
    "deny",
    "insist",
    "reports",
];

/// After "Moscow": nouns that make it the government ("Moscow regime").
const GOV_NOUNS: &[&str] = &[
    "regime",
    "leadership",
    "propaganda",
    "forces",
    "troops",
    "army",
    "military",
    "officials",
    "government",
    // "10:00 Moscow time": a time zone, no place of the story
    "time",
];

/// Is the capital at `b[s..end]` its government rather than a place? See the
/// module documentation.
pub(super) fn is_metonymy(
    b: &[u8],
    s: usize,
    end: usize,
    prev: Option<&[u8]>,
    next: Option<&[u8]>,
) -> bool {
    if let Some(pe) = possessive(b, end) {
        let noun = next_word(b, pe);
        return !noun.is_some_and(|w| lower_is(w, PLACE_NOUNS));
    }
    if b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_lowercase) {
        return true; // "Moscow-backed", "Kyiv-controlled"
    }
    if is_dateline(b, s, end) {
        return true;
    }
    if prev.is_some_and(is_place_preposition) {
        return false;
    }
    let Some(w) = next else { return false };
    if w[0].is_ascii_uppercase() {
        // "Moscow Times", "Moscow Skeptical of ...", but "Moscow Mayor".
        return !all_caps(&b[s..end]) && !lower_is(w, TITLE_PLACE);
    }
    let ed = w.len() >= 4 && w.ends_with(b"ed") && w.iter().all(u8::is_ascii_lowercase);
    ed || lower_is(w, VERBS) || lower_is(w, GOV_NOUNS)
}
