//! Tables written as text lines: columns set apart by runs of spaces or tabs, or by
//! pipes ("| Belgorod | 14 battalions |"). A bare number in a cell ("3,000+", "21",
//! "1,150") means what its column header says ("Declared strength", "Members
//! killed") or, for headers that only name a year, what the table's caption says
//! ("Table 2. Regional budget spending, million rubles"); the row's label names the
//! region. A cell with its own noun ("14 battalions") reads like a sentence.

use super::lexicon::{self, Class};
use super::{people, sentence_figures, words};
use crate::clean::{Block, BlockKind};
use crate::model::{Category, Figure, Qualifier, Span};
use crate::numerals::{find_numbers, NumberExpr};
use crate::regions::find_regions;

mod docs;
mod events;
mod textcols;

/// One table: the caption line (if any), the header cells and the rows.
#[derive(Debug, Clone)]
pub(super) struct Table {
    /// From the header (or caption) to the end of the last row.
    pub span: Span,
    pub caption: Option<Span>,
    pub header: Vec<Span>,
    /// Each row: its line and its cells.
    pub rows: Vec<(Span, Vec<Span>)>,
}

/// The cells of one line: runs of two or more spaces or a tab between them, or pipes.
/// `None` for a separator line ("|---|---|") and lines with fewer than two cells.
fn cells(text: &str, line: Span) -> Option<Vec<Span>> {
    let l = &text[line.start..line.end];
    let b = l.as_bytes();
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize, keep_empty: bool| {
        let c = &l[s..e];
        let t = c.trim();
        if !t.is_empty() {
            let off = s + (c.len() - c.trim_start().len());
            out.push(Span::new(line.start + off, line.start + off + t.len()));
        } else if keep_empty {
            out.push(Span::new(line.start + s, line.start + s));
        }
    };
    if l.starts_with('|') || inner_pipes(l) {
        if l.bytes()
            .all(|c| matches!(c, b'|' | b'-' | b':' | b' ' | b'\t'))
        {
            return None;
        }
        let mut s = usize::from(l.starts_with('|'));
        for (i, &c) in b.iter().enumerate().skip(s) {
            if c == b'|' {
                // (an empty cell between pipes keeps its column: "| | **Total** |")
                push(s, i, true);
                s = i + 1;
            }
        }
        // "Total | | 5 | 24 |": a last pipe closes an empty cell
        push(s, b.len(), !l.starts_with('|') && l.ends_with('|'));
    } else {
        let (mut s, mut i) = (0, 0);
        while i < b.len() {
            let gap = if b[i] == b'\t' {
                1
            } else if b[i] == b' ' && b.get(i + 1) == Some(&b' ') {
                2
            } else {
                0
            };
            if gap > 0 {
                let mut e = i + gap;
                while e < b.len() && matches!(b[e], b' ' | b'\t') {
                    e += 1;
                }
                push(s, i, false);
                s = e;
                i = e;
            } else {
                i += 1;
            }
        }
        push(s, b.len(), false);
    }
    (out.len() >= 2).then_some(out)
}

/// Whether `l` sets cells apart by " | " without a pipe first: "Candidate | Votes |
/// Share", "Vladimir Putin | 930,412 | 88.69%".
fn inner_pipes(l: &str) -> bool {
    l.contains(" | ")
}

/// Whether `t` holds two spaces in a row or a tab (a column gap).
pub(super) fn has_gap(t: &str) -> bool {
    gap_at(t.as_bytes(), 0).is_some()
}

/// Whether a cell holds a value: a number first ("3,000+", "~2,400", "14 battalions")
/// or a "no data" mark ("n/a", "–").
fn value_cell(c: &str) -> bool {
    // markdown emphasis first: a "**Total**" row's "**61**"
    let c = c.trim_matches(['*', '_']);
    let c = c.trim_start_matches(['~', '≈', '$', '€', '£', '+', '<', '>']);
    c.starts_with(|ch: char| ch.is_ascii_digit()) || no_data(c)
}

fn no_data(c: &str) -> bool {
    matches!(
        c,
        "" | "n/a" | "N/A" | "-" | "–" | "—" | "..." | "…" | "?" | "n.a."
    )
}

