//! Phenomena of the sixteenth unseen set, each pinned with new sentences: fact-box
//! lines that put the number first and its noun after a dash ("151,000 – residents
//! evacuated"), related-article lists marked with "›".

use super::super::*;

/// The figures the whole pipeline keeps from an article.
fn article(text: &str) -> Vec<(Option<f64>, Category, String)> {
    crate::extract_article("t", text)
        .figures
        .into_iter()
        .map(|f| (f.value, f.category, f.unit))
        .collect()
}

#[test]
fn a_number_first_fact_line_counts_the_noun_after_its_dash() {
    let t = "2,300 – families moved out of the Graivoron district.\n\
             more than 40 – civilians killed in Shebekino since May.\n\
             about 120 — soldiers wounded in the border villages, the ministry says.\n\
             6 – volunteer detachments set up in the Bryansk region.\n\
             14 – field kitchens still working in Belgorod.\n";
    let f = cats(t);
    assert_eq!(
        f,
        vec![
            c(2300.0, Other, "family"),
            c(40.0, Killed, "civilian"),
            c(120.0, Injured, "soldier"),
            c(6.0, Units, "detachment"),
            c(14.0, Other, "kitchen"),
        ],
        "{f:#?}"
    );
    // the span stated is the number alone, with its qualifier
    let r = run(t);
    assert_eq!(r[1].text, "more than 40");
    assert_eq!(r[1].qualifier, Qualifier::MoreThan);
}

