use super::*;
use BlockKind::*;

/// Kind and reason of the block that contains `needle`.
fn kind_of(text: &str, needle: &str) -> (BlockKind, &'static str) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let b = blocks(text)
        .into_iter()
        .find(|b| b.span.start <= at && at < b.span.end)
        .unwrap_or_else(|| panic!("{needle:?} in no block"));
    (b.kind, b.reason)
}

fn kind(text: &str, needle: &str) -> BlockKind {
    kind_of(text, needle).0
}

const MT_TOP: &str = "×\nEnjoying ad-free content?\nSince July 1, 2024, we have disabled all ads to improve your reading experience.\nThis commitment costs us $10,000 a month. Your support can help us fill the gap.\nSupport us\nOur journalism is banned in Russia. We need your help to keep providing you with the truth.\n\nKursk Governor Orders Militia Units to Patrol Border Villages\n\nt.me/kurskgov\n\nKursk Governor Alexei Smirnov said on Monday that 12 volunteer detachments with 1,500 members will patrol border villages.\n";

#[test]
fn top_banner_with_money_and_date_is_one_furniture_region() {
    for needle in [
        "×",
        "Enjoying",
        "Since July 1, 2024",
        "$10,000 a month",
        "Support us",
        "Our journalism",
    ] {
        assert_eq!(
            kind_of(MT_TOP, needle),
            (Furniture, "donation banner"),
            "{needle}"
        );
    }
}

#[test]
fn banner_stops_at_the_headline() {
    assert_eq!(
        kind_of(MT_TOP, "Kursk Governor Orders"),
        (Heading, "headline")
    );
    assert_eq!(kind(MT_TOP, "Kursk Governor Alexei"), Body);
}

#[test]
fn social_handle_line_is_meta() {
    assert_eq!(kind_of(MT_TOP, "t.me/kurskgov"), (Meta, "social link"));
    let md = "[t.me/vvgladkov](https://t.me/vvgladkov)\n\nBody text of the article goes here, with a period.\n";
    assert_eq!(kind_of(md, "[t.me"), (Meta, "social link"));
    assert_eq!(
        kind_of("@FahadShabbir\n\nText.", "@Fahad"),
        (Meta, "social handle")
    );
}

const MT_BOTTOM: &str = "Gladkov said 2,000 residents had joined the units.\n\nA Message from The Moscow Times:\n\nDear readers,\n\nWe are facing unprecedented challenges. The Prosecutor General's Office has designated The Moscow Times as an \"undesirable\" organization, putting our staff at risk.\n\nYour support, no matter how small, makes a world of difference. Please support us monthly starting from just $2.\n\nOnce\nMonthly\nAnnual\nContinue\npaiment methods\nNot ready to support today?\nRemind me later.\n\nRead more\n";

#[test]
fn bottom_banner_runs_to_its_buttons() {
    for needle in [
        "A Message",
        "Dear readers",
        "unprecedented",
        "just $2",
        "Once",
        "Monthly",
        "Continue",
        "paiment",
        "Not ready",
        "Remind me later",
    ] {
        assert_eq!(
            kind_of(MT_BOTTOM, needle),
            (Furniture, "donation banner"),
            "{needle}"
        );
    }
    assert_eq!(
        kind_of(MT_BOTTOM, "Read more"),
        (Furniture, "read-more link")
    );
    assert_eq!(kind(MT_BOTTOM, "Gladkov said 2,000"), Body);
}

#[test]
fn euro_banner_with_amount_buttons_then_body() {
    let t = "Support independent journalism\nSince January 1, 2025, readers fund 80% of our newsroom.\n€5\n€10\nOther amount\nDonate now\n\nThe Belgorod region has formed a third battalion of 600 volunteers, officials said.\n";
    for needle in [
        "Support independent",
        "80% of our newsroom",
        "€5",
        "€10",
        "Other amount",
        "Donate now",
    ] {
        assert_eq!(kind(t, needle), Furniture, "{needle}");
    }
    assert_eq!(kind(t, "The Belgorod region"), Body);
}

