//! The reader's own articles, pure: what is kept in the browser's storage, how a
//! pasted text or a dropped file becomes an article (the same engine as the build),
//! and the corpus they join. Nothing here touches the network.

use serde::{Deserialize, Serialize};

use crate::data::{Corpus, Entry};

/// One article the reader added, as stored (`localStorage`, key [`STORAGE_KEY`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// `yours-1`, `yours-2`, ...: unique among the reader's articles.
    pub id: String,
    /// The file name, or "pasted text".
    pub name: String,
    pub text: String,
    /// Problems met while reading it (e.g. invalid UTF-8), shown with it.
    #[serde(default)]
    pub warnings: Vec<String>,
}

pub const STORAGE_KEY: &str = "tally.yours.v1";

/// Largest text accepted from one paste or file (bytes).
pub const MAX_BYTES: usize = 25_000_000;

/// A pasted text, checked. Errors say why nothing was added.
pub fn from_paste(existing: &[Stored], text: &str) -> Result<Stored, String> {
    if text.trim().is_empty() {
        return Err("Nothing to add: the pasted text is empty.".into());
    }
    if text.len() > MAX_BYTES {
        return Err(format!(
            "The pasted text is {} MB; at most {} MB can be added at once.",
            text.len() / 1_000_000,
            MAX_BYTES / 1_000_000
        ));
    }
    Ok(Stored {
        id: next_id(existing),
        name: "pasted text".into(),
        text: text.to_string(),
        warnings: Vec::new(),
    })
}

/// A dropped or chosen file, decoded by its extension (.txt, .md, .html; others as
/// text): its text and warnings, or why it cannot be used. (The engine's side: in the
/// browser this runs in the extraction worker.)
pub fn decode_file(name: &str, bytes: &[u8]) -> Result<(String, Vec<String>), String> {
    if bytes.len() > MAX_BYTES {
        return Err(format!(
            "{name}: {} MB is too large; at most {} MB per file.",
            bytes.len() / 1_000_000,
            MAX_BYTES / 1_000_000
        ));
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let (text, warnings) = tally_extract::formats::to_text(&ext, bytes)
        .map_err(|reason| format!("{name}: {reason}"))?;
    if text.trim().is_empty() {
        return Err(format!("{name}: empty file, nothing to extract."));
    }
    Ok((text, warnings))
}

/// A decoded file as one of the reader's articles.
pub fn from_decoded(
    existing: &[Stored],
    name: &str,
    decoded: Result<(String, Vec<String>), String>,
) -> Result<Stored, String> {
    let (text, warnings) = decoded?;
    Ok(Stored {
        id: next_id(existing),
        name: name.to_string(),
        text,
        warnings,
    })
}

/// [`decode_file`] and [`from_decoded`] in one (native callers and tests).
pub fn from_file(existing: &[Stored], name: &str, bytes: &[u8]) -> Result<Stored, String> {
    from_decoded(existing, name, decode_file(name, bytes))
}

fn next_id(existing: &[Stored]) -> String {
    let n = existing
        .iter()
        .filter_map(|s| s.id.strip_prefix("yours-")?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("yours-{}", n + 1)
}

/// What the storage holds: a JSON array of `{"id", "name", "text", "warnings"}`.
pub fn stored_json(items: &[Stored]) -> String {
    use crate::json::string;
    let mut out = String::from("[");
    for (i, s) in items.iter().enumerate() {
        out.push_str(if i == 0 { "{\"id\":" } else { ",{\"id\":" });
        string(&mut out, &s.id);
        out.push_str(",\"name\":");
        string(&mut out, &s.name);
        out.push_str(",\"text\":");
        string(&mut out, &s.text);
        out.push_str(",\"warnings\":[");
        for (j, w) in s.warnings.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            string(&mut out, w);
        }
        out.push_str("]}");
    }
    out.push(']');
    out
}

/// Reads what the storage held. A broken value is reported, never silently dropped.
pub fn parse_stored(text: &str) -> Result<Vec<Stored>, String> {
    use crate::json::{parse, Value};
    let why = |e: String| format!("your saved articles could not be read ({e})");
    let Value::Arr(items) = parse(text).map_err(why)? else {
        return Err(why("not a list".into()));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let field = |k: &str| {
                v.get(k)
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or_else(|| why(format!("article {} has no {k}", i + 1)))
            };
            let warnings = match v.get("warnings") {
                None => Vec::new(),
                Some(Value::Arr(w)) => w
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect(),
                Some(_) => return Err(why(format!("article {} has bad warnings", i + 1))),
            };
            Ok(Stored {
                id: field("id")?,
                name: field("name")?,
                text: field("text")?,
                warnings,
            })
        })
        .collect()
}

