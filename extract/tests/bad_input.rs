//! Bad article files: each is reported with its path and a clear reason, and the
//! others are still read. The library (`read_source`, `read_corpus_dir`) and the
//! `tally extract` command line (exit codes, stderr).
//!
//! Files are created at test time in a fresh folder under the system temp dir.
//! Unreadable files: the tests may run as root, where `chmod 000` does not stop a
//! read, so unreadability is simulated by a dangling symbolic link (and a folder
//! named `x.txt` for a path that is not a file); the real `chmod 000` case is
//! checked only when it does block the read.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use tally_extract::{extract_article, read_corpus_dir, read_source};

/// A fresh, empty folder for one test, removed when dropped.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(name: &str) -> TempDir {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let d = std::env::temp_dir().join(format!(
        "tally-bad-input-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&d).expect("create a temp folder");
    TempDir(d)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

const GOOD: &str = "The Kursk Region started forming territorial defense units in December 2022, with as many as 3,000 people currently in their ranks, the governor said.\n";

/// What reading a file should give: an error reason, or warnings.
enum Expect {
    Error(&'static str),
    Warnings(&'static [&'static str]),
}

/// (file name, contents, expected result of `read_source`)
fn table() -> Vec<(&'static str, Vec<u8>, Expect)> {
    use Expect::*;
    vec![
        ("empty.txt", vec![], Error("empty file")),
        ("blank.md", b" \n\n\t\r\n".to_vec(), Error("empty file (only blank space)")),
        ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0".to_vec(), Error("binary file, not text")),
        ("nul.md", b"16 people\0were killed".to_vec(), Error("binary file, not text")),
        (
            "controls.txt",
            (0..300u32).map(|i| if i % 4 == 0 { 0x02 } else { b'x' }).collect(),
            Error("binary file, not text"),
        ),
        (
            "latin1.txt",
            b"Caf\xe9 owners in Belgorod counted 16 drones.".to_vec(),
            Warnings(&["invalid UTF-8 at byte 3; replaced"]),
        ),
        (
            "cp1251.txt",
            b"\xc1\xe5\xeb\xe3\xee\xf0\xee\xe4: 16 drones".to_vec(),
            Warnings(&["invalid UTF-8 at byte 0; replaced (8 invalid sequences in all)"]),
        ),
        (
            "page.htm",
            b"<html><head><meta name=date content='someday'></head><body><nav>x</nav></body></html>".to_vec(),
            Warnings(&["HTML: publication date `someday` is not a date; ignored", "HTML page has no article text"]),
        ),
        ("notes.log", b"3 tanks".to_vec(), Warnings(&["unknown extension `.log`; read as plain text"])),
        (
            "saved.txt",
            b"<!DOCTYPE html>\n<html><body><p>3 tanks</p></body></html>".to_vec(),
            Warnings(&["looks like an HTML page saved as .txt: converted as HTML"]),
        ),
        ("good.txt", GOOD.as_bytes().to_vec(), Warnings(&[])),
    ]
}

#[test]
fn every_bad_file_gets_its_exact_reason() {
    let dir = temp_dir("table");
    for (name, bytes, expect) in table() {
        let p = write(&dir, name, &bytes);
        match (read_source(&p), expect) {
            (Err(e), Expect::Error(reason)) => {
                assert_eq!(e.reason, reason, "{name}");
                assert_eq!(e.path, p);
                assert_eq!(e.to_string(), format!("{}: {reason}", p.display()));
            }
            (Ok(f), Expect::Warnings(w)) => assert_eq!(f.warnings, w, "{name}"),
            (Ok(f), Expect::Error(reason)) => {
                panic!("{name}: read, expected error {reason:?}: {:?}", f.warnings)
            }
            (Err(e), Expect::Warnings(_)) => panic!("{name}: unexpected error {e}"),
        }
    }
}

#[test]
fn unreadable_paths_are_named_with_the_reason() {
    let dir = temp_dir("unreadable");
    let missing = dir.join("missing.txt");
    assert_eq!(
        read_source(&missing).unwrap_err().reason,
        "no such file or folder"
    );
    let link = dir.join("dangling.txt");
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), &link).unwrap();
    let e = read_source(&link).unwrap_err();
    assert_eq!(e.reason, "broken symbolic link (its target does not exist)");
    assert_eq!(
        e.to_string(),
        format!(
            "{}: broken symbolic link (its target does not exist)",
            link.display()
        )
    );
    let folder = dir.join("folder.txt");
    std::fs::create_dir(&folder).unwrap();
    assert_eq!(
        read_source(&folder).unwrap_err().reason,
        "is a folder, not a file"
    );
    assert_eq!(
        read_corpus_dir(&missing).unwrap_err().reason,
        "no such file or folder"
    );
    let file = write(&dir, "file.txt", GOOD.as_bytes());
    assert_eq!(
        read_corpus_dir(&file).unwrap_err().reason,
        "is not a folder"
    );
}

