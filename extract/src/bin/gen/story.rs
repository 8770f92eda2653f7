//! Stories: a date (or none), a main region, a headline and body paragraphs whose
//! sentences report figures of every category and qualifier, with traps and fillers.

use super::words::*;
use super::Rng;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Date {
    pub y: u32,
    pub m: u32,
    pub d: u32,
    /// 0 = Monday.
    pub weekday: usize,
}

impl Date {
    /// The date `days` after 1970-01-01 (civil-from-days, proleptic Gregorian).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400) as u32 + u32::from(m <= 2);
        Date {
            y,
            m,
            d,
            weekday: (days + 3).rem_euclid(7) as usize,
        }
    }
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    pub fn month(&self) -> &'static str {
        MONTHS[self.m as usize - 1]
    }
}

/// 2022-02-24 and 2024-12-31 as days since 1970-01-01.
const FIRST_DAY: i64 = 19_047;
const LAST_DAY: i64 = 20_088;

#[derive(Debug, Clone)]
pub struct Story {
    pub date: Option<Date>,
    pub region: &'static Region,
    pub town: &'static str,
    pub headline: String,
    /// Body paragraphs, straight quotes; the first is the lead.
    pub paras: Vec<String>,
    /// URL slug from the headline.
    pub slug: String,
}

/// A count and how the text words it.
struct Quantity {
    phrase: String,
    /// For the headline: the count as a title word ("16", "Seven", "Dozens").
    title: String,
    plural: bool,
}

impl Story {
    pub fn new(r: &mut Rng, undated_percent: u32, figure_percent: u32) -> Story {
        let date = (!r.chance(undated_percent))
            .then(|| Date::from_days(r.range(FIRST_DAY as u64, LAST_DAY as u64) as i64));
        let region = if r.chance(75) {
            &REGIONS[r.below(2)]
        } else {
            r.pick(REGIONS)
        };
        let town = *r.pick(region.towns);
        let mut b = Builder {
            r,
            region,
            town,
            date,
            headline: None,
            used: 0,
            figure_percent: figure_percent.min(90) as usize,
        };
        let n_paras = 5 + b.r.below(8);
        let mut paras = Vec::with_capacity(n_paras);
        for k in 0..n_paras {
            paras.push(b.paragraph(k == 0));
        }
        let headline = b.headline.take().unwrap_or_else(|| {
            format!(
                "Border Regions Step Up Territorial Defense in {}",
                region.name
            )
        });
        let slug = slugify(&headline);
        Story {
            date,
            region,
            town,
            headline,
            paras,
            slug,
        }
    }
}

pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

struct Builder<'r> {
    r: &'r mut Rng,
    region: &'static Region,
    town: &'static str,
    date: Option<Date>,
    headline: Option<String>,
    /// Fillers and traps already used (bit per entry): a story does not repeat itself.
    used: u64,
    /// Share of body sentences (percent) that state a figure; a tenth are traps.
    figure_percent: usize,
}

/// Formats a number the way articles do: digits with or without a thousands comma,
/// or words for small and round numbers.
pub fn number(r: &mut Rng, n: u64) -> String {
    if n <= 20 && r.chance(60) {
        return words(n);
    }
    if n >= 1000 && n % 1000 == 0 && n < 20_000 && r.chance(30) {
        return format!("{} thousand", words(n / 1000));
    }
    if n >= 100 && n < 1000 && n % 100 == 0 && r.chance(25) {
        return format!("{} hundred", ONES[(n / 100) as usize]);
    }
    if n >= 1000 && r.chance(85) {
        return commas(n);
    }
    n.to_string()
}

pub fn words(n: u64) -> String {
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 if n % 10 == 0 => TENS[(n / 10) as usize].to_string(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize]),
        _ => n.to_string(),
    }
}

pub fn commas(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + 4);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn title_case(s: &str) -> String {
    s.split(' ').map(capitalize).collect::<Vec<_>>().join(" ")
}

