//! One article never stops the others: where a stage fails on an article's text (a bug:
//! a panic, such as a slice cut inside a character), the article is kept with its text,
//! no metadata and no figures, and a warning that says so, and the corpus goes on.
//! (Natively; the web build aborts on a panic and shows it on the page.)

use std::panic::{catch_unwind, UnwindSafe};

use crate::clean::Block;
use crate::model::Article;

/// How the warning of an article whose extraction failed begins (tests and fuzzers
/// look for it: a failure kept as a warning is still a bug).
pub const EXTRACTION_FAILED: &str = "the extractor failed on this article";

/// `run()`, or the article `id` with the failure as its warning.
pub(crate) fn guarded(
    id: &str,
    run: impl FnOnce() -> (Article, Vec<Block>) + UnwindSafe,
) -> (Article, Vec<Block>) {
    catch_unwind(run).unwrap_or_else(|e| {
        let why = e
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string());
        (failed(id, &why), Vec::new())
    })
}

/// The article kept when its extraction failed.
fn failed(id: &str, why: &str) -> Article {
    Article {
        id: id.to_string(),
        title: None,
        date: None,
        source: None,
        url: None,
        regions: Vec::new(),
        duplicate_of: None,
        figures: Vec::new(),
        furniture: Vec::new(),
        metadata_spans: Vec::new(),
        warnings: vec![format!(
            "{EXTRACTION_FAILED} ({why}); it is kept with its text but without metadata \
             or figures: please report it"
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiet<T>(f: impl FnOnce() -> T) -> T {
        // (the default hook would print the expected panics into the test output)
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let r = f();
        std::panic::set_hook(hook);
        r
    }

    #[test]
    fn a_failing_article_is_kept_with_a_warning() {
        let (a, blocks) =
            quiet(|| guarded("n07_bad", || panic!("byte index 40 is not a char boundary")));
        assert_eq!(a.id, "n07_bad");
        assert!(a.figures.is_empty() && a.title.is_none() && blocks.is_empty());
        assert_eq!(a.warnings.len(), 1);
        assert!(a.warnings[0].starts_with(EXTRACTION_FAILED));
        assert!(
            a.warnings[0].contains("byte index 40 is not a char boundary"),
            "{:?}",
            a.warnings
        );
        assert!(a.warnings[0].contains("please report it"));
    }

    #[test]
    fn a_formatted_panic_message_is_kept_too() {
        let n = 3;
        let (a, _) = quiet(|| guarded("x", move || panic!("stage {n} failed")));
        assert!(a.warnings[0].contains("stage 3 failed"));
    }

    #[test]
    fn a_working_article_passes_through_unchanged() {
        let text = "Belgorod forms eight battalions\n\nThe Belgorod region has formed eight territorial defence battalions, the governor said.\n";
        let (a, blocks) = guarded("ok", || crate::extract_with_blocks("ok", text));
        let b = crate::extract_article("ok", text);
        assert_eq!(a.figures.len(), b.figures.len());
        assert_eq!(a.figures.len(), 1);
        assert!(a.warnings.is_empty() && !blocks.is_empty());
    }
}
