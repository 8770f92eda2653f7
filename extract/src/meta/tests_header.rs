//! Publication dates on lines the cleaner does not take for date lines: a byline with
//! a numeric date, a date with a reading time, a dateline after a short byline; and
//! the dates that must not be taken (teasers, captions, dates inside the story).

use super::*;
use crate::clean::blocks;

fn meta_of(text: &str) -> Meta {
    metadata(text, &blocks(text))
}

fn date(text: &str) -> Option<String> {
    metadata(text, &blocks(text)).date
}

const STORY: &str = "Territorial defence volunteers in the border district have been patrolling the villages every night since the spring, the regional administration said.";

#[test]
fn a_byline_with_a_numeric_date_and_time() {
    let t = format!(
        "# Raid reported in Kursk region\n\n**Iryna Bondar** \u{b7} 14.03.2024 09:05\n\n{STORY}\n"
    );
    assert_eq!(date(&t).as_deref(), Some("2024-03-14"));
}

#[test]
fn a_date_with_a_reading_time_and_author() {
    let t = format!("# A night with the volunteers\n\n**5 February 2024** \u{b7} 7 min read \u{b7} By *Anna Petrova*\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-02-05"));
}

#[test]
fn a_dateline_after_a_short_byline() {
    let t = format!("Kursk steps up patrols\n\nby Oleg Ivanov, staff writer\n\nKURSK, June 12, 2023 \u{2014} {STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2023-06-12"));
}

#[test]
fn no_dateline_taken_after_a_long_first_paragraph() {
    let t = format!("Kursk steps up patrols\n\n{STORY}\n\nKURSK, June 12, 2023 \u{2014} {STORY}\n");
    assert_eq!(date(&t), None);
}

#[test]
fn a_date_inside_the_story_is_not_the_publication_date() {
    let t =
        format!("# Volunteers in Sumy\n\n{STORY}\n\nOn 3 May 2023 the first unit was formed.\n");
    assert_eq!(date(&t), None);
}

#[test]
fn a_caption_date_is_not_the_publication_date() {
    let t = format!("# Volunteers in Sumy\n\n*Volunteers at a checkpoint, 12 October 2023. Photo: Sumy Post*\n\n{STORY}\n");
    assert_eq!(date(&t), None);
}

#[test]
fn a_month_without_a_day_on_a_header_line_is_not_enough() {
    let t = format!("# Volunteers in Sumy\n\nOctober 2023 \u{b7} Features\n\n{STORY}\n");
    assert_ne!(date(&t).as_deref(), Some("2023-10-01"));
}

#[test]
fn a_dateline_with_the_place_in_title_case() {
    let t = format!("Kursk steps up patrols\n\nSumy, March 12, 2024 \u{2014} {STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-03-12"));
    let t = format!("Kursk steps up patrols\n\nNovaya Tavolzhanka, 5 June 2023 - {STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2023-06-05"));
}

#[test]
fn a_name_and_an_age_before_a_dash_are_no_dateline() {
    let t = format!("Kursk steps up patrols\n\nGladkov, 55, said on Monday \u{2014} {STORY}\n");
    assert_eq!(date(&t), None);
    let t = format!("Kursk steps up patrols\n\nSince January, 2024 \u{2014} {STORY}\n");
    assert_eq!(date(&t), None);
}

#[test]
fn an_unknown_site_name_above_the_headline_is_the_source() {
    let body = "The governor said 40 fighters joined the battalion near Shebekino this week, and that more were expected soon.\n";
    for (top, source) in [
        ("Steppe Courier", "Steppe Courier"),
        ("DNIPRO LINE", "Dnipro Line"),
        ("Donbas Wire — mobile edition", "Donbas Wire"),
        (
            "SIVER.TODAY — Chernihiv region news in English",
            "Siver.Today",
        ),
    ] {
        let t = format!("{top}\n\nKursk opens new shelters in Rylsk\n\n{body}");
        let m = meta_of(&t);
        assert_eq!(m.source.as_deref(), Some(source), "{top}");
        assert_eq!(
            m.title.as_deref(),
            Some("Kursk opens new shelters in Rylsk")
        );
    }
    // a section label is no source
    for top in ["World News", "Russia", "Ukraine war"] {
        let t = format!("{top}\n\nKursk opens new shelters in Rylsk\n\n{body}");
        assert_eq!(meta_of(&t).source, None, "{top}");
    }
}