#[test]
fn metered_paywall_is_a_subscription_banner() {
    let t = "You've read 3 of 5 free articles this month.\nSubscribe for unlimited access.\n\nBody text about 300 fighters in Kursk, said the governor.\n";
    assert_eq!(
        kind_of(t, "You've read"),
        (Furniture, "subscription banner")
    );
    assert_eq!(
        kind_of(t, "Subscribe for"),
        (Furniture, "subscription banner")
    );
    assert_eq!(kind(t, "Body text"), Body);
}

#[test]
fn markdown_heading_and_sub_heading() {
    let t = "# Belgorod Militia Gets Rifles\n\nThe militia received 500 rifles on Tuesday, the governor said.\n\n## What comes next\n\nMore deliveries are planned for the autumn, he added.\n";
    assert_eq!(kind_of(t, "# Belgorod"), (Heading, "headline"));
    assert_eq!(kind_of(t, "## What"), (Heading, "sub-heading"));
    assert_eq!(kind(t, "More deliveries"), Body);
}

#[test]
fn long_first_paragraph_with_period_is_body() {
    let t = "In the Belgorod region, which sits along the border with Ukraine, there are plans to bolster territorial defense.\nThe regional leadership said seven battalions are ready.\n";
    assert_eq!(kind(t, "In the Belgorod"), Body);
    assert!(blocks(t).iter().all(|b| b.kind == Body));
}

#[test]
fn truncated_long_lines_stay_body() {
    let t = "In the Belgorod region, which sits along the border with Ukraine, there are plans to bolster territorial defense with new armament coming into the area, and the legwork to secure weapons has\nThe regional leadership indicated that preparations were underway to assemble a second district defense unit intended to reach\n";
    let b = blocks(t);
    assert_eq!(b.len(), 2);
    assert!(b.iter().all(|b| b.kind == Body));
}

const URDU: &str = "UPDATE - Russia Arming Territorial Defense Units In Border Areas Due To Ukraine's Attacks - Kremlin\n\nFahad Shabbir (@FahadShabbir) Published August 02, 2023 | 06:40 PM\n\nMOSCOW (UrduPoint News / Sputnik - 02nd August, 2023) Russia is handing out weapons to its territorial defense forces, Kremlin spokesman Dmitry Peskov said.\n";

#[test]
fn urdupoint_headline_byline_and_dateline_in_body() {
    assert_eq!(kind_of(URDU, "UPDATE"), (Heading, "headline"));
    assert_eq!(kind_of(URDU, "Fahad"), (Meta, "publication line"));
    assert_eq!(kind(URDU, "MOSCOW (UrduPoint"), Body);
}

#[test]
fn bare_date_lines_are_meta() {
    for line in [
        "December 06, 2022",
        "Tue, Dec 6, 2022 | 18:40 MSK",
        "06.12.2022 14:05",
        "Updated: 2 August 2023, 18:40",
    ] {
        let t = format!("{line}\n\nThe governor said 300 fighters had signed up.\n");
        assert_eq!(kind_of(&t, line), (Meta, "date line"), "{line}");
    }
}

#[test]
fn published_line_is_meta() {
    let t = "Published August 02, 2023 | 06:40 PM\n\nSome 2,092 people serve in the battalions.\n";
    let (k, r) = kind_of(t, "Published");
    assert_eq!(k, Meta);
    assert!(r == "publication line" || r == "date line", "{r}");
}

#[test]
fn bylines_are_meta_but_by_phrases_in_prose_are_not() {
    let t = "By John Smith\n\nBy Guy Faulconbridge and Andrew Osborn\n\nBy late August, 3,000 residents had joined the militia.\n";
    assert_eq!(kind_of(t, "By John"), (Meta, "byline"));
    assert_eq!(kind_of(t, "By Guy"), (Meta, "byline"));
    assert_eq!(kind(t, "By late August"), Body);
}

#[test]
fn reuters_credits_at_the_end_are_meta() {
    let t = "Ukraine said it had destroyed 50 tanks.\n\nReporting by Pavel Polityuk; Editing by Mark Trevelyan\n";
    assert_eq!(kind_of(t, "Reporting by"), (Meta, "credits"));
}

