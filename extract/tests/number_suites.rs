//! Runs the numeral layer on every in-scope case of the shared number suites
//! (`shared/number-suites/numbers.jsonl` and `ranges.jsonl`) and asks for an
//! exact match: same character offsets and same value (numbers) or same
//! lower/upper bounds (ranges), no miss and no extra.
//!
//! The ranges suite is scored as a range extractor would be: only expressions
//! that carry a bound (more/less than, at least, up to, ranges) are compared.
//! Plain numbers are not ranges ("are two ranges" has the count "two", which
//! `find_numbers` reports and the ranges suite does not list); the test counts
//! such plain numbers and prints them.

use serde_json::Value;
use tally_extract::numerals::{find_numbers, NumberExpr};

const SUITES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/number-suites/");

fn load(name: &str) -> Vec<Value> {
    let path = format!("{SUITES}{name}");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("number suite missing: cannot read {path}: {e} (expected the shared suites beside the project)"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: bad JSON line: {e}")))
        .collect()
}

fn char_at(s: &str, b: usize) -> usize {
    s[..b].chars().count()
}

fn num_eq(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * 1f64.max(a.abs()).max(b.abs()),
        _ => false,
    }
}

/// One predicted item as (start, end, text, value, low, high) in characters.
fn describe(
    input: &str,
    n: &NumberExpr,
) -> (usize, usize, String, Option<f64>, Option<f64>, Option<f64>) {
    (
        char_at(input, n.span.start),
        char_at(input, n.span.end),
        input[n.span.start..n.span.end].to_string(),
        n.value,
        n.low,
        n.high,
    )
}

/// An expression with a bound: what the ranges suite lists.
fn is_bounded(n: &NumberExpr) -> bool {
    use tally_extract::Qualifier::*;
    matches!(n.qualifier, MoreThan | AtLeast | UpTo | LessThan | Range)
}

/// Runs one suite; returns (passed, in-scope cases, failure descriptions).
fn run(name: &str, ranges: bool) -> (usize, usize, Vec<String>) {
    let mut passed = 0;
    let mut total = 0;
    let mut failures = Vec::new();
    for case in load(name) {
        if case["in_scope"] != Value::Bool(true) {
            continue;
        }
        total += 1;
        let input = case["input"].as_str().expect("case input");
        let found = find_numbers(input);
        let (bounded, plain): (Vec<&NumberExpr>, Vec<&NumberExpr>) =
            found.iter().partition(|n| is_bounded(n));
        let got: Vec<_> = if ranges {
            bounded.iter().map(|n| describe(input, n)).collect()
        } else {
            found.iter().map(|n| describe(input, n)).collect()
        };
        if ranges {
            for n in plain {
                println!(
                    "  {} plain number outside the ranges suite: {:?}",
                    case["id"],
                    &input[n.span.start..n.span.end]
                );
            }
        }
        let expected = case["expected"].as_array().expect("case expected");
        let mut ok = got.len() == expected.len();
        if ok {
            let mut used = vec![false; got.len()];
            for e in expected {
                let (s, en) = (
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                );
                let hit = got.iter().enumerate().position(|(k, g)| {
                    !used[k]
                        && g.0 == s
                        && g.1 == en
                        && if ranges {
                            num_eq(e["lower"].as_f64(), g.4) && num_eq(e["upper"].as_f64(), g.5)
                        } else {
                            num_eq(e["value"].as_f64(), g.3)
                        }
                });
                match hit {
                    Some(k) => used[k] = true,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
        }
        if ok {
            passed += 1;
        } else {
            let exp: Vec<String> = expected
                .iter()
                .map(|e| {
                    if ranges {
                        format!(
                            "{} [{},{}) {}..{}",
                            e["text"], e["start"], e["end"], e["lower"], e["upper"]
                        )
                    } else {
                        format!("{} [{},{}) {}", e["text"], e["start"], e["end"], e["value"])
                    }
                })
                .collect();
            let g: Vec<String> = got
                .iter()
                .map(|g| {
                    format!(
                        "{:?} [{},{}) value {:?} low {:?} high {:?}",
                        g.2, g.0, g.1, g.3, g.4, g.5
                    )
                })
                .collect();
            failures.push(format!(
                "{} {:?}\n   expected {:?}\n   got      {:?}",
                case["id"], input, exp, g
            ));
        }
    }
    (passed, total, failures)
}

fn check(name: &str, ranges: bool) {
    let (passed, total, failures) = run(name, ranges);
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    println!("{name}: {passed}/{total} in-scope cases pass");
    assert!(total > 0, "{name}: no in-scope case");
    assert!(
        failures.is_empty(),
        "{name}: {} of {total} in-scope cases fail (see above)",
        failures.len()
    );
}

#[test]
fn numbers_suite_in_scope_cases_all_pass() {
    check("numbers.jsonl", false);
}

#[test]
fn ranges_suite_in_scope_cases_all_pass() {
    check("ranges.jsonl", true);
}
