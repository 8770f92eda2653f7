//! Plain-text tables as newspapers and databases print them: a rule under the header
//! drawn with dashes and crosses ("----------+---------"), a column of words beside
//! the numbers ("Force": "territorial defence (TDF)", "people's militia"), and a
//! cell that says there is no value ("none (unpaid)", "not disclosed").

use crate::model::Span;

/// Whether a line is a rule drawn under a header: dashes or equals signs, with
/// crosses, pipes, colons and spaces between ("----+----", "===  ===", "|:--|--:|").
pub(super) fn rule_line(t: &str) -> bool {
    let t = t.trim();
    t.len() >= 3
        && t.bytes().any(|c| c == b'-' || c == b'=')
        && t.bytes()
            .all(|c| matches!(c, b'-' | b'=' | b'+' | b'|' | b':' | b' ' | b'\t'))
}

/// A cell stating that there is no value: "none", "none (unpaid)", "not disclosed",
/// "no data", "nil", "unpaid".
pub(super) fn nil_cell(c: &str) -> bool {
    let first = c
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let mut buf = [0u8; 16];
    if first.len() > buf.len() {
        return false;
    }
    buf[..first.len()].copy_from_slice(first.as_bytes());
    buf[..first.len()].make_ascii_lowercase();
    c.len() <= 40
        && matches!(
            &buf[..first.len()],
            b"none" | b"nil" | b"not" | b"no" | b"unpaid" | b"unknown" | b"undisclosed"
        )
}

/// Which columns (after the label) only hold words: no digit in any row's cell
/// and no "no value" mark ("Force": "territorial defence (TDF)"). A table read
/// with such columns must keep at least one column of numbers.
pub(super) fn word_columns(cells_of: &[&[&str]]) -> Vec<bool> {
    let n = cells_of.first().map_or(0, |c| c.len());
    (0..n)
        .map(|j| {
            j > 0
                && cells_of.iter().all(|c| {
                    let x = c[j];
                    !x.is_empty()
                        && x.len() <= 60
                        && !x.bytes().any(|b| b.is_ascii_digit())
                        && !super::no_data(x)
                        && !nil_cell(x)
                })
        })
        .collect()
}

/// The rows of a table with columns of words ("Force") or cells without a value
/// ("none (unpaid)"): every other cell holds a value, and every row a number in a
/// column that is not of words.
pub(super) fn rows_ok(text: &str, lines: &[(Span, Vec<Span>)]) -> bool {
    let cell = |s: Span| text[s.start..s.end].trim();
    let rows: Vec<Vec<&str>> = lines[1..]
        .iter()
        .map(|(_, c)| c.iter().map(|&x| cell(x)).collect())
        .collect();
    let refs: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
    let words = word_columns(&refs);
    if words.iter().all(|&w| !w) || words[1..].iter().all(|&w| w) {
        return false;
    }
    rows.iter().all(|r| {
        !super::value_cell(r[0])
            && r[1..].iter().enumerate().all(|(k, x)| {
                words[k + 1] || super::value_cell(x) || super::docs::measure_cell(x) || nil_cell(x)
            })
            && r[1..]
                .iter()
                .enumerate()
                .any(|(k, x)| !words[k + 1] && super::value_cell(x) && !super::no_data(x))
    })
}

/// Adds the cells of the table's columns of words to `context` (the words that say
/// whether its people are a force: "territorial defence (TDF)", "people's militia").
pub(super) fn word_cells(text: &str, t: &super::Table, context: &mut String) {
    for (_, cells) in &t.rows {
        for c in cells.iter().skip(1) {
            let x = &text[c.start..c.end];
            if x.len() <= 60 && !x.bytes().any(|b| b.is_ascii_digit()) && !nil_cell(x) {
                context.push(' ');
                context.push_str(x);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_under_headers() {
        assert!(rule_line("----------+---------+------"));
        assert!(rule_line("=======  ======  ====="));
        assert!(rule_line("|:---|---:|"));
        assert!(rule_line("  --- "));
        // not rules: words, numbers, a lone dash, plus signs alone
        assert!(!rule_line("-"));
        assert!(!rule_line("+++"));
        assert!(!rule_line("-- Belgorod --"));
        assert!(!rule_line("2,300 - 1,150"));
    }

    #[test]
    fn cells_without_a_value() {
        assert!(nil_cell("none (unpaid)"));
        assert!(nil_cell("None"));
        assert!(nil_cell("not disclosed"));
        assert!(nil_cell("No data"));
        assert!(!nil_cell("nine battalions"));
        assert!(!nil_cell("north"));
        assert!(!nil_cell("Novgorod"));
        assert!(!nil_cell("2,000 rub. per shift"));
    }

    #[test]
    fn columns_of_words() {
        let rows: [&[&str]; 3] = [
            &["Belgorod", "territorial defence (TDF)", "~3,000", "24"],
            &["Kursk", "TDF detachments + BARS-Kursk", "2,300", "6"],
            &["Bryansk", "people's militia", "none", "3"],
        ];
        assert_eq!(word_columns(&rows), [false, true, false, false]);
        // a column with one number in it is no column of words
        let rows: [&[&str]; 2] = [&["Belgorod", "14 battalions", "24"], &["Kursk", "TDF", "6"]];
        assert_eq!(word_columns(&rows), [false, false, false]);
    }
}