#[test]
fn chmod_000_is_permission_denied_where_it_blocks_reads() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("chmod");
    let p = write(&dir, "locked.txt", GOOD.as_bytes());
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        // Running as root: permissions do not stop reads; the file is simply read.
        assert!(read_source(&p).is_ok());
    } else {
        assert_eq!(read_source(&p).unwrap_err().reason, "permission denied");
    }
}

#[test]
fn a_folder_with_bad_files_reads_the_others_in_sorted_order() {
    let dir = temp_dir("folder");
    for (name, bytes, _) in table() {
        write(&dir, &format!("sub/{name}"), &bytes);
    }
    write(&dir, "b.txt", GOOD.as_bytes());
    write(&dir, "a.md", GOOD.as_bytes());
    write(&dir, ".hidden.txt", GOOD.as_bytes());
    write(&dir, ".git/HEAD.txt", GOOD.as_bytes());
    write(&dir, "image.png", b"\x89PNG\0");
    std::os::unix::fs::symlink(dir.join("nowhere.md"), dir.join("dangling.md")).unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("sub/loop")).unwrap();
    std::fs::create_dir(dir.join("folder.txt")).unwrap();
    let (ok, bad) = read_corpus_dir(&dir).unwrap();
    let ids: Vec<&str> = ok.iter().map(|f| f.id.as_str()).collect();
    // notes.log is not an article extension in a folder; the loop is walked once.
    assert_eq!(ids, ["a", "b", "cp1251", "good", "latin1", "page", "saved"]);
    let reasons: Vec<(String, &str)> = bad
        .iter()
        .map(|e| {
            (
                e.path.strip_prefix(&dir).unwrap().display().to_string(),
                e.reason.as_str(),
            )
        })
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "dangling.md".to_string(),
                "broken symbolic link (its target does not exist)"
            ),
            ("sub/blank.md".to_string(), "empty file (only blank space)"),
            ("sub/controls.txt".to_string(), "binary file, not text"),
            ("sub/empty.txt".to_string(), "empty file"),
            ("sub/image.txt".to_string(), "binary file, not text"),
            ("sub/nul.md".to_string(), "binary file, not text"),
        ]
    );
}

#[test]
fn clashing_names_in_subfolders_get_their_relative_paths_as_ids() {
    let dir = temp_dir("clash");
    write(&dir, "kursk/report.txt", GOOD.as_bytes());
    write(&dir, "belgorod/report.md", GOOD.as_bytes());
    write(&dir, "belgorod/2023/report.html", b"<p>3 tanks</p>");
    write(&dir, "same/x.txt", GOOD.as_bytes());
    write(&dir, "same/x.md", GOOD.as_bytes());
    write(&dir, "unique.txt", GOOD.as_bytes());
    let (ok, bad) = read_corpus_dir(&dir).unwrap();
    assert!(bad.is_empty());
    let ids: Vec<&str> = ok.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "belgorod/2023/report",
            "belgorod/report",
            "kursk/report",
            "same/x.md",
            "same/x.txt",
            "unique"
        ]
    );
}

#[test]
fn broken_front_matter_is_read_with_the_metadata_warning() {
    let dir = temp_dir("front");
    let p = write(
        &dir,
        "fm.md",
        format!("---\ntitle: Unclosed\ndate: 2023-01-02\n\n{GOOD}").as_bytes(),
    );
    let f = read_source(&p).unwrap();
    let a = extract_article(&f.id, &f.text);
    assert_eq!(
        a.warnings,
        ["front matter opened on line 1 has no closing `---`; read up to line 3"]
    );
    assert!(!a.figures.is_empty());
}

/// A big file is read and extracted in linear time (the limits are for a debug
/// build; `tally extract` in release takes ~0.7 s for 20 MB, see README).
#[test]
fn a_20_mb_file_and_100_000_numbers_are_processed_in_linear_time() {
    let dir = temp_dir("big");
    let unit = format!("{GOOD}\nThe self-defense militia patrol streets in Shebekino and Graivoron; eight battalions received small arms.\n\n");
    let big = unit.repeat(20_000_000 / unit.len() + 1);
    let p = write(&dir, "big.txt", big.as_bytes());
    let numbers: String = (0..100_000)
        .map(|i| format!("Unit {i} reported {} people. ", (i * 37) % 9000 + 1))
        .collect();
    let q = write(&dir, "numbers.txt", numbers.as_bytes());
    let small = write(
        &dir,
        "small.txt",
        unit.repeat(2_000_000 / unit.len() + 1).as_bytes(),
    );
    let time = |p: &Path| {
        let t = Instant::now();
        let f = read_source(p).unwrap();
        let a = extract_article(&f.id, &f.text);
        (t.elapsed().as_secs_f64(), a.figures.len())
    };
    let (t_small, _) = time(&small);
    let (t_big, n_big) = time(&p);
    let (t_num, n_num) = time(&q);
    eprintln!("20 MB: {t_big:.2}s ({n_big} figures); 2 MB: {t_small:.2}s; 100,000 numbers: {t_num:.2}s ({n_num} figures)");
    // ("reported 1 people" is, rightly, not a figure.)
    assert!(n_big > 100_000 && n_num >= 99_900, "{n_big} {n_num}");
    assert!(
        t_big < 25.0 * t_small + 1.0,
        "not linear: 2 MB {t_small:.2}s, 20 MB {t_big:.2}s"
    );
    assert!(t_big < 120.0 && t_num < 60.0);
}

