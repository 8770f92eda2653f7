//! The corpus with the per-figure facts every filter change reads laid out flat
//! (region as a number, category, sort value, day of the shown date), built once per
//! corpus: filtering 100,000 figures is then a pass over small arrays, not over
//! strings and maps.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::SORT_KEYS;
use crate::data::Corpus;
use crate::plot::day_number;
use crate::sort::order;
use tally_extract::Category;

/// A corpus and its flat facts. Derefs to the corpus.
#[derive(Debug, Clone)]
pub struct Indexed {
    pub corpus: Arc<Corpus>,
    /// Every region a figure or an article names, sorted; referred to as `1 + index`.
    pub regions: Vec<String>,
    /// Per article: where its figures start in the flat arrays below.
    first: Vec<u32>,
    /// Per figure, flat: region number (0 = none), category, sort value.
    pub region: Vec<u16>,
    pub category: Vec<u8>,
    pub value: Vec<f64>,
    /// Per figure: log10 of the sort value (of 1e-9 when it is not positive).
    pub log_value: Vec<f64>,
    /// Per figure: the upper bound (0 when none), and whether it has a number to plot.
    pub high: Vec<f64>,
    pub plotted: Vec<bool>,
    /// Per article: the day number of its shown date (a month counts as its 1st).
    pub day: Vec<Option<i64>>,
    /// Per article: the date order (a month before its days; undated last).
    pub date_key: Vec<i64>,
    /// Per article: the first and last day its shown date stands for (a month: its
    /// first and last day), and its month as `year * 12 + month - 1`.
    pub days: Vec<Option<(i64, i64)>>,
    pub month: Vec<Option<i32>>,
    /// Per article: one of the reader's own.
    pub yours: Vec<bool>,
    /// Per article: a copy of another (`duplicate_of`), never counted.
    pub copy: Vec<bool>,
    /// Per article: the numbers of the regions it names.
    pub article_regions: Vec<Vec<u16>>,
    /// Per figure: its article.
    owner: Vec<u32>,
    /// Article index by id (made when first asked for).
    ids: OnceLock<HashMap<String, usize>>,
    /// Every figure in the order of each sort column (see [`SORT_KEYS`]), made when
    /// first asked for: a filter change then filters a sorted list, never sorts.
    orders: [OnceLock<Order>; 6],
}