#[test]
fn original_url_label_and_bare_url_are_meta() {
    let t = "Text of 16 people killed.\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2022/12/06/belgorod-a79616>\n";
    assert_eq!(kind_of(t, "Original url"), (Meta, "url label"));
    assert_eq!(kind_of(t, "<https"), (Meta, "url"));
    assert_eq!(
        kind_of("https://tass.com/politics/1657571\n\nText.\n", "https"),
        (Meta, "url")
    );
}

#[test]
fn captions_and_credits_are_meta() {
    let t = "Photo: Belgorod regional government press service\n\nResidents of Shebekino queue for evacuation buses. (Reuters)\n\nUkrainian servicemen near Kharkiv. Sergei Bobok / AFP via Getty Images\n\nOfficials said 1,200 people were evacuated from Shebekino.\n";
    assert_eq!(kind_of(t, "Photo:"), (Meta, "photo caption"));
    assert_eq!(
        kind_of(t, "Residents of Shebekino"),
        (Meta, "photo caption")
    );
    assert_eq!(kind_of(t, "Ukrainian servicemen"), (Meta, "photo caption"));
    assert_eq!(kind(t, "Officials said"), Body);
}

#[test]
fn related_article_link_line_is_furniture_and_next_paragraph_body() {
    let t = "Gladkov said several battalions are being formed.\n\n**Related article:** [Blasts Kill Three in Russia's Belgorod Region](#)\n\nThe creation of self-defense units reflects how the border region has been dragged into the war.\n";
    assert_eq!(kind_of(t, "**Related"), (Furniture, "related-article link"));
    assert_eq!(kind(t, "The creation"), Body);
    let t2 = "Body sentence one here.\n\nRead also: Drone attack kills 5 in Kursk region\n\nBody sentence two.\n";
    assert_eq!(
        kind_of(t2, "Read also"),
        (Furniture, "related-article link")
    );
}

const TEASER_BOX: &str = "Shoigu said more than 50 tanks were destroyed during the clashes near Belgorod.\n\nUkrainian Drone Strike Kills 3 on Bus Near Sudzha\nOther Topics of Interest\n\nUkrainian Drone Strike Kills 3 on Bus Near Sudzha\n\nThree civilians died when a drone struck a bus near Sudzha, Governor Starovoit wrote on Telegram.\n\nThe attacks on Belgorod are forcing Russia to withdraw combat units from the front line, a person close to the Kremlin said.\n";

#[test]
fn teaser_box_with_casualty_count_is_furniture() {
    assert_eq!(
        kind_of(TEASER_BOX, "Other Topics"),
        (Furniture, "related-article teaser")
    );
    let first = TEASER_BOX.find("Ukrainian Drone").unwrap();
    let second = TEASER_BOX[first + 1..].find("Ukrainian Drone").unwrap() + first + 1;
    let b = blocks(TEASER_BOX);
    for at in [first, second] {
        let blk = b.iter().find(|b| b.span.start == at).unwrap();
        assert_eq!(
            (blk.kind, blk.reason),
            (Furniture, "related-article teaser")
        );
    }
    assert_eq!(
        kind_of(TEASER_BOX, "Three civilians died"),
        (Furniture, "related-article teaser")
    );
    assert_eq!(kind(TEASER_BOX, "The attacks on Belgorod"), Body);
    assert_eq!(kind(TEASER_BOX, "Shoigu said"), Body);
}

#[test]
fn repeated_teaser_headline_without_header() {
    let t = "Gladkov said 16 people were killed and about 100 injured.\n\nKremlin Doubts Washington Will Change Course on Kyiv Aid\n\nKremlin Doubts Washington Will Change Course on Kyiv Aid\n\nPeskov said he doubted Washington would change its course on aid to Kyiv.\n\nMeanwhile, most people in Belgorod continue to support Putin, a resident said.\n";
    assert_eq!(
        kind_of(t, "Kremlin Doubts"),
        (Furniture, "related-article teaser")
    );
    assert_eq!(
        kind_of(t, "Peskov said"),
        (Furniture, "related-article teaser")
    );
    assert_eq!(kind(t, "Meanwhile"), Body);
}

#[test]
fn paragraph_after_teaser_without_its_words_stays_body() {
    let t = "Gladkov said 16 people were killed in Belgorod.\n\nRelated\n\nKremlin Doubts Washington Will Change Course on Kyiv Aid\n\nUkraine claims the attacks inside Russia are carried out by Russian volunteer battalions in Belgorod.\n";
    assert_eq!(
        kind_of(t, "Kremlin Doubts"),
        (Furniture, "related-article teaser")
    );
    assert_eq!(kind(t, "Ukraine claims"), Body);
}

