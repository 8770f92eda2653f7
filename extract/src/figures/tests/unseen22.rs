//! Phenomena of the twenty-second round (a governor's address, a live blog, a photo
//! gallery; Ukrainian daily tallies), each pinned with new sentences: a list of several
//! regions is where some of it went, not what the text goes on about; a name before a
//! street word is the street's.

use super::super::*;

/// (value, category, region) of every figure of a whole article.
fn regions(text: &str) -> Vec<(Option<f64>, Category, Option<String>)> {
    crate::extract_article("t", text)
        .figures
        .into_iter()
        .map(|f| (f.value, f.category, f.region))
        .collect()
}

fn region_of(text: &str, v: f64) -> Option<String> {
    let f = regions(text);
    f.iter()
        .find(|x| x.0 == Some(v))
        .unwrap_or_else(|| panic!("no {v} in {f:?}"))
        .2
        .clone()
}

#[test]
fn a_list_of_destinations_does_not_become_the_context() {
    let t = "The Kursk governor spoke to residents on Sunday.\n\n\
             Some 700 pupils from Rylsk are staying in holiday camps in the Tula, Oryol and \
             Lipetsk regions and in Tatarstan.\n\n\
             In the town, 45 shelters have been installed at bus stops.";
    assert_eq!(region_of(t, 700.0).as_deref(), Some("Kursk"));
    assert_eq!(region_of(t, 45.0).as_deref(), Some("Kursk"));
    let t = "Officials in Graivoron counted the damage on Monday.\n\n\
             So far 1,300 residents have been housed in Stary Oskol, Gubkin and in the \
             Voronezh region.\n\n\
             Each family will receive 50,000 rubles.";
    assert_eq!(region_of(t, 1300.0).as_deref(), Some("Belgorod"));
    assert_eq!(region_of(t, 50000.0).as_deref(), Some("Belgorod"));
}

#[test]
fn helpers_from_several_regions_leave_the_place_they_came_to() {
    let t = "Rescuers worked through the night.\n\n\
             The ministry sent 30 fire engines to Sudzha, some of them from the Bryansk and \
             Oryol regions.\n\n\
             By morning, 12 people had been found dead.";
    assert_eq!(region_of(t, 30.0).as_deref(), Some("Kursk"));
    assert_eq!(region_of(t, 12.0).as_deref(), Some("Kursk"));
}

#[test]
fn a_figure_in_a_list_sentence_stays_ambiguous() {
    // traps: the figure is attached to the list ("over"), or the list is its own subject
    let t = "Air defences were busy overnight.\n\n\
             The ministry said 31 drones were shot down over the Belgorod, Kursk and Bryansk \
             regions.";
    assert_eq!(region_of(t, 31.0), None);
    let t = "Air defences were busy overnight.\n\n\
             Shelling hit the Kursk and Belgorod regions on Monday, killing 5 people.";
    assert_eq!(region_of(t, 5.0), None);
    // a single region named later in the sentence still speaks for the figure
    let t = "Rescuers worked through the night.\n\n\
             Some 40 homes were damaged in the Kursk region.";
    assert_eq!(region_of(t, 40.0).as_deref(), Some("Kursk"));
}

#[test]
fn a_street_named_after_a_region_is_no_region() {
    let t = "Belgorod was hit again on Tuesday.\n\n\
             On Bogdan Khmelnitsky Avenue, 17 cars were burned out.";
    assert_eq!(region_of(t, 17.0).as_deref(), Some("Belgorod"));
    let t = "Sumy came under fire at dawn.\n\n\
             A shell hit a shop on Kharkivska Street; 3 people were wounded.";
    assert_eq!(region_of(t, 3.0).as_deref(), Some("Sumy"));
}

#[test]
fn relocation_words_before_a_list_keep_the_origin() {
    let t = "Officials in Sudzha spoke on Friday.\n\n\
             More than 2,000 evacuees have been taken in by the Oryol, Tambov and Lipetsk \
             regions.";
    assert_eq!(region_of(t, 2000.0).as_deref(), Some("Kursk"));
    let t = "Shebekino was shelled again.\n\n\
             About 900 residents were sent to centres in the Voronezh and Lipetsk regions.";
    assert_eq!(region_of(t, 900.0).as_deref(), Some("Belgorod"));
    // traps: people leaving FROM several regions; a list after a plain verb
    let t = "Shebekino was shelled again.\n\n\
             About 900 residents were evacuated from the Kursk and Belgorod regions.";
    assert_eq!(region_of(t, 900.0), None);
    let t = "Shebekino was shelled again.\n\n\
             Some 60 drones were shot down over the Voronezh and Kursk regions.";
    assert_eq!(region_of(t, 60.0), None);
}

/// (value, category) of the figure with value `v` in a one-paragraph body.
fn category_of(body: &str, v: f64) -> Category {
    let t = format!("Strike on Sumy\n\nOfficials gave new figures on Monday.\n\n{body}\n");
    let f = regions(&t);
    f.iter()
        .find(|x| x.0 == Some(v))
        .unwrap_or_else(|| panic!("no {v} in {f:?}"))
        .1
}

#[test]
fn among_those_killed_or_hurt_counts_casualties() {
    let t = "Among those injured are three teenagers, the mayor said.";
    assert_eq!(category_of(t, 3.0), Injured);
    let t = "Among those killed were two rescuers who had arrived after the first blast.";
    assert_eq!(category_of(t, 2.0), Killed);
    let t = "Among those wounded was 1 police officer.";
    assert_eq!(category_of(t, 1.0), Injured);
    // traps: "those" who did something else are no casualties; "the dead" still counts
    let t = "Among those evacuated were 40 patients of the district hospital.";
    assert_ne!(category_of(t, 40.0), Injured);
    assert_ne!(category_of(t, 40.0), Killed);
    let t = "Among the dead were five children, the governor said.";
    assert_eq!(category_of(t, 5.0), Killed);
}