/// A plausible count for a category: small for units and deaths, large for personnel.
fn magnitude(r: &mut Rng, cat: usize) -> u64 {
    let n = match cat {
        0 => [r.range(50, 900), r.range(1, 6) * 500, r.range(1000, 5000)][r.below(3)],
        1 => r.range(2, 14),
        2 => r.range(1, 40),
        3 => r.range(1, 120),
        4 => [r.range(10, 300), r.range(1, 50) * 100][r.below(2)],
        5 => [r.range(1, 30), r.range(2, 60) * 5, r.range(100, 900)][r.below(3)],
        _ => [r.range(2, 40), r.range(100, 3000)][r.below(2)],
    };
    // round numbers are more common in reports
    if n > 100 && r.chance(50) {
        n / 10 * 10
    } else {
        n
    }
}

impl Builder<'_> {
    fn quantity_in(&mut self, cat: usize, list: &[(&'static str, &'static str)]) -> Quantity {
        let nouns = *self.r.pick(list);
        self.quantity(cat, nouns)
    }

    fn quantity(&mut self, cat: usize, nouns: (&str, &str)) -> Quantity {
        let r = &mut *self.r;
        let n = magnitude(r, cat).max(1);
        let (sing, plur) = nouns;
        let kind = r.below(100);
        let (phrase, title, plural) = match kind {
            0..=39 => {
                let w = number(r, n);
                let noun = if n == 1 { sing } else { plur };
                (format!("{w} {noun}"), capitalize(&w), n != 1)
            }
            40..=51 => (
                format!("{} {} {plur}", r.pick(ABOUT), number(r, n.max(2))),
                n.max(2).to_string(),
                true,
            ),
            52..=61 => (
                format!("{} {} {plur}", r.pick(MORE), number(r, n.max(2))),
                n.max(2).to_string(),
                true,
            ),
            62..=67 => (
                format!("at least {} {plur}", number(r, n.max(2))),
                n.max(2).to_string(),
                true,
            ),
            68..=74 => (
                format!("{} {} {plur}", r.pick(UPTO), number(r, n.max(2))),
                n.max(2).to_string(),
                true,
            ),
            75..=79 => (
                format!("{} {} {plur}", r.pick(FEWER), number(r, n.max(3))),
                n.max(3).to_string(),
                true,
            ),
            80..=91 => {
                let lo = n.max(2);
                let step = if lo < 10 {
                    1
                } else if lo < 100 {
                    10
                } else {
                    100
                };
                let lo = if lo >= 20 { lo / step * step } else { lo };
                let hi = lo + step * r.range(1, 3);
                let phrase = match r.below(4) {
                    0 => format!("between {} and {} {plur}", number(r, lo), number(r, hi)),
                    1 => format!("{lo}–{hi} {plur}"),
                    2 => format!("{} to {} {plur}", number(r, lo), number(r, hi)),
                    _ if lo < 10 => {
                        format!("{} or {} {plur}", ONES[lo as usize], ONES[lo as usize + 1])
                    }
                    _ => format!("{lo}-{hi} {plur}"),
                };
                (phrase, format!("{lo}-{hi}"), true)
            }
            _ => {
                let v = if cat <= 3 {
                    *r.pick(&VAGUE[..2])
                } else {
                    *r.pick(VAGUE)
                };
                (
                    format!("{v} {plur}"),
                    title_case(v.trim_end_matches(" of")),
                    true,
                )
            }
        };
        Quantity {
            phrase,
            title,
            plural,
        }
    }

    fn place(&mut self) -> String {
        if self.r.chance(50) {
            format!("in {}", self.town)
        } else {
            format!("in {}", self.r.pick(self.region.forms))
        }
    }

    fn when(&mut self) -> String {
        match (self.r.below(6), self.date) {
            (0, Some(d)) => format!(" on {} {}", d.month(), d.d),
            (1, _) => " last week".into(),
            (2, _) => format!(" on {}", self.r.pick(WEEKDAYS)),
            (3, _) => " overnight".into(),
            _ => String::new(),
        }
    }

    /// A sentence reporting one figure; sets the headline from the first one.
    fn figure_sentence(&mut self) -> String {
        let cat = self.r.below(7);
        let (sur, town) = (self.region.surname, self.town);
        let (s, head) = match cat {
            0 => {
                let q = self.quantity_in(0, PERSONNEL);
                let place = self.place();
                let s = match self.r.below(3) {
                    0 => format!("The territorial defense battalions {place} now comprise {}, {sur} said.", q.phrase),
                    1 => format!("{} have signed up for the self-defense units {place} since recruitment opened.", capitalize(&q.phrase)),
                    _ => format!("{} currently serve in the local militia, according to the governor.", capitalize(&q.phrase)),
                };
                (
                    s,
                    format!(
                        "{} Self-Defense Force Grows to {}",
                        self.region.name, q.title
                    ),
                )
            }
            1 => {
                let (sing, plur) = *self.r.pick(UNITS);
                let q = self.quantity(1, (sing, plur));
                let phrase = q
                    .phrase
                    .replace(plur, &format!("territorial defense {plur}"));
                let place = self.place();
                let s = match self.r.below(2) {
                    0 => format!(
                        "{} {} been formed {place}{}.",
                        capitalize(&phrase),
                        if q.plural { "have" } else { "has" },
                        self.when()
                    ),
                    _ => format!("{sur} said {phrase} were now on duty along the border."),
                };
                (
                    s,
                    format!(
                        "{} Region Forms {} Territorial Defense {}",
                        self.region.name,
                        q.title,
                        title_case(plur)
                    ),
                )
            }
            2 => {
                let q = self.quantity_in(
                    2,
                    &[
                        ("person", "people"),
                        ("civilian", "civilians"),
                        ("resident", "residents"),
                    ],
                );
                let when = self.when();
                let s = match self.r.below(3) {
                    0 => format!(
                        "{} {} killed when shells hit {town}{when}, {sur} said.",
                        capitalize(&q.phrase),
                        if q.plural { "were" } else { "was" }
                    ),
                    1 => format!("The strike on {town} killed {}{when}.", q.phrase),
                    _ => format!(
                        "So far, {sur} has reported that {} died in the attacks.",
                        q.phrase
                    ),
                };
                (s, format!("{} Killed in Shelling of {town}", q.title))
            }
            3 => {
                let q = self.quantity_in(
                    3,
                    &[
                        ("person", "people"),
                        ("civilian", "civilians"),
                        ("child", "children"),
                    ],
                );
                let s = match self.r.below(3) {
                    0 => format!(
                        "{} {} injured in {town}{}.",
                        capitalize(&q.phrase),
                        if q.plural { "were" } else { "was" },
                        self.when()
                    ),
                    1 => format!(
                        "The drone attack left {} wounded, the governor's office said.",
                        q.phrase
                    ),
                    _ => format!(
                        "Doctors were treating {} injured in the shelling.",
                        q.phrase
                    ),
                };
                (s, format!("{} Injured as Drones Strike {town}", q.title))
            }
            4 => {
                let q = self.quantity_in(
                    4,
                    &[
                        ("serviceman", "servicemen"),
                        ("soldier", "soldiers"),
                        ("troop", "troops"),
                    ],
                );
                let s = match self.r.below(2) {
                    0 => format!("The Defense Ministry claimed that {} had been killed or wounded trying to cross the border.", q.phrase),
                    _ => format!("Ukrainian forces lost {} in the {} direction, the ministry said.", q.phrase, self.region.name),
                };
                (
                    s,
                    format!(
                        "Russia Claims {} Ukrainian Losses Near {}",
                        q.title, self.region.name
                    ),
                )
            }
            5 => {
                let (sing, plur) = *self.r.pick(EQUIPMENT);
                let q = self.quantity(5, (sing, plur));
                let place = self.place();
                let (be, when) = (if q.plural { "were" } else { "was" }, self.when());
                let s = match sing {
                    "drone" | "quadcopter" => {
                        format!("Air defenses shot down {} {place}{when}.", q.phrase)
                    }
                    "tank" | "armored vehicle" | "helicopter" => format!(
                        "{} {be} destroyed during the clashes {place}.",
                        capitalize(&q.phrase)
                    ),
                    "shell" | "round" => format!(
                        "Ukrainian forces fired {} at {}{when}, the governor said.",
                        q.phrase, self.town
                    ),
                    _ => format!(
                        "The battalions received {}, radios and body armor.",
                        q.phrase
                    ),
                };
                (
                    s,
                    format!("{} {} Reported {place}", q.title, title_case(plur)),
                )
            }
            _ => match self.r.below(4) {
                0 => {
                    let n = self.r.range(2, 90) * 5;
                    (
                        format!(
                            "The region has allocated {} million rubles to equip the units.",
                            n
                        ),
                        format!(
                            "{} Allocates {n} Million Rubles for Self-Defense",
                            self.region.name
                        ),
                    )
                }
                1 => {
                    let n = self.r.range(10, 80);
                    (
                        format!("About {n}% of the volunteers have combat experience."),
                        format!(
                            "Most {} Volunteers Lack Combat Experience",
                            self.region.name
                        ),
                    )
                }
                _ => {
                    let q = self.quantity_in(6, OTHER);
                    let be = if q.plural { "were" } else { "was" };
                    let s = if q.phrase.ends_with("evacuees")
                        || q.phrase.ends_with("children")
                        || q.phrase.ends_with("evacuee")
                        || q.phrase.ends_with("child")
                    {
                        format!(
                            "{} {be} taken from {town} to temporary shelters{}.",
                            capitalize(&q.phrase),
                            self.when()
                        )
                    } else {
                        format!(
                            "{} near {town} {be} damaged by shelling{}.",
                            capitalize(&q.phrase),
                            self.when()
                        )
                    };
                    (s, format!("{} Hit Near {town}", q.title))
                }
            },
        };
        if self.headline.is_none() {
            self.headline = Some(head);
        }
        s
    }

    /// An index in `0..n` not used yet by this story where possible.
    fn fresh(&mut self, n: usize, bit0: u32) -> usize {
        let mut i = self.r.below(n);
        for _ in 0..n {
            if self.used & (1 << (bit0 + i as u32)) == 0 {
                break;
            }
            i = (i + 1) % n;
        }
        self.used |= 1 << (bit0 + i as u32);
        i
    }

    fn filler(&mut self) -> String {
        if self.r.chance(65) {
            let c = CLAUSES[self.r.below(CLAUSES.len())].replace("{town}", self.town);
            let src = *self.r.pick(SOURCES);
            return match self.r.below(4) {
                0 => format!("{} said {c}.", self.region.surname),
                1 => format!("According to {src}, {c}."),
                2 => format!("{}, {src} reported.", capitalize(&c)),
                _ => format!("{} added that {c}.", capitalize(src)),
            };
        }
        let f = FILLERS[self.fresh(FILLERS.len(), 0)];
        f.replace("{off}", self.region.official)
            .replace("{sur}", self.region.surname)
            .replace("{town}", self.town)
    }

    fn trap(&mut self) -> String {
        if let (Some(d), true) = (self.date, self.r.chance(40)) {
            // a year and a date next to figures
            let y = d.y.saturating_sub(self.r.below(2) as u32).max(2022);
            return format!(
                "The units were set up in {} {y} at the governor's initiative.",
                MONTHS[self.r.below(12)]
            );
        }
        TRAPS[self.fresh(TRAPS.len(), 32)].replace("{sur}", self.region.surname)
    }

    fn paragraph(&mut self, lead: bool) -> String {
        let mut p = String::new();
        if lead {
            let s = self.figure_sentence();
            let off = self.region.official;
            p.push_str(&format!(
                "{off} said on {} that the situation in {} remained difficult. ",
                self.r.pick(WEEKDAYS),
                self.town
            ));
            p.push_str(&s);
            return p;
        }
        let n = 2 + self.r.below(3);
        for k in 0..n {
            if k > 0 {
                p.push(' ');
            }
            let roll = self.r.below(100);
            let s = if roll < self.figure_percent {
                self.figure_sentence()
            } else if roll < self.figure_percent + 10 {
                self.trap()
            } else {
                self.filler()
            };
            p.push_str(&s);
        }
        // now and then, a neighbouring region in the same paragraph
        if self.r.chance(15) {
            let other = self.r.pick(REGIONS);
            let town = *self.r.pick(other.towns);
            let q = self.quantity(5, ("drone", "drones"));
            p.push_str(&format!(
                " In neighboring {}, {} were shot down near {town}.",
                other.forms[0].trim_start_matches("the "),
                q.phrase
            ));
        }
        p
    }
}
