//! Phenomena of the eighteenth unseen set, each pinned with new sentences: numbers in
//! markdown emphasis ("**1,000+** shelling incidents"), pipe tables with a column of
//! row numbers ("| № | District |") and a total row with an empty first cell.

use super::super::*;

// (`article`: the figures the whole pipeline keeps, from unseen16)
use super::article;

const LEAD: &str = "Officials in the Kursk region gave the latest figures on Friday.\n\n";

#[test]
fn a_number_in_markdown_emphasis_keeps_the_noun_after_it() {
    let t = format!(
        "{LEAD}## At a glance\n\n\
         - **2,300+** people evacuated from the border villages\n\
         - **At least 9** civilians killed in the region this month\n\
         - *About 40* drones shot down over the weekend\n\
         - *12* villages without power\n"
    );
    assert_eq!(
        article(&t),
        vec![
            c(2300.0, Other, "person"),
            c(9.0, Killed, "civilian"),
            c(40.0, Equipment, "drone"),
            c(12.0, Other, "village"),
        ]
    );
    // in running text too
    assert_eq!(
        cats("The Kursk governor said **14** battalions had been formed."),
        vec![c(14.0, Units, "battalion")]
    );
    // traps: a bold year or a bold date is no count
    assert_eq!(
        article(&format!(
            "{LEAD}- **2022** the year the first shells fell\n"
        )),
        vec![]
    );
    assert_eq!(
        cats("In Kursk, **15 May** is the day the first unit was formed."),
        vec![]
    );
}

#[test]
fn a_pipe_table_with_a_column_of_row_numbers_reads_its_cells() {
    let t = format!(
        "{LEAD}| # | Town | Shells | Wounded | Homes hit |\n\
         |---|---|---|---|---|\n\
         | 1 | Sudzha | 120 | 4 | 31 |\n\
         | 2 | Glushkovo | 87 | 1 | 12 |\n\
         | | **Total** | **207** | **5** | **43** |\n"
    );
    let f = crate::extract_article("t", &t).figures;
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.value, f.category, f.unit.as_str(), f.region.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(120.0), Equipment, "shell", Some("Kursk")),
            (Some(4.0), Injured, "person", Some("Kursk")),
            (Some(31.0), Other, "home", Some("Kursk")),
            (Some(87.0), Equipment, "shell", Some("Kursk")),
            (Some(1.0), Injured, "person", Some("Kursk")),
            (Some(12.0), Other, "home", Some("Kursk")),
            (Some(207.0), Equipment, "shell", Some("Kursk")),
            (Some(5.0), Injured, "person", Some("Kursk")),
            (Some(43.0), Other, "home", Some("Kursk")),
        ],
        "{f:#?}"
    );
    // "No." heads the numbers as well, rows numbered "1." too
    let t = format!(
        "{LEAD}| No. | Region | Battalions |\n|---|---|---|\n\
         | 1. | Belgorod | 14 |\n| 2. | Bryansk | 6 |\n"
    );
    assert_eq!(
        article(&t),
        vec![c(14.0, Units, "battalion"), c(6.0, Units, "battalion")]
    );
    // trap: a first column of years is no numbering (its header is no "№")
    let t = format!(
        "{LEAD}| Year | Battalions | Fighters |\n|---|---|---|\n\
         | 2023 | 14 | 3,000 |\n| 2024 | 22 | 5,200 |\n"
    );
    assert!(
        article(&t)
            .iter()
            .all(|f| f.0 != Some(2023.0) && f.0 != Some(2024.0)),
        "{:#?}",
        article(&t)
    );
}

