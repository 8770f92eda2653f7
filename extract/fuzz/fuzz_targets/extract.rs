//! libFuzzer target: arbitrary bytes, read as each article format, through the
//! whole extraction; every figure's span must be true. See README.md, "Fuzzing".
#![no_main]

use libfuzzer_sys::fuzz_target;
use tally_extract::{extract_corpus, formats, EXTRACTION_FAILED};

fuzz_target!(|data: &[u8]| {
    for ext in ["txt", "html"] {
        let Ok((text, _warnings)) = formats::to_text(ext, data) else {
            continue;
        };
        let docs = vec![
            ("a".to_string(), text.clone()),
            ("b".to_string(), String::from_utf8_lossy(data).into_owned()),
        ];
        let articles = extract_corpus(&docs);
        for (a, (_, t)) in articles.iter().zip(&docs) {
            // (a stage that panicked is kept as a warning: still a bug)
            assert!(
                !a.warnings.iter().any(|w| w.starts_with(EXTRACTION_FAILED)),
                "{:?}",
                a.warnings
            );
            for f in &a.figures {
                assert!(
                    f.span.end <= t.len()
                        && t.is_char_boundary(f.span.start)
                        && t.is_char_boundary(f.span.end)
                );
                assert_eq!(&t[f.span.start..f.span.end], f.text);
                assert_eq!(&t[f.sentence_span.start..f.sentence_span.end], f.sentence);
                assert!(f.sentence_span.contains(f.span));
            }
            for s in &a.furniture {
                assert!(
                    s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end)
                );
            }
        }
    }
});
