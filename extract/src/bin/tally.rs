//! `tally`: runs Tally's extraction from the command line.
//!
//! ```text
//! tally extract FILE|DIR...   articles and figures as {"articles": [...]} on stdout
//! tally numbers               JSON Lines {"id","text"} in, one line per number expression out
//! tally dates                 JSON Lines {"id","text"} in, one line per date out
//! ```

use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use serde_json::{json, Value};
use tally_extract::{dates, extract_corpus, numerals, read_corpus_dir, read_source, ser_num};

const HELP: &str = "\
tally — extract the figures that news articles report

USAGE:
    tally extract [--pretty] PATH...   Extract articles from files and folders (.txt, .md, .html);
                                       prints {\"articles\": [...]} (see FIGURES.md) to stdout.
                                       A folder is read whole; a file that cannot be read is
                                       reported on stderr with its name and the reason, the
                                       others are still extracted, and the exit code is 1 when
                                       a file named on the command line could not be read.
    tally numbers                      Read JSON Lines {\"id\", \"text\"} on stdin; print one JSON line
                                       per number expression: {\"id\", \"text\", \"value\", \"low\",
                                       \"high\", \"qualifier\", \"start\", \"end\"} (character offsets,
                                       end exclusive).
    tally dates                        Read JSON Lines {\"id\", \"text\"} on stdin; print one JSON line
                                       per date: {\"id\", \"text\", \"value\": \"YYYY-MM-DD\", \"start\", \"end\"}.
    tally --help                       This text.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") => extract(&args[1..]),
        Some("numbers") => lines(numbers_of),
        Some("dates") => lines(dates_of),
        Some("-h") | Some("--help") | Some("help") => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("tally: unknown command '{other}'\n\n{HELP}");
            ExitCode::from(2)
        }
        None => {
            eprint!("{HELP}");
            ExitCode::from(2)
        }
    }
}

fn extract(args: &[String]) -> ExitCode {
    let pretty = args.iter().any(|a| a == "--pretty");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if paths.is_empty() {
        eprintln!("tally extract: give at least one file or folder\n\n{HELP}");
        return ExitCode::from(2);
    }
    let mut files = Vec::new();
    let mut failed = false;
    for p in paths {
        let path = Path::new(p);
        if path.is_dir() {
            match read_corpus_dir(path) {
                Ok((ok, bad)) => {
                    files.extend(ok);
                    for e in bad {
                        eprintln!("tally: skipped {e}");
                    }
                }
                Err(e) => {
                    eprintln!("tally: cannot read folder {e}");
                    failed = true;
                }
            }
        } else {
            match read_source(path) {
                Ok(f) => files.push(f),
                Err(e) => {
                    eprintln!("tally: cannot read {e}");
                    failed = true;
                }
            }
        }
    }
    for f in &files {
        for w in &f.warnings {
            eprintln!("tally: warning: {}: {w}", f.path.display());
        }
    }
    let docs: Vec<(String, String)> = files.iter().map(|f| (f.id.clone(), f.text.clone())).collect();
    let mut articles = extract_corpus(&docs);
    for (a, f) in articles.iter_mut().zip(&files) {
        a.warnings.splice(0..0, f.warnings.iter().cloned());
    }
    let out = json!({ "articles": articles });
    let s = if pretty { serde_json::to_string_pretty(&out) } else { serde_json::to_string(&out) };
    let mut stdout = io::stdout().lock();
    if writeln!(stdout, "{}", s.expect("articles serialize")).is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Character offset of byte offset `b` in `s`.
fn char_at(s: &str, b: usize) -> usize {
    s[..b].chars().count()
}

fn num(v: Option<f64>) -> Value {
    ser_num(&v, serde_json::value::Serializer).unwrap_or(Value::Null)
}

fn numbers_of(id: &Value, text: &str) -> Vec<Value> {
    numerals::find_numbers(text)
        .into_iter()
        .map(|n| {
            json!({
                "id": id, "text": &text[n.span.start..n.span.end],
                "value": num(n.value), "low": num(n.low), "high": num(n.high),
                "qualifier": n.qualifier.as_str(),
                "start": char_at(text, n.span.start), "end": char_at(text, n.span.end),
            })
        })
        .collect()
}

fn dates_of(id: &Value, text: &str) -> Vec<Value> {
    dates::find_dates(text)
        .into_iter()
        .filter_map(|d| {
            Some(json!({
                "id": id, "text": &text[d.span.start..d.span.end], "value": d.iso()?,
                "start": char_at(text, d.span.start), "end": char_at(text, d.span.end),
            }))
        })
        .collect()
}

/// Reads JSON Lines `{"id", "text"}` from stdin and prints what `f` finds in each.
fn lines(f: fn(&Value, &str) -> Vec<Value>) -> ExitCode {
    let stdin = io::stdin().lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("tally: stdin line {}: {e}", n + 1);
                return ExitCode::from(1);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let items = match serde_json::from_str::<Value>(&line) {
            Ok(v) => match v.get("text").and_then(Value::as_str) {
                Some(t) => f(v.get("id").unwrap_or(&Value::Null), t),
                None => vec![json!({"id": v.get("id"), "error": format!("line {}: no \"text\" string", n + 1)})],
            },
            Err(e) => vec![json!({"error": format!("line {}: not JSON: {e}", n + 1)})],
        };
        for it in items {
            if writeln!(out, "{it}").is_err() {
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}
