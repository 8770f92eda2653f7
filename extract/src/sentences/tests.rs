use super::*;

fn split(block: &str) -> Vec<&str> {
    sentences(block, Span::new(0, block.len()))
        .into_iter()
        .map(|s| &block[s.start..s.end])
        .collect()
}

fn n(block: &str) -> usize {
    split(block).len()
}

#[test]
fn two_plain_sentences() {
    assert_eq!(
        split("The region was shelled. Two people died."),
        vec!["The region was shelled.", "Two people died."]
    );
}

#[test]
fn titles_do_not_end_sentences() {
    assert_eq!(
        n("Mr. Gladkov and Dr. Ivanova met Gen. Gerasimov and Lt. Col. Petrov. They spoke."),
        2
    );
    assert_eq!(n("He lives on St. Petersburg Avenue."), 1);
}

#[test]
fn initials_do_not_end_sentences() {
    assert_eq!(
        n("Russian President Vladimir V. Putin said so. Nothing else."),
        2
    );
    assert_eq!(n("J. R. Smith wrote it."), 1);
}

#[test]
fn decimals_do_not_split() {
    assert_eq!(
        split("About 1.5 million people left. Others stayed."),
        vec!["About 1.5 million people left.", "Others stayed."]
    );
}

#[test]
fn us_inside_a_sentence() {
    assert_eq!(
        n("The U.S. Embassy said the U.S. government would help."),
        1
    );
}

#[test]
fn us_at_the_end_of_a_sentence() {
    assert_eq!(n("Weapons came from the U.S. The Kremlin denied it."), 2);
}

#[test]
fn closing_quote_after_comma_keeps_the_sentence() {
    let t = "“Tanks, planes — I saw all this. It’s getting scary,” one Belgorod resident told the BBC in October.";
    assert_eq!(
        split(t),
        vec![
            "“Tanks, planes — I saw all this.",
            "It’s getting scary,” one Belgorod resident told the BBC in October."
        ]
    );
}

#[test]
fn closing_quote_family_gladkov_said() {
    let t = "“We are forming several battalions to stand up for their native land and family,” Gladkov said. The creation followed.";
    assert_eq!(n(t), 2);
}

#[test]
fn period_inside_closing_quote_then_capital() {
    let t = "He said “on the territory of Russia the war is going on.” Meanwhile, people stayed.";
    assert_eq!(
        split(t),
        vec![
            "He said “on the territory of Russia the war is going on.”",
            "Meanwhile, people stayed."
        ]
    );
}

#[test]
fn straight_quotes() {
    let t = "\"We have made this decision.\" The governor left.";
    assert_eq!(
        split(t),
        vec!["\"We have made this decision.\"", "The governor left."]
    );
}

#[test]
fn quoted_question_with_attribution() {
    assert_eq!(n("“Is it safe?” Gladkov asked. Nobody answered."), 2);
    assert_eq!(n("“Is it safe?” asked one resident."), 1);
    assert_eq!(
        n("“It is over.” Governor Vyacheslav Gladkov wrote on Telegram."),
        1
    );
}

#[test]
fn question_and_exclamation() {
    assert_eq!(
        split("Why now? Nobody knows! Really."),
        vec!["Why now?", "Nobody knows!", "Really."]
    );
    assert_eq!(n("What?! We left."), 2);
}

#[test]
fn elision_ellipsis_does_not_split() {
    let t = "\"Everything is done in strict accordance with the law ... (The arming) is taking place,\" Peskov said.";
    assert_eq!(n(t), 1);
}

#[test]
fn trailing_ellipsis_splits_before_capital() {
    assert_eq!(n("He paused... Then he left."), 2);
    assert_eq!(n("He paused… Then he left."), 2);
    assert_eq!(n("He paused... and then left."), 1);
}

#[test]
fn numbers_after_abbreviation() {
    assert_eq!(
        n("Battalion No. 5 was formed under Art. 208 of the code."),
        1
    );
    assert_eq!(n("He said no. 16 people were killed."), 2);
}

#[test]
fn sentence_may_start_with_a_number() {
    assert_eq!(
        split("Shelling continued in 2022. 16 people were killed."),
        vec!["Shelling continued in 2022.", "16 people were killed."]
    );
}

#[test]
fn month_abbreviations() {
    assert_eq!(n("It happened on Dec. 6, 2022 in Belgorod."), 1);
    assert_eq!(n("It was announced in Aug. The units formed later."), 2);
}

#[test]
fn am_pm() {
    assert_eq!(n("The strike came at 6 a.m. Moscow time on Tuesday."), 1);
    assert_eq!(n("The strike came at 6 a.m. The sirens sounded."), 2);
}

#[test]
fn etc_at_end() {
    assert_eq!(
        n("They received rifles, radios, drones etc. The training lasted a week."),
        2
    );
    assert_eq!(n("They received rifles, radios etc. and trucks."), 1);
}

