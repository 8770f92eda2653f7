//! The figure stage's word lists: counted nouns (with singular and class), and the
//! small closed word classes the attachment rules need. Lookups take lower-case ASCII
//! words; the noun table is a sorted static slice searched by binary search.

/// What a counted noun is, before the sentence decides the final category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// People serving in a force: troops, soldiers, fighters, volunteers.
    Force,
    /// People in general: people, residents, men — personnel only in a force context.
    People,
    /// Civilians, children, evacuees: `other` unless killed or injured.
    Civil,
    /// Formations: battalions, units, detachments.
    Units,
    /// Nouns that are deaths themselves: deaths, fatalities, bodies.
    Killed,
    /// Injuries.
    Injured,
    /// Casualties, losses.
    Casualties,
    /// Vehicles, weapons, ammunition.
    Equipment,
    /// Any other countable thing: villages, homes, cases.
    Other,
    /// A currency: dollars, rubles.
    Money,
    /// percent.
    Percent,
    /// Durations, ages, distances, measures, "times", "the two regions": never a figure.
    NotCount,
}

impl Class {
    /// A class whose noun is a person (can be killed, injured, or a quote's source).
    pub fn is_person(self) -> bool {
        matches!(self, Class::Force | Class::People | Class::Civil)
    }
}

/// Grammatical number of a table entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Num {
    Singular,
    Plural,
    /// Same form for both: personnel, aircraft.
    Both,
}

/// One noun form: (form, singular, class, number). Sorted by form.
pub type Entry = (&'static str, &'static str, Class, Num);

use Class::*;
use Num::*;

