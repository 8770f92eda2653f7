//! Phenomena of the ninth set of unseen articles, each pinned with new sentences:
//! people taken out of a place or living in it are civilians, not a force.

use super::*;
use crate::model::Category::*;

#[test]
fn people_taken_out_of_a_place_are_evacuees_even_beside_a_force() {
    for (text, v) in [
        (
            "The volunteer platoon took 60 residents out of the burning village.",
            60.0,
        ),
        (
            "Men of the battalion had taken about 200 people out of the border villages by dawn.",
            200.0,
        ),
        (
            "Volunteers of the detachment took out 14 more residents on Sunday.",
            14.0,
        ),
        (
            "The unit's drivers got 35 people out of Tetkino under shelling.",
            35.0,
        ),
    ] {
        let f = run(text);
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert_eq!((f[0].value, f[0].category), (Some(v), Other), "{text}");
    }
    // traps: joining, and "out" far from any verb of taking
    assert_eq!(
        cats("Some 300 residents signed up for the battalion in the first week.")[0].1,
        Personnel
    );
    assert_eq!(
        cats(
            "The battalion took in 40 residents who had signed up; all were out on patrol by May."
        )[0]
        .1,
        Personnel
    );
}

#[test]
fn a_place_s_population_is_not_a_force() {
    for text in [
        "Only about 70 people were still living in the village, which the platoon guards.",
        "The district, where the self-defence unit was formed, had a population of 9,000 people.",
        "Its 400 inhabitants are guarded by a territorial defence squad.",
    ] {
        let f = run(text);
        assert!(!f.is_empty(), "{text}");
        assert_eq!(f[0].category, Other, "{text}: {f:#?}");
    }
    // trap: people serving, with no word of dwelling
    assert_eq!(
        cats("About 70 people serve in the village platoon.")[0].1,
        Personnel
    );
}
