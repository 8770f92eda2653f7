//! Scoring shared by the gold-file tests (`seed_gold`, `holdout`): exactly the rules
//! of `shared/tools/score_figures.py`. A gold figure matches a predicted one of the same
//! article when the values agree (within 0.5 %, or both null; a vague gold figure with
//! a low bound may be predicted by that bound) and the categories agree; optional gold
//! figures count neither way; strict matching also asks for region and qualifier.

#![allow(dead_code)]

use serde_json::Value;
use std::path::Path;

/// The articles of a gold file: `{"articles": [...]}` or a bare list.
pub fn gold_articles(path: &str) -> Vec<Value> {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("gold file missing: {path} ({e})"));
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

/// The `.txt` files of a folder as (id, text), sorted by id, read as the CLI and
/// `read_corpus_dir` read them (`formats::to_text`: a page saved as `.txt` is converted).
pub fn txt_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("folder missing: {} ({e})", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x == "txt"))
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let (text, _) = tally_extract::formats::to_text("txt", &bytes)
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (id, text)
        })
        .collect();
    files.sort();
    files
}

/// Extracts `files` and returns the articles as JSON values.
pub fn predict(files: &[(String, String)]) -> Vec<Value> {
    tally_extract::extract_corpus(files)
        .iter()
        .map(|a| serde_json::to_value(a).unwrap())
        .collect()
}

pub fn num(v: &Value, k: &str) -> Option<f64> {
    v.get(k).and_then(Value::as_f64)
}

pub fn same_value(g: &Value, p: &Value) -> bool {
    match (num(g, "value"), num(p, "value")) {
        (None, None) => true,
        (None, Some(pv)) => num(g, "low").map_or(false, |lo| (pv - lo).abs() <= 0.005 * lo.abs()),
        (Some(_), None) => false,
        (Some(gv), Some(pv)) => (gv - pv).abs() <= (0.005 * gv.abs()).max(1e-9),
    }
}

pub fn norm_region(r: Option<&str>) -> Option<String> {
    let s = r.unwrap_or("").trim().to_lowercase();
    let first = s.split(' ').next().unwrap_or("").to_string();
    if first.is_empty() {
        None
    } else {
        Some(first)
    }
}

pub fn optional(g: &Value) -> bool {
    g.get("optional").and_then(Value::as_bool).unwrap_or(false)
}

/// Greedy one-to-one matching as in the scorer: (tp, fn, fp, used prediction indices,
/// missed required gold indices).
pub fn match_figs(
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

pub fn prf(tp: usize, fneg: usize, fp: usize) -> (f64, f64, f64) {
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

pub fn show(f: &Value) -> String {
    format!(
        "{:?} value={} {} {} region={}",
        f.get("text").and_then(Value::as_str).unwrap_or(""),
        f.get("value").unwrap_or(&Value::Null),
        f.get("qualifier").and_then(Value::as_str).unwrap_or("?"),
        f.get("category").and_then(Value::as_str).unwrap_or("?"),
        f.get("region").unwrap_or(&Value::Null),
    )
}

/// Totals of a scoring run, as `score_figures.py` prints them.
#[derive(Debug, Default)]
pub struct Score {
    /// [lenient, strict] × [tp, fn, fp]
    pub totals: [[usize; 3]; 2],
    pub dates_ok: usize,
    pub dates_n: usize,
    pub dup_ok: usize,
    pub dup_n: usize,
    /// Misses and extras, lenient and strict, one line each.
    pub problems: Vec<String>,
}

impl Score {
    pub fn lenient(&self) -> (f64, f64, f64) {
        let t = self.totals[0];
        prf(t[0], t[1], t[2])
    }
    pub fn strict(&self) -> (f64, f64, f64) {
        let t = self.totals[1];
        prf(t[0], t[1], t[2])
    }
    pub fn summary(&self) -> String {
        let (lp, lr, lf) = self.lenient();
        let (sp, sr, sf) = self.strict();
        format!(
            "figures P={lp:.3} R={lr:.3} F1={lf:.3} | strict P={sp:.3} R={sr:.3} F1={sf:.3} | dates {}/{} | duplicates {}/{}",
            self.dates_ok, self.dates_n, self.dup_ok, self.dup_n
        )
    }
}

/// Scores predicted articles against gold ones (figures, dates, duplicates).
pub fn score(gold: &[Value], pred: &[Value]) -> Score {
    let mut sc = Score::default();
    for g in gold {
        let id = g["id"].as_str().expect("gold article id");
        let empty = Value::Null;
        let p = pred.iter().find(|p| p["id"] == id);
        if p.is_none() {
            sc.problems
                .push(format!("{id}: article missing from the extraction"));
        }
        let p = p.unwrap_or(&empty);
        let gf = g["figures"].as_array().cloned().unwrap_or_default();
        let pf = p["figures"].as_array().cloned().unwrap_or_default();
        for (mode, strict) in [(0, false), (1, true)] {
            let (tp, fneg, fp, used, missed) = match_figs(&gf, &pf, strict);
            sc.totals[mode][0] += tp;
            sc.totals[mode][1] += fneg;
            sc.totals[mode][2] += fp;
            let label = if strict { "strict" } else { "lenient" };
            for &gi in &missed {
                sc.problems
                    .push(format!("{id}: MISS ({label}) {}", show(&gf[gi])));
            }
            for (_, x) in pf.iter().enumerate().filter(|(i, _)| !used.contains(i)) {
                sc.problems
                    .push(format!("{id}: EXTRA ({label}) {}", show(x)));
            }
        }
        if !g
            .get("date_optional")
            .and_then(Value::as_bool)
            .unwrap_or(false)
        {
            sc.dates_n += 1;
            let want = g.get("date").filter(|v| !v.is_null());
            let got = p.get("date").filter(|v| !v.is_null());
            if want == got {
                sc.dates_ok += 1;
            } else {
                sc.problems
                    .push(format!("{id}: date got {:?} want {:?}", got, want));
            }
        }
        sc.dup_n += 1;
        let want = g.get("duplicate_of").filter(|v| !v.is_null());
        let got = p.get("duplicate_of").filter(|v| !v.is_null());
        if want == got {
            sc.dup_ok += 1;
        } else {
            sc.problems
                .push(format!("{id}: duplicate_of got {:?} want {:?}", got, want));
        }
    }
    sc
}
