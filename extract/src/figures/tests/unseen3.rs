//! Phenomena of the third set of unseen articles, each pinned with new sentences:
//! patrols, cameras, fires and teams; a singular noun before a casualty participle; an
//! unknown plural before a verb in the past; model numbers inside a name; "the total
//! to N" and "the number at N"; what a formation "had"; "among them"; people whose
//! force is named by a complement, by the sentence before or earlier in the article;
//! "hundreds more"; invitations to join a readership; "Read more:" link lists.

use super::*;
use crate::model::Category::*;

#[test]
fn patrols_are_units_and_their_people_personnel() {
    assert_eq!(
        cats("Each night the village militia sends out four patrols of three people."),
        vec![c(4.0, Units, "patrol"), c(3.0, Personnel, "person")]
    );
    assert_eq!(
        cats("Police sent 2 patrols to the bridge after the alarm."),
        vec![c(2.0, Units, "patrol")]
    );
}

#[test]
fn cameras_are_equipment() {
    assert_eq!(
        cats("The squad owns two night-vision cameras and one thermal imaging camera."),
        vec![c(2.0, Equipment, "camera"), c(1.0, Equipment, "camera")]
    );
}

#[test]
fn fires_teams_and_crews_are_other() {
    assert_eq!(
        cats("Rescuers put out 12 fires started by drone debris."),
        vec![c(12.0, Other, "fire")]
    );
    let f = one("Between 10 and 15 emergency teams cleared the rubble overnight.");
    check(
        &f,
        "Between 10 and 15 emergency teams",
        Some(10.0),
        Qualifier::Range,
        "team",
        Other,
        None,
    );
    assert_eq!(
        cats("Three fire crews worked at the depot until dawn."),
        vec![c(3.0, Other, "crew")]
    );
    assert_eq!(
        cats("The strike knocked out 3 substations in the district."),
        vec![c(3.0, Other, "substation")]
    );
}

#[test]
fn a_singular_noun_before_a_casualty_participle() {
    assert_eq!(
        cats("The mayor first reported one soldier killed and two wounded."),
        vec![c(1.0, Killed, "soldier"), c(2.0, Injured, "soldier")]
    );
    assert_eq!(
        cats("Officials counted one woman injured in the blast."),
        vec![c(1.0, Injured, "woman")]
    );
}

#[test]
fn an_unknown_plural_before_a_verb_in_the_past() {
    assert_eq!(
        cats("About 40 barns burned down after the strike."),
        vec![(Some(40.0), Other, "barn".to_string())]
    );
    assert_eq!(
        cats("Nearly 70 greenhouses collapsed under the blast wave."),
        vec![c(70.0, Other, "greenhouse")]
    );
}

#[test]
fn a_model_number_inside_a_name_is_part_of_the_noun() {
    assert_eq!(
        cats("The detachment was given eight Autel Evo 2 quadcopters for scouting."),
        vec![c(8.0, Equipment, "quadcopter")]
    );
    assert_eq!(
        cats("Volunteers bought 15 Yaesu 5 radios and two generators."),
        vec![c(15.0, Equipment, "radio"), c(2.0, Equipment, "generator")]
    );
    // Not a model: a town before a count, a weekday before a count.
    assert_eq!(
        one("In Shebekino 12 people were injured.").value,
        Some(12.0)
    );
    assert_eq!(one("On Friday 3 drones were shot down.").value, Some(3.0));
}

#[test]
fn a_new_total_counts_the_figure_before() {
    assert_eq!(
        cats("Officials handed out 90 rifles on Monday, bringing the total to about 400."),
        vec![c(90.0, Equipment, "rifle"), c(400.0, Equipment, "rifle")]
    );
    let t = "Kyiv said 15 drones were downed overnight. Moscow put the number at 31.";
    assert_eq!(
        cats(t),
        vec![c(15.0, Equipment, "drone"), c(31.0, Equipment, "drone")]
    );
    // "a total of 300 volunteers": the noun after wins.
    assert_eq!(
        cats("The region has trained a total of 300 volunteers."),
        vec![c(300.0, Personnel, "volunteer")]
    );
}

#[test]
fn what_a_formation_had_is_its_people() {
    let t = "The company-sized unit now counts 85 members. When it was formed last year the unit had 40.";
    assert_eq!(
        cats(t),
        vec![c(85.0, Personnel, "member"), c(40.0, Personnel, "member")]
    );
    // Without people before, a bare count after a formation stays what it was.
    let t = "The region formed 12 battalions. By May it had 14.";
    assert_eq!(cats(t)[0], c(12.0, Units, "battalion"));
}

