//! The data an extraction produces: articles and their figures (FIGURES.md).

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How a figure's number is qualified in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A plain number: "2,092 people".
    Exact,
    /// about, around, roughly, some, an estimated, nearly, almost.
    Approximately,
    /// more than, over, upwards of.
    MoreThan,
    /// at least.
    AtLeast,
    /// as many as, up to.
    UpTo,
    /// fewer than, less than, under.
    LessThan,
    /// between 20 and 30, 40–50, two or three.
    Range,
    /// several, dozens, hundreds, thousands: no value, maybe a lower bound.
    Vague,
}

impl Qualifier {
    pub const ALL: [Qualifier; 8] = [
        Qualifier::Exact,
        Qualifier::Approximately,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::UpTo,
        Qualifier::LessThan,
        Qualifier::Range,
        Qualifier::Vague,
    ];

    /// The contract's name: `exact`, `more_than`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approximately => "approximately",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::UpTo => "up_to",
            Qualifier::LessThan => "less_than",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// What a figure counts (FIGURES.md, "Categories").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Personnel,
    Units,
    Killed,
    Injured,
    Casualties,
    Equipment,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Personnel,
        Category::Units,
        Category::Killed,
        Category::Injured,
        Category::Casualties,
        Category::Equipment,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Personnel => "personnel",
            Category::Units => "units",
            Category::Killed => "killed",
            Category::Injured => "injured",
            Category::Casualties => "casualties",
            Category::Equipment => "equipment",
            Category::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A byte range `[start, end)` into an article's original text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One reported figure: a count attached to the thing it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The exact span of the article that states it ("as many as 3,000 people").
    pub text: String,
    #[serde(serialize_with = "ser_num")]
    pub value: Option<f64>,
    #[serde(serialize_with = "ser_num")]
    pub low: Option<f64>,
    #[serde(serialize_with = "ser_num")]
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// The counted noun, singular, lower case.
    pub unit: String,
    pub category: Category,
    pub region: Option<String>,
    /// The whole sentence it stands in: one copy shared by the figures of a sentence
    /// (serialized as a plain string).
    #[serde(serialize_with = "ser_str", deserialize_with = "de_shared")]
    pub sentence: Arc<str>,
    /// Where `text` stands in the article's original text (bytes).
    pub span: Span,
    /// Where `sentence` stands in the article's original text (bytes).
    pub sentence_span: Span,
}

/// One article file, extracted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The corpus file's name without its extension.
    pub id: String,
    pub title: Option<String>,
    /// `YYYY-MM-DD`, or `YYYY-MM` where only the month is known.
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Every region the article mentions, main region first.
    pub regions: Vec<String>,
    pub duplicate_of: Option<String>,
    pub figures: Vec<Figure>,
    /// Ranges of the original text that are page furniture (banners, teasers, ...).
    #[serde(default)]
    pub furniture: Vec<Span>,
    /// Ranges of the original text that are metadata lines (headline, dateline, byline,
    /// URL lines): shown as metadata in the reading view, not as prose.
    #[serde(default)]
    pub metadata_spans: Vec<Span>,
    /// Problems met while reading this article (e.g. invalid UTF-8), for the user.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Numbers that are whole print without a fraction (`2092`, not `2092.0`).
pub fn ser_num<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        None => s.serialize_none(),
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
    }
}

/// A shared string, serialized as a plain one.
pub fn ser_str<S: Serializer>(v: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(v)
}

/// A plain string, read into a shared one.
pub fn de_shared<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<str>, D::Error> {
    String::deserialize(d).map(Arc::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_serialize_without_fraction() {
        #[derive(Serialize)]
        struct T {
            #[serde(serialize_with = "ser_num")]
            a: Option<f64>,
            #[serde(serialize_with = "ser_num")]
            b: Option<f64>,
            #[serde(serialize_with = "ser_num")]
            c: Option<f64>,
        }
        let j = serde_json::to_string(&T {
            a: Some(2092.0),
            b: Some(1.5),
            c: None,
        })
        .unwrap();
        assert_eq!(j, r#"{"a":2092,"b":1.5,"c":null}"#);
    }

    #[test]
    fn names_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        assert_eq!(
            serde_json::to_string(&Qualifier::MoreThan).unwrap(),
            "\"more_than\""
        );
    }
}
