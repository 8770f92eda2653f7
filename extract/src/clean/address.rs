//! A web address written without its scheme, as scrapes often print the page's own
//! address above the story: `belregion.example/press/news/2023-06-15-payments`,
//! `www.kommersant.ru/doc/5812345`.

/// Whether the token `t` (no spaces) is a host name with a dot and a top-level domain
/// of letters, then `/` and a path: `site.example/news/1`. Not "and/or", "24/7",
/// "km/h", "e.g./i.e." or "1.5/2" (no host of letters), and not a bare host ("site.ru":
/// a name as often as an address).
pub fn bare_address(t: &str) -> bool {
    let t = t.strip_prefix("www.").unwrap_or(t);
    let Some((host, path)) = t.split_once('/') else {
        return false;
    };
    if path.is_empty() || path.starts_with('/') {
        return false;
    }
    let Some((name, tld)) = host.rsplit_once('.') else {
        return false;
    };
    let label = |l: &str| {
        !l.is_empty()
            && !l.starts_with('-')
            && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
    };
    (2..=24).contains(&tld.len())
        && tld.bytes().all(|c| c.is_ascii_alphabetic())
        && name.split('.').all(label)
        && name.bytes().any(|c| c.is_ascii_alphabetic())
}

/// A line that is one address without its scheme ("www.site.ru/doc/1",
/// "<site.example/news/1>"): the address, without the marks around it and the full
/// stop after it; never a social network's.
pub fn address_line(s: &str) -> Option<&str> {
    let t = s.trim().trim_end_matches(['.', ',', ';']);
    let t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '*'));
    let one = !t.contains(char::is_whitespace) && super::social(t).is_none();
    (one && (t.starts_with("www.") && t.len() > 8 || bare_address(t))).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::bare_address;

    #[test]
    fn addresses_without_a_scheme() {
        for t in [
            "belregion.example/press/news/2023-06-15-payments",
            "www.kommersant.ru/doc/5812345",
            "kursk-izvestia.ru/news/2024/04/11/tro",
            "news.bryansk.gov.ru/index.php?id=77",
            "tass.com/politics/1659431",
        ] {
            assert!(bare_address(t), "{t}");
        }
    }

    #[test]
    fn a_line_of_one_address() {
        use super::address_line;
        assert_eq!(
            address_line("  <www.rylsk-vesti.example/news/1>."),
            Some("www.rylsk-vesti.example/news/1")
        );
        assert_eq!(
            address_line("**frontmap.example/kursk**"),
            Some("frontmap.example/kursk")
        );
        assert_eq!(address_line("www.kommersant.ru"), Some("www.kommersant.ru"));
        assert_eq!(address_line("t.me/s/official_channel"), None);
        assert_eq!(address_line("see site.example/news/1 for more"), None);
        assert_eq!(address_line("Source: press service"), None);
        assert_eq!(address_line("and/or"), None);
    }

    #[test]
    fn slashes_that_are_not_addresses() {
        for t in [
            "and/or",
            "24/7",
            "km/h",
            "e.g./i.e.",
            "1.5/2",
            "2022/23",
            "site.ru",
            "site.ru/",
            "Mr./Mrs.",
            "12.06/14.06",
            "a.b.c/",
            "-bad.ru/x",
            "http//x",
        ] {
            assert!(!bare_address(t), "{t}");
        }
    }
}
