//! Phenomena of the seventh set of unseen articles, each pinned with new sentences:
//! "N of them" after a casualty verb or after "the wounded"; colloquial people nouns
//! ("guys", "lads"); formations counted as events ("took part in 140 patrols");
//! residents who left their homes; "number" as a verb ("the squads number 18 squads").

use super::*;
use crate::model::Category::*;
use Qualifier as Q;

#[test]
fn of_them_after_a_casualty_verb_counts_the_casualties() {
    assert_eq!(
        cats("A shell hit a truck carrying soldiers, killing three of them and injuring a fourth."),
        vec![c(3.0, Killed, "soldier")]
    );
    assert_eq!(
        cats("Artillery struck a convoy of 12 volunteers, wounding five of them."),
        vec![
            c(12.0, Personnel, "volunteer"),
            c(5.0, Injured, "volunteer")
        ]
    );
    // without a verb, "of them" keeps what the figure before counted
    assert_eq!(
        cats("The unit has 40 volunteers; 25 of them are from Shebekino."),
        vec![
            c(40.0, Personnel, "volunteer"),
            c(25.0, Personnel, "volunteer")
        ]
    );
}

#[test]
fn of_them_after_the_wounded_are_injured_people() {
    assert_eq!(
        cats("At least 20 houses were damaged. Nine of the injured were taken to hospital, three of them in a grave condition."),
        vec![c(20.0, Other, "house"), c(3.0, Injured, "person")]
    );
    assert_eq!(
        cats("Officials said 14 cars were destroyed and that among the dead were two of them, drivers, the mayor said."),
        vec![c(14.0, Equipment, "car"), c(2.0, Killed, "person")]
    );
    // trap: "the dead" in another sentence does not reach across the full stop
    assert_eq!(
        cats("The dead were buried on Friday. Officials said 14 trucks came; six of them carried food."),
        vec![c(14.0, Equipment, "truck"), c(6.0, Equipment, "truck")]
    );
}

#[test]
fn colloquial_people_nouns_are_people() {
    assert_eq!(
        cats("Two of our guys were wounded near the border post."),
        vec![c(2.0, Injured, "guy")]
    );
    assert_eq!(
        cats("Four lads from the village were killed in the shelling."),
        vec![c(4.0, Killed, "lad")]
    );
    assert_eq!(
        cats("Some 30 guys signed up for the militia battalion this week."),
        vec![c(30.0, Personnel, "guy")]
    );
}

#[test]
fn formations_taken_part_in_are_events() {
    assert_eq!(
        cats("Since May the squads have taken part in 75 joint patrols with the police."),
        vec![c(75.0, Other, "patrol")]
    );
    assert_eq!(
        cats("The detachment carried out 12 patrols along the river last month."),
        vec![c(12.0, Other, "patrol")]
    );
    assert_eq!(
        cats("Border guards conducted more than 40 raids in the district."),
        vec![c(40.0, Other, "raid")]
    );
    // traps: formations that are sent, formed or joined stay units
    assert_eq!(
        cats("The district sends out six patrols every night."),
        vec![c(6.0, Units, "patrol")]
    );
    assert_eq!(
        cats("Volunteers from 5 battalions took part in the exercise."),
        vec![c(5.0, Units, "battalion")]
    );
}

#[test]
fn residents_who_left_their_homes_are_not_a_force() {
    assert_eq!(
        cats("The militia guards the district. About 900 residents of the border villages have left their homes."),
        vec![c(900.0, Other, "resident")]
    );
    assert_eq!(
        cats("Squad commanders said some 250 people had abandoned their homes near the border."),
        vec![c(250.0, Other, "person")]
    );
    // trap: people who leave their jobs to join a unit are still joining
    assert_eq!(
        cats("Around 120 men left their jobs to join the territorial defence battalion."),
        vec![c(120.0, Personnel, "man")]
    );
}

#[test]
fn number_as_a_verb_is_not_a_designator() {
    assert_eq!(
        cats("The people's squads now number 26 squads with 900 members."),
        vec![c(26.0, Units, "squad"), c(900.0, Personnel, "member")]
    );
    assert_eq!(
        cats("Together they number 1,300 fighters, the commander said."),
        vec![c(1300.0, Personnel, "fighter")]
    );
    // traps: a number as a name stays a name
    none("The convoy left from gate number 4 at dawn.");
    none("Residents of house number 12 were moved to a school.");
    none("The decree, Number 215, was signed by the governor.");
}

#[test]
fn pointers_to_other_parts_of_a_series_are_not_figures() {
    none("Read Part 3: “How 4,000 volunteers were armed”");
    none("This is our second report on the militias. Read our earlier piece: 12 battalions in a year.");
    none("Read the first part: Did the region really form 7 battalions?");
    // trap: "read" in the body is a verb
    assert_eq!(
        cats("The governor read out a list of 28 villages to be evacuated."),
        vec![c(28.0, Other, "village")]
    );
}

