//! Reading article files: formats (see [`crate::formats`]), ids from file names,
//! lossy UTF-8 with a warning, folders walked recursively, and errors that name the
//! file and the reason.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use crate::formats;

/// One article file's text, ready for extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    pub id: String,
    pub path: PathBuf,
    /// The article text: the file's text, or a page converted (see [`formats`]).
    pub text: String,
    /// E.g. "invalid UTF-8 at byte 120; replaced".
    pub warnings: Vec<String>,
}

/// A file that could not be read, with its path and the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadError {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for ReadError {}

/// Files larger than this are refused (the whole file is read into memory).
pub const MAX_FILE_BYTES: u64 = 512 << 20;

/// The article id of a file: its name without the extension.
pub fn article_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Whether a path names an article file (`.txt`, `.md`, `.html`, `.htm`, ...).
pub fn is_article_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| formats::format_of(e).is_some())
}

fn error(path: &Path, reason: impl Into<String>) -> ReadError {
    ReadError {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// A short reason for an I/O error on `path`.
fn io_reason(path: &Path, e: &std::io::Error) -> String {
    let dangling = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::metadata(path).is_err();
    match e.kind() {
        _ if dangling => "broken symbolic link (its target does not exist)".into(),
        ErrorKind::NotFound => "no such file or folder".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::IsADirectory => "is a folder, not a file".into(),
        _ => {
            let s = e.to_string();
            // "Too many levels of symbolic links (os error 40)" → without the code.
            match s.find(" (os error") {
                Some(p) => s[..p].to_lowercase(),
                None => s,
            }
        }
    }
}

/// Reads one article file and converts it to article text (see [`formats::to_text`]).
/// Invalid UTF-8 is decoded lossily, with a warning; an empty or binary file, a
/// folder, or a file that cannot be opened is an error.
pub fn read_source(path: &Path) -> Result<SourceFile, ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| error(path, io_reason(path, &e)))?;
    if meta.is_dir() {
        return Err(error(path, "is a folder, not a file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(error(
            path,
            format!(
                "file too large ({} MB; the limit is {} MB)",
                meta.len() >> 20,
                MAX_FILE_BYTES >> 20
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| error(path, io_reason(path, &e)))?;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (text, warnings) = formats::to_text(&ext, &bytes).map_err(|r| error(path, r))?;
    Ok(SourceFile {
        id: article_id(path),
        path: path.to_path_buf(),
        text,
        warnings,
    })
}

/// The article files under a folder, walked recursively, and the files that could
/// not be read. One bad file never stops the others.
///
/// Files are taken in sorted path order (deterministic); hidden files and folders
/// (`.name`) and files with other extensions are skipped; symbolic links are
/// followed, but a folder already walked is not walked again (no loops). Ids are
/// file names without the extension; where two files would share an id, each of
/// them gets its path relative to `dir` without the extension (`a/x`, `b/x`).
pub fn read_corpus_dir(dir: &Path) -> Result<(Vec<SourceFile>, Vec<ReadError>), ReadError> {
    let meta = std::fs::metadata(dir).map_err(|e| error(dir, io_reason(dir, &e)))?;
    if !meta.is_dir() {
        return Err(error(dir, "is not a folder"));
    }
    let mut paths = Vec::new();
    let mut bad = Vec::new();
    let mut seen = HashSet::new();
    walk(dir, &mut paths, &mut bad, &mut seen);
    if let Some(e) = bad.iter().position(|e| e.path == dir) {
        return Err(bad.remove(e));
    }
    paths.sort();
    let mut ok = Vec::new();
    for p in paths {
        match read_source(&p) {
            Ok(f) => ok.push(f),
            Err(e) => bad.push(e),
        }
    }
    bad.sort_by(|a, b| a.path.cmp(&b.path));
    unique_ids(&mut ok, Some(dir));
    Ok((ok, bad))
}

fn walk(
    dir: &Path,
    paths: &mut Vec<PathBuf>,
    bad: &mut Vec<ReadError>,
    seen: &mut HashSet<PathBuf>,
) {
    // A folder reached twice (a link back up the tree) is walked once.
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(key) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            bad.push(error(
                dir,
                format!("cannot read folder: {}", io_reason(dir, &e)),
            ));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for p in children {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, paths, bad, seen),
            // A broken link or unreadable entry that looks like an article: reported.
            Ok(_) | Err(_) if is_article_path(&p) => paths.push(p),
            _ => {}
        }
    }
}

/// Makes ids unique: files sharing a stem get their path (relative to `root`
/// where given) without the extension; if that still clashes, with it.
pub fn unique_ids(files: &mut [SourceFile], root: Option<&Path>) {
    let count = |files: &[SourceFile]| {
        let mut m: HashMap<String, usize> = HashMap::new();
        for f in files {
            *m.entry(f.id.clone()).or_default() += 1;
        }
        m
    };
    let rel = |p: &Path| -> PathBuf {
        root.and_then(|r| p.strip_prefix(r).ok())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| p.to_path_buf())
    };
    let slash = |p: &Path| {
        p.components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/")
    };
    let counts = count(files);
    for f in files.iter_mut() {
        if counts[&f.id] > 1 {
            f.id = slash(&rel(&f.path).with_extension(""));
        }
    }
    let counts = count(files);
    for f in files.iter_mut() {
        if counts[&f.id] > 1 {
            f.id = slash(&rel(&f.path));
        }
    }
}
