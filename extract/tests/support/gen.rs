//! Shared by the property tests and the fuzzer: a deterministic generator of
//! article-like inputs from the seed articles, and the invariants every extraction
//! must keep (no panic, deterministic, true spans).
#![allow(dead_code)]

use std::panic::{catch_unwind, AssertUnwindSafe};

use tally_extract::{extract_article, Article};

pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
    /// A char boundary of `s`, uniformly among byte positions rounded down.
    pub fn boundary(&mut self, s: &str) -> usize {
        let mut i = self.below(s.len() + 1);
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

pub fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let (files, bad) =
        tally_extract::read_corpus_dir(std::path::Path::new(dir)).expect("corpus folder");
    assert!(bad.is_empty() && !files.is_empty());
    files.into_iter().map(|f| f.text).collect()
}

pub fn cases() -> usize {
    std::env::var("TALLY_PROP_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200)
}

pub fn rng(salt: u64) -> Rng {
    let seed: u64 = std::env::var("TALLY_PROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x7A11_7A11);
    Rng((seed ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1)
}

pub const UNICODE: &[&str] = &[
    "’",
    "‘",
    "“",
    "”",
    "–",
    "—",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "\u{200b}",
    "\u{feff}",
    "\u{ad}",
    "é",
    "e\u{301}",
    "Б",
    "Курск",
    "Белгород",
    "🇷🇺",
    "👍🏽",
    "\u{202e}",
    "\u{fffd}",
    "\u{0}",
    "\u{7}",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    "×",
    "½",
    "٣",
    "१२",
    "𝟓",
    "①",
    "Ⅻ",
    "—",
    "…",
    "«",
    "»",
    "„",
    "$",
    "€",
    "%",
    "#",
    "*",
    "---",
    "> ",
    "- ",
    "1.",
    ",",
    ".",
    "'",
    "\"",
];

pub const NUMBERS: &[&str] = &[
    "0",
    "1",
    "7",
    "16",
    "100",
    "2,092",
    "3,000",
    "10,000",
    "1.5",
    "2.5 million",
    "1 000",
    "3\u{a0}000",
    "1,2,3",
    "12,34",
    "999,999,999,999,999,999",
    "99999999999999999999999",
    "1e9",
    "0.0001",
    "-5",
    "+7",
    "2022",
    "2023–2024",
    "20-30",
    "20–30",
    "40 to 50",
    "3/4",
    "24/7",
    "Su-34",
    "S-300",
    "7.62mm",
    "one",
    "two",
    "three",
    "eight",
    "eleven",
    "twenty-five",
    "ninety nine",
    "a hundred",
    "a dozen",
    "dozens",
    "hundreds",
    "thousands",
    "several",
    "three thousand",
    "two or three",
    "a few",
    "half",
    "first",
    "second",
    "1st",
    "2nd",
    "million",
    "billion",
    "zero",
    "a couple of",
];

pub const QUALIFIERS: &[&str] = &[
    "about ",
    "around ",
    "roughly ",
    "some ",
    "an estimated ",
    "nearly ",
    "almost ",
    "more than ",
    "over ",
    "upwards of ",
    "at least ",
    "as many as ",
    "up to ",
    "fewer than ",
    "less than ",
    "under ",
    "between ",
    " and ",
    " or ",
    "no more than ",
    "at most ",
    "approximately ",
    "",
];

pub const UNITS: &[&str] = &[
    " people",
    " battalions",
    " tanks",
    " drones",
    " servicemen",
    " were killed",
    " were injured",
    " killed or wounded",
    " villages",
    " rubles",
    " days",
    " years old",
    " percent",
    "%",
    " km",
    " armored vehicles",
    " volunteers",
    " units",
    "",
];

/// A random phrase of numbers, number words and qualifiers.
pub fn number_phrase(r: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..1 + r.below(3) {
        s.push_str(r.pick(QUALIFIERS));
        s.push_str(r.pick(NUMBERS));
        s.push_str(r.pick(UNITS));
        s.push_str(r.pick(&[
            " ",
            ", ",
            ". ",
            " in Belgorod. ",
            " in Kursk, ",
            "\n\n",
            " (",
            ") ",
        ]));
    }
    s
}

/// Splices of seeds (cut at char boundaries) with generated pieces between them.
pub fn generate(r: &mut Rng, seeds: &[String]) -> String {
    let mut s = String::new();
    for _ in 0..1 + r.below(6) {
        match r.below(4) {
            0 | 1 => {
                let seed = &seeds[r.below(seeds.len())];
                let a = r.boundary(seed);
                let b = r.boundary(&seed[a..]) + a;
                s.push_str(&seed[a..b]);
            }
            2 => s.push_str(&number_phrase(r)),
            _ => {
                for _ in 0..1 + r.below(8) {
                    s.push_str(r.pick(UNICODE));
                }
            }
        }
    }
    // Unicode sprinkled inside words and numbers.
    for _ in 0..r.below(6) {
        let at = r.boundary(&s);
        s.insert_str(at, r.pick(UNICODE));
    }
    s
}

pub fn show(text: &str) -> String {
    let t: String = text.chars().take(600).collect();
    format!("{t:?}{}", if t.len() < text.len() { " …" } else { "" })
}

pub fn is_iso(d: &str) -> bool {
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (b.len() == 7 || b.len() == 10)
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && (b.len() == 7 || (b[7] == b'-' && digits(8..10)))
}

/// The invariants of one extracted article over its text; `Err` says which broke.
pub fn check_article(a: &Article, text: &str) -> Result<(), String> {
    // (a stage that panicked: the article was kept with a warning, and it is a bug)
    if let Some(w) = a
        .warnings
        .iter()
        .find(|w| w.starts_with(tally_extract::EXTRACTION_FAILED))
    {
        let loc = LAST_PANIC.with(|l| l.take());
        return Err(format!("panic: {w} at {loc}"));
    }
    let on = |s: tally_extract::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for f in &a.figures {
        if !on(f.span) || !on(f.sentence_span) {
            return Err(format!(
                "span off bounds or char boundaries: {:?} {:?}",
                f.span, f.sentence_span
            ));
        }
        if text[f.span.start..f.span.end] != f.text {
            return Err(format!(
                "text[span] {:?} != text {:?}",
                &text[f.span.start..f.span.end],
                f.text
            ));
        }
        if text[f.sentence_span.start..f.sentence_span.end] != *f.sentence {
            return Err(format!("text[sentence_span] != sentence {:?}", f.sentence));
        }
        if !f.sentence_span.contains(f.span) {
            return Err(format!(
                "figure {:?} {:?} outside its sentence {:?}",
                f.text, f.span, f.sentence_span
            ));
        }
        for v in [f.value, f.low, f.high].into_iter().flatten() {
            if !v.is_finite() {
                return Err(format!("non-finite value in {:?}", f.text));
            }
        }
        if let (Some(l), Some(h)) = (f.low, f.high) {
            if l > h {
                return Err(format!("low {l} > high {h} in {:?}", f.text));
            }
        }
    }
    for s in &a.furniture {
        if !on(*s) {
            return Err(format!("furniture span off: {s:?}"));
        }
    }
    if let Some(d) = &a.date {
        if !is_iso(d) {
            return Err(format!("date {d:?} is not YYYY-MM-DD"));
        }
    }
    Ok(())
}

thread_local! {
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static LAST_PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Panics caught by [`check`] are reported with their input, not printed by the
/// default hook (which still prints every other panic).
pub fn quiet_caught_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.with(|q| q.get()) {
                let loc = info
                    .location()
                    .map_or(String::new(), |l| format!("{}:{}", l.file(), l.line()));
                LAST_PANIC.with(|l| l.replace(loc));
            } else {
                default(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into `Err("message at file:line")` without printing it.
pub fn caught<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    quiet_caught_panics();
    QUIET.with(|q| q.set(true));
    let r = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    r.map_err(|e| {
        let loc = LAST_PANIC.with(|l| l.take());
        format!("{} at {loc}", panic_message(&e))
    })
}

/// Extracts `text` twice (no panic, same result) and checks the invariants.
pub fn check(text: &str) -> Result<(), String> {
    let a = caught(|| extract_article("p", text)).map_err(|e| format!("panic: {e}"))?;
    let b = caught(|| extract_article("p", text))
        .map_err(|e| format!("panic on the second run: {e}"))?;
    if a != b {
        return Err("not deterministic".into());
    }
    check_article(&a, text)
}

pub fn panic_message(e: &Box<dyn std::any::Any + Send>) -> String {
    e.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}
