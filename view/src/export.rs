//! Export of the figures on screen, pure: CSV and JSON, and a file name that says
//! which filter produced them.

use crate::data::Corpus;
use crate::json;
use crate::model::{display_title, FigureRow, Filters};

const COLUMNS: [&str; 16] = [
    "article_id",
    "date",
    "region",
    "category",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "text",
    "sentence",
    "article_title",
    "source",
    "url",
    "duplicates",
    "yours",
];

/// One exported value.
enum Cell {
    Text(Option<String>),
    Number(Option<f64>),
    Flag(bool),
}

/// One record per row, in [`COLUMNS`] order: the article's id, date, region,
/// qualifier, sentence, ...
fn records(corpus: &Corpus, rows: &[FigureRow]) -> Vec<[Cell; 16]> {
    let text = |s: &str| Cell::Text(Some(s.to_string()));
    let opt = |s: Option<&str>| Cell::Text(s.map(str::to_string));
    rows.iter()
        .map(|r| {
            let (e, f) = r.get(corpus);
            [
                text(&e.article.id),
                opt(r.date(corpus)),
                opt(f.region.as_deref()),
                text(f.category.as_str()),
                Cell::Number(f.value),
                Cell::Number(f.low),
                Cell::Number(f.high),
                text(f.qualifier.as_str()),
                text(&f.unit),
                text(&f.text),
                text(&f.sentence),
                text(&display_title(e)),
                opt(e.article.source.as_deref()),
                opt(e.article.url.as_deref()),
                text(&e.copies.join(" ")),
                Cell::Flag(e.yours),
            ]
        })
        .collect()
}

/// The rows as JSON: `{"view": "<URL query>", "count": n, "figures": [...]}`, one
/// object per figure with the [`COLUMNS`] as keys.
pub fn to_json(corpus: &Corpus, rows: &[FigureRow], f: &Filters) -> String {
    let mut out = String::from("{\n  \"view\": ");
    json::string(&mut out, &f.to_query());
    out.push_str(&format!(
        ",\n  \"count\": {},\n  \"figures\": [",
        rows.len()
    ));
    for (i, rec) in records(corpus, rows).iter().enumerate() {
        out.push_str(if i == 0 { "\n    {" } else { ",\n    {" });
        for (j, (name, cell)) in COLUMNS.iter().zip(rec).enumerate() {
            out.push_str(if j == 0 { "\n      " } else { ",\n      " });
            json::string(&mut out, name);
            out.push_str(": ");
            match cell {
                Cell::Text(s) => json::opt_string(&mut out, s.as_deref()),
                Cell::Number(v) => json::number(&mut out, *v),
                Cell::Flag(b) => out.push_str(if *b { "true" } else { "false" }),
            }
        }
        out.push_str("\n    }");
    }
    out.push_str(if rows.is_empty() { "]\n}" } else { "\n  ]\n}" });
    out
}

