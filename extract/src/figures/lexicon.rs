//! The figure stage's word lists: counted nouns (with singular and class), and the
//! small closed word classes the attachment rules need. Lookups take lower-case ASCII
//! words; the noun table is a sorted static slice searched by binary search.

/// What a counted noun is, before the sentence decides the final category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// People serving in a force: troops, soldiers, fighters, volunteers.
    Force,
    /// People in general: people, residents, men — personnel only in a force context.
    People,
    /// Civilians, children, evacuees: `other` unless killed or injured.
    Civil,
    /// Formations: battalions, units, detachments.
    Units,
    /// Nouns that are deaths themselves: deaths, fatalities, bodies.
    Killed,
    /// Injuries.
    Injured,
    /// Casualties, losses.
    Casualties,
    /// Vehicles, weapons, ammunition.
    Equipment,
    /// Any other countable thing: villages, homes, cases.
    Other,
    /// A currency: dollars, rubles.
    Money,
    /// percent.
    Percent,
    /// Durations, ages, distances, measures, "times", "the two regions": never a figure.
    NotCount,
}

impl Class {
    /// The category a noun of this class counts, where the class alone says it; `None`
    /// for people in general, whose category the sentence or the table decides.
    pub fn category(self) -> Option<crate::model::Category> {
        use crate::model::Category;
        Some(match self {
            Class::Force => Category::Personnel,
            Class::People => return None,
            Class::Units => Category::Units,
            Class::Killed => Category::Killed,
            Class::Injured => Category::Injured,
            Class::Casualties => Category::Casualties,
            Class::Equipment => Category::Equipment,
            Class::Civil | Class::Other | Class::Money | Class::Percent | Class::NotCount => {
                Category::Other
            }
        })
    }

    /// A class whose noun is a person (can be killed, injured, or a quote's source).
    pub fn is_person(self) -> bool {
        matches!(self, Class::Force | Class::People | Class::Civil)
    }
}

/// Grammatical number of a table entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Num {
    Singular,
    Plural,
    /// Same form for both: personnel, aircraft.
    Both,
}

/// One noun form: (form, singular, class, number). Sorted by form.
pub type Entry = (&'static str, &'static str, Class, Num);

// The table itself, about 500 lines, is its own file.
mod nouns;
pub use nouns::NOUNS;

/// The table entry of a lower-case word.
pub fn noun(w: &str) -> Option<&'static Entry> {
    // as `e.0.cmp(w)`, byte by byte: no `memcmp` call per step
    let cmp = |k: &str| {
        let d = k.bytes().zip(w.bytes()).find(|(x, y)| x != y);
        d.map_or(k.len().cmp(&w.len()), |(x, y)| x.cmp(&y))
    };
    let k = usize::from(w.as_bytes().first()?.wrapping_sub(b'a')).min(26);
    let words = &NOUNS[usize::from(FIRST[k])..usize::from(*FIRST.get(k + 1)?)];
    let (lens, lasts) = SHAPES[k];
    if lens >> w.len().min(31) & 1 == 0 || lasts >> last_bit(w.as_bytes()) & 1 == 0 {
        return None; // (no word of that letter has its length or last letter)
    }
    words.binary_search_by(|e| cmp(e.0)).ok().map(|i| &words[i])
}

/// Where each first letter's words start in [`NOUNS`], `a`..`z`, then its end.
static FIRST: [u16; 27] = {
    let (mut first, mut i, mut k) = ([0u16; 27], 0, 0);
    while k < 27 {
        while i < NOUNS.len() && NOUNS[i].0.as_bytes()[0] < b'a' + k as u8 {
            i += 1;
        }
        (first[k], k) = (i as u16, k + 1);
    }
    assert!(first[0] == 0 && i == NOUNS.len());
    first
};

/// For each first letter `a`..`z`, the lengths (bit `len`, 31 for longer) and the
/// last letters ([`last_bit`]) of its words in [`NOUNS`]: most words that are no noun
/// miss one of them and skip the search.
static SHAPES: [(u32, u32); 26] = {
    let (mut shapes, mut i) = ([(0u32, 0u32); 26], 0);
    while i < NOUNS.len() {
        let w = NOUNS[i].0.as_bytes();
        let len = if w.len() < 31 { w.len() } else { 31 };
        let k = (w[0] - b'a') as usize;
        shapes[k] = (shapes[k].0 | 1 << len, shapes[k].1 | 1 << last_bit(w));
        i += 1;
    }
    shapes
};

/// The bit of a (non-empty) word's last byte: `a`..`z` 0..25, any other 31.
const fn last_bit(w: &[u8]) -> u32 {
    let c = w[w.len() - 1].wrapping_sub(b'a');
    if c < 26 {
        c as u32
    } else {
        31
    }
}

/// Lower-cases an ASCII word into `buf` (copied only when it has a capital); `None`
/// for non-ASCII or over-long words. ([`crate::bytes::lower_word`] of the whole word.)
pub fn lower<'a>(w: &'a str, buf: &'a mut [u8; 32]) -> Option<&'a str> {
    crate::bytes::lower_word(w, 0, w.len(), buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noun_table_is_sorted_and_unique() {
        for w in NOUNS.windows(2) {
            assert!(w[0].0 < w[1].0, "{} !< {}", w[0].0, w[1].0);
        }
        assert_eq!(noun("battalions").map(|e| e.1), Some("battalion"));
        assert_eq!(noun("people").map(|e| e.1), Some("person"));
        assert!(noun("defense").is_none());
    }

    #[test]
    fn noun_is_a_plain_search_of_the_table() {
        let plain = |w: &str| NOUNS.iter().find(|e| e.0 == w).map(|e| e.0);
        for e in NOUNS {
            let w = e.0;
            for x in [w, &w[..w.len() - 1], &format!("{w}s"), &format!("{w}-led")] {
                assert_eq!(noun(x).map(|e| e.0), plain(x), "{x:?}");
            }
        }
        for x in [
            "",
            "the",
            "said",
            "a-long-word-of-thirty-one-bytes",
            "9th",
            "z",
        ] {
            assert_eq!(noun(x).map(|e| e.0), plain(x), "{x:?}");
        }
    }
}
