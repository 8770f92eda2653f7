//! The held-out articles against their gold files, scored exactly like
//! `shared/tools/score_figures.py`: sets 1-27, 30 and 31 here (`tests/holdoutN/*.txt`),
//! the later ones one round a file in `rounds/` (`holdout_rR.rs` names its sets). Each
//! set was written blind and scored before any rule was written for it, then used to
//! find phenomena to fix, so they are regression floors now (a blind set in `eval/`
//! gives the unseen score). Prints lenient and strict P/R/F1, dates and duplicates, with
//! every miss and extra; fails below the floors, so that a regression fails CI.
//!
//! Run with `cargo test -p tally-extract --test holdout -- --nocapture` for the report.

mod common;
#[path = "rounds/holdout_r19.rs"]
mod r19;
#[path = "rounds/holdout_r20.rs"]
mod r20;
#[path = "rounds/holdout_r21.rs"]
mod r21;
#[path = "rounds/holdout_r22.rs"]
mod r22;
#[path = "rounds/holdout_r23a.rs"]
mod r23a;
#[path = "rounds/holdout_r23b.rs"]
mod r23b;
#[path = "rounds/holdout_r24a.rs"]
mod r24a;
#[path = "rounds/holdout_r24b.rs"]
mod r24b;

use common::{gold_articles, predict, score, txt_files};
use std::path::Path;

/// Floors of one set: the scores reached when the set was added, minus 0.02.
struct Floors {
    f1: f64,
    strict_f1: f64,
    dates: f64,
    duplicates: f64,
}

fn check(set: &str, floors: Floors) {
    check_dir(
        set,
        &format!("{}/tests/{set}", env!("CARGO_MANIFEST_DIR")),
        floors,
    );
}

fn check_dir(set: &str, dir: &str, floors: Floors) {
    let gold = gold_articles(&format!("{dir}/gold.json"));
    let files = txt_files(Path::new(&dir));
    assert_eq!(files.len(), gold.len(), "{set}: one file per gold article");
    let sc = score(&gold, &predict(&files));
    println!("{set}: {}", sc.summary());
    for p in &sc.problems {
        println!("  {p}");
    }
    let (_, _, lf) = sc.lenient();
    let (_, _, sf) = sc.strict();
    let dates = sc.dates_ok as f64 / sc.dates_n.max(1) as f64;
    let dups = sc.dup_ok as f64 / sc.dup_n.max(1) as f64;
    assert!(
        lf >= floors.f1,
        "{set} F1 {lf:.3} < {}: {}",
        floors.f1,
        sc.summary()
    );
    assert!(
        sf >= floors.strict_f1,
        "{set} strict F1 {sf:.3} < {}: {}",
        floors.strict_f1,
        sc.summary()
    );
    assert!(
        dates >= floors.dates,
        "{set} dates {dates:.3} < {}",
        floors.dates
    );
    assert!(
        dups >= floors.duplicates,
        "{set} duplicates {dups:.3} < {}",
        floors.duplicates
    );
}