#[test]
fn fire_engines_shotguns_and_explosive_objects_are_equipment() {
    for (t, unit) in [
        (
            "In Belgorod, 31 fire engines were sent to the burning depot.",
            "engine",
        ),
        (
            "The Kursk battalion was issued 25 shotguns against small drones.",
            "shotgun",
        ),
        (
            "Sappers in the Kharkiv region removed more than 900 explosive objects last month.",
            "explosive object",
        ),
        (
            "Near Sudzha in Kursk, deminers found 45 unexploded items in the fields.",
            "unexploded item",
        ),
    ] {
        let f = cats(t);
        assert_eq!(
            f,
            vec![c(f.first().unwrap().0.unwrap(), Equipment, unit)],
            "{t}"
        );
    }
    // traps: a generic noun without a munition word is any other thing
    assert_eq!(
        cats("In Belgorod, police seized 14 objects from the warehouse."),
        vec![c(14.0, Other, "object")]
    );
    assert_eq!(
        cats("The Kursk region bought four storage tanks for water."),
        vec![c(4.0, Other, "storage tank")]
    );
}

#[test]
fn people_a_force_lets_go_are_no_longer_personnel() {
    for t in [
        "In the Belgorod region, 214 people were excluded from the militia lists over the year.",
        "Of those called up in Kursk, 96 men were sent home as unfit for service.",
        "The Bryansk enlistment office said 40 reservists had been sent back home.",
        "In Belgorod, 120 fighters of the battalion were demobilised in May.",
    ] {
        let f = cats(t);
        assert_eq!(f.len(), 1, "{t}: {f:#?}");
        assert_eq!(f[0].1, Other, "{t}: {f:#?}");
    }
    // traps: sent to the front, and the wounded sent home, keep their category
    assert_eq!(
        cats("In Kursk, 300 reservists were sent to the border battalions."),
        vec![c(300.0, Personnel, "reservist")]
    );
    assert_eq!(
        cats("In Belgorod, 12 wounded fighters were sent home to recover.")[0].1,
        Injured
    );
}

#[test]
fn tables_figures_topics_and_numbered_weeks_are_names() {
    for t in [
        "In Kursk, Table 3 compares the battalions of the region.",
        "Figure 2 shows the shelling of Belgorod since May.",
        "The Bryansk thread is archived as topic 20417.",
        "Shelling of Belgorod rose by 12 attacks compared with week 9.",
        "By day 4, the Kursk evacuation was complete.",
    ] {
        let f = cats(t);
        assert!(
            f.iter().all(|x| !matches!(x.0, Some(v) if v == 3.0 || v == 2.0 || v == 20417.0 || v == 9.0 || v == 4.0)),
            "{t}: {f:#?}"
        );
    }
    // the count in the same sentence stays
    assert_eq!(
        cats("Shelling of Belgorod rose by 12 attacks compared with week 9."),
        vec![c(12.0, Other, "attack")]
    );
    // traps: a count after "last week" and a lower-case "table" with its noun
    assert_eq!(
        cats("Last week 40 people were killed in the Kharkiv region."),
        vec![c(40.0, Killed, "person")]
    );
    assert_eq!(
        cats("In Belgorod, the week 30 volunteers joined was the busiest."),
        vec![c(30.0, Personnel, "volunteer")]
    );
}

#[test]
fn a_counter_after_share_buttons_is_furniture() {
    let t = format!(
        "{LEAD}Shelling damaged 14 houses in Sudzha.\n\nShare: [f] [t] [in]   37 comments\n"
    );
    assert_eq!(article(&t), vec![c(14.0, Other, "house")]);
    // trap: a footnote marker before a count in running text keeps the count
    assert_eq!(
        cats("The Kursk governor said [4] 120 volunteers had joined."),
        vec![c(120.0, Personnel, "volunteer")]
    );
}