#[test]
fn a_number_first_line_after_a_list_mark_counts_too() {
    let f = cats("- 310 – residents still in temporary housing in Kursk.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!((f[0].0, f[0].2.as_str()), (Some(310.0), "resident"));
}

#[test]
fn a_number_first_dash_that_is_no_fact_line_is_no_count() {
    // trap: a year before a dash is a date
    none("2014 – the year the first battalion was formed.");
    // trap: a clause after the dash, no label
    none("40 – that is what the governor promised.");
    // trap: a number in the middle of a sentence before a dash
    let f = cats("The village lost 12 – the governor gave no details – in the attack.");
    assert!(f.iter().all(|x| x.2 != "governor"), "{f:#?}");
    // trap: an amount keeps its own noun
    assert_eq!(
        cats("15,000 rubles – payment to each evacuee."),
        vec![c(15000.0, Other, "ruble")]
    );
}

#[test]
fn arrow_items_under_a_most_read_header_are_teasers() {
    let t = "Drones struck the Belgorod region overnight, and 12 houses were damaged, the governor said.\n\n\
             Popular:\n\
             › Shebekino: 3 injured in shelling of a market\n\
             › Kursk: 40 evacuees moved to new centres\n";
    let f = article(t);
    assert_eq!(f, vec![c(12.0, Other, "house")], "{f:#?}");
    // trap: a quoted line marked "›" with no teaser header stays body
    let t = "The commander wrote on Telegram:\n\n\
             › The battalion now has 300 fighters in Graivoron.\n";
    let f = article(t);
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn the_outlets_own_audience_appeals_are_furniture() {
    let body = "Shelling damaged 14 houses in Shebekino, the governor said.\n\n";
    for appeal in [
        "We’re almost there. Border Daily is 300 members away from its goal of 5,000 members. Join now.",
        "Like this digest? Forward it to a friend. 8,900 readers get it every Friday.",
        "This newsletter is free; to keep it that way, give as little as $3 a month.",
        "Our target: 2,000 supporters by December. Join today and get the weekly map.",
    ] {
        let f = article(&format!("{body}{appeal}\n"));
        assert_eq!(f, vec![c(14.0, Other, "house")], "{appeal}: {f:#?}");
    }
    // trap: a recruiting call in the story is no appeal of the outlet ("join" is not
    // the opening of a sentence of its own)
    let f = article("The governor urged residents to join now: 200 men signed up on Monday.\n");
    assert_eq!(f.len(), 1, "{f:#?}");
    // trap: a quote that opens with "Join" but tells of the battalion
    let f = article("“Join us,” the commander said. The battalion has 400 fighters in Kursk.\n");
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn volunteers_a_formation_includes_serve_in_it() {
    for t in [
        "The governor said the new battalions include around 1,600 volunteers, mostly local men who lost their homes in Sudzha.",
        "The detachments now number 450 volunteers, many of them evacuees from Glushkovo.",
        "The company consists of 120 volunteers who fled their homes in the Krasnaya Yaruga district.",
    ] {
        let f = one(t);
        assert_eq!((f.unit.as_str(), f.category), ("volunteer", Personnel), "{t}");
    }
    // trap: volunteers who help evacuees, with no formation as subject, stay civil
    let f = one("About 300 volunteers helped evacuees who lost their homes in Sudzha.");
    assert_eq!(f.category, Other, "{f:#?}");
}

#[test]
fn volunteers_who_clear_debris_are_a_civil_crew() {
    for t in [
        "Over 4,000 volunteers from the regional movement, most of them students, helped clear debris since the spring.",
        "Some 250 volunteers cleared rubble from the damaged school in Shebekino.",
    ] {
        assert_eq!(one(t).category, Other, "{t}");
    }
    // trap: a force named in the sentence keeps its members personnel
    let f = one(
        "About 80 volunteers of the territorial defence battalion cleared debris from the road.",
    );
    assert_eq!(f.category, Personnel, "{f:#?}");
}

#[test]
fn a_loss_verb_in_the_present_counts_losses() {
    for t in [
        "Ukraine loses up to 310 troops in the Kursk area over past day.",
        "The enemy loses about 200 servicemen a day near Glushkovo, the ministry says.",
        "Each night the brigade destroys up to 40 fighters trying to cross the border.",
        "The unit eliminates 15 saboteurs near Klimovo, the FSB says.",
    ] {
        assert_eq!(one(t).category, Casualties, "{t}");
    }
    // trap: losing kit is equipment, not casualties
    assert_eq!(
        one("The army loses 12 tanks a week in the Kursk region.").category,
        Equipment
    );
}

#[test]
fn a_contact_label_gives_a_phone_number() {
    for t in [
        "Hotline for evacuees: 122.",
        "Helpline for families of servicemen: 112",
        "Phone of the humanitarian headquarters: 122",
    ] {
        none(t);
    }
    // trap: a count label with a colon is still a count
    assert_eq!(
        cats("Evacuees registered: 1,200"),
        vec![c(1200.0, Other, "evacuee")]
    );
}

#[test]
fn people_named_by_their_relation_are_people() {
    for (t, cat) in [
        (
            "His wife and two neighbours were wounded in Shostka.",
            Injured,
        ),
        (
            "Three pedestrians were killed at the bus stop in Belgorod.",
            Killed,
        ),
        (
            "Four bystanders were injured when the drone fell in Kursk.",
            Injured,
        ),
        ("Two teenagers were hurt by debris in Shebekino.", Injured),
    ] {
        assert_eq!(one(t).category, cat, "{t}");
    }
    // trap: neighbours who take in evacuees are no casualties
    assert_eq!(
        one("About 40 neighbours took in evacuees from the damaged block in Belgorod.").category,
        Other
    );
}

#[test]
fn n_more_with_a_verb_after_it_counts_the_noun_before() {
    let f = cats("12 drones were shot down over the district, 3 more fell near Shebekino.");
    assert_eq!(
        f,
        vec![c(12.0, Equipment, "drone"), c(3.0, Equipment, "drone")]
    );
    let f = cats("We mark 5 villages as retaken this week and 2 more as contested.");
    assert_eq!(f, vec![c(5.0, Other, "village"), c(2.0, Other, "village")]);
    let f = cats("Air defences destroyed 20 drones, and 4 more crashed in fields near Kursk.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1], c(4.0, Equipment, "drone"));
    // trap: "more than" compares: no elided count of the noun before
    assert_eq!(
        cats("14 drones were downed over Kursk, 3 more than last week."),
        vec![c(14.0, Equipment, "drone")]
    );
}

#[path = "unseen17.rs"]
mod unseen17;
