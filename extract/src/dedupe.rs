//! Stage 6, duplicates: near-duplicate detection on cleaned article text.
//!
//! STUB: replaced by shingling + MinHash.

/// Pairs `(i, j)`, `i < j`, of texts that are copies of one story.
pub fn near_duplicates(texts: &[&str]) -> Vec<(usize, usize)> {
    let norm: Vec<String> = texts
        .iter()
        .map(|t| t.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase())
        .collect();
    let mut out = Vec::new();
    for i in 0..norm.len() {
        for j in i + 1..norm.len() {
            if !norm[i].is_empty() && norm[i] == norm[j] {
                out.push((i, j));
            }
        }
    }
    out
}