/// Flat positions sorted by a column, ties in corpus order.
#[derive(Debug, Clone, Default)]
pub struct Order {
    pub asc: Vec<u32>,
    /// `same[i]`: `asc[i]` has the same key as `asc[i - 1]`.
    same: Vec<bool>,
    /// How many at the end stay last in both directions (undated figures).
    last: usize,
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
        // the distinct region names (a few dozen among 100,000 mentions), numbered in
        // name order; a mention is looked up by a cheap hash, or is the one before it
        let mut number: HashMap<&str, u16, Fnv> = HashMap::default();
        for e in &corpus.articles {
            let named = e.article.figures.iter().filter_map(|f| f.region.as_deref());
            for r in named.chain(e.article.regions.iter().map(String::as_str)) {
                number.entry(r).or_insert(0);
            }
        }
        let mut names: Vec<&str> = number.keys().copied().collect();
        crate::sort::sort_by(&mut names, |a, b| a.cmp(b));
        for (i, n) in names.iter().enumerate() {
            number.insert(n, (i + 1).min(u16::MAX as usize) as u16);
        }
        let mut numbers = Numbers {
            map: number,
            last: ("", 0),
        };
        let mut number_of = |r| numbers.get(r);
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
                region.push(f.region.as_deref().map_or(0, &mut number_of));
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
        let days = corpus
            .articles
            .iter()
            .zip(&day)
            .map(|(e, d)| {
                let first = (*d)?;
                let s = e.shown_date.as_deref()?;
                let last = if s.len() == 7 {
                    day_number(&super::month_range(s).1).unwrap_or(first)
                } else {
                    first
                };
                Some((first, last))
            })
            .collect();
        let month = corpus
            .articles
            .iter()
            .map(|e| {
                let s = e.shown_date.as_deref()?;
                let y: i32 = s.get(0..4)?.parse().ok()?;
                let m: i32 = s.get(5..7)?.parse().ok()?;
                (1..=12).contains(&m).then_some(y * 12 + m - 1)
            })
            .collect();
        let yours = corpus.articles.iter().map(|e| e.yours).collect();
        let copy = corpus
            .articles
            .iter()
            .map(|e| e.article.duplicate_of.is_some())
            .collect();
        let article_regions = corpus
            .articles
            .iter()
            .map(|e| e.article.regions.iter().map(|r| number_of(r)).collect())
            .collect();
        let log_value = value.iter().map(|v: &f64| v.max(1e-9).log10()).collect();
        let mut owner = vec![0u32; region.len()];
        for i in 0..corpus.articles.len() {
            owner[first[i] as usize..first[i + 1] as usize].fill(i as u32);
        }
        let ids = OnceLock::new();
        let regions = names.into_iter().map(str::to_string).collect();
        Indexed {
            corpus,
            regions,
            first,
            region,
            category,
            value,
            log_value,
            high,
            plotted,
            day,
            date_key,
            days,
            month,
            yours,
            copy,
            article_regions,
            owner,
            ids,
            orders: Default::default(),
        }
    }

    /// The article with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        let ids = self.ids.get_or_init(|| {
            self.articles
                .iter()
                .enumerate()
                .map(|(i, e)| (e.article.id.clone(), i))
                .collect()
        });
        ids.get(id).copied()
    }

    /// `(article, figure)` of a flat position.
    pub fn pair(&self, k: usize) -> (usize, usize) {
        let i = self.owner[k] as usize;
        (i, k - self.first[i] as usize)
    }

    /// Every figure sorted by column `key` (an index into [`SORT_KEYS`]).
    pub fn order(&self, key: usize) -> &Order {
        self.orders[key].get_or_init(|| self.make_order(key))
    }

    fn make_order(&self, key: usize) -> Order {
        let n = self.region.len();
        let mut asc: Vec<u32> = (0..n as u32).collect();
        let figure = |k: u32| {
            let (i, j) = self.pair(k as usize);
            &self.articles[i].article.figures[j]
        };
        let mut last = 0;
        let same: Box<dyn Fn(u32, u32) -> bool + '_> = match SORT_KEYS[key] {
            "value" => {
                order(&mut asc, &|a, b| {
                    self.value[a as usize].total_cmp(&self.value[b as usize])
                });
                Box::new(|a, b| self.value[a as usize] == self.value[b as usize])
            }
            "category" => {
                let name = |k: u32| Category::ALL[self.category[k as usize] as usize].as_str();
                order(&mut asc, &|a, b| name(a).cmp(name(b)));
                Box::new(move |a, b| self.category[a as usize] == self.category[b as usize])
            }
            "region" => {
                order(&mut asc, &|a, b| {
                    self.region[a as usize].cmp(&self.region[b as usize])
                });
                Box::new(|a, b| self.region[a as usize] == self.region[b as usize])
            }
            "article" => {
                let id = |k: u32| {
                    self.articles[self.owner[k as usize] as usize]
                        .article
                        .id
                        .as_str()
                };
                order(&mut asc, &|a, b| id(a).cmp(id(b)));
                Box::new(move |a, b| id(a) == id(b))
            }
            "unit" => {
                order(&mut asc, &|a, b| figure(a).unit.cmp(&figure(b).unit));
                Box::new(move |a, b| figure(a).unit == figure(b).unit)
            }
            // by day, a month before its days; undated last
            _ => {
                let key = |k: u32| self.date_key[self.owner[k as usize] as usize];
                order(&mut asc, &|a, b| key(a).cmp(&key(b)));
                last = asc
                    .iter()
                    .rev()
                    .take_while(|&&k| key(k) == i64::MAX)
                    .count();
                Box::new(move |a, b| key(a) == key(b))
            }
        };
        let same_flags = (0..asc.len())
            .map(|i| i > 0 && same(asc[i - 1], asc[i]))
            .collect();
        Order {
            asc,
            same: same_flags,
            last,
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

impl Order {
    /// The positions in this order, or descending (ties still in corpus order; the
    /// ones kept last stay last).
    pub fn walk(&self, desc: bool, mut each: impl FnMut(u32)) {
        let body = self.asc.len() - self.last;
        if !desc {
            self.asc[..body].iter().for_each(|&k| each(k));
        } else {
            // runs of equal keys, last run first, each run in its own order
            let mut end = body;
            while end > 0 {
                let mut start = end - 1;
                while start > 0 && self.same[start] {
                    start -= 1;
                }
                self.asc[start..end].iter().for_each(|&k| each(k));
                end = start;
            }
        }
        self.asc[body..].iter().for_each(|&k| each(k));
    }
}

/// Region numbers by name, remembering the last one asked for.
struct Numbers<'c> {
    map: HashMap<&'c str, u16, Fnv>,
    last: (&'c str, u16),
}

impl<'c> Numbers<'c> {
    fn get(&mut self, r: &'c str) -> u16 {
        if r != self.last.0 {
            self.last = (r, self.map[r]);
        }
        self.last.1
    }
}

/// FNV-1a: region names are short, and a map of a few dozen needs no stronger hash.
#[derive(Default, Clone, Copy)]
struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ *b as u64).wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

type Fnv = std::hash::BuildHasherDefault<FnvHasher>;

/// A bit per category.
pub fn category_mask(cats: &[Category]) -> u8 {
    cats.iter().fold(0, |m, c| m | 1 << (*c as u8))
}
