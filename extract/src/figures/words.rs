//! The figure stage's closed word classes: function words, casualty verbs, context
//! cues, designators. All take lower-case words.

/// Words that end a noun phrase: function words, auxiliaries, common adverbs.
pub fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "a" | "about"
            | "across"
            | "after"
            | "against"
            | "ago"
            | "all"
            | "along"
            | "already"
            | "also"
            | "among"
            | "an"
            | "and"
            | "are"
            | "around"
            | "as"
            | "at"
            | "be"
            | "because"
            | "been"
            | "before"
            | "being"
            | "but"
            | "by"
            | "can"
            | "could"
            | "currently"
            | "did"
            | "do"
            | "does"
            | "during"
            | "each"
            | "earlier"
            | "for"
            | "from"
            | "had"
            | "has"
            | "have"
            | "he"
            | "her"
            | "here"
            | "his"
            | "how"
            | "if"
            | "in"
            | "into"
            | "is"
            | "it"
            | "its"
            | "last"
            | "later"
            | "less"
            | "may"
            | "might"
            | "more"
            | "most"
            | "must"
            | "near"
            | "next"
            | "nor"
            | "not"
            | "now"
            | "of"
            | "once"
            | "on"
            | "only"
            | "or"
            | "over"
            | "per"
            | "reportedly"
            | "said"
            | "says"
            | "shall"
            | "she"
            | "should"
            | "since"
            | "so"
            | "soon"
            | "still"
            | "than"
            | "that"
            | "the"
            | "their"
            | "them"
            | "then"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "through"
            | "to"
            | "today"
            | "under"
            | "unless"
            | "until"
            | "up"
            | "upon"
            | "was"
            | "we"
            | "were"
            | "what"
            | "when"
            | "where"
            | "which"
            | "while"
            | "who"
            | "whom"
            | "whose"
            | "whereas"
            | "will"
            | "with"
            | "within"
            | "would"
            | "yesterday"
            | "yet"
            | "you"
    )
}

/// What a casualty word says: killed, injured, or both/unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cas {
    Killed,
    Injured,
    Both,
}

impl Cas {
    /// Two casualty words together ("killed or wounded") say both.
    pub fn join(self, other: Cas) -> Cas {
        if self == other {
            self
        } else {
            Cas::Both
        }
    }
}

/// A participle or adjective after a count: "16 people were killed", "100 injured".
pub fn casualty_after(w: &str) -> Option<Cas> {
    match w {
        // "eliminated", "liquidated" (neutralised) do not say killed or wounded: losses
        // that do not say which (FIGURES.md: casualties)
        "eliminated" | "liquidated" => Some(Cas::Both),
        "killed" | "dead" | "died" | "perished" | "slain" => Some(Cas::Killed),
        "injured" | "wounded" | "hurt" | "hospitalized" | "hospitalised" => Some(Cas::Injured),
        // missing people are losses that do not say which (FIGURES.md: casualties)
        "missing" => Some(Cas::Both),
        _ => None,
    }
}

/// A verb before a count: "killing 16 people", "wounded at least 20 soldiers".
pub fn casualty_before(w: &str) -> Option<Cas> {
    match w {
        "kill" | "killed" | "killing" | "kills" | "slew" => Some(Cas::Killed),
        "eliminated" | "eliminates" | "eliminating" | "liquidated" => Some(Cas::Both),
        "injure" | "injured" | "injures" | "injuring" | "wound" | "wounded" | "wounding"
        | "wounds" | "hurt" | "hurting" => Some(Cas::Injured),
        // "destroyed up to 280 servicemen": losses that do not say which
        // (headlines' present: "Ukraine loses up to 310 troops")
        "lost" | "losing" | "lose" | "loses" | "destroyed" | "destroying" | "destroys" => {
            Some(Cas::Both)
        }
        // translated word order: "in the detachment perished 9 people"
        "perished" | "died" => Some(Cas::Killed),
        _ => None,
    }
}

/// Auxiliaries and adverbs allowed between a counted noun and its casualty participle.
pub fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "been"
            | "being"
            | "be"
            | "got"
            | "reportedly"
            | "allegedly"
            | "also"
            | "later"
            | "already"
            | "reported"
            | "confirmed"
            | "left"
            | "found"
            | "all"
            | "were\u{2019}"
            | "now"
            | "still"
            | "listed"
            | "declared"
            | "officially"
            | "as"
            // "22 soldiers can be seen killed in the footage"
            | "can"
            | "could"
            | "seen"
    )
}

