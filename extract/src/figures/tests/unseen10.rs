//! Phenomena of the tenth set of unseen articles, each pinned with new sentences of
//! other wording: quotation marks between a casualty verb and its count, people
//! "destroyed" as losses that do not say which.

use super::*;
use crate::model::Category::*;

#[test]
fn a_quote_between_a_casualty_verb_and_its_count_is_transparent() {
    for (text, v, cat) in [
        (
            "The ministry said its forces had \"eliminated\" more than 300 fighters near the border.",
            300.0,
            Killed,
        ),
        (
            "Officials said the strike \u{201c}killed\u{201d} 12 soldiers of the brigade.",
            12.0,
            Killed,
        ),
        (
            "The group claimed to have wounded \u{201c}at least 40 servicemen\u{201d} in the raid.",
            40.0,
            Injured,
        ),
        (
            "Its forces destroyed \"up to 150 servicemen\" and two tanks overnight.",
            150.0,
            Casualties,
        ),
    ] {
        let f = run(text);
        assert_eq!((f[0].value, f[0].category), (Some(v), cat), "{text}: {f:#?}");
    }
    // vague counts in quotes keep their verb
    let f = run("The fighters claimed to have killed \"dozens\" of soldiers in the village.");
    assert_eq!(f[0].category, Killed, "{f:#?}");
    // traps: a quoted count with no casualty verb, and equipment after "destroyed"
    let f = run("The commander spoke of \"several hundred\" fighters on the border.");
    assert_eq!(f[0].category, Personnel, "{f:#?}");
    let f = run("Air defences destroyed \"up to 20\" drones and 3 tanks over the region.");
    assert!(f.iter().all(|f| f.category == Equipment), "{f:#?}");
    let f = run("The shells destroyed 11 houses; 40 volunteers helped repair them.");
    assert_eq!(f[1].category, Personnel, "{f:#?}");
}
