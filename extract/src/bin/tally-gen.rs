//! `tally-gen`: writes a synthetic corpus of realistic article files, deterministic
//! for a seed, for scale tests and benchmarks.
//!
//! ```text
//! tally-gen --articles 10000 --seed 1 --out /tmp/corpus-10k [--copies-percent 10] [--undated-percent 15] [--figure-percent 12]
//! ```
//!
//! Files are named `g000123_tass.txt` (index, layout). A `manifest.tsv` beside them
//! (not an article file) lists each file's story date, region, layout and, for a copy,
//! the file it copies.

#[path = "gen/mod.rs"]
mod generator;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: tally-gen --articles N --seed S --out DIR [--copies-percent P] [--undated-percent U] [--figure-percent F]

Writes N article files (g000000_<layout>.txt ...) and manifest.tsv into DIR.
Deterministic: the same arguments give the same files; a smaller N gives a prefix.
  --copies-percent P   share of articles that copy an earlier story (default 10)
  --undated-percent U  share of stories with no date anywhere (default 15)
  --figure-percent F   share of body sentences that state a figure (default 12: about
                       five figures an article; 30 gives about nine)";

fn parse(args: &[String]) -> Result<(generator::Params, PathBuf), String> {
    let mut p = generator::Params::default();
    let mut out = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        let num = |s: String, name: &str| {
            s.parse::<u64>()
                .map_err(|_| format!("{name}: not a number: {s}"))
        };
        match a.as_str() {
            "--articles" | "-n" => p.articles = num(val(a)?, a)? as usize,
            "--seed" => p.seed = num(val(a)?, a)?,
            "--out" | "-o" => out = Some(PathBuf::from(val(a)?)),
            "--copies-percent" => p.copies_percent = num(val(a)?, a)?.min(100) as u32,
            "--undated-percent" => p.undated_percent = num(val(a)?, a)?.min(100) as u32,
            "--figure-percent" => p.figure_percent = num(val(a)?, a)?.min(90) as u32,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok((p, out.ok_or("--out DIR is required")?))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (p, out) = match parse(&args) {
        Ok(x) => x,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("tally-gen: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { 2 });
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("tally-gen: cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let t = std::time::Instant::now();
    let mut manifest = String::from("file\tdate\tregion\tlayout\tcopy_of\n");
    let mut files: Vec<String> = Vec::with_capacity(p.articles);
    let (mut bytes, mut copies, mut undated) = (0usize, 0usize, 0usize);
    for a in generator::generate(&p) {
        let path = out.join(&a.file);
        if let Err(e) = std::fs::write(&path, &a.text) {
            eprintln!("tally-gen: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        bytes += a.text.len();
        copies += usize::from(a.copy_of.is_some());
        undated += usize::from(a.date.is_none());
        let copy_of = a.copy_of.map(|j| files[j].as_str()).unwrap_or("-");
        manifest.push_str(&format!(
            "{}\t{}\t{}\t{}\t{copy_of}\n",
            a.file,
            a.date.as_deref().unwrap_or("-"),
            a.region,
            a.layout
        ));
        files.push(a.file);
    }
    let mpath = out.join("manifest.tsv");
    if let Err(e) = std::fs::File::create(&mpath).and_then(|mut f| f.write_all(manifest.as_bytes()))
    {
        eprintln!("tally-gen: cannot write {}: {e}", mpath.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "tally-gen: {} articles ({copies} copies, {undated} undated), {:.1} MB in {} ({:.2} s)",
        p.articles,
        bytes as f64 / 1e6,
        out.display(),
        t.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