/// Whether a header cell heads a column of row numbers ("№", "#", "No.").
fn numbering_header(c: &str) -> bool {
    matches!(c, "№" | "#" | "No" | "No." | "Nr" | "Nr." | "N")
}

/// Drops a first column of row numbers ("| № | District | ... |" over "| 1 | ..."
/// and a "| | **Total** |" row): the label is the cell after it.
fn drop_numbering(text: &str, lines: &mut [(Span, Vec<Span>)]) {
    let cell = |s: Span| text[s.start..s.end].trim();
    if lines[0].1.len() < 3 || !numbering_header(cell(lines[0].1[0])) {
        return;
    }
    let numbered = lines[1..].iter().all(|(_, c)| {
        let t = cell(c[0]);
        t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    });
    if numbered || events::numbered_with_total(text, lines) {
        for (_, c) in lines.iter_mut() {
            c.remove(0);
        }
    }
}

/// The tables of `text`: three or more consecutive lines with the same number of cells
/// (two or more), the first a header whose first cell is a word, every other a row
/// whose first cell is a label (not a number) and whose other cells hold values.
pub(super) fn find(text: &str) -> Vec<Table> {
    let mut out = Vec::new();
    let mut from = 0;
    // The next line that opens with a pipe (searched again only once passed).
    let mut pipe: Option<usize> = None;
    let mut pipe_from = usize::MAX;
    // Jump from one line that may be a row (a column gap, or a pipe first) to the
    // next: most articles have none, and the lines between are never read.
    loop {
        if pipe_from == usize::MAX || pipe.is_some_and(|p| p < from) {
            pipe = if from == 0 && text.starts_with('|') {
                Some(0)
            } else {
                next_pipe_line(text.as_bytes(), from)
            };
            pipe_from = from;
        }
        let gap = gap_at(text.as_bytes(), from);
        let Some(q) = (match (gap, pipe) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }) else {
            break;
        };
        let ls = text[..q].rfind('\n').map_or(0, |i| i + 1);
        from = scan_lines(text, ls, &mut out).max(q + 1);
    }
    out
}

/// The next pipe from `from` on that opens a line (the byte after a "\n|") or sets
/// cells apart (" | "), found by the pipes alone: most articles hold none.
fn next_pipe_line(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from + 1;
    while let Some(p) = crate::bytes::find_any(b, i, b"|") {
        if b[p - 1] == b'\n' || (b[p - 1] == b' ' && b.get(p + 1) == Some(&b' ')) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// Reads lines from `ls` while they may make a table; the byte where it stopped.
fn scan_lines(text: &str, ls: usize, out: &mut Vec<Table>) -> usize {
    // Lines: (span, cells); blank lines break a run.
    let mut run: Vec<(Span, Vec<Span>)> = Vec::new();
    // The last non-blank line before the run: a caption.
    let before = text[..ls].trim_end();
    let pls = before.rfind('\n').map_or(0, |i| i + 1);
    let lead = before[pls..].len() - before[pls..].trim_start().len();
    let t = before[pls..].trim();
    let mut last_nonblank = (!t.is_empty()).then(|| Span::new(pls + lead, pls + lead + t.len()));
    let mut prev_line: Option<Span> = None;
    let mut pos = ls;
    for line in text[ls..].split_inclusive('\n') {
        let t = line.trim_end();
        let span = Span::new(pos, pos + t.len());
        pos += line.len();
        let rule = !run.is_empty() && textcols::rule_line(t);
        let c = if !rule && (t.starts_with('|') || has_gap(t) || inner_pipes(t)) {
            cells(text, span)
        } else {
            None
        };
        let sep = (rule || t.starts_with('|') && c.is_none()) && !run.is_empty();
        match c {
            Some(c) if run.is_empty() || run[0].1.len() == c.len() => {
                if run.is_empty() {
                    prev_line = last_nonblank;
                }
                run.push((span, c));
            }
            _ if sep => {} // "|---|---|" under a pipe table's header
            other => {
                close(text, &mut run, prev_line, out);
                match other {
                    Some(c) => {
                        prev_line = last_nonblank;
                        run.push((span, c));
                    }
                    // Not a row: back to jumping.
                    None => return pos,
                }
            }
        }
        if !t.trim().is_empty() {
            last_nonblank = Some(span);
        }
    }
    close(text, &mut run, prev_line, out);
    pos
}

/// The first column gap (two spaces or a tab) at or after `from`: eight bytes at a
/// time, a byte check only where a chunk may hold one.
fn gap_at(b: &[u8], from: usize) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let slow = |from: usize, to: usize| {
        (from..to).find(|&i| b[i] == b'\t' || (b[i] == b' ' && b.get(i + 1) == Some(&b' ')))
    };
    let mut i = from;
    // the chunk at `i` and the one a byte on: a zero byte of `x` where both hold a
    // space, of `y` at a tab (a flag may be false above a true one: checked by bytes)
    while i + 9 <= b.len() {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap());
        let v = u64::from_le_bytes(b[i + 1..i + 9].try_into().unwrap());
        let x = (w | v) ^ (LO * u64::from(b' '));
        let y = w ^ (LO * u64::from(b'\t'));
        if (x.wrapping_sub(LO) & !x | y.wrapping_sub(LO) & !y) & HI != 0 {
            if let Some(k) = slow(i, i + 8) {
                return Some(k);
            }
        }
        i += 8;
    }
    slow(i, b.len())
}

