//! The seed corpus against its gold file (`shared/seed-gold.json`), scored exactly like
//! `shared/tools/score_figures.py`: a gold figure matches a predicted one of the same
//! article when the values agree (within 0.5 %, or both null; a vague gold figure with
//! a low bound may be predicted by that bound) and the categories agree; optional gold
//! figures count neither way; strict matching also asks for region and qualifier.
//! Also compares title, date, source, url, duplicate_of and regions.
//!
//! Run with `cargo test -p tally-extract --test seed_gold -- --nocapture` for the report.

use serde_json::Value;
use std::path::Path;

fn gold() -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seed-gold.json");
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("seed gold file missing: {path} ({e}); it lives in the shared folder beside the project"));
    let v: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"));
    match v {
        Value::Object(mut m) => match m.remove("articles") {
            Some(Value::Array(a)) => a,
            _ => panic!("{path}: no \"articles\" list"),
        },
        Value::Array(a) => a,
        _ => panic!("{path}: neither an object nor a list"),
    }
}

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus"));
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("corpus folder missing: {} ({e})", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x == "txt"))
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (id, text)
        })
        .collect();
    files.sort();
    files
}

fn num(v: &Value, k: &str) -> Option<f64> {
    v.get(k).and_then(Value::as_f64)
}

fn same_value(g: &Value, p: &Value) -> bool {
    match (num(g, "value"), num(p, "value")) {
        (None, None) => true,
        (None, Some(pv)) => num(g, "low").map_or(false, |lo| (pv - lo).abs() <= 0.005 * lo.abs()),
        (Some(_), None) => false,
        (Some(gv), Some(pv)) => (gv - pv).abs() <= (0.005 * gv.abs()).max(1e-9),
    }
}

fn norm_region(r: Option<&str>) -> Option<String> {
    let s = r.unwrap_or("").trim().to_lowercase();
    let first = s.split(' ').next().unwrap_or("").to_string();
    if first.is_empty() {
        None
    } else {
        Some(first)
    }
}

fn optional(g: &Value) -> bool {
    g.get("optional").and_then(Value::as_bool).unwrap_or(false)
}

/// Greedy one-to-one matching as in the scorer: (tp, fn, fp, used prediction indices,
/// missed required gold indices).
fn match_figs(
    gold: &[Value],
    pred: &[Value],
    strict: bool,
) -> (usize, usize, usize, Vec<usize>, Vec<usize>) {
    let mut order: Vec<usize> = (0..gold.len()).collect();
    order.sort_by_key(|&i| optional(&gold[i])); // stable: required first
    let mut used: Vec<usize> = Vec::new();
    let (mut tp, mut fneg) = (0, 0);
    let mut missed = Vec::new();
    for gi in order {
        let g = &gold[gi];
        let hit = (0..pred.len()).find(|&pi| {
            let p = &pred[pi];
            if used.contains(&pi) || !same_value(g, p) || p.get("category") != g.get("category") {
                return false;
            }
            if strict {
                let gr = g.get("region").and_then(Value::as_str);
                if gr.is_some()
                    && norm_region(p.get("region").and_then(Value::as_str)) != norm_region(gr)
                {
                    return false;
                }
                if p.get("qualifier") != g.get("qualifier") {
                    return false;
                }
            }
            true
        });
        match hit {
            Some(pi) => {
                used.push(pi);
                if !optional(g) {
                    tp += 1;
                }
            }
            None if !optional(g) => {
                fneg += 1;
                missed.push(gi);
            }
            None => {}
        }
    }
    (tp, fneg, pred.len() - used.len(), used, missed)
}

fn prf(tp: usize, fneg: usize, fp: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let r = if tp + fneg > 0 {
        tp as f64 / (tp + fneg) as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn show(f: &Value) -> String {
    format!(
        "{:?} value={} {} {} region={}",
        f.get("text").and_then(Value::as_str).unwrap_or(""),
        f.get("value").unwrap_or(&Value::Null),
        f.get("qualifier").and_then(Value::as_str).unwrap_or("?"),
        f.get("category").and_then(Value::as_str).unwrap_or("?"),
        f.get("region").unwrap_or(&Value::Null),
    )
}

#[test]
fn seed_corpus_matches_gold() {
    let gold = gold();
    let files = corpus();
    let articles = tally_extract::extract_corpus(&files);
    let pred: Vec<Value> = articles
        .iter()
        .map(|a| serde_json::to_value(a).unwrap())
        .collect();
    let mut totals = [[0usize; 3]; 2]; // [lenient, strict] × [tp, fn, fp]
    let mut problems: Vec<String> = Vec::new();
    for g in &gold {
        let id = g["id"].as_str().expect("gold article id");
        let Some(p) = pred.iter().find(|p| p["id"] == id) else {
            problems.push(format!("{id}: article missing from the extraction"));
            continue;
        };
        let gf = g["figures"].as_array().cloned().unwrap_or_default();
        let pf = p["figures"].as_array().cloned().unwrap_or_default();
        for (mode, strict) in [(0, false), (1, true)] {
            let (tp, fneg, fp, used, missed) = match_figs(&gf, &pf, strict);
            totals[mode][0] += tp;
            totals[mode][1] += fneg;
            totals[mode][2] += fp;
            let label = if strict { "strict" } else { "lenient" };
            for &gi in &missed {
                problems.push(format!("{id}: MISS ({label}) {}", show(&gf[gi])));
            }
            for (i, x) in pf.iter().enumerate().filter(|(i, _)| !used.contains(i)) {
                problems.push(format!("{id}: EXTRA ({label}) {}", show(x)));
            }
        }
        for field in ["title", "source", "url", "duplicate_of", "regions"] {
            let want = g.get(field).unwrap_or(&Value::Null);
            let got = p.get(field).unwrap_or(&Value::Null);
            if want != got {
                problems.push(format!("{id}: {field} got {got} want {want}"));
            }
        }
        if !g
            .get("date_optional")
            .and_then(Value::as_bool)
            .unwrap_or(false)
            && g.get("date") != p.get("date")
        {
            problems.push(format!("{id}: date got {} want {}", p["date"], g["date"]));
        }
    }
    let (lp, lr, lf) = prf(totals[0][0], totals[0][1], totals[0][2]);
    let (sp, sr, sf) = prf(totals[1][0], totals[1][1], totals[1][2]);
    println!(
        "figures lenient P={lp:.3} R={lr:.3} F1={lf:.3} | strict P={sp:.3} R={sr:.3} F1={sf:.3}"
    );
    for p in &problems {
        println!("  {p}");
    }
    assert!(
        problems.is_empty() && sf == 1.0,
        "seed gold: strict F1 {sf:.3}, {} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