#[test]
fn advertisement_and_correction_prompts() {
    let t = "The LSR published a recording.\n\nAdvertisement\n\nADVERTISEMENT\n\nStory continues below advertisement\n\nThe end of the article.\n\nTo suggest a correction or clarification, write to us here\nYou can also highlight the text and press Ctrl + Enter\n";
    assert_eq!(kind_of(t, "Advertisement"), (Furniture, "advertisement"));
    assert_eq!(kind_of(t, "ADVERTISEMENT"), (Furniture, "advertisement"));
    assert_eq!(kind_of(t, "Story continues"), (Furniture, "advertisement"));
    assert_eq!(kind_of(t, "To suggest"), (Furniture, "correction prompt"));
    assert_eq!(kind_of(t, "You can also"), (Furniture, "correction prompt"));
}

#[test]
fn cookie_notice_and_navigation() {
    let t = "We use cookies to improve your experience. By continuing to use this site you agree.\n\nHome > News > Russia\n\nNews | Russia | Ukraine | Opinion\n\nThe governor said 8 battalions were armed.\n";
    assert_eq!(kind_of(t, "We use"), (Furniture, "cookie notice"));
    assert_eq!(kind_of(t, "Home >"), (Furniture, "navigation"));
    assert_eq!(kind_of(t, "News |"), (Furniture, "navigation"));
    assert_eq!(kind(t, "The governor"), Body);
}

#[test]
fn lone_buttons_and_prompts() {
    let t = "Share\n\nSubscribe\n\nSupport us\n\n×\n\n5 min read\n\nThe governor said 8 battalions were armed.\n\nFollow us on Telegram\n";
    assert_eq!(kind_of(t, "Share"), (Furniture, "share buttons"));
    assert_eq!(kind_of(t, "Subscribe"), (Furniture, "subscription prompt"));
    assert_eq!(kind_of(t, "Support us"), (Furniture, "donation prompt"));
    assert_eq!(kind_of(t, "×"), (Furniture, "close button"));
    assert_eq!(kind_of(t, "5 min"), (Furniture, "reading time"));
    assert_eq!(kind_of(t, "Follow us"), (Furniture, "social prompt"));
}

#[test]
fn tags_and_short_footer_lines() {
    let t = "The governor said 8 battalions were armed.\n\nTags: Belgorod, Kursk, territorial defense\n\nUkraine war\n\nRussia Border Regions Militia News\n";
    assert_eq!(kind_of(t, "Tags:"), (Furniture, "tags"));
    assert_eq!(kind_of(t, "Ukraine war"), (Furniture, "page footer"));
    assert_eq!(kind_of(t, "Russia Border"), (Furniture, "page footer"));
}

#[test]
fn mid_body_title_line_is_a_sub_heading() {
    let t = "The governor said 8 battalions were armed.\n\nWeapons for the Militia\n\nEach battalion received 40 rifles and two pickup trucks.\n";
    assert_eq!(kind_of(t, "Weapons for"), (Heading, "sub-heading"));
    assert_eq!(kind(t, "Each battalion"), Body);
}

#[test]
fn tass_dateline_alone_is_meta_inside_body_is_body() {
    let t = "KURSK, August 9. /TASS/.\n\nThe Kursk Region has formed 3 militia units.\n\nKURSK, August 9. /TASS/. The Kursk Region militia now has 300 firearms, the governor said.\n";
    assert_eq!(kind_of(t, "KURSK, August 9. /TASS/.\n"), (Meta, "dateline"));
    assert_eq!(kind(t, "The Kursk Region militia"), Body);
}

#[test]
fn question_headline_is_heading_but_appeal_question_is_not() {
    let t = "Will Belgorod's Militia Get Heavy Weapons?\n\nThe governor said 8 battalions were armed.\n";
    assert_eq!(kind_of(t, "Will"), (Heading, "headline"));
    assert_eq!(kind_of(MT_TOP, "Enjoying"), (Furniture, "donation banner"));
}

