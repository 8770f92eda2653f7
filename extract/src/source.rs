//! Reading article files: ids from file names, lossy UTF-8 with a warning, and
//! errors that name the file and the reason.

use std::fmt;
use std::path::{Path, PathBuf};

/// One article file's text, ready for extraction.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    pub id: String,
    pub path: PathBuf,
    pub text: String,
    /// E.g. "invalid UTF-8 replaced at byte 120".
    pub warnings: Vec<String>,
}

/// A file that could not be read, with its path and the reason.
#[derive(Debug)]
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

/// The article id of a file: its name without the extension.
pub fn article_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads one article file. Invalid UTF-8 is decoded lossily, with a warning.
pub fn read_source(path: &Path) -> Result<SourceFile, ReadError> {
    let bytes = std::fs::read(path).map_err(|e| ReadError { path: path.to_path_buf(), reason: e.to_string() })?;
    let mut warnings = Vec::new();
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            warnings.push(format!("invalid UTF-8 at byte {at}; decoded with replacement characters"));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    Ok(SourceFile { id: article_id(path), path: path.to_path_buf(), text, warnings })
}

/// The article files of a folder (`.txt`, `.md`, `.html`, `.htm`), sorted by name,
/// and the files that could not be read. One bad file never stops the others.
pub fn read_corpus_dir(dir: &Path) -> Result<(Vec<SourceFile>, Vec<ReadError>), ReadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| ReadError { path: dir.to_path_buf(), reason: e.to_string() })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "txt" | "md" | "html" | "htm"))
        })
        .collect();
    paths.sort();
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for p in paths {
        match read_source(&p) {
            Ok(f) => ok.push(f),
            Err(e) => bad.push(e),
        }
    }
    Ok((ok, bad))
}