/// Ends a run of lines: a table when it has the shape of one.
fn close(text: &str, run: &mut Vec<(Span, Vec<Span>)>, before: Option<Span>, out: &mut Vec<Table>) {
    let mut lines = std::mem::take(run);
    if lines.len() < 3 {
        return;
    }
    drop_numbering(text, &mut lines);
    let cell = |s: Span| text[s.start..s.end].trim();
    let header = &lines[0].1;
    if !cell(header[0]).starts_with(|c: char| c.is_alphabetic()) {
        return;
    }
    let rows_ok = lines[1..].iter().all(|(_, c)| {
        !value_cell(cell(c[0]))
            && c[1..]
                .iter()
                .all(|x| value_cell(cell(*x)) || docs::measure_cell(cell(*x)))
            && c[1..].iter().any(|x| !no_data(cell(*x)))
    });
    if !rows_ok && !textcols::rows_ok(text, &lines) && !events::rows_ok(text, &lines) {
        return;
    }
    let caption = before.filter(|b| {
        let t = text[b.start..b.end].trim_start();
        t.len() <= 200
            && (t.starts_with("Table")
                || t.starts_with("TABLE")
                || t.ends_with(':')
                || docs::unit_caption(t))
    });
    out.push(Table {
        span: Span::new(lines[0].0.start, lines[lines.len() - 1].0.end),
        caption,
        header: lines[0].1.clone(),
        rows: lines[1..].to_vec(),
    });
}

/// What a bare number in a column means: its unit, category and scale ("million").
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Meaning {
    pub unit: String,
    pub category: Category,
    pub scale: f64,
}

