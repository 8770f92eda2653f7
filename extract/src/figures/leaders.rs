//! Lists with dot leaders: "Purchase of UAVs and EW equipment ..... 620.4", one row a
//! line, under a caption that says what the amounts are ("Border security lines, 2024
//! budget (million rubles)"). A bare amount at the end of a row means what the caption
//! says, scaled by its "million"; the row's words before the dots are its label. Read
//! as a table of two columns (label, value) with no header.

use super::table::{meaning, Table};
use crate::model::Span;

mod slashes;

/// The leader tables of `text`: two or more consecutive lines "label ..... number"
/// under a caption with a meaning (a counted noun or a currency).
pub(super) fn find(text: &str) -> Vec<Table> {
    let mut out = Vec::new();
    // most articles have no leaders: a scan for the dots alone (no searcher set-up,
    // no two-way search over the whole article)
    let mut from = 0;
    while let Some(i) = crate::bytes::find_str(&text[from..], "....").map(|i| from + i) {
        let ls = text[..i].rfind('\n').map_or(0, |k| k + 1);
        let mut rows = Vec::new();
        let mut pos = ls;
        for line in text[ls..].split_inclusive('\n') {
            let t = line.trim_end();
            match row(text, Span::new(pos, pos + t.len())) {
                Some(r) => rows.push(r),
                None => break,
            }
            pos += line.len();
        }
        from = text[i..]
            .find('\n')
            .map_or(text.len(), |k| i + k + 1)
            .max(pos);
        if rows.len() < 2 {
            continue;
        }
        let before = text[..ls].trim_end();
        let cs = before.rfind('\n').map_or(0, |k| k + 1);
        let cap = before[cs..].trim_start();
        let caption = Span::new(before.len() - cap.len(), before.len());
        if cap.is_empty() || cap.len() > 200 || cap.contains("....") || meaning(cap, "").is_none() {
            continue;
        }
        // rows of several values: the caption's bracket names their columns
        let cols = rows[0].1.len();
        let header = if cols > 2 {
            match slashes::header(text, caption, cols) {
                Some(h) if rows.iter().all(|r| r.1.len() == cols) => h,
                _ => continue,
            }
        } else {
            Vec::new()
        };
        let span = Span::new(rows[0].0.start, rows[rows.len() - 1].0.end);
        out.push(Table {
            span,
            caption: Some(caption),
            header,
            rows,
        });
    }
    out
}

/// One row "label ..... 1 850.0": its line and its two cells, when the label holds a
/// letter and the value is a bare number (digits, spaces, a decimal point or comma).
fn row(text: &str, line: Span) -> Option<(Span, Vec<Span>)> {
    let l = &text[line.start..line.end];
    let d = l.find("....")?;
    let label = l[..d].trim();
    let after = l[d..].trim_start_matches(['.', '\u{2026}', ' ', '\t']);
    let v = line.end - after.len();
    let ls = line.start + (l.len() - l.trim_start().len());
    // "2 / 14 / 63": one value a column
    if let Some(mut cells) = slashes::values(text, v, after) {
        if !label.chars().any(char::is_alphabetic) {
            return None;
        }
        cells.insert(0, Span::new(ls, ls + label.len()));
        return Some((line, cells));
    }
    let ok_value = !after.is_empty()
        && after.len() <= 24
        && after.starts_with(|c: char| c.is_ascii_digit())
        && after
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'.' | b',' | b'%'));
    if !ok_value || !label.chars().any(char::is_alphabetic) {
        return None;
    }
    Some((
        line,
        vec![Span::new(ls, ls + label.len()), Span::new(v, line.end)],
    ))
}

#[cfg(test)]
mod tests {
    use super::super::figures;
    use crate::clean::blocks;
    use crate::model::Category;

    fn figs(t: &str) -> Vec<(String, Option<f64>, Category)> {
        figures(t, &blocks(t), Some("Kursk"))
            .into_iter()
            .map(|f| (f.text, f.value, f.category))
            .collect()
    }

    #[test]
    fn a_budget_list_in_million_rubles() {
        let t = "The deputies adopted the budget.\n\nSecurity lines, 2024 budget (million rubles)\n1. Maintenance of volunteer detachments ..... 1 850.0\n2. Purchase of drones ..... 620.4\nTotal ..... 2 470.4\n\nThe governor signed it.\n";
        let f = figs(t);
        let v: Vec<_> = f.iter().map(|f| f.1.unwrap()).collect();
        assert_eq!(
            v,
            vec![1_850_000_000.0, 620_400_000.0, 2_470_400_000.0],
            "{f:?}"
        );
        assert!(f.iter().all(|f| f.2 == Category::Other));
        assert_eq!(f[0].0, "1 850.0");
    }

    #[test]
    fn a_count_list_under_a_caption_with_a_noun() {
        let t = "The region published the numbers on Monday.\n\nVolunteers by district, people:\nShebekino ........ 420\nGraivoron ........ 315\nValuyki .......... 1,150\n\nThe lists are updated every week by the district offices.\n";
        let f = figs(t);
        let v: Vec<_> = f.iter().map(|f| f.1.unwrap()).collect();
        assert_eq!(v, vec![420.0, 315.0, 1150.0], "{f:?}");
    }

    #[test]
    fn traps_a_single_row_an_ellipsis_and_no_caption_meaning() {
        // one row is not a list; its number reads as a sentence would
        let t = "Budget lines (million rubles)\nDrones ..... 620.4\n\nThe governor said 12 battalions were formed.\n";
        assert!(figs(t).iter().all(|f| f.1 != Some(620_400_000.0)));
        // a quoted pause in prose is not a leader
        let t =
            "He said \"we waited.... and waited\" for 3 hours while 40 fighters held the line.\n";
        assert!(figs(t).iter().any(|f| f.0.contains("40 fighters")));
        // chapter contents with page numbers under a caption with no meaning
        let t = "Contents\nThe old pattern ..... 3\nThe new force ..... 9\n";
        assert!(figs(t).is_empty(), "{:?}", figs(t));
    }
}