// ---- the command line ----

fn tally(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tally"))
        .args(args)
        .output()
        .expect("run tally");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ids(stdout: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(stdout).expect("JSON on stdout");
    v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn cli_a_named_bad_file_is_an_error_and_the_others_are_still_printed() {
    let dir = temp_dir("cli-named");
    let empty = write(&dir, "empty.txt", b"");
    let good = write(&dir, "good.txt", GOOD.as_bytes());
    let missing = dir.join("missing.md");
    let (code, out, err) = tally(&[
        "extract",
        empty.to_str().unwrap(),
        good.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(ids(&out), ["good"]);
    assert_eq!(
        err,
        format!(
            "tally: error: {}: empty file\ntally: error: {}: no such file or folder\n",
            empty.display(),
            missing.display()
        )
    );
}

#[test]
fn cli_a_folder_with_bad_files_warns_and_succeeds_unless_strict() {
    let dir = temp_dir("cli-folder");
    write(&dir, "a.txt", GOOD.as_bytes());
    let bin = write(&dir, "b.txt", b"\x7fELF\x02\x01\x01\0\0\0");
    let latin = write(&dir, "c.txt", b"caf\xe9 3 tanks");
    let fm = write(&dir, "d.md", format!("---\ntitle: x\n\n{GOOD}").as_bytes());
    let d = dir.to_str().unwrap();
    let (code, out, err) = tally(&["extract", d]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(ids(&out), ["a", "c", "d"]);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!("tally: warning: {}: binary file, not text; skipped", bin.display()),
            format!("tally: warning: {}: invalid UTF-8 at byte 3; replaced", latin.display()),
            format!(
                "tally: warning: {}: front matter opened on line 1 has no closing `---`; read up to line 2",
                fm.display()
            ),
        ]
    );
    let (code, out, err) = tally(&["extract", "--strict", d]);
    assert_eq!(code, 1);
    assert_eq!(ids(&out), ["a", "c", "d"]);
    assert!(
        err.starts_with(&format!(
            "tally: error: {}: binary file, not text\n",
            bin.display()
        )),
        "{err}"
    );
}

#[test]
fn cli_help_documents_every_option_and_usage_errors_exit_2() {
    let (code, out, _) = tally(&["--help"]);
    assert_eq!(code, 0);
    for w in ["extract", "numbers", "dates", "text", "--help"] {
        assert!(out.contains(w), "tally --help lacks {w}");
    }
    for args in [&["extract", "--help"][..], &["help", "extract"][..]] {
        let (code, out, _) = tally(args);
        assert_eq!(code, 0);
        for w in [
            "--pretty",
            "--strict",
            "--help",
            ".html",
            "front matter",
            "EXIT STATUS",
            "skipped",
        ] {
            assert!(out.contains(w), "tally extract --help lacks {w}");
        }
    }
    assert_eq!(tally(&["extract"]).0, 2);
    let (code, _, err) = tally(&["extract", "--frobnicate", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown option '--frobnicate'"), "{err}");
}

#[test]
fn cli_html_is_converted_and_text_shows_the_article_text() {
    let dir = temp_dir("cli-html");
    let page = write(
        &dir,
        "page.html",
        br#"<html><head><meta property="og:title" content="Kursk arms militia"><meta name="date" content="2023-08-02"></head>
        <body><nav>Home</nav><article><p>The Kursk Region has as many as 3,000 people in its units.</p></article></body></html>"#,
    );
    let (code, out, err) = tally(&["text", page.to_str().unwrap()]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, "---\ntitle: Kursk arms militia\ndate: 2023-08-02\n---\n\nThe Kursk Region has as many as 3,000 people in its units.\n");
    let (code, json, _) = tally(&["extract", "--", page.to_str().unwrap()]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let a = &v["articles"][0];
    assert_eq!(a["title"], "Kursk arms militia");
    assert_eq!(a["date"], "2023-08-02");
    let f = &a["figures"][0];
    let (s, e) = (
        f["span"]["start"].as_u64().unwrap() as usize,
        f["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&out[s..e], f["text"].as_str().unwrap());
}