#[test]
fn a_more_from_site_box_and_a_dont_miss_box_are_teasers() {
    let body = "Shelling damaged 14 houses in Sudzha, the Kursk governor said on Friday. \
                Two people were wounded, he said.\n\n";
    for box_ in [
        "More from NewsDesk\n- Kharkiv: 40 civilians killed in a week, officials say\n\
         - Bryansk: 3 houses damaged in Klimovo\n",
        "DON'T MISS\nPutin ally spotted at a Moscow party [PICS]\n\
         Ukraine war map shows 4 new fronts [LATEST]\n",
        "Don\u{2019}t miss\nKyiv says 12 drones downed overnight\n",
    ] {
        let t = format!("{LEAD}{body}{box_}");
        assert_eq!(
            article(&t),
            vec![c(14.0, Other, "house"), c(2.0, Injured, "person")],
            "{box_}"
        );
    }
    // trap: prose that says "more from the region" is no box
    let t = format!(
        "{LEAD}{body}More from the region came later: 30 residents were evacuated from Tyotkino.\n"
    );
    assert_eq!(article(&t).len(), 3, "{:#?}", article(&t));
}

#[test]
fn a_bracketed_breakdown_by_region_counts_what_the_figure_before_counts() {
    let f = run("In March, 40 houses were damaged (Sumy 28, Kharkiv 12), officials said.");
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.value, f.category, f.unit.as_str(), f.region.as_deref()))
        .collect();
    assert_eq!(
        got[1..],
        [
            (Some(28.0), Other, "house", Some("Sumy")),
            (Some(12.0), Other, "house", Some("Kharkiv")),
        ],
        "{f:#?}"
    );
    let f = run("Shelling killed 9 civilians (Belgorod region 7; Kursk 2) over the weekend.");
    assert_eq!(
        f.iter()
            .map(|f| (f.value, f.category, f.region.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (Some(9.0), Killed, Some("Belgorod")),
            (Some(7.0), Killed, Some("Belgorod")),
            (Some(2.0), Killed, Some("Kursk")),
        ],
        "{f:#?}"
    );
    // traps: a bracket with a route number or a non-region name is no breakdown
    assert_eq!(
        cats("In Kursk, 12 trucks were hit on the highway (Route 7, near Lgov)."),
        vec![c(12.0, Equipment, "truck")]
    );
    assert_eq!(
        cats("The Belgorod battalion has 300 fighters (Company 2, Shebekino)."),
        vec![c(300.0, Personnel, "fighter")]
    );
}

#[test]
fn a_parallel_clause_with_a_reporting_verb_or_a_time_phrase_keeps_the_noun() {
    assert_eq!(
        cats("Kharkiv says 14 civilians were killed this week; Sumy says five."),
        vec![c(14.0, Killed, "civilian"), c(5.0, Killed, "civilian")]
    );
    assert_eq!(
        cats("Moscow counts 30 drones shot down over Bryansk, and Kursk counts 12."),
        vec![c(30.0, Equipment, "drone"), c(12.0, Equipment, "drone")]
    );
    assert_eq!(
        cats("About 4,000 residents of Sudzha in Kursk were told to leave; by Monday 2,600 had gone."),
        vec![c(4000.0, Other, "resident"), c(2600.0, Other, "resident")]
    );
    assert_eq!(
        cats("In Belgorod, 500 volunteers signed up in spring, since June 300 have joined."),
        vec![
            c(500.0, Personnel, "volunteer"),
            c(300.0, Personnel, "volunteer")
        ]
    );
    // traps: a year after the time word is no count, nor a clause with its own noun
    assert_eq!(
        cats("In Kursk, 60 men joined the unit; by 2024 the number had doubled."),
        vec![c(60.0, Personnel, "man")]
    );
    assert_eq!(
        cats("Belgorod says 11 houses were hit; Kursk says 3 schools."),
        vec![c(11.0, Other, "house"), c(3.0, Other, "school")]
    );
}

#[test]
fn plural_people_before_a_verb_of_guard_duty_are_counted_as_the_force() {
    for t in [
        "In the Kursk region, about 400 residents patrol border villages at night.",
        "In Belgorod, 120 pensioners guard the bridges over the Donets.",
        "Near Sudzha in Kursk, 35 farmers man checkpoints on the roads.",
    ] {
        let f = cats(t);
        assert_eq!(f.len(), 1, "{t}: {f:#?}");
        assert_eq!(f[0].1, Personnel, "{t}: {f:#?}");
        assert!(
            matches!(f[0].2.as_str(), "resident" | "pensioner" | "farmer"),
            "{t}: {f:#?}"
        );
    }
    // traps: compounds with the duty word stay what they count
    assert_eq!(
        cats("The Belgorod police received 40 patrol cars."),
        vec![c(40.0, Equipment, "car")]
    );
    assert_eq!(
        cats("In Kursk, 12 residents patrol units were formed."),
        vec![c(12.0, Units, "unit")]
    );
}

