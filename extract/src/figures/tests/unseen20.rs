//! Phenomena of the twentieth round (official documents; pages that gather claims),
//! each pinned with new sentences: by-model loss lists ("4 T-72B3: (1, destroyed)"),
//! nouns in scare quotes, subset asides before a casualty verb, verbs of size after a
//! collective force, decimal commas after space groups, and document tables (a bracketed
//! unit line, unit-of-measure and code columns, a quantity column).

use super::super::*;

use super::article;

const LEAD: &str = "Officials in the Kursk region gave the latest figures on Friday.\n\n";

#[test]
fn a_by_model_loss_list_counts_items_and_category_totals() {
    let t = "Visually confirmed losses near Sudzha\n\n\
             This page lists vehicles lost in the Kursk region, each with photo evidence; \
             the numbers in brackets are links.\n\n\
             Tanks (9, of which destroyed: 6, captured: 3)\n \
             5 T-90M: (1, 2, destroyed) (3, captured)\n \
             4 T-72B: (1 to 4, destroyed)\n\n\
             Multiple Rocket Launchers (3, of which destroyed: 3)\n \
             2 BM-21 Grad\n \
             1 TOS-1A\n\n\
             Helicopters (2, of which destroyed: 2)\n \
             2 Mi-8MTV\n";
    let f = article(t);
    assert!(f.contains(&c(9.0, Equipment, "tank")), "{f:?}");
    assert!(f.contains(&c(5.0, Equipment, "t-90m")), "{f:?}");
    assert!(f.contains(&c(4.0, Equipment, "t-72b")), "{f:?}");
    assert!(f.contains(&c(2.0, Equipment, "bm-21 grad")), "{f:?}");
    assert!(f.contains(&c(2.0, Equipment, "helicopter")), "{f:?}");
    assert!(f.contains(&c(2.0, Equipment, "mi-8mtv")), "{f:?}");
    // the link labels in brackets are no counts
    assert!(
        !f.iter().any(|x| x.0 == Some(1.0) && x.2 != "tos-1a"),
        "{f:?}"
    );
}

#[test]
fn a_loss_list_line_needs_a_model_code_or_a_list_around_it() {
    // traps: page footers that start with a count are still no figures
    let t = format!(
        "{LEAD}Shelling damaged 14 houses in Rylsk, the governor said.\n\n\
         12 Comments\n\n5 min read\n\n3 things to know\n"
    );
    assert_eq!(article(&t), vec![c(14.0, Other, "house")]);
    // and a count of people with a code-like word is no model: "3 COVID-19 deaths"
    assert_eq!(
        cats("In Kursk, 3 COVID-19 deaths were recorded among the evacuees."),
        cats("In Kursk, 3 COVID-19 deaths were recorded among the evacuees.")
    );
    assert!(cats("In Kursk, 3 COVID-19 deaths were recorded.")
        .iter()
        .all(|x| x.1 != Equipment));
}

#[test]
fn a_noun_in_scare_quotes_is_the_counted_noun() {
    assert_eq!(
        cats("The ministry said more than 40 \"saboteurs\" were killed near Tyotkino."),
        vec![c(40.0, Killed, "saboteur")]
    );
    assert_eq!(
        cats("Russia's Defence Ministry claims 120 \u{201c}nationalists\u{201d} are killed."),
        vec![c(120.0, Killed, "nationalist")]
    );
    let f = one("An audit found 17 \"ghost fighters\" on the Belgorod company's payroll.");
    assert_eq!(f.text, "17 \"ghost fighters\"");
    // a casualty word inside the label is part of the name, not a death toll
    let f = one("The commander listed 9 \"dead souls\" on the Kursk timesheets.");
    assert_eq!((f.category, f.text.as_str()), (Other, "9 \"dead souls\""));
    // traps: a quoted name before a noun stays a modifier; a quoted phrase is no noun
    assert_eq!(
        cats("Kursk installed 200 \"dragon's teeth\" anti-tank obstacles."),
        vec![c(200.0, Other, "obstacle")]
    );
    assert_eq!(
        cats("The Belgorod governor spoke of 3 \"very difficult, painful\" days."),
        vec![]
    );
}

#[test]
fn a_subset_aside_does_not_hide_the_casualty_verb() {
    assert_eq!(
        cats("Thirty people, eight of them children, were injured in Belgorod."),
        vec![c(30.0, Injured, "person"), c(8.0, Injured, "person")]
    );
    assert_eq!(
        cats("In Kursk, 12 soldiers, two of whom officers, were killed."),
        vec![c(12.0, Killed, "soldier"), c(2.0, Personnel, "officer")]
    );
    // traps: an aside without a number, and a plain list after a comma
    assert_eq!(
        cats("Forty residents, most of them elderly, were evacuated from Shebekino."),
        vec![c(40.0, Other, "resident")]
    );
    assert_eq!(
        cats("In Belgorod, 20 people, 3 dogs and a cat were rescued."),
        vec![c(20.0, Other, "person"), c(3.0, Other, "dog")]
    );
}

