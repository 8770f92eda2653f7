//! Phenomena of the eighth set of unseen articles, each pinned with new sentences:
//! loss lists with the noun first and the number after a spaced dash ("tanks – 6;").

use super::*;
use crate::model::Category::*;
use Qualifier as Q;

#[test]
fn dash_list_items_count_their_label() {
    let text = "Yesterday the occupiers lost:\nhelicopters – 2;\ncruise missiles – 5;\nfield guns – 13;\nfuel depots – 3.";
    assert_eq!(
        cats(text),
        vec![
            c(2.0, Equipment, "helicopter"),
            c(5.0, Equipment, "missile"),
            c(13.0, Equipment, "gun"),
            c(3.0, Other, "depot"),
        ]
    );
    let f = run(text);
    assert_eq!(f[0].text, "helicopters – 2");
    assert_eq!(f[2].text, "field guns – 13");
}

#[test]
fn people_in_a_loss_list_are_casualties() {
    let text = "Total losses of the invaders since February 2022:\nsoldiers – about 301,200 (+950) persons;\ntanks – 3,990 (+9);\nair defense systems – 560 (+2).";
    let f = run(text);
    assert_eq!(f.len(), 3, "{f:#?}");
    check(
        &f[0],
        "soldiers – about 301,200",
        Some(301200.0),
        Q::Approximately,
        "soldier",
        Casualties,
        None,
    );
    assert_eq!((f[1].value, f[1].category), (Some(3990.0), Equipment));
    assert_eq!((f[2].value, f[2].category), (Some(560.0), Equipment));
    // the bracket says it without a heading
    assert_eq!(
        cats("personnel – 87 (killed and wounded);"),
        vec![c(87.0, Casualties, "personnel")]
    );
}

#[test]
fn dash_list_without_losses_keeps_the_people_category() {
    // a staffing list: the people serve, nobody was lost
    assert_eq!(
        cats("The new detachment has:\nvolunteers – 120;\nfighters – 14."),
        vec![
            c(120.0, Personnel, "volunteer"),
            c(14.0, Personnel, "fighter")
        ]
    );
}

#[test]
fn dash_in_prose_is_not_a_list_item() {
    // a dash inside a sentence, a number with its own noun after it
    assert_eq!(
        cats("The result – 40 drones downed over the region in a single night."),
        vec![c(40.0, Equipment, "drone")]
    );
    // an unspaced dash is a range, not a label
    assert_eq!(
        cats("Groups of 10–15 fighters tried to cross."),
        vec![c(10.0, Personnel, "fighter")]
    );
    // a year after a dash is still a year
    none("Founded – 2014.");
}

#[test]
fn up_from_takes_the_count_that_changed_not_a_breakdown() {
    assert_eq!(
        cats("The company now has 240 volunteers, split into six squads, up from about 130 last spring."),
        vec![
            c(240.0, Personnel, "volunteer"),
            c(6.0, Units, "squad"),
            c(130.0, Personnel, "volunteer")
        ]
    );
    // the figure right before can have risen from it: it keeps its noun (a trap)
    assert_eq!(
        cats("Only 35 fighters now guard the 3 villages, up from 2 last year."),
        vec![
            c(35.0, Personnel, "fighter"),
            c(3.0, Other, "village"),
            c(2.0, Other, "village")
        ]
    );
    assert_eq!(
        cats("The unit has 80 fighters, down from 120 in March."),
        vec![
            c(80.0, Personnel, "fighter"),
            c(120.0, Personnel, "fighter")
        ]
    );
    // the figure right before can have changed that way: it keeps its noun
    assert_eq!(
        cats("The region now has 14 battalions of volunteers, up from 9 last year."),
        vec![c(14.0, Units, "battalion"), c(9.0, Units, "battalion")]
    );
}

#[test]
fn a_relative_clause_states_the_casualty() {
    assert_eq!(
        cats("The council honoured the 12 volunteers who died defending the border."),
        vec![c(12.0, Killed, "volunteer")]
    );
    assert_eq!(
        cats("Doctors treated 31 servicemen who were wounded near Tyotkino."),
        vec![c(31.0, Injured, "serviceman")]
    );
    assert_eq!(
        cats("Prayers were said for 5 fighters that had been killed in the shelling."),
        vec![c(5.0, Killed, "fighter")]
    );
    // active verbs: the fighters did it, nobody of them was hurt (traps)
    assert_eq!(
        cats("The 40 fighters who killed the saboteurs were given medals."),
        // (not killed: people given medals are the honoured, unseen21)
        vec![c(40.0, Other, "fighter")]
    );
    assert_eq!(
        cats("About 60 volunteers who helped the wounded were thanked."),
        vec![c(60.0, Personnel, "volunteer")]
    );
}

#[test]
fn among_the_dead_names_the_casualty() {
    assert_eq!(
        cats("The list includes 9 Belgorod volunteers among more than 400 confirmed deaths in the region."),
        vec![c(9.0, Killed, "volunteer"), c(400.0, Killed, "death")]
    );
    assert_eq!(
        cats("Officials counted 3 soldiers among the wounded."),
        vec![c(3.0, Injured, "soldier")]
    );
    // a group that is not of casualties, and a clause break before them (traps)
    assert_eq!(
        cats("There were 20 volunteers among the residents at the meeting."),
        vec![c(20.0, Personnel, "volunteer")]
    );
    assert_eq!(
        cats("We saw 15 volunteers among the crews who carried the wounded."),
        vec![c(15.0, Personnel, "volunteer")]
    );
}