/// The reader's articles, extracted by the same engine as the build (in the browser
/// this runs in the extraction worker).
pub fn extract_stored(yours: &[Stored]) -> Vec<tally_extract::Article> {
    let docs: Vec<(String, String)> = yours
        .iter()
        .map(|s| (s.id.clone(), s.text.clone()))
        .collect();
    tally_extract::extract_corpus(&docs)
}

/// The built corpus with the reader's articles (`extracted` from `yours`) added after
/// it, marked `yours`.
pub fn combine(base: &Corpus, yours: &[Stored], extracted: Vec<tally_extract::Article>) -> Corpus {
    let mut items: Vec<(tally_extract::Article, String)> = Vec::new();
    for (mut a, s) in extracted.into_iter().zip(yours) {
        if a.title.is_none() && s.name != "pasted text" {
            a.title = Some(s.name.clone());
        }
        a.warnings.splice(0..0, s.warnings.iter().cloned());
        items.push((a, s.text.clone()));
    }
    // the reader's articles are copies of each other at most, never of the built ones
    let mut c = Corpus::new(items, base.errors.clone());
    for e in &mut c.articles {
        e.yours = true;
    }
    c.articles.splice(0..0, base.articles.iter().cloned());
    c
}

/// Whether an entry is one of the reader's own.
pub fn is_yours(e: &Entry) -> bool {
    e.yours
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "KURSK, March 3. /TASS/. The Kursk Region has formed four new territorial defense battalions with more than 1,200 volunteers, Governor Roman Starovoit said on Friday.";

    #[test]
    fn a_paste_becomes_an_article_extracted_by_the_same_engine() {
        let s = from_paste(&[], TEXT).unwrap();
        assert_eq!(s.id, "yours-1");
        let c = {
            let v = [s];
            combine(&Corpus::default(), &v, extract_stored(&v))
        };
        let e = &c.articles[0];
        assert!(e.yours);
        assert_eq!(e.article.id, "yours-1");
        assert!(
            e.article.figures.iter().any(|f| f.value == Some(1200.0)),
            "{:?}",
            e.article.figures
        );
        assert!(e.article.regions.contains(&"Kursk".to_string()));
    }

    #[test]
    fn empty_and_oversized_pastes_say_why() {
        assert_eq!(
            from_paste(&[], "  \n ").unwrap_err(),
            "Nothing to add: the pasted text is empty."
        );
        let big = "9 ".repeat(MAX_BYTES / 2 + 1);
        assert!(from_paste(&[], &big).unwrap_err().contains("at most 25 MB"));
    }

    #[test]
    fn files_are_decoded_by_extension_and_bad_ones_named() {
        let s = from_file(&[], "note.txt", TEXT.as_bytes()).unwrap();
        assert_eq!(s.name, "note.txt");
        assert!(from_file(&[], "empty.txt", b"")
            .unwrap_err()
            .starts_with("empty.txt: "));
        assert!(
            from_file(&[], "blob.bin", &[0u8, 159, 146, 150, 0, 0, 1, 2, 3])
                .unwrap_err()
                .starts_with("blob.bin: ")
        );
        let bad = [TEXT.as_bytes(), &[0xff, 0xfe], b" more".as_slice()].concat();
        let s = from_file(&[], "bad.txt", &bad).unwrap();
        assert!(
            !s.warnings.is_empty(),
            "invalid UTF-8 is decoded lossily with a warning"
        );
        let html = b"<html><head><title>Drones over Sudzha</title></head><body><article><p>Five drones were shot down over the Kursk region, the governor said.</p></article></body></html>";
        let s = from_file(&[], "page.html", html).unwrap();
        let c = {
            let v = [s];
            combine(&Corpus::default(), &v, extract_stored(&v))
        };
        assert_eq!(
            c.articles[0].article.title.as_deref(),
            Some("Drones over Sudzha")
        );
    }

    #[test]
    fn ids_are_unique_and_storage_round_trips() {
        let a = from_paste(&[], TEXT).unwrap();
        let b = from_paste(std::slice::from_ref(&a), TEXT).unwrap();
        assert_eq!(b.id, "yours-2");
        let mut b = b;
        b.warnings = vec!["invalid UTF-8 at byte 3 — “replaced”".into()];
        b.text.push_str("\n\"quoted\" \\ tab\t 🚀");
        let json = stored_json(&[a.clone(), b.clone()]);
        assert_eq!(parse_stored(&json).unwrap(), vec![a.clone(), b.clone()]);
        // what an earlier version wrote (serde) still reads
        let theirs = serde_json::to_string(&vec![a.clone(), b.clone()]).unwrap();
        assert_eq!(parse_stored(&theirs).unwrap(), vec![a, b]);
        assert_eq!(parse_stored("[]").unwrap(), vec![]);
        assert!(parse_stored(r#"[{"id":"x"}]"#)
            .unwrap_err()
            .contains("article 1 has no name"));
        assert!(parse_stored("{not json")
            .unwrap_err()
            .starts_with("your saved articles could not be read"));
    }

    #[test]
    fn the_built_corpus_keeps_its_place_and_copies_are_found_among_yours() {
        let first = [from_paste(&[], "Base article about Belgorod with 7 battalions.").unwrap()];
        let base = combine(&Corpus::default(), &first, extract_stored(&first));
        let mut base = base;
        base.articles[0].yours = false;
        let a = from_paste(&[], TEXT).unwrap();
        let b = from_paste(
            std::slice::from_ref(&a),
            &format!("Advertisement\n\n{TEXT}\n\nRead more"),
        )
        .unwrap();
        let v = [a, b];
        let c = combine(&base, &v, extract_stored(&v));
        assert_eq!(c.articles.len(), 3);
        assert!(!c.articles[0].yours && c.articles[1].yours && c.articles[2].yours);
        let dup = c
            .articles
            .iter()
            .filter(|e| e.article.duplicate_of.is_some())
            .count();
        assert_eq!(dup, 1, "two pastes of one story are one article");
    }
}

/// The extraction worker's protocol: what the page asks, what the worker answers,
/// both packed (`crate::pack`) and sent as bytes.
pub mod protocol {
    use crate::pack::{Reader, Writer};

    #[derive(Debug, Clone, PartialEq)]
    pub enum Request {
        /// Decode a file's bytes (sent beside the request).
        Decode { name: String },
        /// Extract these articles.
        Extract { items: Vec<super::Stored> },
    }

    #[derive(Debug, Clone, PartialEq)]
    pub enum Response {
        Decoded(Result<(String, Vec<String>), String>),
        Extracted(Vec<tally_extract::Article>),
        /// The request could not be read.
        Failed(String),
    }

    /// What the worker says once it listens (before that, messages would be lost).
    pub const READY: &str = "ready";

    impl Request {
        pub fn to_bytes(&self) -> Vec<u8> {
            let mut w = Writer::new();
            match self {
                Request::Decode { name } => {
                    w.u(0);
                    w.s(name);
                }
                Request::Extract { items } => {
                    w.u(1);
                    w.u(items.len() as u64);
                    for s in items {
                        w.s(&s.id);
                        w.s(&s.name);
                        w.s(&s.text);
                        w.strs(&s.warnings);
                    }
                }
            }
            w.finish()
        }

        pub fn from_bytes(b: &[u8]) -> Result<Request, String> {
            let mut r = Reader::new(b, "a request to the extraction worker");
            Ok(match r.u()? {
                0 => Request::Decode { name: r.s()? },
                1 => {
                    let n = r.len()?;
                    let items = (0..n)
                        .map(|_| {
                            Ok(super::Stored {
                                id: r.s()?,
                                name: r.s()?,
                                text: r.s()?,
                                warnings: r.strs()?,
                            })
                        })
                        .collect::<Result<_, String>>()?;
                    Request::Extract { items }
                }
                _ => return Err("a request to the extraction worker is of no known kind".into()),
            })
        }
    }

    impl Response {
        pub fn to_bytes(&self) -> Vec<u8> {
            let mut w = Writer::new();
            match self {
                Response::Decoded(Ok((text, warnings))) => {
                    w.u(0);
                    w.s(text);
                    w.strs(warnings);
                }
                Response::Decoded(Err(e)) => {
                    w.u(1);
                    w.s(e);
                }
                Response::Extracted(a) => {
                    w.u(2);
                    w.articles(a);
                }
                Response::Failed(e) => {
                    w.u(3);
                    w.s(e);
                }
            }
            w.finish()
        }

        pub fn from_bytes(b: &[u8]) -> Result<Response, String> {
            let mut r = Reader::new(b, "the extraction worker's answer");
            Ok(match r.u()? {
                0 => Response::Decoded(Ok((r.s()?, r.strs()?))),
                1 => Response::Decoded(Err(r.s()?)),
                2 => Response::Extracted(r.articles()?),
                3 => Response::Failed(r.s()?),
                _ => return Err("the extraction worker's answer is of no known kind".into()),
            })
        }
    }

    /// The worker's answer to one request (`request`, packed; `bytes`: a file's).
    /// Pure: the worker only moves bytes.
    pub fn answer(request: &[u8], bytes: &[u8]) -> Response {
        match Request::from_bytes(request) {
            Ok(Request::Decode { name }) => Response::Decoded(super::decode_file(&name, bytes)),
            Ok(Request::Extract { items }) => Response::Extracted(super::extract_stored(&items)),
            Err(e) => Response::Failed(format!(
                "the extraction worker could not read a request: {e}"
            )),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_worker_answers_each_request() {
            let r = Request::Decode {
                name: "a.txt".into(),
            }
            .to_bytes();
            assert_eq!(
                answer(&r, b"Five drones hit Sudzha."),
                Response::Decoded(Ok(("Five drones hit Sudzha.".into(), vec![])))
            );
            assert!(
                matches!(answer(&r, b""), Response::Decoded(Err(e)) if e.starts_with("a.txt: "))
            );
            let s =
                super::super::from_paste(&[], "Kursk formed 4 battalions with 1,200 volunteers.")
                    .unwrap();
            let req = Request::Extract { items: vec![s] };
            assert_eq!(Request::from_bytes(&req.to_bytes()), Ok(req.clone()));
            let resp = answer(&req.to_bytes(), &[]);
            match &resp {
                Response::Extracted(a) => assert_eq!(a[0].id, "yours-1"),
                other => panic!("{other:?}"),
            }
            assert_eq!(Response::from_bytes(&resp.to_bytes()), Ok(resp));
            assert!(matches!(answer(&[9], &[]), Response::Failed(_)));
            assert!(matches!(answer(&[], &[]), Response::Failed(_)));
            for r in [
                Response::Decoded(Err("x.bin: not text".into())),
                Response::Failed("why".into()),
            ] {
                assert_eq!(Response::from_bytes(&r.to_bytes()), Ok(r));
            }
        }
    }
}