/// The rows as CSV (RFC 4180, a header line, CRLF). Text cells that a spreadsheet
/// would run as a formula (starting with = + - @) are prefixed with `'`.
pub fn to_csv(corpus: &Corpus, rows: &[FigureRow]) -> String {
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for rec in records(corpus, rows) {
        let cells: Vec<String> = rec
            .iter()
            .map(|c| match c {
                Cell::Text(None) | Cell::Number(None) => String::new(),
                Cell::Text(Some(s)) => csv_cell(s),
                Cell::Number(v) => {
                    let mut n = String::new();
                    json::number(&mut n, *v);
                    n
                }
                Cell::Flag(b) => b.to_string(),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// `tally-figures_region-Kursk_2023-01-01-to-2023-12-31.csv`: the filter in the name.
pub fn file_name(f: &Filters, ext: &str) -> String {
    let mut parts = vec!["tally-figures".to_string()];
    if !f.regions.is_empty() {
        parts.push(format!("region-{}", f.regions.join("+")));
    }
    if !f.categories.is_empty() {
        parts.push(
            f.categories
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join("+"),
        );
    }
    if f.from.is_some() || f.to.is_some() {
        parts.push(format!(
            "{}-to-{}",
            f.from.as_deref().unwrap_or("start"),
            f.to.as_deref().unwrap_or("end")
        ));
    }
    if f.exclude_undated {
        parts.push("dated".into());
    }
    if !f.q.trim().is_empty() {
        parts.push(format!("q-{}", f.q.trim()));
    }
    let name: String = parts
        .join("_")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '+' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let name: String = name.chars().take(120).collect();
    format!("{name}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Corpus;
    use tally_extract::{Article, Category, Figure, Qualifier, Span};

    fn corpus() -> Corpus {
        let fig = |v: f64, text: &str, sentence: &str| Figure {
            text: text.into(),
            value: Some(v),
            low: None,
            high: Some(v),
            qualifier: Qualifier::UpTo,
            unit: "person".into(),
            category: Category::Personnel,
            region: Some("Kursk".into()),
            sentence: sentence.into(),
            span: Span::default(),
            sentence_span: Span::default(),
        };
        let a = Article {
            id: "004".into(),
            title: Some("Kursk, \"arms\"".into()),
            date: Some("2023-08-02".into()),
            source: Some("TASS".into()),
            url: None,
            regions: vec!["Kursk".into()],
            duplicate_of: None,
            figures: vec![
                fig(
                    3000.0,
                    "as many as 3,000 people",
                    "He said, \"as many as 3,000 people\" serve.\nNew line",
                ),
                fig(1.5, "=1.5 people", "-danger"),
            ],
            furniture: vec![],
            metadata_spans: vec![],
            warnings: vec![],
        };
        Corpus::new(vec![(a, "text".into())], vec![])
    }

    fn rows(c: &Corpus) -> Vec<FigureRow> {
        crate::model::visible_figures(&c.clone().into(), &Filters::default())
    }

    #[test]
    fn csv_quotes_and_guards_cells() {
        let c = corpus();
        let csv = to_csv(&c, &rows(&c));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        assert!(lines[1].starts_with("004,2023-08-02,Kursk,personnel,3000,,3000,up_to,person,\"as many as 3,000 people\","), "{}", lines[1]);
        assert!(csv.contains("\"He said, \"\"as many as 3,000 people\"\" serve.\nNew line\""));
        assert!(csv.contains("\"Kursk, \"\"arms\"\"\""));
        assert!(
            csv.contains(",1.5,,1.5,up_to,person,'=1.5 people,'-danger,"),
            "{csv}"
        );
        assert!(csv.ends_with("\r\n"));
    }

    #[test]
    fn json_carries_the_view_and_every_field() {
        let c = corpus();
        let f = Filters::from_query("?region=Kursk");
        // read back by an independent parser
        let v: serde_json::Value = serde_json::from_str(&to_json(&c, &rows(&c), &f)).unwrap();
        assert_eq!(v["view"], "?region=Kursk");
        assert_eq!(v["count"], 2);
        assert_eq!(v["figures"][0]["value"], 3000);
        assert_eq!(v["figures"][0]["qualifier"], "up_to");
        assert_eq!(v["figures"][0]["article_id"], "004");
        assert_eq!(v["figures"][0]["date"], "2023-08-02");
        assert!(v["figures"][0]["sentence"]
            .as_str()
            .unwrap()
            .contains("3,000"));
    }

    #[test]
    fn json_of_nothing_is_still_json() {
        let c = corpus();
        let f = Filters::from_query("?region=Nowhere");
        let v: serde_json::Value = serde_json::from_str(&to_json(&c, &[], &f)).unwrap();
        assert_eq!(v["count"], 0);
        assert_eq!(v["figures"], serde_json::json!([]));
    }

    #[test]
    fn file_names_say_the_filter() {
        assert_eq!(file_name(&Filters::default(), "csv"), "tally-figures.csv");
        let f = Filters::from_query(
            "?region=Kursk&from=2023-01-01&to=2023-12-31&category=killed&q=Sudzha+drones",
        );
        assert_eq!(
            file_name(&f, "json"),
            "tally-figures_region-Kursk_killed_2023-01-01-to-2023-12-31_q-Sudzha-drones.json"
        );
        let f = Filters::from_query("?q=../../etc/passwd");
        assert!(!file_name(&f, "csv").contains('/'));
    }
}