#[test]
fn masthead_line_is_meta() {
    let t = "The Moscow Times\n\nBelgorod Forms Defense Units\n\nThe governor said 8 battalions were armed.\n";
    assert_eq!(kind_of(t, "The Moscow Times"), (Meta, "masthead"));
    assert_eq!(kind_of(t, "Belgorod Forms"), (Heading, "headline"));
}

#[test]
fn front_matter_is_one_meta_block() {
    let t = "---\ntitle: Kursk Militia\ndate: 2024-03\nregions: [Belgorod, Kursk]\n---\n\n# Kursk Militia\n\nSome 3,000 people serve.\n";
    let b = blocks(t);
    assert_eq!((b[0].kind, b[0].reason), (Meta, "front matter"));
    assert_eq!(
        &t[b[0].span.start..b[0].span.end],
        "---\ntitle: Kursk Militia\ndate: 2024-03\nregions: [Belgorod, Kursk]\n---"
    );
    assert_eq!(kind_of(t, "# Kursk"), (Heading, "headline"));
    assert_eq!(kind(t, "Some 3,000"), Body);
}

#[test]
fn unclosed_front_matter_covers_its_key_lines_only() {
    let t = "---\ntitle: Kursk Militia\ndate: 2024-03-05\n\nKursk Militia Gets Rifles\n\nSome 3,000 people serve.\n";
    let b = blocks(t);
    assert_eq!(
        &t[b[0].span.start..b[0].span.end],
        "---\ntitle: Kursk Militia\ndate: 2024-03-05"
    );
    assert_eq!(kind_of(t, "Kursk Militia Gets"), (Heading, "headline"));
}

#[test]
fn horizontal_rule_is_not_front_matter() {
    let t = "---\n\nThe governor said 8 battalions were armed.\n\n---\n";
    assert_eq!(kind_of(t, "---"), (Furniture, "separator"));
    assert_eq!(kind(t, "The governor"), Body);
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let t = "The Belgorod region has formed seven territorial defense battalions,\nwith about 3,000 people in their ranks, Governor Vyacheslav Gladkov\nsaid on Tuesday, adding that the units had received new uniforms and\nequipment from the regional budget over the past three months of work.\n\nThe Kursk region said it would arm its own units with 300 firearms and\nthat the first batch of weapons had already arrived at the base there.\n";
    let b = blocks(t);
    assert_eq!(b.len(), 2, "{b:?}");
    assert!(t[b[0].span.start..b[0].span.end].ends_with("months of work."));
    assert!(b.iter().all(|b| b.kind == Body));
}

#[test]
fn lower_case_continuation_joins_but_handles_do_not() {
    let t = "Belgorod Governor Vyacheslav Gladkov said on Tuesday that\nthe border region is forming self-defense units.\n\nBelgorod Governor Announces Units\nt.me/vvgladkov\n";
    let b = blocks(t);
    assert_eq!(b.len(), 3, "{b:?}");
    assert_eq!(b[0].kind, Body);
    assert_eq!(b[2].reason, "social link");
}

#[test]
fn crlf_and_curly_quotes_keep_exact_spans() {
    let t = "Belgorod Region Governor Announces Units\r\n\r\n“We are forming several battalions,” Gladkov said.\r\n";
    let b = blocks(t);
    assert_eq!(
        &t[b[0].span.start..b[0].span.end],
        "Belgorod Region Governor Announces Units"
    );
    assert_eq!(
        &t[b[1].span.start..b[1].span.end],
        "“We are forming several battalions,” Gladkov said."
    );
}