#[test]
fn holdout_articles_score_above_the_floor() {
    // Reached 1.000 / 1.000 / 13 of 13 / 14 of 14.
    check(
        "holdout",
        Floors {
            f1: 0.98,
            strict_f1: 0.98,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout2_articles_score_above_the_floor() {
    // Reached 0.996 / 0.996 / 12 of 12 / 12 of 12 (from 0.859 / 0.856 / 10 of 12).
    check(
        "holdout2",
        Floors {
            f1: 0.976,
            strict_f1: 0.976,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout3_articles_score_above_the_floor() {
    // Reached 0.996 / 0.988 / 10 of 10 / 10 of 10 (from 0.890 / 0.882 / 10 of 10).
    check_dir(
        "holdout3",
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/holdout3"),
        Floors {
            f1: 0.976,
            strict_f1: 0.968,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout4_articles_score_above_the_floor() {
    // Reached 1.000 / 1.000 / 10 of 10 / 10 of 10 (from 0.893 / 0.893 / 7 of 10).
    check(
        "holdout4",
        Floors {
            f1: 0.98,
            strict_f1: 0.98,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout5_articles_score_above_the_floor() {
    // Reached 0.988 / 0.982 / 11 of 12 / 10 of 12 (from 0.896 before any tuning; 0.908 /
    // 0.874 / 11 of 12 / 10 of 12 when this round began); then 1.000 / 0.994 / 12 of 12 /
    // 12 of 12 once a page saved as `.txt` (n07) was converted as HTML (issue #3).
    check(
        "holdout5",
        Floors {
            f1: 0.98,
            strict_f1: 0.974,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout6_articles_score_above_the_floor() {
    // Reached 0.987 / 0.982 / 12 of 12 / 12 of 12 (from 0.845 / 0.827 / 11 of 12 / 12 of
    // 12 before any tuning: decimal commas, tables written as text lines, Russian month
    // names, container nouns, labelled ads; issue #3).
    check(
        "holdout6",
        Floors {
            f1: 0.967,
            strict_f1: 0.962,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout7_articles_score_above_the_floor() {
    // Reached 0.994 / 0.991 / 14 of 14 / 14 of 14 (from 0.897 blind; 0.916 / 0.902 /
    // 14 of 14 / 14 of 14 after round 3: page fragments saved as `.txt`, "N of them"
    // after a casualty verb, vote tallies, plural designations, teaser lists; issue #3).
    check(
        "holdout7",
        Floors {
            f1: 0.974,
            strict_f1: 0.971,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout8_articles_score_above_the_floor() {
    // Reached 0.983 / 0.959 / 14 of 14 / 14 of 14 (from 0.872 blind; 0.880 / 0.807 /
    // 12 of 14 / 12 of 14 after round 4: noun-first loss lists, relative-clause and
    // "among the deaths" casualties, "one of 14", "N of us", issue and masthead lines,
    // compared and border regions; round 5 of issue #3).
    check(
        "holdout8",
        Floors {
            f1: 0.963,
            strict_f1: 0.939,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout9_articles_score_above_the_floor() {
    // Reached 0.979 / 0.979 / 12 of 12 / 12 of 12 (from 0.836 blind; 0.841 / 0.841 /
    // 9 of 12 / 10 of 12 after round 5: evacuated and resident people, missing people,
    // civil-event volunteers, footnotes and ranks, storage tanks, people beside weapons,
    // undated wire datelines, "Published" dates; round 6 of issue #3).
    check(
        "holdout9",
        Floors {
            f1: 0.959,
            strict_f1: 0.959,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout10_articles_score_above_the_floor() {
    // Reached 0.984 / 0.971 / 14 of 14 / 13 of 14 (from 0.895 blind; 0.897 / 0.885 /
    // 13 of 14 / 13 of 14 after round 6: dot-leader budget lists, quoted casualty verbs,
    // the whole of a part, share-bar counters, payments for injury or death, a byline
    // under a standfirst; round 7 of issue #3).
    check(
        "holdout10",
        Floors {
            f1: 0.964,
            strict_f1: 0.951,
            dates: 0.98,
            duplicates: 0.909,
        },
    );
}

#[test]
fn holdout11_articles_score_above_the_floor() {
    // Reached 0.983 / 0.983 / 14 of 14 / 14 of 14 (from 0.901 blind; tuned on together
    // with holdout13 in round 8 of issue #3: furniture on one line, count lines
    // "Tanks: 7", people stated as losses, defendants and prisoners, post stamps,
    // "eliminated" as casualties).
    check(
        "holdout11",
        Floors {
            f1: 0.963,
            strict_f1: 0.963,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout13_articles_score_above_the_floor() {
    // Reached 0.995 / 0.987 / 14 of 14 / 14 of 14 (from 0.929 blind; tuned on together
    // with holdout11 in round 8 of issue #3: teaser lines, reader appeals, KABs, the
    // unit of one named fighter, slash dates settled by a named weekday).
    check(
        "holdout13",
        Floors {
            f1: 0.975,
            strict_f1: 0.967,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout12_articles_score_above_the_floor() {
    // Reached 0.974 / 0.963 / 14 of 14 / 14 of 14 (from 0.821 blind, 0.831 after round
    // 8; tuned on in round 9 of issue #3: emergency workers, residents and prisoners
    // are not a force, funerals count the dead, civil-task groups, comment and teaser
    // furniture, a breadcrumb's site name, "Place, date." datelines, joined clauses with
    // a past verb, decimal-comma percentages, nationalities counted, losses set
    // against the wounded).
    check(
        "holdout12",
        Floors {
            f1: 0.954,
            strict_f1: 0.943,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout14_articles_score_above_the_floor() {
    // Reached 0.983 / 0.957 / 14 of 14 / 14 of 14 (from 0.914 blind; tuned on in round
    // 10 of issue #3: loss lists with one item a line, reader comments under a
    // "Handle, time" line, one-line most-read boxes and site footers, "No. 2" names,
    // participles after unknown plurals, "plus N", invaders killed, sources who "told").
    check(
        "holdout14",
        Floors {
            f1: 0.963,
            strict_f1: 0.937,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout15_articles_score_above_the_floor() {
    // Reached 0.962 / 0.937 / 14 of 14 / 14 of 14 (from 0.907 blind; tuned on together
    // with holdout16 in round 11 of issue #3: footnote markers of PDF text, a forum
    // thread dated by its first post, forum presence counters, reference-list entries,
    // "killed A and wounded B", wounds received, a relative clause of where people
    // were, people of an outage, age ranges after people).
    check(
        "holdout15",
        Floors {
            f1: 0.942,
            strict_f1: 0.917,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout16_articles_score_above_the_floor() {
    // Reached 0.975 / 0.968 / 14 of 14 / 12 of 14 (from 0.889 blind; tuned on together
    // with holdout15 in round 11 of issue #3: hostile-fighter nouns, a list of counts
    // sharing its closing verb, people "destroyed", "a total of", "in killed and
    // wounded", a place's toll in a digest, captured people, the injury toll, BMPs).
    // The payments reprint pair (n12/n13) is not yet found as a duplicate.
    check(
        "holdout16",
        Floors {
            f1: 0.955,
            strict_f1: 0.948,
            dates: 0.98,
            duplicates: 0.837,
        },
    );
}

#[test]
fn holdout17_articles_score_above_the_floor() {
    // Reached 0.967 / 0.903 / 13 of 14 / 14 of 14 (from 0.832 blind; tuned on together
    // with holdout18 in round 12 of issue #3: a markdown table with a bold total row
    // and an "approx." column, counter labels with the noun first, people exchanged or
    // captured, a region's population, "Most viewed" boxes, magazines).
    // The Wikipedia "last edited on" date is not taken yet.
    check(
        "holdout17",
        Floors {
            f1: 0.947,
            strict_f1: 0.883,
            dates: 0.908,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout18_articles_score_above_the_floor() {
    // Reached 0.904 / 0.814 / 14 of 14 / 14 of 14 (from 0.879 blind; tuned on together
    // with holdout17 in round 12 of issue #3: the outlet's audience, ratios, "N strong",
    // a currency sign after the amount). The newsletter's "What we're reading" blurb,
    // the fundraiser's "Collected:"/"Donors:" counters remain.
    check(
        "holdout18",
        Floors {
            f1: 0.884,
            strict_f1: 0.794,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout19_articles_score_above_the_floor() {
    // Reached 0.975 / 0.960 / 14 of 14 / 14 of 14 (from 0.943 blind; tuned on together
    // with holdout20 in round 13 of issue #3: an infobox's "Label: N noun" lines, a date
    // opening a period "– present", bare counts before "evacuated"/"have left"). The
    // "residents ... signed up"/"listed as missing" categories, "N remain in hospital"
    // and elided "more than 11,000" remain.
    check(
        "holdout19",
        Floors {
            f1: 0.955,
            strict_f1: 0.940,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout20_articles_score_above_the_floor() {
    // Reached 0.968 / 0.963 / 14 of 14 / 14 of 14 (from 0.934 blind; tuned on together
    // with holdout19 in round 13 of issue #3: people who quit, left, deserted or were
    // dismissed are other, ammunition depots are sites). The machine-translated
    // "are suffered"/"1 from them is perished", ages "over 40", elided "about 900 were
    // still serving" remain.
    check(
        "holdout20",
        Floors {
            f1: 0.948,
            strict_f1: 0.943,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout21_articles_score_above_the_floor() {
    // Reached 0.981 / 0.973 / 14 of 14 / 14 of 14 (from 0.919 blind; tuned on together
    // with holdout22 in round 14 of issue #3: table headers in "thous.", livestock "head
    // of cattle", companions "killed together with", identifiers after "unit"). The
    // back-reference "the two villages", "several villages residents", elided "the 11
    // damaged" and the pending "25 applications" remain.
    check(
        "holdout21",
        Floors {
            f1: 0.961,
            strict_f1: 0.953,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout22_articles_score_above_the_floor() {
    // Reached 0.966 / 0.931 / 14 of 14 / 14 of 14 (from 0.879 blind; tuned on together
    // with holdout21 in round 14 of issue #3: relative clauses before a casualty verb,
    // "units of equipment" at a fire, "pcs." in tenders, the outlet's own audience,
    // people fined, year spans, "MOST READ IN <section>" boxes, elided counts of those
    // who turned up). "closer to 1,500" (no noun), people "registered there", the
    // "of them" subsets, "3 left" and a section heading's "three lines" remain.
    check(
        "holdout22",
        Floors {
            f1: 0.946,
            strict_f1: 0.911,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout23_articles_score_above_the_floor() {
    // Reached 0.984 / 0.924 / 14 of 14 / 14 of 14 (from 0.905 blind; tuned on together
    // with holdout24 in round 15 of issue #3: casualty subjects with a phrase ("the death
    // toll from ... has risen to 25 people"), tables with inner pipes, people columns
    // beside formations, labels with irregular participles, "now number N", DRGs).
    // "the nine most dangerous settlements", the "from 14 to 20" companies and the
    // optional extras ("6 people with thermal sights", "100 more men") remain.
    check(
        "holdout23",
        Floors {
            f1: 0.964,
            strict_f1: 0.904,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout24_articles_score_above_the_floor() {
    // Reached 0.948 / 0.920 / 14 of 14 / 14 of 14 (from 0.861 blind; tuned on together
    // with holdout23 in round 15 of issue #3: people in treatment are injured, workforces,
    // stayers and aid volunteers are not a force, past-tense gifts are no appeal, unknown
    // plurals before irregular pasts, elided counts after ";" or a second verb).
    // Generators as equipment (FIGURES.md lists them nowhere; holdout6/12 say other), the
    // "$55-$110" range, the €40 print price and "including 19 children" remain.
    check(
        "holdout24",
        Floors {
            f1: 0.928,
            strict_f1: 0.900,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout25_articles_score_above_the_floor() {
    // Reached 0.991 / 0.965 / 12 of 14 / 14 of 14 (from 0.912 blind; tuned on in round 16
    // of issue #3: number-first fact-box lines ("151,000 – residents evacuated"), "›"
    // teaser lists, the outlet's own audience appeals ("Join now.", "Forward it to a
    // friend."), volunteers a formation includes, clean-up volunteers, "loses N troops",
    // contact labels ("Hotline for evacuees: 122"), neighbours/bystanders as people).
    // The yearless "Oct 8 (Reuters)" dateline (holdout2 k11 says null for the same
    // shape), the Russian reprint's "09/10/2024" read day-first without a weekday, and
    // "at least 40 of them were 19- or 20-year-olds" remain.
    check(
        "holdout25",
        Floors {
            f1: 0.971,
            strict_f1: 0.945,
            dates: 0.83,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout26_articles_score_above_the_floor() {
    // Reached 0.978 / 0.970 / 14 of 14 / 14 of 14 (from 0.919 blind; tuned on together
    // with holdout27 in round 17 of issue #3: residents who leave for a place, contract
    // firms and construction brigades as other, summary label lines ("Injured: 1
    // person"), reaction counters after icons, "one of 28 such companies", answers to
    // "How many ...?" questions, outbuildings). Generators as equipment (holdout6/12
    // say other), interviewees "according to three volunteers" as personnel and "two
    // sons" remain (optional in gold, other here).
    check(
        "holdout26",
        Floors {
            f1: 0.958,
            strict_f1: 0.950,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout27_articles_score_above_the_floor() {
    // Reached 0.982 / 0.968 / 14 of 14 / 14 of 14 (from 0.915 blind; tuned on together
    // with holdout26 in round 17 of issue #3: every line of a fact box without full
    // stops, "the loss of N fighters" and "eliminating N of them" as casualties, "Three
    // of ours died", applicants for payments, "Most Read from Bloomberg" boxes, ages after
    // "the oldest", telephone digit groups, "Moscow time"). "Nine members" decorated
    // (gold other; FIGURES.md: people serving in a force are personnel), the claim
    // heading "we lost 19 men" (gold killed; its NOTES say lost → casualties), "120 new
    // applications" and "at least five more men" reported missing remain.
    check(
        "holdout27",
        Floors {
            f1: 0.962,
            strict_f1: 0.948,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout30_articles_score_above_the_floor() {
    // Reached 0.959 / 0.923 / 14 of 14 / 14 of 14 (from 0.870 blind; tuned on together
    // with holdout31 in round 18 of issue #3: numbers in markdown emphasis, "DON'T
    // MISS" and "More from <site>" boxes, fire engines and explosive objects, people
    // sent home, "Kursk says three", residents who patrol). "Twelve of them" (squads,
    // after "with about 1,300 members") and "the two villages" restated remain.
    check(
        "holdout30",
        Floors {
            f1: 0.939,
            strict_f1: 0.903,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}

#[test]
fn holdout31_articles_score_above_the_floor() {
    // Reached 0.951 / 0.931 / 14 of 14 / 14 of 14 (from 0.807 blind; tuned on together
    // with holdout30 in round 18: a pipe table numbered by "№" with a "| | Total |" row,
    // "(Belgorod 11, Kursk 6)" breakdowns, "5 thousand 200", "Table 2", "week 11",
    // "pp. 31-34", "; by Sunday 1,300 had left"). A quote's "46 ... more than 400" shells,
    // machine-translated "were lost 14 civilians" and donation-page counters remain.
    check(
        "holdout31",
        Floors {
            f1: 0.931,
            strict_f1: 0.911,
            dates: 0.98,
            duplicates: 0.98,
        },
    );
}