#[test]
fn publisher_in_front_matter_is_the_source() {
    let t = "---\ntitle: A brief\npublisher: Steppe Policy Centre\n---\n\nThe governor said 40 fighters joined.\n";
    let m = meta_of(t);
    assert_eq!(m.source.as_deref(), Some("Steppe Policy Centre"));
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

#[test]
fn a_line_that_says_when_the_document_was_issued() {
    let t = format!("REGIONAL COUNCIL\n\nAPPEAL on support for the volunteers\n\nAdopted at the 14th session of the Kursk Regional Council of deputies on 5 March 2024. Decision No. 14/203\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-03-05"));
    let t = format!("CITY TV \u{b7} evening bulletin \u{b7} transcript\nAired on 2 June 2023, 20:00. Translated from Russian by volunteers of the monitoring group.\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2023-06-02"));
    let t = format!("ORDER of the regional headquarters\n\nIssued in Belgorod on 17 January 2024 by the operational headquarters of the region for all districts.\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-01-17"));
}

#[test]
fn a_long_first_paragraph_with_a_date_is_story_not_issue() {
    // the date is the event's, and the line does not open with how it was issued
    let t = format!("Raid on the border\n\nOn 5 March 2024 a drone hit a school in the village, and the volunteers of the local unit helped clear the rubble.\n\n{STORY}\n");
    assert_eq!(date(&t), None);
    // an issue cue, but a line too long to be a header
    let t = format!("Raid on the border\n\nAdopted on 5 March 2024, the plan foresees that the volunteers of the local units will patrol the villages of the district every night, with help from the police and the border guards, and that each unit gets two cars.\n\n{STORY}\n");
    assert_eq!(date(&t), None);
}

#[test]
fn an_unstopped_title_line_does_not_end_the_header() {
    let t = format!("KURSK CITY COUNCIL\n\nRESOLUTION of the Kursk City Council of deputies on the support of the volunteer units of the Kursk region\n\nAdopted at the 9th session of the Kursk City Council of deputies, 21 February 2024. Decision No. 9/77\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-02-21"));
    // a stopped first paragraph is the story: a date after it is not taken
    let t = format!("Volunteers\n\n{STORY}\n\nAdopted at the 9th session of the Kursk City Council of deputies, 21 February 2024. Decision No. 9/77\n");
    assert_eq!(date(&t), None);
}

#[test]
fn a_name_with_its_translation_is_the_masthead_not_the_title() {
    let t = format!("SUDZHA VESTI | Sudzha News\nNews · Society · Culture · Sport · Contacts\n\n12.03.2024 10:05 | Society\n\nVolunteers of the Sudzha unit get two new cars\n\n{STORY}\n");
    let m = meta_of(&t);
    assert_eq!(
        m.title.as_deref(),
        Some("Volunteers of the Sudzha unit get two new cars")
    );
    assert_eq!(m.source.as_deref(), Some("Sudzha Vesti"));
    // a headline with a bar in it is still the headline when nothing else is (trap)
    let t = format!("Drones over Kursk | Live updates\n\n{STORY}\n");
    assert_eq!(
        meta_of(&t).title.as_deref(),
        Some("Drones over Kursk | Live updates")
    );
}

#[test]
fn a_dateline_without_a_year_takes_the_latest_earlier_date_of_the_story() {
    let t = format!("Who guards the border?\n\nLONDON, Aug 20 (Wire) - {STORY}\n\n* Dec. 30, 2023 - A strike on Belgorod.\n* Aug. 6, 2024 - Forces cross into the Kursk region.\n");
    assert_eq!(date(&t).as_deref(), Some("2024-08-20"));
    // a date later in the year than the dateline is from an earlier year's story
    let t = format!("Who guards the border?\n\nMOSCOW, March 3 (Wire) - {STORY}\n\nOn Dec. 30, 2023 a strike hit Belgorod. By Feb. 2, 2023 units were formed.\n");
    assert_eq!(date(&t).as_deref(), Some("2023-03-03"));
}