/// Words (prefixes, lower case) that show a sentence is about a force's make-up: verbs
/// of joining and serving, and formations. Nouns for fighters ("troops", "volunteers")
/// are not cues: in a sentence about people in general they name another group ("over
/// 5,000 people fled as troops advanced", "residents refused to leave, volunteers said").
pub fn is_force_context(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "battalion",
        "brigade",
        "comprise",
        "conscript",
        "detachment",
        "enlist",
        "formation",
        "join",
        "militia",
        "mobili",
        "platoon",
        "rank",
        "recruit",
        "regiment",
        "self-defen",
        "serve",
        "serving",
        "squad",
        "strength",
        "territorial",
        "train",
        "unit",
    ];
    PREFIXES.iter().any(|p| w.starts_with(p)) || w == "signed" || w == "sign"
}

/// Words (prefixes, lower case) that show people are displaced or prosecuted, not
/// serving.
pub fn is_evacuation_context(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "displac", "evacua", "fled", "flee", "homeless", "housed", "refugee", "relocat", "rescued",
        "resettl", "shelter",
        // Courts and arrests: the people are defendants, not a force.
        "arrest", "charged", "convict", "court", "detain", "jailed", "prison", "prosecut",
        "sentenc", "trial",
    ];
    // (a "prosecutor" is where complaints go: "47 members ... wrote to the prosecutor")
    PREFIXES.iter().any(|p| w.starts_with(p)) && !w.starts_with("prosecutor")
}

/// Words before a number that make it a name or a reference, not a count.
pub fn is_designator(w: &str) -> bool {
    matches!(
        w,
        "article"
            | "no"
            | "number"
            | "nos"
            | "chapter"
            | "section"
            | "paragraph"
            | "part"
            | "page"
            | "table"
            | "figure"
            | "chart"
            | "appendix"
            | "annex"
            | "footnote"
            | "topic"
            | "thread"
            | "week"
            | "item"
            | "route"
            | "highway"
            | "flight"
            | "room"
            | "decree"
            | "resolution"
            | "law"
            | "code"
            | "phase"
            | "stage"
            | "step"
            | "level"
            | "grade"
            | "class"
            | "type"
            | "model"
            | "version"
            | "block"
            | "zone"
            | "sector"
            | "gate"
            | "bus"
            | "line"
            | "channel"
            | "episode"
            | "season"
            | "round"
            | "unit"
            | "battalion"
            | "brigade"
            | "regiment"
            | "division"
            | "squad"
            | "platoon"
            | "group"
            | "corps"
            | "army"
            | "building"
            | "house"
            | "apartment"
            | "street"
            | "km"
            | "mile"
    )
}

/// Words before a number that make it an age: "aged 18", "at the age of 60".
pub fn is_age_word(w: &str) -> bool {
    matches!(w, "aged" | "age" | "ages")
}

/// Prepositions and time words that make a four-digit number a year.
pub fn is_year_word(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "before"
            | "after"
            | "during"
            | "year"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "through"
            | "throughout"
            | "to"
            | "and"
            | "or"
            | "between"
            | "end"
            | "beginning"
            | "start"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Vague number words that carry no quantity ("a large number", "many"): not figures.
pub fn is_quantityless(w: &str) -> bool {
    matches!(
        w,
        "number"
            | "many"
            | "lot"
            | "lots"
            | "numerous"
            | "multiple"
            | "various"
            | "countless"
            | "some"
            | "plenty"
            | "multitude"
            | "majority"
            | "most"
            | "much"
    )
}

/// A verbless fragment of at most five words after an optional speaker label
/// ("Sokil: About 140 people.", "Roughly 300 volunteers."): it answers the sentence
/// before.
pub fn is_fragment(s: &str) -> bool {
    let body = match s.find(": ") {
        Some(i) if s[..i].split_whitespace().count() <= 3 => &s[i + 2..],
        _ => s,
    };
    let mut n = 0;
    for w in body.split_whitespace() {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        if is_aux(&w) || matches!(w.as_str(), "do" | "does" | "did" | "will" | "can") {
            return false;
        }
        n += 1;
        if n > 5 {
            return false; // (too long to be a fragment, whatever follows)
        }
    }
    true
}

/// Common irregular verbs in the past that end a noun phrase: "seven hromadas came
/// under fire", "40 families fled", "1,640 donors gave blood", "14 basements used as
/// shelters"; and "worth", which ends one too ("1,846 certificates worth 5.9 billion").
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "came"
            | "went"
            | "fell"
            | "fled"
            | "got"
            | "took"
            | "began"
            | "ran"
            | "stood"
            | "held"
            | "sent"
            | "saw"
            | "lost"
            | "became"
            | "remain"
            | "remained"
            | "stayed"
            | "gave"
            | "made"
            | "had"
            | "did"
            | "brought"
            | "kept"
            | "found"
            | "paid"
            | "built"
            | "used"
            | "worth"
    )
}