#[test]
fn every_non_blank_line_is_in_exactly_one_block() {
    for t in [MT_TOP, MT_BOTTOM, TEASER_BOX, URDU] {
        let b = blocks(t);
        assert!(b.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        let mut pos = 0;
        for line in t.split_inclusive('\n') {
            let tl = line.trim();
            if !tl.is_empty() {
                let at = pos + line.find(tl).unwrap();
                assert_eq!(
                    b.iter()
                        .filter(|b| b.span.start <= at && at < b.span.end)
                        .count(),
                    1,
                    "{tl}"
                );
            }
            pos += line.len();
        }
    }
}

#[test]
fn heading_text_strips_markdown() {
    assert_eq!(
        heading_text("# **Belgorod  Forms Units**"),
        "Belgorod Forms Units"
    );
    assert_eq!(
        heading_text("[Belgorod Forms Units](https://x.com/a)"),
        "Belgorod Forms Units"
    );
}

#[test]
fn sentence_case_line_without_period_inside_body_stays_body() {
    let t = "The governor said 8 battalions were armed.\n\nThree people were killed in the strike on Sudzha\n\nMore text follows here.\n";
    assert_eq!(kind(t, "Three people"), Body);
    let t2 = "The governor said 8 battalions were armed.\n\n“We will arm 300 more,” he said\n";
    assert_eq!(kind(t2, "“We will"), Body);
}

#[test]
fn sentence_case_headline_before_body() {
    let t = "Russia arms territorial defence units in border areas\n\nPeskov said the units are armed under Russian law.\n";
    assert_eq!(kind_of(t, "Russia arms"), (Heading, "headline"));
}

#[test]
fn markdown_related_list_after_header() {
    let t = "The governor said 8 battalions were armed.\n\n## Related articles\n\n- [Drone Strike Kills 3 Near Sudzha](https://example.com/a)\n- [Kursk Evacuates 1,200 Children](https://example.com/b)\n\nStarovoit said 300 firearms had arrived.\n";
    assert_eq!(
        kind_of(t, "## Related"),
        (Furniture, "related-article teaser")
    );
    assert_eq!(kind(t, "- [Drone"), Furniture);
    assert_eq!(kind(t, "- [Kursk"), Furniture);
    assert_eq!(kind(t, "Starovoit said"), Body);
}

const BBC_LIKE: &str = "Skip to main content\nHome | World | Europe | Russia\n\nUkraine war: Kursk governor says 1,200 volunteers joined militia\n\nBy Sarah Rainsford\nBBC News, Moscow\n\nPublished 12 March 2024\n\nImage caption, Volunteers training near Sudzha. Getty Images\n\nKursk Governor Roman Starovoit says about 1,200 residents have joined the region's\nself-defence units since the start of the year, bringing the total to about\n3,000 fighters.\n\nMore on this story\nRussia's border regions brace for more attacks\nPublished 6 March 2024\n\nCopyright 2024 BBC. All rights reserved.\n";

#[test]
fn news_page_with_masthead_wrapped_body_and_story_box() {
    assert_eq!(kind_of(BBC_LIKE, "Skip to"), (Furniture, "navigation"));
    assert_eq!(kind_of(BBC_LIKE, "Home |"), (Furniture, "navigation"));
    assert_eq!(kind_of(BBC_LIKE, "Ukraine war:"), (Heading, "headline"));
    assert_eq!(kind_of(BBC_LIKE, "BBC News, Moscow"), (Meta, "masthead"));
    assert_eq!(kind_of(BBC_LIKE, "Image caption"), (Meta, "photo caption"));
    // the wrapped paragraph is one block, its last line ("3,000 fighters.") included
    let at = BBC_LIKE.find("Kursk Governor Roman").unwrap();
    let b = blocks(BBC_LIKE)
        .into_iter()
        .find(|b| b.span.start == at)
        .unwrap();
    assert!(BBC_LIKE[b.span.start..b.span.end].ends_with("3,000 fighters."));
    assert_eq!(b.kind, Body);
    for n in [
        "More on this story",
        "Russia's border regions",
        "Published 6 March",
    ] {
        assert_eq!(
            kind_of(BBC_LIKE, n),
            (Furniture, "related-article teaser"),
            "{n}"
        );
    }
    assert_eq!(
        kind_of(BBC_LIKE, "Copyright"),
        (Furniture, "copyright notice")
    );
}

#[test]
fn long_paragraph_is_not_furniture_by_an_opening_word() {
    let t = "Copyright law in Russia was amended in 2023 so that the regional defence units could buy 300 rifles directly from manufacturers, bypassing the federal procurement rules that had delayed deliveries to Belgorod and Kursk for most of the year, the governor's office said in a statement on Friday, adding that more deliveries were expected.\n";
    assert_eq!(kind(t, "Copyright law"), Body);
}

#[test]
fn section_label_before_headline_is_not_the_headline() {
    let t = "War in Ukraine\n\nKursk Governor Says 1,200 Volunteers Joined Militia\n\nAbout 1,200 residents have joined, Starovoit said.\n";
    assert_eq!(kind_of(t, "War in"), (Meta, "label"));
    assert_eq!(kind_of(t, "Kursk Governor"), (Heading, "headline"));
}

const KI_LIKE: &str = "Russia's Belgorod Oblast forms 'self-defense' battalions amid cross-border raids\n\nby Martin Fornusek\nJune 1, 2023 5:52 PM 2 min read\n\nBelgorod Oblast Governor Vyacheslav Gladkov announced that the region will form three battalions of 1,000 people each.\n\nWe've been working hard to bring you independent, ground-level news from Ukraine.\nThanks to readers like you, we've become one of the largest English-language news outlets in Ukraine.\nBecome a member\nExplore more\n\nUkraine war latest: Russian drone attack kills 3 in Kherson\nRead more\n";

#[test]
fn appeal_stanza_before_its_cue_and_teaser_among_footer() {
    assert_eq!(kind_of(KI_LIKE, "by Martin"), (Meta, "byline"));
    assert_eq!(
        kind_of(KI_LIKE, "June 1, 2023 5:52 PM 2 min read"),
        (Meta, "date line")
    );
    assert_eq!(
        kind_of(KI_LIKE, "We've been"),
        (Furniture, "donation banner")
    );
    assert_eq!(
        kind_of(KI_LIKE, "Thanks to readers"),
        (Furniture, "donation banner")
    );
    assert_eq!(kind(KI_LIKE, "Ukraine war latest"), Furniture);
    assert_eq!(kind(KI_LIKE, "Belgorod Oblast Governor"), Body);
}

#[test]
fn odd_inputs_do_not_panic_and_spans_stay_on_char_boundaries() {
    let odd = [
        "",
        "---",
        "---\n",
        "---\r\n---",
        "×",
        "](",
        "[x](",
        "# ",
        "#",
        "\n\n\n",
        "“”’—",
        "(",
        "MOSCOW (",
        "KURSK, /TASS",
        "---\ntitle:\n---",
        "By",
        "A Message from ",
        "Other Topics of Interest",
    ];
    for t in odd {
        let b = blocks(t);
        let _ = crate::meta::metadata(t, &b);
    }
    // every prefix of a page cut at any character
    for t in [MT_TOP, TEASER_BOX, URDU, BBC_LIKE] {
        for (i, _) in t.char_indices() {
            let s = &t[..i];
            for b in blocks(s) {
                assert!(
                    s.is_char_boundary(b.span.start)
                        && s.is_char_boundary(b.span.end)
                        && b.span.end <= s.len()
                );
            }
            let _ = crate::meta::metadata(s, &blocks(s));
        }
    }
}

#[test]
fn appeal_whose_cue_opens_a_later_sentence_is_a_banner() {
    let t = "The Sumy region reported 40 attacks overnight.\n\nThis site runs on reader money alone. Support independent journalism today and join 9,000 members. Become a member\n\nShare this article\n";
    assert_eq!(kind_of(t, "This site runs"), (Furniture, "donation banner"));
    assert_eq!(kind(t, "The Sumy region"), Body);
    // a body paragraph whose later sentence is ordinary prose stays body
    let t = "Kursk formed 4 battalions. Please note that 300 residents joined in May.\n";
    assert_eq!(kind(t, "Kursk formed"), Body);
}

#[test]
fn byline_with_a_date_stamp_on_the_same_line_is_a_byline() {
    let t = "Title Of The Story Here\n\nby Olena Petrenko  March 3, 2024 9:15 AM  3 min read\n\nThe governor said 12 villages were shelled.\n";
    assert_eq!(kind_of(t, "by Olena"), (Meta, "byline"));
    let t = "By Ivan Sidorov 14.02.2024 10:30\n\nThe governor said 12 villages were shelled.\n";
    assert_eq!(kind_of(t, "By Ivan"), (Meta, "byline"));
    // "by" and a number in a line of prose is not a byline
    let t = "Heading Of A Piece\n\nBy Monday 300 volunteers had signed up\n";
    assert_ne!(kind(t, "By Monday"), Meta);
}