#[test]
fn company_abbreviations() {
    assert_eq!(
        n("Shares of Acme Inc. rose while Acme Inc. Chairman spoke."),
        1
    );
}

#[test]
fn domains_and_handles() {
    assert_eq!(
        n("Source: t.me/vvgladkov and Bloomberg.com reported it."),
        1
    );
}

#[test]
fn spans_are_trimmed_and_in_block_coordinates() {
    let text = "Title\n\n  First one.   Second one.  \n";
    let block = Span::new(7, text.len());
    let got: Vec<&str> = sentences(text, block)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(got, vec!["First one.", "Second one."]);
    for s in sentences(text, block) {
        assert!(s.start >= block.start && s.end <= block.end);
    }
}

#[test]
fn no_terminator_is_one_sentence() {
    assert_eq!(
        split("Related article: Blasts Kill Three in Russia's Belgorod Region"),
        vec!["Related article: Blasts Kill Three in Russia's Belgorod Region"]
    );
}

#[test]
fn empty_and_blank_blocks() {
    assert!(split("").is_empty());
    assert!(split("   \n  ").is_empty());
}

#[test]
fn blank_line_inside_a_block_splits() {
    assert_eq!(
        split("A headline without a stop\n\nBody text here."),
        vec!["A headline without a stop", "Body text here."]
    );
}

#[test]
fn single_line_break_without_stop_does_not_split() {
    assert_eq!(n("a sentence wrapped\nover two lines."), 1);
    let wrapped =
        "Belgorod Governor Vyacheslav Gladkov said on Tuesday that the\nRegion is forming units.";
    assert_eq!(n(wrapped), 1);
}

#[test]
fn short_unpunctuated_line_ends_a_sentence() {
    assert_eq!(
        split("Support us\nOur journalism is banned in Russia."),
        vec!["Support us", "Our journalism is banned in Russia."]
    );
    assert_eq!(n("Once\nMonthly\nAnnual"), 3);
    assert_eq!(n("The governor said that\nthe units grew."), 1);
}

#[test]
fn parenthetical_period() {
    assert_eq!(
        n("The unit (formed in 2022.) grew. It now has 3,000 men."),
        2
    );
    assert_eq!(n("He left (see above). Then he came back."), 2);
}

#[test]
fn lower_case_after_period_continues() {
    assert_eq!(n("The approx. figure is 3,000 men."), 1);
}

#[test]
fn seed_paragraph_with_casualties() {
    let t = "So far, Gladkov has reported that 16 people were killed and about 100 injured because of fighting last week, adding that “we are evacuating a large number of villages.” Russian Defense Minister Sergei Shoigu later claimed that thousands of Ukrainian troops had been killed.";
    assert_eq!(n(t), 2);
}

#[test]
fn donation_banner_sentences() {
    let t = "Since July 1, 2024, we have disabled all ads. This commitment costs us $10,000 a month. Your support can help us fill the gap.";
    assert_eq!(n(t), 3);
}

#[test]
fn coverage_of_non_space_text() {
    let t = "Mr. A. B. Smith said “no.” Then? Yes! 1.5 km... Gone. (Really.) Ok";
    let spans = sentences(t, Span::new(0, t.len()));
    let mut prev = 0;
    let mut covered = 0;
    for s in &spans {
        assert!(s.start >= prev, "in order");
        assert!(t[prev..s.start].trim().is_empty(), "nothing skipped");
        covered += t[s.start..s.end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .count();
        prev = s.end;
    }
    assert!(t[prev..].trim().is_empty());
    assert_eq!(covered, t.chars().filter(|c| !c.is_whitespace()).count());
}

#[test]
fn linear_on_long_blocks() {
    let t = "A. ".repeat(100_000) + &"x... ".repeat(100_000) + &"Mr. ".repeat(100_000);
    let start = std::time::Instant::now();
    let _ = sentences(&t, Span::new(0, t.len()));
    assert!(start.elapsed().as_secs_f64() < 1.0);
}

#[test]
fn abbreviation_lists_are_sorted_and_short() {
    // `listed` looks words up by binary search and skips longer tokens
    for list in [TITLES, BEFORE_NUMBER, MAYBE_END] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        assert!(list.iter().all(|w| w.len() <= LISTED_MAX), "{list:?}");
    }
    assert!(listed(&TITLE_KEYS, b"Messrs") && listed(&MAYBE_END_KEYS, b"approx"));
    assert!(!listed(&TITLE_KEYS, b"Mrx") && !listed(&MAYBE_END_KEYS, b"approxim"));
    assert!(listed(&BEFORE_NUMBER_KEYS, b"pp") && !listed(&BEFORE_NUMBER_KEYS, b"P"));
    // the keys keep the order of the words (the binary search needs it)
    for keys in [&TITLE_KEYS[..], &BEFORE_NUMBER_KEYS, &MAYBE_END_KEYS] {
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
    }
}