#[test]
fn them_after_a_plural_of_an_earlier_clause_is_that_plural() {
    let f = cats(
        "In Belgorod, 300 volunteers have joined the battalions. \
         The battalions drive civilian pickups, and 20 of them carry armour plates.",
    );
    assert_eq!(
        f,
        vec![
            c(300.0, Personnel, "volunteer"),
            c(20.0, Equipment, "pickup")
        ]
    );
    // trap: with no plural in a clause before, "them" is the figure before
    let f = cats(
        "Russia launched 40 drones at the Kursk region overnight. \
         Air defence shot down 30 of them.",
    );
    assert_eq!(
        f,
        vec![c(40.0, Equipment, "drone"), c(30.0, Equipment, "drone")]
    );
}

#[test]
fn translated_n_thousand_m_is_one_number() {
    let v = |t: &str| -> Vec<(String, Option<f64>)> {
        crate::numerals::find_numbers(t)
            .into_iter()
            .map(|n| (t[n.span.start..n.span.end].to_string(), n.value))
            .collect()
    };
    assert_eq!(
        v("The detachments have reached 5 thousand 200 people."),
        vec![("5 thousand 200".to_string(), Some(5200.0))]
    );
    assert_eq!(
        v("Payments rose to 40 thousand 500 rubles."),
        vec![("40 thousand 500".to_string(), Some(40500.0))]
    );
    assert_eq!(
        cats("In Kursk the detachments number 4 thousand 750 fighters."),
        vec![c(4750.0, Personnel, "fighter")]
    );
    // traps: a hyphenated compound, a group of thousands and words stay apart
    assert_eq!(v("a 3 thousand 200-strong force").len(), 2);
    assert_eq!(v("2 thousand 1,500 of them").len(), 2);
    assert_eq!(
        v("three thousand 200 of them"),
        vec![
            ("three thousand".to_string(), Some(3000.0)),
            ("200".to_string(), Some(200.0))
        ]
    );
}

#[test]
fn page_numbers_of_a_citation_are_no_counts() {
    for t in [
        "Kursk volunteers, RUSI Occasional Paper, 2023, pp. 31\u{2013}34.",
        "See the Belgorod report, p. 12, for the method.",
        "Border militias, pp 5-7, Belgorod edition.",
    ] {
        assert_eq!(cats(t), vec![], "{t}");
    }
    // traps: a count after a full stop that ends a sentence, and "pages" with a count
    assert_eq!(
        cats("The Kursk unit has 40 drones. Another 12 arrived in May."),
        vec![c(40.0, Equipment, "drone"), c(12.0, Equipment, "drone")]
    );
    assert_eq!(
        cats("In Belgorod, 31 shells hit the village of Kozinka."),
        vec![c(31.0, Equipment, "shell")]
    );
}

#[test]
fn a_number_after_a_non_ascii_mark_is_read_safely() {
    for t in [
        "\u{2022}12 drones hit Belgorod.",
        "In Kursk \u{2014}40 shells fell.",
        "Belgorod: \u{2116}5 battalion has 300 men.",
    ] {
        let _ = run(t);
    }
    assert_eq!(
        cats("In Kursk \u{2014}40 shells fell."),
        vec![c(40.0, Equipment, "shell")]
    );
}

#[path = "unseen19.rs"]
mod unseen19;

#[path = "unseen20.rs"]
mod unseen20;

#[path = "unseen21.rs"]
mod unseen21;

#[path = "unseen22.rs"]
mod unseen22;

#[path = "unseen23b.rs"]
mod unseen23b;