/// (value, unit) of every figure of a one-paragraph body.
fn units(body: &str) -> Vec<(Option<f64>, String)> {
    let t = format!("Strike on Sumy\n\nOfficials gave new figures on Monday.\n\n{body}\n");
    crate::extract_article("t", &t)
        .figures
        .into_iter()
        .map(|f| (f.value, f.unit))
        .collect()
}

#[test]
fn and_that_carries_the_noun_into_a_second_reported_clause() {
    let f = units(
        "The governor said about 900 volunteers had applied and that 350 had already signed \
         contracts.",
    );
    assert!(f.contains(&(Some(350.0), "volunteer".into())), "{f:?}");
    let f = units(
        "Officials said 1,200 residents had been offered places in camps, and that 480 had \
         already left.",
    );
    assert!(f.contains(&(Some(480.0), "resident".into())), "{f:?}");
    // traps: a duration and a year after "and that" are no elided counts
    let f = units(
        "The commander said 60 fighters were on duty and that 3 days of rest were not \
         enough.",
    );
    assert!(!f.iter().any(|x| x.0 == Some(3.0)), "{f:?}");
    let f = units("He said 40 men had joined and that 2023 had been the hardest year.");
    assert!(!f.iter().any(|x| x.0 == Some(2023.0)), "{f:?}");
}

#[test]
fn drone_and_gun_models_in_the_plural_are_counted_nouns() {
    let t = "Sponsors from Kyiv have sent the company 8 Mavics and 3 PKMs this winter.";
    assert_eq!(category_of(t, 8.0), Equipment);
    assert_eq!(category_of(t, 3.0), Equipment);
    let t = "Russian forces launched at least 5 Lancets at the bridge on Tuesday.";
    assert_eq!(category_of(t, 5.0), Equipment);
    // traps: a model number inside the name is no count; the noun after it is counted
    let f = units("The detachment received six DJI Mavic 3 quadcopters from the region.");
    assert!(f.iter().any(|x| x.0 == Some(6.0)), "{f:?}");
    assert!(!f.iter().any(|x| x.0 == Some(3.0)), "{f:?}");
    let f = units("Each crew flies one Mavic 3T on a shift of 8 hours.");
    assert!(!f.iter().any(|x| x.0 == Some(3.0)), "{f:?}");
}

#[test]
fn related_links_under_a_read_more_header_are_furniture() {
    let story = "Strikes on Sumy\n\nRussian forces shelled the Sumy region on Monday, the \
                 regional administration said, and two people were wounded in Bilopillia.\n\n";
    // a middle-dot bullet under "Read also:"
    let t = format!(
        "{story}Read also:\n\u{b7} Russian strikes kill 7 in Kharkiv as offensive stalls\n\
         \u{b7} Explainer: how many men do the battalions have?\n"
    );
    assert_eq!(regions(&t).len(), 1, "{:?}", regions(&t));
    // "Read more on <site>:" heads a list like "Read also on <site>:"
    let t = format!(
        "{story}Read more on Hromadske:\n\u{2014} In Sumy, a drone hit a petrol station: 4 \
         people injured\n\u{2014} Three villages left without power\n"
    );
    assert_eq!(regions(&t).len(), 1, "{:?}", regions(&t));
    // trap: a middle-dot list in the story itself, with no teaser header, stays content
    let t = format!(
        "{story}The administration listed the damage:\n\u{b7} 12 houses were damaged;\n\
         \u{b7} 3 cars burned.\n"
    );
    let f = regions(&t);
    assert!(f.iter().any(|x| x.0 == Some(12.0)), "{f:?}");
}

#[test]
fn open_headlines_glued_under_a_teaser_header_are_furniture() {
    let story = "Strike on Belgorod\n\nRussian officials said on Sunday that 9 people were \
                 wounded when debris fell on a street in the city centre.\n\n";
    let t = format!(
        "{story}RELATED\nUkraine says Russia launched 75 drones in overnight attack on Kyiv\n\
         Sign up for our newsletter, delivered 3 times a week\n"
    );
    assert_eq!(regions(&t).len(), 1, "{:?}", regions(&t));
    let t = format!(
        "{story}Related galleries:\nOdesa after 20 missiles: In Pictures\nSumy, one year on \
         (14 photos)\n"
    );
    assert_eq!(regions(&t).len(), 1, "{:?}", regions(&t));
    // trap: a subheading of the story is no teaser header; its lines stay content
    let t = format!("{story}Damage\n12 cars burned in the courtyards, the mayor said.\n");
    let f = regions(&t);
    assert!(f.iter().any(|x| x.0 == Some(12.0)), "{f:?}");
}

#[test]
fn a_wire_dateline_before_a_dash_is_no_list_label() {
    let t = "Kyiv AFP \u{2014} At least 11 people were killed when missiles struck the city \
             on Monday, officials said.";
    assert_eq!(category_of(t, 11.0), Killed);
    let t = "Kharkiv CNN \u{2014} Some 40 drones were launched at the region overnight, the \
             governor said.";
    assert_eq!(category_of(t, 40.0), Equipment);
    // traps: loss-list items keep their labels, acronyms of equipment included
    let t = "The enemy lost:\ntanks \u{2013} 6;\nAPC \u{2013} 4;\nartillery systems \
             \u{2013} 9.";
    assert_eq!(category_of(t, 6.0), Equipment);
    assert_eq!(category_of(t, 4.0), Equipment);
}

#[path = "unseen23a.rs"]
mod unseen23a;
