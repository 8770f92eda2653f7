//! Runs `shared/number-suites/dates.jsonl` against `dates::find_dates`: every in-scope
//! case must give exactly the expected dates (character offsets, YYYY-MM-DD values).
//! Dates without a year take the case's reference year (`dates::resolve`).

use serde_json::Value;
use tally_extract::dates::{find_dates, resolve};

const SUITE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/number-suites/dates.jsonl"
);

fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// (start, end, value) in characters for every date `find_dates` yields in `text`.
fn predicted(text: &str, ref_year: Option<i32>) -> Vec<(usize, usize, String)> {
    find_dates(text)
        .into_iter()
        .filter_map(|d| {
            let d = match ref_year {
                Some(y) => resolve(d, y),
                None => d,
            };
            let v = d.iso()?;
            Some((
                char_offset(text, d.span.start),
                char_offset(text, d.span.end),
                v,
            ))
        })
        .collect()
}

fn expected(case: &Value) -> Vec<(usize, usize, String)> {
    case["expected"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    let v = e["value"].as_str().unwrap_or("");
                    (
                        e["start"].as_u64().unwrap() as usize,
                        e["end"].as_u64().unwrap() as usize,
                        v[..v.len().min(10)].to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn load() -> Vec<Value> {
    let text = std::fs::read_to_string(SUITE)
        .unwrap_or_else(|e| panic!("date suite missing: cannot read {SUITE}: {e} (expected shared/number-suites beside the workspace)"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("suite line is JSON"))
        .collect()
}

#[test]
fn every_in_scope_date_case_passes() {
    let cases = load();
    let mut failures = Vec::new();
    let mut n = 0;
    for c in cases
        .iter()
        .filter(|c| c["in_scope"].as_bool() == Some(true))
    {
        n += 1;
        let text = c["input"].as_str().unwrap();
        let ref_year = c["reference_date"]
            .as_str()
            .and_then(|r| r.get(..4))
            .and_then(|y| y.parse().ok());
        let got = predicted(text, ref_year);
        let want = expected(c);
        if got != want {
            failures.push(format!(
                "{} {:?}\n  want {:?}\n  got  {:?}",
                c["id"], text, want, got
            ));
        }
    }
    assert!(n >= 30, "only {n} in-scope cases in {SUITE}");
    assert!(
        failures.is_empty(),
        "{} of {n} in-scope date cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Out-of-scope cases are not required; this only checks that none of them crashes and
/// that nothing found there has an invalid value.
#[test]
fn out_of_scope_cases_run_cleanly() {
    for c in load()
        .iter()
        .filter(|c| c["in_scope"].as_bool() != Some(true))
    {
        let text = c["input"].as_str().unwrap();
        for (s, e, v) in predicted(text, None) {
            assert!(s < e && e <= text.chars().count(), "{}: bad span", c["id"]);
            assert!(v.len() == 10 || v.len() == 7, "{}: bad value {v}", c["id"]);
        }
    }
}

/// Throughput on the seed articles (run with `--release -- --ignored --nocapture`).
#[test]
#[ignore]
fn throughput_on_seeds() {
    use tally_extract::{dates::find_times, sentences::sentences, Span};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds");
    let mut one = String::new();
    for e in std::fs::read_dir(dir).expect("seeds dir") {
        one.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    let text = one.repeat((20_000_000 / one.len()).max(1));
    let mb = text.len() as f64 / 1e6;
    let best = |f: &dyn Fn() -> usize| {
        let mut t_best = f64::MAX;
        let mut n = 0;
        for _ in 0..5 {
            let t = std::time::Instant::now();
            n = f();
            t_best = t_best.min(t.elapsed().as_secs_f64());
        }
        (t_best, n)
    };
    let (d, n) = best(&|| find_dates(&text).len());
    let (tt, m) = best(&|| find_times(&text).len());
    let (ts, k) = best(&|| {
        let mut k = 0;
        let mut start = 0;
        for para in text.split("\n\n") {
            k += sentences(&text, Span::new(start, start + para.len())).len();
            start += para.len() + 2;
        }
        k
    });
    println!("{mb:.1} MB: find_dates {:.0} MB/s ({n}), find_times {:.0} MB/s ({m}), sentences {:.0} MB/s ({k})", mb / d, mb / tt, mb / ts);
}