#[test]
fn among_them_shares_the_casualty_of_the_figure_before() {
    assert_eq!(
        cats("Six civilians were killed, among them four pensioners, and 20 people were wounded."),
        vec![
            c(6.0, Killed, "civilian"),
            c(4.0, Killed, "pensioner"),
            c(20.0, Injured, "person")
        ]
    );
    assert_eq!(
        cats("Eleven people were hurt, among whom two children."),
        vec![c(11.0, Injured, "person"), c(2.0, Injured, "child")]
    );
}

#[test]
fn members_of_a_force_are_personnel_whatever_the_sentence() {
    let t = "The governor thanked the 2,500 members of the district battalions who helped with the evacuation.";
    assert_eq!(cats(t), vec![c(2500.0, Personnel, "member")]);
    let t = "About 90 members of the volunteer militia were evacuated with the villagers.";
    assert_eq!(cats(t), vec![c(90.0, Personnel, "member")]);
    // A complement that is no force: "members of the village council".
    assert_eq!(
        cats("Some 12 members of the village council were relocated to Kursk."),
        vec![c(12.0, Other, "member")]
    );
}

#[test]
fn people_take_the_cue_of_the_sentence_before() {
    let t = "More than 500 people signed up in March. Dozens of applicants were rejected on health grounds.";
    let f = run(t);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[1].value, f[1].category), (None, Personnel));
    // Evacuation before: people are displaced, not serving.
    let t = "Buses evacuated 300 residents from the border villages. About 200 people gathered at the station.";
    assert_eq!(
        cats(t),
        vec![c(300.0, Other, "resident"), c(200.0, Other, "person")]
    );
    // No cue before: other.
    let t = "Shelling hit Graivoron overnight. About 200 people gathered at the station.";
    assert_eq!(cats(t), vec![c(200.0, Other, "person")]);
}

#[test]
fn a_noun_keeps_the_sense_it_had_earlier_in_the_article() {
    let t = "The volunteer detachment now has 45 members.\nThe weather was cold.\nThe commander wants 70 members by autumn.";
    assert_eq!(
        cats(t),
        vec![c(45.0, Personnel, "member"), c(70.0, Personnel, "member")]
    );
    // A chat's members were never a force's.
    assert_eq!(
        cats("A parents' chat in Valuyki has 900 members.\nIt was quiet.\nBy June it hoped for 1,000 members."),
        vec![c(900.0, Other, "member"), c(1000.0, Other, "member")]
    );
}

#[test]
fn hundreds_more_are_more_of_the_figure_before() {
    let f =
        run("Around 3,000 residents have left the town, and hundreds more are waiting for buses.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[1].text, "hundreds more");
    assert_eq!((f[1].value, f[1].low), (None, Some(200.0)));
    assert_eq!((f[1].unit.as_str(), f[1].category), ("resident", Other));
    // "two more battalions": the noun after still wins.
    assert_eq!(
        cats("The region will form two more battalions."),
        vec![c(2.0, Units, "battalion")]
    );
}

#[test]
fn an_invitation_to_join_readers_is_not_a_figure() {
    none("Join more than 25,000 readers who receive our morning digest.");
    none("Join 8,000 subscribers and never miss a story.");
    // A real count of people joining stays.
    assert_eq!(
        cats("In May, 300 residents joined the self-defence units."),
        vec![c(300.0, Personnel, "resident")]
    );
}

#[test]
fn a_read_more_list_is_a_teaser_box() {
    let t = "The governor said 40 volunteers joined the battalion.\n\nRead more:\n- Kursk opens 9 new shelters in basements\n- Governor: 1,500 residents volunteered last year\n\nThe training lasts a week.\n";
    let blocks = crate::clean::blocks(t);
    let f = figures(t, &blocks, None);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].value, Some(40.0));
    // "Read more »" alone is a button: the paragraph after it is still body.
    let t = "Read more »\n\nThe governor said 40 volunteers joined the battalion.\n";
    let f = figures(t, &crate::clean::blocks(t), None);
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn years_and_durations_stay_out_around_the_new_rules() {
    // "the total to" with a year after: not a count.
    none("The programme was extended, bringing the total to 2025.");
    assert_eq!(
        cats("By 2023 the unit had 30 fighters."),
        vec![c(30.0, Personnel, "fighter")]
    );
    none("The patrols last eight hours.");
}