/// The meaning of a header (or caption) text: casualty words, then the last counted
/// noun, then a strength word; a scale word ("million") multiplies. `context` is the
/// caption, which says whether people are a force.
pub(super) fn meaning(h: &str, context: &str) -> Option<Meaning> {
    let mut scale = 1.0;
    let mut cas: Option<Category> = None;
    let mut noun: Option<(&'static str, Class)> = None;
    let mut strength = false;
    for w in h.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '%')) {
        if w.is_empty() {
            continue;
        }
        let mut buf = [0u8; 32];
        let Some(w) = lexicon::lower(w, &mut buf) else {
            continue;
        };
        match w {
            "thousand" | "thousands" | "thous" | "ths" | "k" => scale = 1e3,
            "million" | "millions" | "mln" | "mn" | "m" => scale = 1e6,
            "billion" | "billions" | "bln" | "bn" => scale = 1e9,
            "killed" | "dead" | "deaths" | "died" | "fatalities" | "kia" => {
                cas = Some(Category::Killed)
            }
            "wounded" | "injured" | "injuries" | "wia" => cas = Some(Category::Injured),
            "losses" | "casualties" => cas = Some(Category::Casualties),
            "strength" | "headcount" | "manpower" | "size" => strength = true,
            // "Evacuated", "Displaced (est.)": a column of people moved out
            "evacuated" | "displaced" | "relocated" | "resettled" if noun.is_none() => {
                noun = lexicon::noun("people").map(|e| (e.1, e.2))
            }
            "%" | "percent" | "share" => noun = Some(("percent", Class::Percent)),
            // (not in the lexicon: "passed by 30 votes to 2" is no count in a sentence)
            "votes" => noun = Some(("vote", Class::Other)),
            _ => {
                if let Some(e) = lexicon::noun(w) {
                    if e.2 != Class::NotCount {
                        noun = Some((e.1, e.2));
                    }
                }
            }
        }
    }
    let person = noun.filter(|n| n.1.is_person()).map(|n| n.0);
    if let Some(c) = cas {
        if noun.map_or(true, |n| n.1.is_person() || n.1 == Class::Casualties) {
            let unit = person.unwrap_or("person");
            return Some(Meaning {
                unit: unit.to_string(),
                category: c,
                scale,
            });
        }
    }
    if strength && noun.map_or(true, |n| n.1.is_person()) {
        return Some(Meaning {
            unit: person.unwrap_or("person").to_string(),
            category: Category::Personnel,
            scale,
        });
    }
    let (unit, class) = noun?;
    let category = class.category().unwrap_or_else(|| {
        // people in general: personnel where the header or caption names a force
        let force = [h, " ", context]
            .concat()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words::is_force_context(&w.to_ascii_lowercase()));
        if force {
            Category::Personnel
        } else {
            Category::Other
        }
    });
    Some(Meaning {
        unit: unit.to_string(),
        category,
        scale,
    })
}

/// A bare value cell: its number expression (article offsets), when the cell holds
/// nothing but it (and a "%" or currency sign).
pub(super) fn bare_number(text: &str, cell: Span) -> Option<NumberExpr> {
    let c = &text[cell.start..cell.end];
    let nums = find_numbers(c);
    let [n] = nums.as_slice() else {
        return None;
    };
    let rest = c[..n.span.start]
        .trim_matches(['$', '€', '£', ' ', '*', '_'])
        .to_string()
        + c[n.span.end..].trim_matches(['%', ' ', '*', '_']);
    if !rest.is_empty() {
        return None;
    }
    let mut n = n.clone();
    n.span = Span::new(cell.start + n.span.start, cell.start + n.span.end);
    n.num_span = Span::new(cell.start + n.num_span.start, cell.start + n.num_span.end);
    Some(n)
}

/// The region a row's label names ("Belgorod", "Kursk region"), if exactly one.
pub(super) fn row_region(label: &str) -> Option<&'static str> {
    let m = find_regions(label);
    let r = m.first()?.region;
    m.iter().all(|x| x.region == r).then_some(r)
}

/// The qualifier of a bare table value: "3,000+" is more than 3,000 in a table's
/// shorthand, "~2,400" about.
pub(super) fn qualifier(n: &NumberExpr, text: &str) -> Qualifier {
    if n.qualifier == Qualifier::AtLeast && text[n.span.start..n.span.end].ends_with('+') {
        Qualifier::MoreThan
    } else {
        n.qualifier
    }
}

/// Whether a column header marks its values as estimates: "Evacuated (approx.)",
/// "Displaced, est.", "Estimated losses".
pub(super) fn approx_header(h: &str) -> bool {
    h.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        let mut buf = [0u8; 32];
        matches!(
            lexicon::lower(w, &mut buf),
            Some("approx" | "approximate" | "approximately" | "est" | "estimated" | "estimate")
        )
    })
}

/// The tables of the article that stand outside page furniture (a table's rows may
/// look like a spaced menu to the cleaner: those count).
pub(super) fn tables(text: &str, blocks: &[Block]) -> Vec<Table> {
    let mut t = find(text);
    let leaders = super::leaders::find(text);
    if !leaders.is_empty() {
        t.extend(leaders);
        t.sort_by_key(|t| t.span.start);
    }
    t.retain(|t| {
        !blocks.iter().any(|b| {
            b.span.overlaps(t.span)
                && !matches!(b.kind, BlockKind::Body | BlockKind::Heading)
                && b.reason != "navigation"
                // an event list's rows open with their date ("4 March | Sudzha | 2 | 7")
                && b.reason != "date line"
        })
    });
    t
}

