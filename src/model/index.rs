//! The corpus with the per-figure facts every filter change reads laid out flat
//! (region as a number, category, sort value, day of the shown date), built once per
//! corpus: filtering 100,000 figures is then a pass over small arrays, not over
//! strings and maps.

use std::collections::HashMap;
use std::sync::Arc;

use crate::data::Corpus;
use crate::plot::day_number;
use tally_extract::Category;

/// A corpus and its flat facts. Derefs to the corpus.
#[derive(Debug, Clone)]
pub struct Indexed {
    pub corpus: Arc<Corpus>,
    /// Every region a figure names, sorted; figures refer to them as `1 + index`.
    pub regions: Vec<String>,
    /// Per article: where its figures start in the flat arrays below.
    first: Vec<u32>,
    /// Per figure, flat: region number (0 = none), category, sort value.
    pub region: Vec<u16>,
    pub category: Vec<u8>,
    pub value: Vec<f64>,
    /// Per figure: the upper bound (0 when none), and whether it has a number to plot.
    pub high: Vec<f64>,
    pub plotted: Vec<bool>,
    /// Per article: the day number of its shown date (a month counts as its 1st).
    pub day: Vec<Option<i64>>,
    /// Per article: the date order (a month before its days; undated last).
    pub date_key: Vec<i64>,
    /// Per article: one of the reader's own.
    pub yours: Vec<bool>,
}

impl std::ops::Deref for Indexed {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        &self.corpus
    }
}

impl From<Corpus> for Indexed {
    fn from(c: Corpus) -> Indexed {
        Indexed::new(Arc::new(c))
    }
}

impl Indexed {
    pub fn new(corpus: Arc<Corpus>) -> Indexed {
        let mut names: Vec<&str> = corpus
            .articles
            .iter()
            .flat_map(|e| e.article.figures.iter().filter_map(|f| f.region.as_deref()))
            .collect();
        names.sort_unstable();
        names.dedup();
        let number: HashMap<&str, u16> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, (i + 1).min(u16::MAX as usize) as u16))
            .collect();
        let n: usize = corpus
            .articles
            .iter()
            .map(|e| e.article.figures.len())
            .sum();
        let mut first = Vec::with_capacity(corpus.articles.len() + 1);
        let (mut region, mut category, mut value) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        let (mut high, mut plotted) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for e in &corpus.articles {
            first.push(region.len() as u32);
            for f in &e.article.figures {
                region.push(f.region.as_deref().map_or(0, |r| number[r]));
                category.push(f.category as u8);
                value.push(super::sort_value(f));
                high.push(f.high.unwrap_or(0.0));
                plotted.push(f.value.is_some() || f.low.is_some() || f.high.is_some());
            }
        }
        first.push(region.len() as u32);
        let day: Vec<Option<i64>> = corpus
            .articles
            .iter()
            .map(|e| e.shown_date.as_deref().and_then(day_number))
            .collect();
        let date_key = corpus
            .articles
            .iter()
            .zip(&day)
            .map(|(e, d)| match (d, e.shown_date.as_deref()) {
                (Some(d), Some(s)) => d * 2 + (s.len() > 7) as i64,
                _ => i64::MAX,
            })
            .collect();
        let yours = corpus.articles.iter().map(|e| e.yours).collect();
        let regions = names.into_iter().map(str::to_string).collect();
        Indexed {
            corpus,
            regions,
            first,
            region,
            category,
            value,
            high,
            plotted,
            day,
            date_key,
            yours,
        }
    }

    /// Where figure `j` of article `i` is in the flat arrays.
    pub fn at(&self, i: usize, j: usize) -> usize {
        self.first[i] as usize + j
    }

    /// The flat positions of article `i`'s figures.
    pub fn figures_of(&self, i: usize) -> std::ops::Range<usize> {
        self.first[i] as usize..self.first[i + 1] as usize
    }

    /// The region numbers of these names (unknown names match nothing), as a mask.
    pub fn region_mask(&self, names: &[String]) -> Vec<bool> {
        let mut mask = vec![false; self.regions.len() + 1];
        for n in names {
            if let Ok(k) = self.regions.binary_search(n) {
                mask[k + 1] = true;
            }
        }
        mask
    }

    pub fn region_name(&self, k: u16) -> Option<&str> {
        (k > 0).then(|| self.regions[k as usize - 1].as_str())
    }
}

/// A bit per category.
pub fn category_mask(cats: &[Category]) -> u8 {
    cats.iter().fold(0, |m, c| m | 1 << (*c as u8))
}
