//! Street names: a region's or a town's name before a street word names the street,
//! not the place ("Bogdan Khmelnitsky Avenue" in Belgorod is no Khmelnytskyi
//! mention, "Kharkiv Street" no Kharkiv one, "on Kursk Boulevard").

/// A word after a name that makes the name a street's: "Avenue", "street",
/// "Prospekt". ("Square" only capitalised: "Kursk square kilometres" never reads so,
/// but a lower-case "square" after a name is rare enough to leave it a place.)
pub(super) fn is_street_word(w: &[u8]) -> bool {
    const ANY_CASE: &[&str] = &[
        "avenue",
        "boulevard",
        "embankment",
        "lane",
        "prospect",
        "prospekt",
        "street",
    ];
    ANY_CASE
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k.as_bytes()))
        || w == b"Square"
}

#[cfg(test)]
mod tests {
    use crate::regions::find_regions;

    fn regions_of(text: &str) -> Vec<&'static str> {
        find_regions(text).into_iter().map(|m| m.region).collect()
    }

    #[test]
    fn a_name_before_a_street_word_is_a_street() {
        let t = "Cars burned in courtyards on Bogdan Khmelnitsky Avenue.";
        assert!(regions_of(t).is_empty());
        let t = "A shell hit a house on Kharkiv Street in Shebekino.";
        assert_eq!(regions_of(t), ["Belgorod"]);
        let t = "Residents gathered on Kursk boulevard, the mayor said.";
        assert!(regions_of(t).is_empty());
        let t = "The memorial stands on Belgorod Prospekt near the theatre.";
        assert!(regions_of(t).is_empty());
        let t = "Flowers were laid on Sumy Square at noon.";
        assert!(regions_of(t).is_empty());
    }

    #[test]
    fn places_before_other_words_stay_places() {
        // traps: a region with its designator, a street named in a town of the region
        assert_eq!(regions_of("in the Kharkiv region, 12 people"), ["Kharkiv"]);
        assert_eq!(
            regions_of("Lenin Street in Belgorod was closed; 5 cars burned."),
            ["Belgorod"]
        );
        assert_eq!(regions_of("Kursk streets were empty."), ["Kursk"]);
        assert_eq!(regions_of("drones over Kursk square off"), ["Kursk"]);
    }
}