/// The figures of one table: a cell with a noun reads as a sentence; a bare number
/// takes its column header's meaning, else the caption's.
pub(super) fn figures(text: &str, t: &Table, fallback: Option<&str>, out: &mut Vec<Figure>) {
    let caption = t.caption.map_or("", |c| &text[c.start..c.end]);
    let caption_meaning = meaning(caption, "");
    let caption_scale = caption_meaning.as_ref().map_or(1.0, |m| m.scale);
    // The context of a people column: the caption and the other headers ("Members"
    // beside "Formations" counts a force's members).
    let mut context = caption.to_string();
    for h in &t.header {
        context.push(' ');
        context.push_str(&text[h.start..h.end]);
    }
    textcols::word_cells(text, t, &mut context);
    for (line, cells) in &t.rows {
        let label = &text[cells[0].start..cells[0].end];
        let region = if events::total_label(label) && events::several_regions(text, &t.rows) {
            None
        } else {
            row_region(label)
                .or_else(|| events::cells_region(text, cells))
                .or(fallback)
        };
        for (j, &cell) in cells.iter().enumerate().skip(1) {
            let Some(n) = bare_number(text, cell) else {
                let s = &text[cell.start..cell.end];
                let (mut carried, mut seen) = (None, people::Seen::default());
                sentence_figures(
                    s,
                    cell,
                    &[],
                    region,
                    [caption, "", ""],
                    &mut carried,
                    &mut seen,
                    out,
                );
                continue;
            };
            let head = t.header.get(j).map_or("", |h| &text[h.start..h.end]);
            if docs::code_column(head, &text[n.span.start..n.span.end]) {
                continue;
            }
            let Some(mut m) = meaning(head, &context)
                .or_else(|| docs::quantity_meaning(head, label))
                .or_else(|| caption_meaning.clone())
            else {
                continue;
            };
            // "Table 1. Volunteer forces, thousand people" over a "Personnel" column:
            // the caption's scale, for a column of its kind or a fraction ("2.4").
            let fraction = n.value.map_or(false, |v| v.fract() != 0.0);
            let kind = caption_meaning
                .as_ref()
                .map_or(false, |c| c.category == m.category);
            if m.scale == 1.0 && (kind || fraction) {
                m.scale = caption_scale;
            }
            // "1.2 billion" in a "million rubles" table carries its own scale.
            let own = text[n.span.start..n.span.end]
                .bytes()
                .any(|c| c.is_ascii_alphabetic());
            let scale = if own { 1.0 } else { m.scale };
            let sc = |v: Option<f64>| v.map(|v| v * scale);
            let mut q = qualifier(&n, text);
            if q == Qualifier::Exact && approx_header(head) {
                q = Qualifier::Approximately;
            }
            out.push(Figure {
                text: text[n.span.start..n.span.end].to_string(),
                value: sc(n.value),
                low: sc(n.low),
                high: sc(n.high),
                qualifier: q,
                unit: m.unit,
                category: m.category,
                region: region.map(str::to_string),
                sentence: text[line.start..line.end].into(),
                span: n.span,
                sentence_span: *line,
            });
        }
    }
}

#[cfg(test)]
#[test]
fn gap_at_is_a_plain_scan() {
    let text = "Region  Battalions\tFighters\nBelgorod 14 a  b\u{2014}  c.\t x  \n  y z  ";
    let b = text.as_bytes();
    for from in 0..=b.len() {
        let plain = (from..b.len())
            .find(|&i| b[i] == b'\t' || (b[i] == b' ' && b.get(i + 1) == Some(&b' ')));
        assert_eq!(gap_at(b, from), plain, "from {from}");
    }
    assert_eq!(gap_at(b"one two", 0), None);
    assert_eq!(gap_at(b"1234567  ", 0), Some(7));
    assert_eq!(gap_at(b"a\0 b  ", 0), Some(4));
}