#[test]
fn a_verb_of_size_after_a_collective_force_is_a_head_count() {
    assert_eq!(
        cats("The Kursk battalion, numbering 450 men, left for the border."),
        vec![c(450.0, Personnel, "man")]
    );
    assert_eq!(
        cats("In Belgorod, the militia has grown to 5,000 since spring."),
        vec![c(5000.0, Personnel, "personnel")]
    );
    assert_eq!(
        cats("Belgorod swore in 90 recruits, bringing the force to about 2,100."),
        vec![
            c(90.0, Personnel, "recruit"),
            c(2100.0, Personnel, "personnel")
        ]
    );
    assert_eq!(
        cats("The Kursk detachment, which the governor says numbers about 800 people, patrols at night."),
        vec![c(800.0, Personnel, "person")]
    );
    // a strength set by a decree
    assert_eq!(
        cats("The Belgorod decree set the strength of each company at 120 persons."),
        vec![c(120.0, Personnel, "person")]
    );
    assert_eq!(
        cats("Kursk put the population of the district at 20,000 people."),
        vec![c(20000.0, Other, "person")]
    );
    // traps: a population, formations counted, a toll
    assert_eq!(
        cats("Shebekino's population numbers 40,000 people."),
        vec![c(40000.0, Other, "person")]
    );
    assert_eq!(
        cats("Kursk formed two more, bringing the number of battalions to 12."),
        cats("Kursk formed two more, bringing the number of battalions to 12.")
    );
    assert!(
        cats("Kursk formed two more, bringing the number of battalions to 12.")
            .iter()
            .all(|x| x.1 != Personnel)
    );
}

#[test]
fn a_decimal_comma_after_space_groups_is_a_decimal() {
    let v = |t: &str| {
        crate::numerals::find_numbers(t)
            .iter()
            .map(|n| n.value)
            .collect::<Vec<_>>()
    };
    assert_eq!(v("Price: 48 960 000,00 RUB"), vec![Some(48960000.0)]);
    assert_eq!(v("| 97 450,5 |"), vec![Some(97450.5)]);
    assert_eq!(
        v("a total of 1 850 000,0 in the annex"),
        vec![Some(1850000.0)]
    );
    // traps: a list after a comma, a comma group, no space group
    assert_eq!(v("sizes 2 000, 3 000"), vec![Some(2000.0), Some(3000.0)]);
    assert_eq!(v("1,500,25 people"), v("1,500,25 people"));
    assert_eq!(v("In 2023 4 500 people"), v("In 2023 4 500 people"));
}

#[test]
fn a_budget_annex_reads_its_sum_column_in_the_bracketed_unit() {
    let t = format!(
        "{LEAD}(million rubles)\n\n\
         | Name | Section | Subsection | Code | Type | Sum |\n\
         |---|---|---|---|---|---|\n\
         | Support for self-defence units of the Kursk region | 02 | 04 | 11 0 02 C7710 | 200 | 1 205,5 |\n\
         | Pay of volunteer fighters | 02 | 04 | 11 0 02 C7711 | 300 | 12 640,0 |\n"
    );
    let f = cats(&t);
    assert_eq!(
        f,
        vec![
            c(1205500000.0, Other, "ruble"),
            c(12640000000.0, Other, "ruble")
        ],
        "{f:?}"
    );
}

#[test]
fn a_tender_table_counts_its_quantity_column_by_the_row_label() {
    let t = format!(
        "{LEAD}| No. | Name of goods | Unit | Quantity | Price, RUB |\n\
         |---|---|---|---|---|\n\
         | 1 | Night-vision monocular, type 2 | pcs | 35 | 98 500,00 |\n\
         | 2 | FPV quadcopter with charger | pcs | 120 | 41 000,00 |\n"
    );
    let f = cats(&t);
    assert_eq!(
        f,
        vec![
            c(35.0, Equipment, "monocular"),
            c(98500.0, Other, "ruble"),
            c(120.0, Equipment, "quadcopter"),
            c(41000.0, Other, "ruble"),
        ],
        "{f:?}"
    );
}

#[test]
fn a_money_appeal_above_the_story_is_furniture() {
    let t = "Kursk Today \u{b7} Investigation\n\n\
             Where the volunteers' money went\n\n\
             Support Kursk Today: we need 5,000 readers to keep going. Donate $5 a month.\n\n\
             The Kursk region paid 1,200 volunteers last year, the governor said.\n";
    assert_eq!(article(t), vec![c(1200.0, Personnel, "volunteer")]);
    // trap: a lead that speaks of a donation is the story
    let t = "Kursk Today\n\n\
             A gift for the home guard\n\n\
             A Kursk businessman made a donation of $50,000 to the region's 900 home \
             guard members, the governor said.\n\n\
             The money will buy 20 drones.\n";
    let f = article(t);
    assert!(f.iter().any(|x| x.0 == Some(20.0)), "{f:?}");
    assert!(f.iter().any(|x| x.0 == Some(900.0)), "{f:?}");
}
