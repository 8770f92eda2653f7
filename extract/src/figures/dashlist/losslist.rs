//! Loss lists that count by model, one item a line (Oryx style): a count first, then
//! the model's designator ("4 T-72B3: (1, destroyed) (2, captured)", "11 BMP-2",
//! "62 KamAZ 6x6 trucks", "7 Stryker"), under category lines that give a total in a
//! bracket after a plural kit noun ("Tanks (14, of which destroyed: 9)"). A designator
//! is a name, not a noun of the lexicon: the item is a piece of kit and its unit is the
//! model; the bracketed link labels after a colon ("(1, destroyed)") stay unread.

use super::super::lexicon::{self, noun, Class};
use super::super::Attached;
use crate::model::Qualifier;
use crate::numerals::NumberExpr;

/// The item of a by-model loss list whose number `n` starts its line, or the total of a
/// category line whose number opens the bracket after the category.
pub(in crate::figures) fn item(s: &str, n: &NumberExpr) -> Option<Attached> {
    if n.words || n.qualifier != Qualifier::Exact {
        return None;
    }
    let lead = &s[..n.span.start];
    let line_at = lead.rfind('\n').map_or(0, |i| i + 1);
    let before = &lead[line_at..];
    if before.trim_start().is_empty() {
        return model_item(s, n);
    }
    category_total(s, n, before)
}

/// "4 T-72B3: (1, destroyed)", "3 Leopard 2A6", "62 KamAZ 6x6 trucks", "7 Stryker".
fn model_item(s: &str, n: &NumberExpr) -> Option<Attached> {
    let rest = &s[n.span.end..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    // the name runs to a colon, a bracket, ", including" or the end of the line
    let name_end = line.find([':', '(', ',', ';']).unwrap_or(line.len());
    let name = line[..name_end].trim();
    // what follows the name: nothing, or the link labels / an aside
    if name.is_empty() || name.len() > 32 || !line.starts_with(' ') {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() > 4 || !words[0].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // a designator: a word with a capital and a digit ("T-72B3", "2A6", "421-16E"), or
    // a single capitalised name closing the line ("7 Stryker")
    let coded = words.iter().any(|w| crate::clean::model_code(w));
    let single = words.len() == 1
        && words[0][1..].bytes().all(|b| b.is_ascii_lowercase())
        && name_end == line.len();
    if !(coded || single) {
        return None;
    }
    // every word a name or a code, but a kit plural may close it ("KamAZ 6x6 trucks")
    let mut buf = [0u8; 32];
    let last = words[words.len() - 1];
    let kit = lexicon::lower(last, &mut buf)
        .and_then(noun)
        .filter(|e| e.2 == Class::Equipment);
    for w in &words[..words.len() - usize::from(kit.is_some())] {
        if !w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            return None;
        }
    }
    let mut unit = String::with_capacity(name.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            unit.push(' ');
        }
        match kit.filter(|_| i == words.len() - 1) {
            Some(e) => unit.push_str(e.1),
            None => unit.push_str(&w.to_ascii_lowercase()),
        }
    }
    Some(Attached {
        start: n.span.start,
        end: n.span.end + 1 + name.len(),
        unit,
        class: Class::Equipment,
        cas: None,
        same_as: None,
    })
}

/// "Tanks (14, of which destroyed: 9)", "Infantry Fighting Vehicles (21)": the total
/// opens the bracket right after a short category label that starts the line and ends
/// in a plural kit noun ("Trucks, Vehicles and Jeeps": the first noun).
fn category_total(s: &str, n: &NumberExpr, before: &str) -> Option<Attached> {
    // byte test first: "(" right before the number
    let label = before.strip_suffix('(')?.trim();
    let after = &s[n.span.end..];
    if label.is_empty()
        || label.len() > 40
        || !(after.starts_with(')') || after.starts_with(", of which"))
        || !label.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    let words = label.split([' ', ',']).filter(|w| !w.is_empty()).count();
    if words > 5 {
        return None;
    }
    let (head, list, e) = category_noun(label)?;
    let unit = if list || !label.contains(' ') {
        e.1.to_string()
    } else {
        let mut u = label[..label.len() - head.len()].to_ascii_lowercase();
        u.push_str(e.1);
        u
    };
    Some(Attached {
        start: n.span.start,
        end: n.span.end,
        unit,
        class: Class::Equipment,
        cas: None,
        same_as: None,
    })
}

/// A category line of a by-model loss list, which the cleaner may take for a heading:
/// "Tanks (14, of which destroyed: 9, captured: 5)".
pub(in crate::figures) fn is_category_line(line: &str) -> bool {
    let Some((label, rest)) = line.split_once(" (") else {
        return false;
    };
    let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || !line.ends_with(')') || label.len() > 40 {
        return false;
    }
    let tail = &rest[digits..];
    if !(tail == ")" || tail.starts_with(", of which")) {
        return false;
    }
    category_noun(label).is_some()
}

/// The kit noun of a category label, a plural: the label's last word ("Infantry
/// Fighting Vehicles"), or its first where the label lists kinds ("Trucks, Vehicles
/// and Jeeps"). Returns the word, whether the label is a list, and its entry.
fn category_noun(label: &str) -> Option<(&str, bool, &'static lexicon::Entry)> {
    let list = label.contains(',') || label.contains(" and ");
    let head = if list {
        label.split([' ', ',']).next()?
    } else {
        label.rsplit(' ').next()?
    };
    let mut buf = [0u8; 32];
    let e = lexicon::lower(head, &mut buf)
        .and_then(noun)
        .filter(|e| e.2 == Class::Equipment && e.0 != e.1)?;
    Some((head, list, e))
}