#[test]
fn a_dateline_without_a_year_and_no_dated_story_has_no_date() {
    let t = format!("Who guards the border?\n\nLONDON, Aug 20 (Wire) - {STORY} The units were formed in 2022.\n");
    assert_eq!(date(&t), None);
}

#[test]
fn a_dated_wire_head_credits_an_unknown_agency() {
    let m = meta_of(&format!("LONDON, Aug 20, 2024 (Meridian Wire) - {STORY}\n"));
    assert_eq!(m.source.as_deref(), Some("Meridian Wire"));
    // a place in the parentheses is not an agency
    let m = meta_of(&format!(
        "SHEBEKINO, June 2, 2023 (Belgorod Region) - {STORY}\n"
    ));
    assert_eq!(m.source, None);
    // lower-case words: a note, not a credit
    let m = meta_of(&format!("SUMY, June 2, 2023 (updated at noon) - {STORY}\n"));
    assert_eq!(m.source, None);
}

#[test]
fn the_published_date_of_a_line_with_two_dates() {
    let t = format!("INSTITUTE\n\nMonitor No. 41 | Week of 2-8 September 2024 | Published 10 September 2024\n\n# Fifth week\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-09-10"));
    let t = format!(
        "INSTITUTE\n\nReport for 1-7 May 2024 | posted on 9 May 2024\n\n# A week\n\n{STORY}\n"
    );
    assert_eq!(date(&t).as_deref(), Some("2024-05-09"));
}

#[test]
fn a_post_of_a_date_above_the_story() {
    let t = format!("Telegram \u{b7} Governor of the region\n\nPost of 27.02.2024, 21:14 \u{b7} Machine translation from Russian, checked by the monitoring desk. Number formats as in the original.\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-02-27"));
    // trap: a story sentence that opens with "Post" is not a header
    let t = format!("# Shelling\n\n{STORY}\n\nPost offices in 12 villages have been closed since 3 March 2024, officials said on Monday.\n");
    assert_eq!(date(&t), None);
}

#[test]
fn a_byline_after_a_standfirst() {
    let dek = "From the wartime battalions of 1941 to today's volunteers, the border region has raised local defence forces before.";
    let t = format!("THE LEDGER | Long read\n\nSons of the border line\n\n{dek}\n\nBy Marta Lindqvist | 14 January 2025 | 18 min read\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2025-01-14"));
    let t = format!(
        "# Sons of the border line\n\n{dek}\n\nby Oleg Ivanov \u{b7} March 3, 2024\n\n{STORY}\n"
    );
    assert_eq!(date(&t).as_deref(), Some("2024-03-03"));
    // traps: a story paragraph opening with "By" and a date, or a byline after the
    // second paragraph of the story, is not the publication line
    let t = format!("# Sons of the border line\n\n{STORY}\n\nBy 3 May 2024 the unit had 40 members.\n\n{STORY}\n");
    assert_eq!(date(&t), None);
    let t = format!("# Sons of the border line\n\n{dek}\n\nBy March 3, 2024, the unit had 40 members\n\n{STORY}\n");
    assert_eq!(date(&t), None);
    let t = format!(
        "# Sons of the border line\n\n{dek}\n\n{STORY}\n\nBy Marta Lindqvist | 14 January 2025\n"
    );
    assert_eq!(date(&t), None);
}

// Round 8: a credits line that opens with the date; the stamp under a social post.

#[test]
fn a_credits_line_that_opens_with_the_date_dates_the_page() {
    for (line, want) in [
        (
            "Wednesday, 24 January 2024 \u{b7} Text: Elena Gubareva \u{b7} Photo: family archive",
            "2024-01-24",
        ),
        (
            "12 March 2024 \u{b7} Photo: press service of the governor",
            "2024-03-12",
        ),
    ] {
        let t = format!("# Valuyki says goodbye to a fighter\n\n{line}\n\n{STORY}\n");
        assert_eq!(date(&t).as_deref(), Some(want), "{line}");
    }
    // a photo caption with a date inside it is still no publication date
    let t = format!("# Valuyki says goodbye to a fighter\n\nPhoto: the funeral in Valuyki on 23 January 2024\n\n{STORY}\n");
    assert_eq!(date(&t), None);
}