#[test]
fn kit_and_discourse_nouns() {
    // quad bikes and buggies bought for a force are vehicles
    assert_eq!(
        cats("The unit received 14 vehicles, including 3 quad bikes and 2 buggies."),
        vec![
            c(14.0, Equipment, "vehicle"),
            c(3.0, Equipment, "bike"),
            c(2.0, Equipment, "buggy")
        ]
    );
    // an essay's own structure is not a reported count
    none("There are three problems with this plan, and two reasons to try it anyway.");
    none("Letters should be up to 300 words long.");
    none("Two cheers for the volunteers.");
    // places or wars named before: "the two communities", "both wars"
    none("Since then, the two communities have lost their schools.");
    none("For her, the two wars have begun to merge.");
    // a count of communities with no article before it is still a count
    assert_eq!(
        cats("Shelling hit 5 communities overnight."),
        vec![c(5.0, Other, "community")]
    );
}

#[test]
fn people_who_left_their_villages_are_not_a_force() {
    assert_eq!(
        cats("Since March, 520 people have left the frontline villages of the district."),
        vec![c(520.0, Other, "person")]
    );
    assert_eq!(
        cats("About 90 residents fled the town after the shelling."),
        vec![c(90.0, Other, "resident")]
    );
    // joining a force in a village is still a force (trap)
    assert_eq!(
        cats("In the village, 45 men joined the territorial defence battalion."),
        vec![c(45.0, Personnel, "man")]
    );
}

#[test]
fn one_of_n_counts_the_set() {
    let f = one("His detachment, one of 9 formed in the district last year, guards the river.");
    check(
        &f,
        "one of 9",
        Some(9.0),
        Q::Exact,
        "detachment",
        Units,
        None,
    );
    assert_eq!(
        cats("The village, one of 40 shelled this week, has no power."),
        vec![c(40.0, Other, "village")]
    );
    // "one of the battalions", "one of its fighters": no number after, no count (traps)
    none("Her son's battalion, one of the oldest in the region, patrols the border.");
    // a noun after the number keeps it
    assert_eq!(
        cats("She was one of 300 volunteers who signed up."),
        vec![c(300.0, Personnel, "volunteer")]
    );
}

#[test]
fn one_for_each_is_a_share_not_a_count() {
    assert_eq!(
        cats("Pupils lit 30 candles, one for each fallen fighter."),
        vec![c(30.0, Other, "candle")]
    );
    assert_eq!(
        cats("The district bought 12 generators, one per village."),
        vec![c(12.0, Equipment, "generator")]
    );
    // a number with its own noun before "at each" is a count (trap)
    assert_eq!(
        cats("They keep two fighters at each post."),
        vec![c(2.0, Personnel, "fighter")]
    );
}

#[test]
fn among_the_deaths_after_a_long_noun_phrase() {
    assert_eq!(
        cats("The database lists 6 Kursk territorial defence fighters among more than 1,100 confirmed Russian military deaths in the Kursk region."),
        vec![c(6.0, Killed, "fighter"), c(1100.0, Killed, "death")]
    );
}

#[test]
fn speakers_count_their_own_group() {
    let f = one("When the war came, about 25 of us joined the territorial defence unit.");
    check(
        &f,
        "about 25 of us",
        Some(25.0),
        Q::Approximately,
        "person",
        Personnel,
        None,
    );
    assert_eq!(
        cats("How many fighters are in your detachment now? We are 58."),
        vec![c(58.0, Personnel, "person")]
    );
    // "we are 30 km from the border": a distance, not the group (trap)
    none("We are 30 km from the border.");
    // "we were 3 days without power": a duration
    none("We were 3 days without power.");
}

fn regions(text: &str) -> Vec<Option<String>> {
    run(text).into_iter().map(|f| f.region).collect()
}

#[test]
fn a_region_named_to_compare_or_as_a_border_is_not_the_context() {
    // "Like Belgorod, ...": the paragraph is still about Kursk
    assert_eq!(
        regions("Kursk has been shelled for months. Like Belgorod, it has raised local units. About 2,000 residents have joined them."),
        vec![Some("Kursk".into())]
    );
    // "lies on the border with Ukraine's Kharkiv region": the district is Belgorod's
    assert_eq!(
        regions("Shebekino was hit again on Friday.\nThe district lies on the border with Ukraine's Kharkiv region. Since May, 40 houses have been damaged there."),
        vec![Some("Belgorod".into())]
    );
    assert_eq!(
        regions("Shebekino was hit again on Friday.\nThe town lies on the border with Ukraine's Kharkiv region, and 12 houses were damaged."),
        vec![Some("Belgorod".into())]
    );
    // a figure that is about the region named after "like" in its own words (trap):
    // the region a sentence names for itself still counts
    assert_eq!(
        regions("Kursk has 11 battalions. Belgorod, like its neighbour, has 9 battalions."),
        vec![Some("Kursk".into()), Some("Belgorod".into())]
    );
}
