//! `tally`: runs Tally's extraction from the command line.
//!
//! ```text
//! tally extract [--pretty] [--strict] FILE|DIR...   {"articles": [...]} on stdout
//! tally numbers               JSON Lines {"id","text"} in, one line per number expression out
//! tally dates                 JSON Lines {"id","text"} in, one line per date out
//! ```

use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use serde_json::{json, Value};
use tally_extract::{
    dates, extract_corpus, numerals, read_corpus_dir, read_source, ser_num, unique_ids,
};

const HELP: &str = "\
tally — extract the figures that news articles report

USAGE:
    tally extract [OPTIONS] PATH...    Extract articles from files and folders (.txt, .md, .html);
                                       prints {\"articles\": [...]} (see FIGURES.md) to stdout.
                                       `tally extract --help` for its options.
    tally text FILE                    Print the article text the extraction reads from FILE (for
                                       .html: the converted page, front matter first); the spans
                                       of `tally extract` are byte offsets into this text.
    tally numbers                      Read JSON Lines {\"id\", \"text\"} on stdin; print one JSON line
                                       per number expression: {\"id\", \"text\", \"value\", \"low\",
                                       \"high\", \"qualifier\", \"start\", \"end\"} (character offsets,
                                       end exclusive).
    tally numbers --ranges             The same, only expressions with a bound (ranges, \"more than\",
                                       \"up to\", vague words): for range recognisers' suites.
    tally dates                        Read JSON Lines {\"id\", \"text\"} on stdin; print one JSON line
                                       per date: {\"id\", \"text\", \"value\": \"YYYY-MM-DD\", \"start\", \"end\"}.
    tally --help, tally help           This text. `tally help extract`: the extract command.

EXIT STATUS:
    0 success; 1 a file or folder named on the command line could not be read (or, with
    extract --strict, any file); 2 wrong usage.
";

const EXTRACT_HELP: &str = "\
tally extract — articles and their figures, as JSON

USAGE:
    tally extract [OPTIONS] PATH...

    Each PATH is an article file or a folder. A folder is walked recursively, in sorted
    order; hidden files and folders (.name) and files that are not articles are skipped.
    Article files: .txt and .md (read as they are), .html/.htm (a saved page: its title,
    date, publisher, URL and article text are taken from the markup). Any of them may
    start with front matter (--- / title: / date: YYYY-MM-DD / source: / url: / regions: / ---).
    A named file with another extension is read as plain text, with a warning.
    Article ids are file names without the extension (where two files in a folder share a
    name, their paths relative to the folder, e.g. kursk/report).

    Prints {\"articles\": [...]} (see FIGURES.md) to stdout.

OPTIONS:
    --pretty    Indent the JSON output.
    --strict    Make any file that cannot be read an error (exit status 1), also one
                found in a folder. Without it, a bad file inside a folder is a warning.
    -h, --help  This text.
    --          Everything after it is a PATH, even if it starts with '-'.

MESSAGES (stderr):
    tally: error: PATH: REASON             a file named on the command line (or, with
                                           --strict, any file) could not be read
    tally: warning: PATH: REASON; skipped  a file in a folder could not be read
    tally: warning: PATH: REASON           a file was read, with a problem (invalid UTF-8,
                                           broken front matter, ...)
    Reasons: \"empty file\", \"binary file, not text\", \"no such file or folder\",
    \"permission denied\", \"broken symbolic link ...\", \"is a folder, not a file\", ...

EXIT STATUS:
    0  every named file was read (bad files inside folders are only warnings)
    1  a file or folder named on the command line could not be read, or --strict and any
       file could not be read; the other articles are still printed
    2  wrong usage
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") => extract(&args[1..]),
        Some("text") => text(&args[1..]),
        Some("numbers") if args.get(1).is_some_and(|a| a == "--ranges") => lines(ranges_of),
        Some("numbers") => lines(numbers_of),
        Some("dates") => lines(dates_of),
        Some("help") if args.get(1).is_some_and(|a| a == "extract") => {
            print!("{EXTRACT_HELP}");
            ExitCode::SUCCESS
        }
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
    let (mut pretty, mut strict) = (false, false);
    let mut paths: Vec<&String> = Vec::new();
    let mut options = true;
    for a in args {
        match a.as_str() {
            "--" if options => options = false,
            "--pretty" if options => pretty = true,
            "--strict" if options => strict = true,
            "-h" | "--help" if options => {
                print!("{EXTRACT_HELP}");
                return ExitCode::SUCCESS;
            }
            o if options && o.starts_with('-') && o.len() > 1 => {
                eprintln!("tally extract: unknown option '{o}' (see tally extract --help)");
                return ExitCode::from(2);
            }
            _ => paths.push(a),
        }
    }
    if paths.is_empty() {
        eprintln!("tally extract: give at least one file or folder\n\n{EXTRACT_HELP}");
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
                        if strict {
                            eprintln!("tally: error: {e}");
                            failed = true;
                        } else {
                            eprintln!("tally: warning: {e}; skipped");
                        }
                    }
                }
                Err(e) => {
                    eprintln!("tally: error: {e}");
                    failed = true;
                }
            }
        } else {
            match read_source(path) {
                Ok(f) => files.push(f),
                Err(e) => {
                    eprintln!("tally: error: {e}");
                    failed = true;
                }
            }
        }
    }
    unique_ids(&mut files, None);
    let docs: Vec<(String, String)> = files
        .iter()
        .map(|f| (f.id.clone(), f.text.clone()))
        .collect();
    let mut articles = extract_corpus(&docs);
    for (a, f) in articles.iter_mut().zip(&files) {
        a.warnings.splice(0..0, f.warnings.iter().cloned());
        for w in &a.warnings {
            eprintln!("tally: warning: {}: {w}", f.path.display());
        }
    }
    let out = json!({ "articles": articles });
    let s = if pretty {
        serde_json::to_string_pretty(&out)
    } else {
        serde_json::to_string(&out)
    };
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

fn text(args: &[String]) -> ExitCode {
    let [path] = args else {
        eprintln!("tally text: give one file\n\n{HELP}");
        return ExitCode::from(2);
    };
    match read_source(Path::new(path)) {
        Ok(f) => {
            for w in &f.warnings {
                eprintln!("tally: warning: {}: {w}", f.path.display());
            }
            let mut stdout = io::stdout().lock();
            if stdout.write_all(f.text.as_bytes()).is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tally: error: {e}");
            ExitCode::from(1)
        }
    }
}

/// Character offset of byte offset `b` in `s`.
fn char_at(s: &str, b: usize) -> usize {
    s[..b].chars().count()
}

fn num(v: Option<f64>) -> Value {
    ser_num(&v, serde_json::value::Serializer).unwrap_or(Value::Null)
}

/// Only the expressions with a bound (ranges, "more than", "up to", vague words).
fn ranges_of(id: &Value, text: &str) -> Vec<Value> {
    numbers_of(id, text)
        .into_iter()
        .filter(|v| !v["low"].is_null() || !v["high"].is_null())
        .collect()
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
                None => vec![
                    json!({"id": v.get("id"), "error": format!("line {}: no \"text\" string", n + 1)}),
                ],
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