#[test]
fn the_stamp_under_a_social_post_dates_it_when_nothing_else_does() {
    let t = format!("Thread by @border_tracker\n\n{STORY}\n\n1.4K reposts \u{b7} 312 quotes \u{b7} 5.8K likes \u{b7} 4:12 PM \u{b7} Aug 20, 2024\n");
    assert_eq!(date(&t).as_deref(), Some("2024-08-20"));
    let t = format!("Thread by @border_tracker\n\n{STORY}\n\n10:05 AM \u{b7} 3 May 2024\n");
    assert_eq!(date(&t).as_deref(), Some("2024-05-03"));
    // a teaser's date at the end, with no time of day, does not date the page
    let t = format!(
        "Thread by @border_tracker\n\n{STORY}\n\nRead also: Kursk drone attack, 3 May 2024\n"
    );
    assert_eq!(date(&t), None);
    // an earlier header date wins over a stamp at the end
    let t = format!("# Raid\n\n14.03.2024\n\n{STORY}\n\n10:05 AM \u{b7} 3 May 2024\n");
    assert_eq!(date(&t).as_deref(), Some("2024-03-14"));
}

#[test]
fn a_named_weekday_settles_the_order_of_a_slash_date() {
    // 5 June 2024 was a Wednesday; 6 May 2024 a Monday
    let t = format!("# Losses near Vovchansk\n\n05/06/2024 \u{b7} Reprinted from Army Herald\n\nThe spokesperson said at a briefing on Wednesday that 14 clashes took place. {STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-06-05"));
    // no weekday, or the month-first weekday: month first stays
    let t = format!(
        "# Losses near Vovchansk\n\n05/06/2024 \u{b7} Reprinted from Army Herald\n\n{STORY}\n"
    );
    assert_eq!(date(&t).as_deref(), Some("2024-05-06"));
    let t = format!("# Losses near Vovchansk\n\n05/06/2024 \u{b7} Reprinted\n\nOfficials said on Monday that {STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-05-06"));
    // a dotted date is day-first already
    let t = format!("# Losses\n\n05.06.2024\n\nOfficials said on Monday that {STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-06-05"));
}

#[test]
fn the_capitals_heading_a_breadcrumb_are_the_site_name() {
    let t = format!("BELGOROD TODAY  |  Incidents  |  Valuyki\n[ Home ] [ News ] [ Incidents ] [ Contacts ]\n\nDrones attacked oil depot in Valuyki district\n\n{STORY}\n");
    let m = meta_of(&t);
    assert_eq!(m.source.as_deref(), Some("Belgorod Today"));
    assert_eq!(
        m.title.as_deref(),
        Some("Drones attacked oil depot in Valuyki district")
    );
    // trap: a breadcrumb of sections in capitals names no site
    let t = format!(
        "NEWS | Incidents | Valuyki\n\nDrones attacked oil depot in Valuyki district\n\n{STORY}\n"
    );
    assert_eq!(meta_of(&t).source, None);
    // trap: a breadcrumb in mixed case names no site either
    let t = format!(
        "Home | Incidents | Valuyki\n\nDrones attacked oil depot in Valuyki district\n\n{STORY}\n"
    );
    assert_eq!(meta_of(&t).source, None);
}

#[test]
fn a_place_and_a_date_closed_by_a_period_open_the_story() {
    let t = format!("Press conference of the head of the regional administration\n\nKharkiv, 21 May 2024. The press conference took place at the media centre. Since 10 May the enemy has attacked.\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-05-21"));
    let t = format!("Evacuation extended\n\nVelyka Pysarivka, 14 June 2024. Nine more villages are to be evacuated.\n\n{STORY}\n");
    assert_eq!(date(&t).as_deref(), Some("2024-06-14"));
    // trap: a sentence that merely opens with a place and a date-less clause
    let t = format!("Evacuation extended\n\nKharkiv, the regional centre, was shelled again. Since 10 May the enemy has attacked.\n\n{STORY}\n");
    assert_eq!(date(&t), None);
}

