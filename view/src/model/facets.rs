//! Facets and the date histogram: what each choice would give under the other
//! filters (Datasette-style), counted over the flat index.

use super::{article_passes, for_each_match, Filters, Ignore, Indexed};
use tally_extract::Category;

/// Datasette-style facet: every region of the corpus with the number of figures
/// about it under all the other filters, most first; the chosen ones are kept even at 0.
#[inline(never)]
pub fn region_facets(c: &Indexed, f: &Filters) -> Vec<(String, usize)> {
    // every region a figure of an original names, with its count under the other filters
    let mut listed = vec![false; c.regions.len() + 1];
    for i in (0..c.articles.len()).filter(|&i| c.articles[i].article.duplicate_of.is_none()) {
        for k in c.figures_of(i) {
            listed[c.region[k] as usize] = true;
        }
    }
    let mut counts = vec![0usize; c.regions.len() + 1];
    let ignore = Ignore {
        regions: true,
        ..Ignore::default()
    };
    for_each_match(c, f, ignore, |_, _, k| counts[c.region[k] as usize] += 1);
    let mut v: Vec<(String, usize)> = (1..counts.len())
        .filter(|&k| listed[k])
        .map(|k| (c.regions[k - 1].clone(), counts[k]))
        .collect();
    for r in &f.regions {
        if !v.iter().any(|(n, _)| n == r) {
            v.push((r.clone(), 0));
        }
    }
    crate::sort::sort_by(&mut v, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// Facet: every category with the number of figures under all the other filters.
#[inline(never)]
pub fn category_facets(c: &Indexed, f: &Filters) -> Vec<(Category, usize)> {
    let mut counts = [0usize; 7];
    let ignore = Ignore {
        categories: true,
        ..Ignore::default()
    };
    for_each_match(c, f, ignore, |_, _, k| counts[c.category[k] as usize] += 1);
    Category::ALL.into_iter().zip(counts).collect()
}

/// Articles per month under all filters but the dates: the date histogram.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Histogram {
    /// `(YYYY-MM, articles)`, every month from the first to the last, empty ones too.
    pub months: Vec<(String, usize)>,
    pub undated: usize,
}

#[inline(never)]
pub fn date_histogram(c: &Indexed, f: &Filters) -> Histogram {
    let ignore = Ignore {
        dates: true,
        ..Ignore::default()
    };
    let narrowed = !(f.regions.is_empty() && f.categories.is_empty());
    // articles with a figure passing the region and category filters
    let mut has_figure = vec![false; c.articles.len()];
    if narrowed {
        for_each_match(c, f, ignore, |i, _, _| has_figure[i] = true);
    }
    // articles per month, by month number (`year * 12 + month - 1`)
    let (mut lo, mut hi) = (i32::MAX, i32::MIN);
    let mut counted: Vec<i32> = Vec::new();
    let mut undated = 0;
    for i in 0..c.articles.len() {
        if (narrowed && !has_figure[i]) || !article_passes(c, i, f, None) {
            continue;
        }
        match c.month[i] {
            Some(m) => {
                lo = lo.min(m);
                hi = hi.max(m);
                counted.push(m);
            }
            None => undated += 1,
        }
    }
    let mut months = Vec::new();
    if lo <= hi {
        let hi = hi.min(lo + 1200);
        let mut n = vec![0usize; (hi - lo + 1) as usize];
        for m in counted {
            if m <= hi {
                n[(m - lo) as usize] += 1;
            }
        }
        months = (lo..=hi)
            .zip(n)
            .map(|(m, n)| {
                (
                    format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1),
                    n,
                )
            })
            .collect();
    }
    Histogram { months, undated }
}