#[test]
fn a_forces_strength_is_its_head_count() {
    assert_eq!(
        cats("The militia took in 250 volunteers in May, bringing its strength to about 2,900."),
        vec![
            c(250.0, Personnel, "volunteer"),
            c(2900.0, Personnel, "volunteer")
        ]
    );
    assert_eq!(
        cats("Its total strength is now put at 4,500, the ministry said."),
        vec![c(4500.0, Personnel, "person")]
    );
    // trap: a strength in percent is a share
    assert_eq!(
        cats("The battalion is at 80 percent of its strength."),
        vec![c(80.0, Other, "percent")]
    );
}

#[test]
fn vote_tallies_are_not_figures() {
    none("The vote was 41 to 3.");
    none("Deputies voted 28 to 5 in favour of the bill.");
    none("The motion passed by 30 votes to 2.");
    // traps: a range "from N to M" with a noun, and a vote with a real amount
    assert_eq!(
        cats("The squads grew from 20 to 35 members."),
        vec![c(20.0, Personnel, "member")]
    );
    assert_eq!(
        cats("The council voted to give 12 drones to the battalion."),
        vec![c(12.0, Equipment, "drone")]
    );
}

#[test]
fn percent_certainty_is_not_a_share() {
    none("I am 100 percent sure the village will be shelled again.");
    none("“We are 99 per cent certain it was a drone,” he said.");
    none("She was 100% convinced that the unit would return.");
    // trap: a real share
    assert_eq!(
        cats("About 60 percent of the volunteers are sure to stay."),
        vec![c(60.0, Other, "percent")]
    );
}

#[test]
fn plural_designations_are_the_counted_kit() {
    assert_eq!(
        cats("The platoon had five AK-74s for 30 men."),
        vec![c(5.0, Equipment, "ak-74"), c(30.0, Personnel, "man")]
    );
    assert_eq!(
        cats("Russia moved 12 T-72Bs and two Mi-8s to the border."),
        vec![c(12.0, Equipment, "t-72b"), c(2.0, Equipment, "mi-8")]
    );
    // traps: a designation in the singular is a name, a year before it is a date
    none("The pilot of the Su-34 was rescued.");
    none("In 2022 T-72s were seen near the border.");
}

#[test]
fn a_part_of_a_set_with_space_grouped_thousands() {
    assert_eq!(
        cats("Officials said fewer than 400 of its 2 300 residents stayed after the evacuation."),
        vec![c(400.0, Other, "resident"), c(2300.0, Other, "resident")]
    );
    assert_eq!(
        cats("Some 150 of the 1 200 volunteers have signed contracts."),
        vec![
            c(150.0, Personnel, "volunteer"),
            c(1200.0, Personnel, "volunteer")
        ]
    );
}

#[test]
fn those_who_came_are_of_the_people_counted_before() {
    assert_eq!(
        cats("The list had 120 volunteers. In practice perhaps 70 came to training, and fewer in the harvest season when the roads were bad."),
        vec![c(120.0, Personnel, "volunteer"), c(70.0, Personnel, "volunteer")]
    );
    assert_eq!(
        cats("The unit counts 80 fighters. Only about 50 showed up for the drill."),
        vec![c(80.0, Personnel, "fighter"), c(50.0, Personnel, "fighter")]
    );
    // traps: no count before; a year that came
    none("In reality 60 came to the meeting, the organisers said.");
    none("The unit has grown. In 2023 came the first drones.");
}

#[test]
fn fire_from_one_region_at_another_is_about_where_it_lands() {
    let f = one(
        "Air defences shot down 14 rockets fired from the Kharkiv region over Belgorod overnight.",
    );
    assert_eq!(f.region.as_deref(), Some("Belgorod"));
    let f = one("Troops fired 40 shells from Bryansk at border villages in Chernihiv.");
    assert_eq!(f.region.as_deref(), Some("Chernihiv"), "{f:#?}");
    let f = one("Some 30 drones launched from Sumy against Kursk were downed.");
    assert_eq!(f.region.as_deref(), Some("Kursk"));
    // traps: an origin alone, and evacuees from one region housed in another
    let f = one("Air defences shot down 9 drones launched from the Sumy region.");
    assert_eq!(f.region.as_deref(), Some("Sumy"));
    let f = one("About 1,200 evacuees from Shebekino were housed in Voronezh.");
    assert_eq!(f.region.as_deref(), Some("Belgorod"));
}

#[test]
fn a_count_that_has_passed_a_mark_is_more_than_it() {
    let f = one("The number of volunteers in the militia has passed 2,500, officials said.");
    assert_eq!(
        (f.text.as_str(), f.qualifier),
        ("passed 2,500", Q::MoreThan)
    );
    assert_eq!(f.category, Personnel);
    let f = one("Sign-ups for the battalions have now topped 900.");
    assert_eq!((f.text.as_str(), f.qualifier), ("topped 900", Q::MoreThan));
    // traps: a noun after the number, and "passed" without an auxiliary
    let f = one("The regional duma has passed 3 laws on the militia.");
    assert_eq!(f.qualifier, Q::Exact);
    let f = one("The convoy passed 2 checkpoints before dawn.");
    assert_eq!((f.text.as_str(), f.qualifier), ("2 checkpoints", Q::Exact));
    let f = one("Volunteers said 40 cars passed 300 metres from the border post.");
    assert_eq!((f.text.as_str(), f.qualifier), ("40 cars", Q::Exact));
}