#[rustfmt::skip]
pub static NOUNS: &[Entry] = &[
    ("aircraft", "aircraft", Equipment, Both),
    ("airplane", "airplane", Equipment, Singular),
    ("airplanes", "airplane", Equipment, Plural),
    ("ammunition", "ammunition", Equipment, Both),
    ("apartment", "apartment", Other, Singular),
    ("apartments", "apartment", Other, Plural),
    ("apc", "apc", Equipment, Singular),
    ("apcs", "apc", Equipment, Plural),
    ("assault", "assault", Other, Singular),
    ("assaults", "assault", Other, Plural),
    ("attack", "attack", Other, Singular),
    ("attacker", "attacker", Force, Singular),
    ("attackers", "attacker", Force, Plural),
    ("attacks", "attack", Other, Plural),
    ("battalion", "battalion", Units, Singular),
    ("battalions", "battalion", Units, Plural),
    ("batteries", "battery", Units, Plural),
    ("battery", "battery", Units, Singular),
    ("bodies", "body", Killed, Plural),
    ("body", "body", Killed, Singular),
    ("bomb", "bomb", Equipment, Singular),
    ("bombs", "bomb", Equipment, Plural),
    ("brigade", "brigade", Units, Singular),
    ("brigades", "brigade", Units, Plural),
    ("building", "building", Other, Singular),
    ("buildings", "building", Other, Plural),
    ("car", "car", Equipment, Singular),
    ("carbine", "carbine", Equipment, Singular),
    ("carbines", "carbine", Equipment, Plural),
    ("carrier", "carrier", Equipment, Singular),
    ("carriers", "carrier", Equipment, Plural),
    ("cars", "car", Equipment, Plural),
    ("cartridge", "cartridge", Equipment, Singular),
    ("cartridges", "cartridge", Equipment, Plural),
    ("case", "case", Other, Singular),
    ("cases", "case", Other, Plural),
    ("casualties", "casualty", Casualties, Plural),
    ("casualty", "casualty", Casualties, Singular),
    ("centimeters", "centimeter", NotCount, Plural),
    ("centuries", "century", NotCount, Plural),
    ("century", "century", NotCount, Singular),
    ("checkpoint", "checkpoint", Other, Singular),
    ("checkpoints", "checkpoint", Other, Plural),
    ("child", "child", Civil, Singular),
    ("children", "child", Civil, Plural),
    ("cities", "city", Other, Plural),
    ("citizen", "citizen", People, Singular),
    ("citizens", "citizen", People, Plural),
    ("city", "city", Other, Singular),
    ("civilian", "civilian", Civil, Singular),
    ("civilians", "civilian", Civil, Plural),
    ("cm", "centimeter", NotCount, Both),
    ("combatant", "combatant", Force, Singular),
    ("combatants", "combatant", Force, Plural),
    ("communities", "community", Other, Plural),
    ("community", "community", Other, Singular),
    ("companies", "company", Units, Plural),
    ("company", "company", Units, Singular),
    ("conscript", "conscript", Force, Singular),
    ("conscripts", "conscript", Force, Plural),
    ("countries", "country", NotCount, Plural),
    ("day", "day", NotCount, Singular),
    ("days", "day", NotCount, Plural),
    ("death", "death", Killed, Singular),
    ("deaths", "death", Killed, Plural),
    ("decade", "decade", NotCount, Singular),
    ("decades", "decade", NotCount, Plural),
    ("defender", "defender", Force, Singular),
    ("defenders", "defender", Force, Plural),
    ("degrees", "degree", NotCount, Plural),
    ("detachment", "detachment", Units, Singular),
    ("detachments", "detachment", Units, Plural),
    ("district", "district", Other, Singular),
    ("districts", "district", Other, Plural),
    ("division", "division", Units, Singular),
    ("divisions", "division", Units, Plural),
    ("dollar", "dollar", Money, Singular),
    ("dollars", "dollar", Money, Plural),
    ("drone", "drone", Equipment, Singular),
    ("drones", "drone", Equipment, Plural),
    ("employee", "employee", People, Singular),
    ("employees", "employee", People, Plural),
    ("equipment", "equipment", Equipment, Both),
    ("eur", "euro", Money, Both),
    ("euro", "euro", Money, Singular),
    ("euros", "euro", Money, Plural),
    ("evacuee", "evacuee", Civil, Singular),
    ("evacuees", "evacuee", Civil, Plural),
    ("explosion", "explosion", Other, Singular),
    ("explosions", "explosion", Other, Plural),
    ("fatalities", "fatality", Killed, Plural),
    ("fatality", "fatality", Killed, Singular),
    ("feet", "foot", NotCount, Plural),
    ("fighter", "fighter", Force, Singular),
    ("fighters", "fighter", Force, Plural),
    ("firearm", "firearm", Equipment, Singular),
    ("firearms", "firearm", Equipment, Plural),
    ("formation", "formation", Units, Singular),
    ("formations", "formation", Units, Plural),
    ("grenade", "grenade", Equipment, Singular),
    ("grenades", "grenade", Equipment, Plural),
    ("group", "group", Units, Singular),
    ("groups", "group", Units, Plural),
    ("guardsman", "guardsman", Force, Singular),
    ("guardsmen", "guardsman", Force, Plural),
    ("gun", "gun", Equipment, Singular),
    ("gunman", "gunman", Force, Singular),
    ("gunmen", "gunman", Force, Plural),
    ("guns", "gun", Equipment, Plural),
    ("hardware", "hardware", Equipment, Both),
    ("hectares", "hectare", NotCount, Plural),
    ("helicopter", "helicopter", Equipment, Singular),
    ("helicopters", "helicopter", Equipment, Plural),
    ("home", "home", Other, Singular),
    ("homes", "home", Other, Plural),
    ("hospital", "hospital", Other, Singular),
    ("hospitals", "hospital", Other, Plural),
    ("hour", "hour", NotCount, Singular),
    ("hours", "hour", NotCount, Plural),
    ("house", "house", Other, Singular),
    ("household", "household", Other, Singular),
    ("households", "household", Other, Plural),
    ("houses", "house", Other, Plural),
    ("howitzer", "howitzer", Equipment, Singular),
    ("howitzers", "howitzer", Equipment, Plural),
    ("hryvnia", "hryvnia", Money, Singular),
    ("hryvnias", "hryvnia", Money, Plural),
    ("injuries", "injury", Injured, Plural),
    ("injury", "injury", Injured, Singular),
    ("jet", "jet", Equipment, Singular),
    ("jets", "jet", Equipment, Plural),
    ("kg", "kilogram", NotCount, Both),
    ("kilograms", "kilogram", NotCount, Plural),
    ("kilometers", "kilometer", NotCount, Plural),
    ("kilometres", "kilometre", NotCount, Plural),
    ("km", "kilometer", NotCount, Both),
    ("launcher", "launcher", Equipment, Singular),
    ("launchers", "launcher", Equipment, Plural),
    ("local", "local", People, Singular),
    ("locals", "local", People, Plural),
    ("loss", "loss", Casualties, Singular),
    ("losses", "loss", Casualties, Plural),
    ("m", "meter", NotCount, Both),
    ("machine-guns", "machine-gun", Equipment, Plural),
    ("man", "man", People, Singular),
    ("member", "member", Force, Singular),
    ("members", "member", Force, Plural),
    ("men", "man", People, Plural),
    ("mercenaries", "mercenary", Force, Plural),
    ("mercenary", "mercenary", Force, Singular),
    ("meters", "meter", NotCount, Plural),
    ("metres", "metre", NotCount, Plural),
    ("miles", "mile", NotCount, Plural),
    ("militant", "militant", Force, Singular),
    ("militants", "militant", Force, Plural),
    ("militiamen", "militiaman", Force, Plural),
    ("militias", "militia", Units, Plural),
    ("mine", "mine", Equipment, Singular),
    ("mines", "mine", Equipment, Plural),
    ("minute", "minute", NotCount, Singular),
    ("minutes", "minute", NotCount, Plural),
    ("missile", "missile", Equipment, Singular),
    ("missiles", "missile", Equipment, Plural),
    ("mm", "millimeter", NotCount, Both),
    ("month", "month", NotCount, Singular),
    ("months", "month", NotCount, Plural),
    ("mortar", "mortar", Equipment, Singular),
    ("mortars", "mortar", Equipment, Plural),
    ("night", "night", NotCount, Singular),
    ("nights", "night", NotCount, Plural),
    ("oblasts", "oblast", NotCount, Plural),
    ("officer", "officer", Force, Singular),
    ("officers", "officer", Force, Plural),
    ("others", "person", People, Plural),
    ("paratroopers", "paratrooper", Force, Plural),
    ("people", "person", People, Plural),
    ("percent", "percent", Percent, Both),
    ("person", "person", People, Singular),
    ("personnel", "personnel", Force, Both),
    ("pickup", "pickup", Equipment, Singular),
    ("pickups", "pickup", Equipment, Plural),
    ("piece", "piece", Equipment, Singular),
    ("pieces", "piece", Equipment, Plural),
    ("pistol", "pistol", Equipment, Singular),
    ("pistols", "pistol", Equipment, Plural),
    ("plane", "plane", Equipment, Singular),
    ("planes", "plane", Equipment, Plural),
    ("platoon", "platoon", Units, Singular),
    ("platoons", "platoon", Units, Plural),
    ("quadcopter", "quadcopter", Equipment, Singular),
    ("quadcopters", "quadcopter", Equipment, Plural),
    ("radio", "radio", Equipment, Singular),
    ("radios", "radio", Equipment, Plural),
    ("recruit", "recruit", Force, Singular),
    ("recruits", "recruit", Force, Plural),
    ("refugee", "refugee", Civil, Singular),
    ("refugees", "refugee", Civil, Plural),
    ("regiment", "regiment", Units, Singular),
    ("regiments", "regiment", Units, Plural),
    ("regions", "region", NotCount, Plural),
    ("reservist", "reservist", Force, Singular),
    ("reservists", "reservist", Force, Plural),
    ("resident", "resident", People, Singular),
    ("residents", "resident", People, Plural),
    ("rifle", "rifle", Equipment, Singular),
    ("rifles", "rifle", Equipment, Plural),
    ("rocket", "rocket", Equipment, Singular),
    ("rockets", "rocket", Equipment, Plural),
    ("roubles", "ruble", Money, Plural),
    ("round", "round", Equipment, Singular),
    ("rounds", "round", Equipment, Plural),
    ("rub", "ruble", Money, Both),
    ("ruble", "ruble", Money, Singular),
    ("rubles", "ruble", Money, Plural),
    ("saboteur", "saboteur", Force, Singular),
    ("saboteurs", "saboteur", Force, Plural),
    ("school", "school", Other, Singular),
    ("schools", "school", Other, Plural),
    ("second", "second", NotCount, Singular),
    ("seconds", "second", NotCount, Plural),
    ("serviceman", "serviceman", Force, Singular),
    ("servicemen", "serviceman", Force, Plural),
    ("settlement", "settlement", Other, Singular),
    ("settlements", "settlement", Other, Plural),
    ("shell", "shell", Equipment, Singular),
    ("shells", "shell", Equipment, Plural),
    ("ship", "ship", Equipment, Singular),
    ("ships", "ship", Equipment, Plural),
    ("sides", "side", NotCount, Plural),
    ("soldier", "soldier", Force, Singular),
    ("soldiers", "soldier", Force, Plural),
    ("squad", "squad", Units, Singular),
    ("squads", "squad", Units, Plural),
    ("strike", "strike", Other, Singular),
    ("strikes", "strike", Other, Plural),
    ("system", "system", Equipment, Singular),
    ("systems", "system", Equipment, Plural),
    ("tank", "tank", Equipment, Singular),
    ("tanks", "tank", Equipment, Plural),
    ("times", "time", NotCount, Plural),
    ("tonnes", "tonne", Other, Plural),
    ("tons", "ton", Other, Plural),
    ("town", "town", Other, Singular),
    ("towns", "town", Other, Plural),
    ("troop", "troop", Force, Singular),
    ("troops", "troop", Force, Plural),
    ("truck", "truck", Equipment, Singular),
    ("trucks", "truck", Equipment, Plural),
    ("uah", "hryvnia", Money, Both),
    ("uav", "uav", Equipment, Singular),
    ("uavs", "uav", Equipment, Plural),
    ("unit", "unit", Units, Singular),
    ("units", "unit", Units, Plural),
    ("usd", "dollar", Money, Both),
    ("vehicle", "vehicle", Equipment, Singular),
    ("vehicles", "vehicle", Equipment, Plural),
    ("vessel", "vessel", Equipment, Singular),
    ("vessels", "vessel", Equipment, Plural),
    ("village", "village", Other, Singular),
    ("villages", "village", Other, Plural),
    ("volunteer", "volunteer", Force, Singular),
    ("volunteers", "volunteer", Force, Plural),
    ("weapon", "weapon", Equipment, Singular),
    ("weaponry", "weaponry", Equipment, Both),
    ("weapons", "weapon", Equipment, Plural),
    ("week", "week", NotCount, Singular),
    ("weekends", "weekend", NotCount, Plural),
    ("weeks", "week", NotCount, Plural),
    ("woman", "woman", People, Singular),
    ("women", "woman", People, Plural),
    ("worker", "worker", People, Singular),
    ("workers", "worker", People, Plural),
    ("year", "year", NotCount, Singular),
    ("years", "year", NotCount, Plural),
];

/// The table entry of a lower-case word.
pub fn noun(w: &str) -> Option<&'static Entry> {
    NOUNS
        .binary_search_by(|e| e.0.cmp(w))
        .ok()
        .map(|i| &NOUNS[i])
}

/// Lower-cases an ASCII word into `buf`; `None` for non-ASCII or over-long words.
pub fn lower<'a>(w: &str, buf: &'a mut [u8; 32]) -> Option<&'a str> {
    let b = w.as_bytes();
    if b.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noun_table_is_sorted_and_unique() {
        for w in NOUNS.windows(2) {
            assert!(w[0].0 < w[1].0, "{} !< {}", w[0].0, w[1].0);
        }
        assert_eq!(noun("battalions").map(|e| e.1), Some("battalion"));
        assert_eq!(noun("people").map(|e| e.1), Some("person"));
        assert!(noun("defense").is_none());
    }
}
