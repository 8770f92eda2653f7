use super::*;
use crate::clean::blocks;

fn meta(text: &str) -> Meta {
    metadata(text, &blocks(text))
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

// ------------------------------------------------------------------ title

#[test]
fn title_from_markdown_heading() {
    let t = "\n\n# Belgorod Region Governor Announces Creation of Territorial Defense Units\n\nDecember 06, 2022\n\nGladkov said several battalions are being formed.\n";
    assert_eq!(
        meta(t).title,
        s("Belgorod Region Governor Announces Creation of Territorial Defense Units")
    );
}

#[test]
fn title_from_plain_headline_after_banner() {
    let t = "×\nEnjoying ad-free content?\nSince July 1, 2024, we have disabled all ads.\nSupport us\n\nBelgorod Forms Territorial Defense Units\n\nt.me/vvgladkov\n\nGladkov said several battalions are being formed.\n";
    assert_eq!(meta(t).title, s("Belgorod Forms Territorial Defense Units"));
}

#[test]
fn no_title_when_the_file_starts_with_body() {
    let t = "The Russian Ministry of Defense was forced to withdraw units, Bloomberg reported.\n\nWeapons for the Militia\n\nEach battalion received 40 rifles.\n";
    assert_eq!(meta(t).title, None);
}

#[test]
fn title_keeps_kremlin_suffix_but_drops_publisher_suffix() {
    let t = "UPDATE - Russia Arming Territorial Defense Units - Kremlin\n\nPeskov said the units are armed.\n";
    assert_eq!(
        meta(t).title,
        s("UPDATE - Russia Arming Territorial Defense Units - Kremlin")
    );
    let t2 = "Belgorod Forms Defense Units | The Moscow Times\n\nGladkov said several battalions are being formed.\n";
    let m = meta(t2);
    assert_eq!(m.title, s("Belgorod Forms Defense Units"));
    assert_eq!(m.source, s("The Moscow Times"));
}

#[test]
fn title_strips_bold_markdown() {
    let t = "# **Kursk Militia Gets 300 Rifles**\n\nStarovoit said the first batch arrived.\n";
    assert_eq!(meta(t).title, s("Kursk Militia Gets 300 Rifles"));
}

// ------------------------------------------------------------------ date

#[test]
fn date_from_bare_date_line() {
    let t = "# Title of the Article Here\n\nDecember 06, 2022\n\nGladkov said on Tuesday that units are being formed.\n";
    assert_eq!(meta(t).date, s("2022-12-06"));
}

#[test]
fn date_from_byline_with_a_stamp() {
    let t = "Kharkiv Oblast Evacuates Border Villages\n\nby Olena Petrenko  March 3, 2024 9:15 AM  3 min read\n\nThe governor said 12 villages were shelled.\n";
    assert_eq!(meta(t).date, s("2024-03-03"));
}

#[test]
fn date_from_published_byline() {
    let t = "Russia Arms Units In Border Areas\n\nFahad Shabbir (@FahadShabbir) Published August 02, 2023 | 06:40 PM\n\nRussia is handing out weapons, Peskov said.\n";
    assert_eq!(meta(t).date, s("2023-08-02"));
}

#[test]
fn date_and_source_from_urdupoint_dateline() {
    let t = "Russia Arms Units In Border Areas\n\nMOSCOW (UrduPoint News / Sputnik - 02nd August, 2023) Russia is handing out weapons to its territorial defense forces.\n";
    let m = meta(t);
    assert_eq!(m.date, s("2023-08-02"));
    assert_eq!(m.source, s("UrduPoint News / Sputnik"));
}

#[test]
fn tass_dateline_takes_year_from_url() {
    let t = "KURSK, August 9. /TASS/. The Kursk Region militia will have 300 firearms, the governor said.\n\nhttps://tass.com/politics/2023/08/09/militia\n";
    let m = meta(t);
    assert_eq!(m.source, s("TASS"));
    assert_eq!(m.date, s("2023-08-09"));
}

#[test]
fn tass_dateline_without_year_gives_no_date() {
    let t = "KURSK, August 9. /TASS/. The Kursk Region militia will have 300 firearms, the governor said.\n";
    let m = meta(t);
    assert_eq!(m.source, s("TASS"));
    assert_eq!(m.date, None);
}

#[test]
fn reuters_and_ap_datelines_credit_the_agency() {
    let r = "MOSCOW, Dec 6, 2022 (Reuters) - The governor of Russia's Belgorod region said 2,000 people joined.\n";
    let m = meta(r);
    assert_eq!(m.source, s("Reuters"));
    assert_eq!(m.date, s("2022-12-06"));
    let ap = "KYIV, Ukraine (AP) — Ukrainian forces said they destroyed 12 tanks near Kharkiv.\n";
    assert_eq!(meta(ap).source, s("Associated Press"));
    assert_eq!(meta(ap).date, None);
}

#[test]
fn date_from_url_path() {
    let t = "Gladkov said several battalions are being formed.\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2022/12/06/belgorod-a79616>\n";
    assert_eq!(meta(t).date, s("2022-12-06"));
}

#[test]
fn teaser_list_from_the_districts_is_furniture() {
    let t = "Gladkov said 16 people were killed.\n\nMore news from the districts:\n- Kurchatov: 120 new places in kindergartens\n- Sudzha: gas supply restored to 2,300 subscribers\n";
    let b = blocks(t);
    assert!(
        b.iter()
            .any(|b| t[b.span.start..b.span.end].contains("120 new places")
                && b.kind != crate::clean::BlockKind::Body),
        "{b:?}"
    );
    // prose that says where more news came from stays body
    let t = "Gladkov said 16 people were killed.\n\nMore news from the districts came in the evening, when 12 more were hurt.\n";
    assert!(blocks(t)
        .iter()
        .all(|b| b.kind == crate::clean::BlockKind::Body));
}

#[test]
fn banner_date_is_not_the_publication_date() {
    let t = "Enjoying ad-free content?\nSince July 1, 2024, we have disabled all ads to improve your reading experience.\nThis commitment costs us $10,000 a month.\n\nBelgorod Forms Units\n\nGladkov said several battalions are being formed.\n";
    assert_eq!(meta(t).date, None);
}

#[test]
fn body_prose_date_is_not_the_publication_date() {
    let t = "The Kursk Region started forming territorial defense units in December 2022, with 3,000 people, on December 12, 2022.\n";
    assert_eq!(meta(t).date, None);
}

#[test]
fn teaser_date_is_not_the_publication_date() {
    let t = "Gladkov said 16 people were killed.\n\nOther Topics of Interest\n\nDrone Strike Kills Three Near Sudzha\n\nMarch 3, 2024: Three died when a drone struck Sudzha, the governor said.\n";
    let b = blocks(t);
    assert!(b.iter().any(|b| b.reason == "related-article teaser"));
    assert_eq!(meta(t).date, None);
}

// ------------------------------------------------------------------ source

#[test]
fn source_from_url_hosts() {
    for (url, name) in [
        (
            "https://www.themoscowtimes.com/2022/12/06/x-a1",
            "The Moscow Times",
        ),
        ("https://tass.com/politics/1657571", "TASS"),
        (
            "https://kyivindependent.com/belgorod-militia/",
            "The Kyiv Independent",
        ),
        ("https://www.bbc.co.uk/news/world-europe-1", "BBC"),
        (
            "https://www.pravda.com.ua/eng/news/2023/05/22/1/",
            "Ukrainska Pravda",
        ),
        (
            "https://www.rferl.org/a/russia-belgorod/1.html",
            "Radio Free Europe/Radio Liberty",
        ),
        (
            "https://en.interfax.com.ua/news/general/1.html",
            "Interfax-Ukraine",
        ),
    ] {
        let t = format!("Gladkov said 300 people joined.\n\nOriginal url: {url}\n");
        let m = meta(&t);
        assert_eq!(m.url.as_deref(), Some(url));
        assert_eq!(m.source.as_deref(), Some(name), "{url}");
    }
}

#[test]
fn source_from_banner_message() {
    let t = "Gladkov said 300 people joined.\n\nA Message from The Moscow Times:\n\nDear readers,\n\nPlease support us monthly starting from just $2.\n\nRemind me later.\n";
    assert_eq!(meta(t).source, s("The Moscow Times"));
}

#[test]
fn cited_outlets_in_prose_are_not_the_source() {
    let t = "The ministry withdrew units to protect Belgorod, Bloomberg reported.\n\nOne Belgorod resident told the BBC in October that it was getting scary.\n";
    assert_eq!(meta(t).source, None);
}

#[test]
fn source_line_and_masthead() {
    let t = "Source: TASS\n\nThe Kursk Region militia will have 300 firearms.\n";
    assert_eq!(meta(t).source, s("TASS"));
    let t2 = "Meduza\n\nBelgorod Forms Units\n\nGladkov said 300 people joined.\n";
    assert_eq!(meta(t2).source, s("Meduza"));
}

#[test]
fn host_wins_over_a_foreign_dateline_credit() {
    let t = "KURSK, August 9. /TASS/. The militia will have 300 firearms.\n\nOriginal url: https://www.urdupoint.com/en/world/kursk-militia-1.html\n";
    assert_eq!(meta(t).source, s("UrduPoint News"));
    let t2 = "MOSCOW (UrduPoint News / Sputnik - 02nd August, 2023) Russia is arming units.\n\nOriginal url: https://www.urdupoint.com/en/world/russia-arming-1.html\n";
    assert_eq!(meta(t2).source, s("UrduPoint News / Sputnik"));
}

// ------------------------------------------------------------------ url

#[test]
fn url_from_label_and_next_line_not_from_teaser_or_handle() {
    let t = "[t.me/vvgladkov](https://t.me/vvgladkov)\n\nGladkov said several battalions are being formed.\n\n**Related article:** [Blasts Kill Three in Russia's Belgorod Region](#)\n\nMore text here.\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2022/12/06/belgorod-a79616>\n";
    assert_eq!(
        meta(t).url,
        s("https://www.themoscowtimes.com/2022/12/06/belgorod-a79616")
    );
}

#[test]
fn no_url_from_telegram_handle_alone() {
    let t = "t.me/vvgladkov\n\nGladkov said several battalions are being formed.\n\n[t.me/vvgladkov](https://t.me/vvgladkov)\n";
    let m = meta(t);
    assert_eq!(m.url, None);
    assert_eq!(m.source, None);
}

#[test]
fn url_from_bare_line() {
    let t = "Gladkov said several battalions are being formed.\n\nhttps://www.reuters.com/world/europe/belgorod-2023-06-01/\n";
    let m = meta(t);
    assert_eq!(
        m.url,
        s("https://www.reuters.com/world/europe/belgorod-2023-06-01/")
    );
    assert_eq!(m.source, s("Reuters"));
}

// ------------------------------------------------------------------ front matter

const FM: &str = "---\ntitle: Kursk Militia Gets Rifles\ndate: 2023-08-09\nsource: Kommersant\nurl: https://www.kommersant.ru/doc/1\nregions: [Kursk, Belgorod]\n---\n\n# Another Headline Here\n\nDecember 06, 2022\n\nStarovoit said 300 firearms.\n";

#[test]
fn front_matter_overrides_everything() {
    let m = meta(FM);
    assert_eq!(m.title, s("Kursk Militia Gets Rifles"));
    assert_eq!(m.date, s("2023-08-09"));
    assert_eq!(m.source, s("Kommersant"));
    assert_eq!(m.url, s("https://www.kommersant.ru/doc/1"));
    assert_eq!(
        m.regions,
        Some(vec!["Kursk".to_string(), "Belgorod".to_string()])
    );
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

#[test]
fn front_matter_region_forms() {
    for fm in [
        "---\nregions: Belgorod, Kursk\n---\nText.\n",
        "---\nregions: [\"Belgorod\", 'Kursk']\n---\nText.\n",
        "---\nregions:\n  - Belgorod\n  - Kursk\n---\nText.\n",
    ] {
        assert_eq!(
            meta(fm).regions,
            Some(vec!["Belgorod".to_string(), "Kursk".to_string()]),
            "{fm}"
        );
    }
}

#[test]
fn front_matter_month_only_date() {
    let m = meta("---\ndate: 2024-03\n---\n\nKURSK, March 9, 2024 (Reuters) - Text.\n");
    assert_eq!(m.date, s("2024-03"));
}

#[test]
fn front_matter_bad_date_warns_and_falls_back() {
    let t = "---\ntitle: Kursk Militia\ndate: 2024-13-45\n---\n\nDecember 06, 2022\n\nText of 300 rifles.\n";
    let m = meta(t);
    assert_eq!(m.title, s("Kursk Militia"));
    assert_eq!(m.date, s("2022-12-06"));
    assert_eq!(m.warnings.len(), 1);
    assert!(
        m.warnings[0].contains("line 3") && m.warnings[0].contains("2024-13-45"),
        "{:?}",
        m.warnings
    );
}

#[test]
fn front_matter_leap_days() {
    assert_eq!(
        meta("---\ndate: 2024-02-29\n---\nText.\n").date,
        s("2024-02-29")
    );
    let m = meta("---\ndate: 2023-02-29\n---\nText.\n");
    assert_eq!(m.date, None);
    assert!(m.warnings[0].contains("2023-02-29"));
}

#[test]
fn front_matter_unclosed_warns_and_is_used() {
    let t = "---\ntitle: Kursk Militia\ndate: 2024-03-05\n\nKursk Militia Gets Rifles\n\nText of 300 rifles.\n";
    let m = meta(t);
    assert_eq!(m.title, s("Kursk Militia"));
    assert_eq!(m.date, s("2024-03-05"));
    assert!(
        m.warnings
            .iter()
            .any(|w| w.contains("no closing") && w.contains("line 1")),
        "{:?}",
        m.warnings
    );
}

#[test]
fn front_matter_unknown_key_and_bad_line_warn() {
    let t = "---\nauthor: John Smith\ntitle: Kursk Militia\nthis line is junk\n---\nText.\n";
    let m = meta(t);
    assert_eq!(m.title, s("Kursk Militia"));
    assert!(
        m.warnings
            .iter()
            .any(|w| w.contains("line 2") && w.contains("author")),
        "{:?}",
        m.warnings
    );
    assert!(
        m.warnings
            .iter()
            .any(|w| w.contains("line 4") && w.contains("junk")),
        "{:?}",
        m.warnings
    );
}

#[test]
fn front_matter_unknown_region_warns() {
    let m = meta("---\nregions: Belgorod, Atlantis\n---\nText.\n");
    assert_eq!(m.regions, Some(vec!["Belgorod".to_string()]));
    assert!(m.warnings.iter().any(|w| w.contains("Atlantis")));
}

#[test]
fn front_matter_quoted_and_iso_datetime() {
    let m = meta(
        "---\ntitle: \"Kursk: Militia Gets Rifles\"\ndate: 2023-08-09T10:00:00+03:00\n---\nText.\n",
    );
    assert_eq!(m.title, s("Kursk: Militia Gets Rifles"));
    assert_eq!(m.date, s("2023-08-09"));
}

#[test]
fn front_matter_source_beats_url_host() {
    let m =
        meta("---\nsource: Reuters via Yahoo\nurl: https://www.themoscowtimes.com/a\n---\nText.\n");
    assert_eq!(m.source, s("Reuters via Yahoo"));
}

#[test]
fn front_matter_date_in_words() {
    assert_eq!(
        meta("---\ndate: December 6, 2022\n---\nText.\n").date,
        s("2022-12-06")
    );
}

#[test]
fn teaser_box_date_does_not_date_the_article() {
    let t = "Kursk Governor Roman Starovoit says about 1,200 residents have joined.\n\nMore on this story\nRussia's border regions brace for more attacks\nPublished 6 March 2024\n";
    assert_eq!(meta(t).date, None);
}

#[test]
fn masthead_with_place_names_the_source() {
    let t = "Kursk Militia Grows\n\nBy Sarah Rainsford\nBBC News, Moscow\n\nAbout 1,200 residents have joined.\n";
    assert_eq!(meta(t).source, s("BBC"));
}

#[test]
fn title_drops_a_trailing_date_and_date_line_with_reading_time() {
    let t = "Belgorod region forms territorial defense | 2023-06-01\n\nJune 1, 2023 5:52 PM 2 min read\n\nThe region will form three battalions.\n";
    let m = meta(t);
    assert_eq!(m.title, s("Belgorod region forms territorial defense"));
    assert_eq!(m.date, s("2023-06-01"));
}

#[test]
fn an_infobox_count_dated_in_brackets_does_not_date_the_page() {
    let t = "BARS-Belgorod\nFrom Wikipedia, the free encyclopedia\n\nActive: 2022-present\nSize: c. 3,500 (March 2024)[1]\nGarrison/HQ: Belgorod\n\nBARS-Belgorod is a volunteer formation of the Belgorod region that guards the border.\n";
    assert_eq!(meta(t).date, None);
    let t = "Volunteer units\n\nStrength: 1,200 (as of May 2024)\n\nThe regional government formed the units to guard the border with Ukraine's Sumy region.\n";
    assert_eq!(meta(t).date, None);
    // trap: a date line with its own label still dates the page
    let t = "Volunteer units\n\nPublished: 12 May 2024\n\nThe regional government formed the units to guard the border with Ukraine's Sumy region.\n";
    assert_eq!(meta(t).date, s("2024-05-12"));
}