#[test]
fn titles_and_sources_under_a_site_name_line() {
    // the site's name and its translation above a menu: the source, not the title
    let t = format!("VALUYKI SEGODNYA | Valuyki Today\nDistrict news \u{b7} Society \u{b7} Sport\n\nValuyki self-defence detachment receives 14 vehicles and new radios\n\n{STORY}\n");
    let m = meta_of(&t);
    assert_eq!(
        m.title.as_deref(),
        Some("Valuyki self-defence detachment receives 14 vehicles and new radios")
    );
    assert_eq!(m.source.as_deref(), Some("Valuyki Segodnya"));
    // a research centre's name in capitals, then a title with a question mark
    let t = format!("NORTHERN FRONTIER ANALYSIS CENTRE\nResearch Note 24/11 \u{b7} 22 August 2024\n\nWho will hold the line? The force on the Kursk border\n\n{STORY}\n");
    assert_eq!(
        meta_of(&t).title.as_deref(),
        Some("Who will hold the line? The force on the Kursk border")
    );
}

// A forum thread is dated by its first post, not by a later post that the cleaner
// takes for a publication line; comments under a story do not date the story.

#[test]
fn a_thread_takes_the_date_of_its_first_post() {
    let t = "Border Forum \u{bb} Defence\nThread: Who has joined the volunteer battalion?\n\n\
Posted by: ivan_k  |  Mar 3, 2023, 20:11  |  #1\nThey say every village will have a platoon now. Has anyone here signed up yet, and how long is the training?\n\n\
Posted by: marta77  |  Mar 4, 2023, 08:02  |  #2\nThanks.\n\n\
Posted by: ivan_k  |  Mar 5, 2023, 10:40  |  #3\nMy cousin signed up last week and says they drill every Saturday at the school.\n";
    assert_eq!(date(t).as_deref(), Some("2023-03-03"));
}

#[test]
fn posted_on_with_a_day_first_date() {
    let t = "Thread: Shelling in Tetkino\n\n\
Posted on 14 June 2024, 07:15 by kursk_local\nThe village was shelled again overnight and several houses lost their roofs, neighbours said.\n\n\
Posted on 15 June 2024, 09:00 by guest\nStay safe everyone.\n";
    assert_eq!(date(t).as_deref(), Some("2024-06-14"));
}

#[test]
fn comments_under_a_story_do_not_date_it() {
    // trap: the story has its own date line; the first comment is later
    let t = "# Volunteers patrol the border villages\n\nPublished 2 May 2023\n\n\
Territorial defence volunteers in the border district have been patrolling the villages every night since the spring, the regional administration said.\n\n\
Posted by: reader1 | May 9, 2023, 11:00\nGood work.\n";
    assert_eq!(date(t).as_deref(), Some("2023-05-02"));
}

#[test]
fn a_header_line_cut_inside_a_character_is_no_panic() {
    // (found by the fuzzer: the 40-byte window after a lead word ended inside "€")
    let line = "UPDATE - Russic ArminUrduPoint\u{fffd}New\u{fffd}\u{fffd}'rs / Sputnik";
    assert!(!dateline::opens_with_date(line));
    for lead in ["Monday, ", "UPDATE, ", ""] {
        for pad in 0..16 {
            let t = format!("{lead}{}€ 24 January 2024 · Photo", "x".repeat(30 + pad));
            let _ = dateline::opens_with_date(&t);
        }
    }
    assert!(dateline::opens_with_date(
        "Wednesday, 24 January 2024 · Text: Ivan Petrov"
    ));
    let text = "Headline\n\nUPDATE, Russic ArminUrduPoint\u{fffd}New\u{fffd}\u{fffd}'rs / Sputnik\n\nBody text of the article.\n";
    let _ = meta_of(text);
}
