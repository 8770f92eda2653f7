use super::*;

/// (matched text, region) of every mention.
fn found(text: &str) -> Vec<(&str, &'static str)> {
    find_regions(text)
        .into_iter()
        .map(|m| (&text[m.span.start..m.span.end], m.region))
        .collect()
}

fn regions_of(text: &str) -> Vec<&'static str> {
    find_regions(text).into_iter().map(|m| m.region).collect()
}

#[test]
fn region_with_designators() {
    let t = "Belgorod Region Governor Vyacheslav Gladkov said the Kursk Oblast and the Bryansk region were shelled.";
    assert_eq!(
        found(t),
        vec![
            ("Belgorod Region", "Belgorod"),
            ("Kursk Oblast", "Kursk"),
            ("Bryansk region", "Bryansk")
        ]
    );
}

#[test]
fn possessive_is_not_in_span() {
    let t = "Self-defense units of the Belgorod Region's governor and Belgorod’s mayor.";
    assert_eq!(
        found(t),
        vec![("Belgorod Region", "Belgorod"), ("Belgorod", "Belgorod")]
    );
    let m = &find_regions(t)[0];
    assert_eq!(&t[m.name.start..m.name.end], "Belgorod");
    assert_eq!(m.kind, Kind::Region);
}

#[test]
fn regional_and_plural_regions() {
    let t = "The Kursk regional administration said fighting went on in the Kursk and Belgorod regions.";
    assert_eq!(
        found(t),
        vec![
            ("Kursk regional", "Kursk"),
            ("Kursk", "Kursk"),
            ("Belgorod regions", "Belgorod")
        ]
    );
}

#[test]
fn russian_adjective_forms_need_a_designator() {
    let t = "Belgorodskaya oblast and the Shebekinsky district; Kurskaya Oblast.";
    let ms = find_regions(t);
    assert_eq!(
        found(t),
        vec![
            ("Belgorodskaya oblast", "Belgorod"),
            ("Shebekinsky district", "Belgorod"),
            ("Kurskaya Oblast", "Kursk"),
        ]
    );
    assert_eq!(ms[1].kind, Kind::District);
    // Surnames with the same ending are not names: no designator, no stem.
    assert!(find_regions("Zelensky and Gubkinsky spoke.").is_empty());
}

#[test]
fn ukrainian_adjective_forms() {
    let t = "in Kharkivska oblast and the Kupianskyi raion, also Zaporizka oblast";
    assert_eq!(
        found(t),
        vec![
            ("Kharkivska oblast", "Kharkiv"),
            ("Kupianskyi raion", "Kharkiv"),
            ("Zaporizka oblast", "Zaporizhzhia"),
        ]
    );
}

#[test]
fn belgorod_towns_with_variants() {
    let t = "Shebekino, Graivoron and Grayvoron, Valuyki, Stary Oskol, Novy Oskol, Krasnaya Yaruga, Nekhoteevka.";
    let r = regions_of(t);
    assert_eq!(r.len(), 8);
    assert!(r.iter().all(|x| *x == "Belgorod"), "{r:?}");
    assert_eq!(found(t)[4], ("Stary Oskol", "Belgorod"));
}

#[test]
fn kursk_and_bryansk_towns() {
    let t = "Sudzha, Tetkino, Glushkovo, Korenevo, Lgov, Rylsk, Bolshoye Soldatskoye; Klimovo, Klintsy, Sevsk, Suzemka";
    let r = regions_of(t);
    assert_eq!(&r[..7], &["Kursk"; 7]);
    assert_eq!(&r[7..], &["Bryansk"; 4]);
}

#[test]
fn ukrainian_transliteration_variants() {
    let pairs = [
        ("Kharkov", "Kharkiv"),
        ("Zaporozhye", "Zaporizhzhia"),
        ("Lugansk", "Luhansk"),
        ("Odessa", "Odesa"),
        ("Nikolaev", "Mykolaiv"),
        ("Dnepropetrovsk", "Dnipropetrovsk"),
        ("Chernigov", "Chernihiv"),
        ("Kherson", "Kherson"),
        ("Artemovsk", "Donetsk"),
        ("Gorlovka", "Donetsk"),
        ("Makeyevka", "Donetsk"),
        ("Ugledar", "Donetsk"),
        ("Severodonetsk", "Luhansk"),
        ("Lisichansk", "Luhansk"),
        ("Energodar", "Zaporizhzhia"),
        ("Berdyansk", "Zaporizhzhia"),
        ("Volchansk", "Kharkiv"),
        ("Kupyansk", "Kharkiv"),
        ("Izyum", "Kharkiv"),
        ("Akhtyrka", "Sumy"),
        ("Novaya Kakhovka", "Kherson"),
    ];
    for (name, region) in pairs {
        let t = format!("Shelling near {name} continued.");
        assert_eq!(regions_of(&t), vec![region], "{name}");
    }
}

#[test]
fn peoples_republics() {
    let t = "the Donetsk People’s Republic (DPR), also called DNR; the Lugansk People's Republic, LPR and LNR";
    assert_eq!(
        found(t),
        vec![
            ("Donetsk People’s Republic", "Donetsk"),
            ("DPR", "Donetsk"),
            ("DNR", "Donetsk"),
            ("Lugansk People's Republic", "Luhansk"),
            ("LPR", "Luhansk"),
            ("LNR", "Luhansk"),
        ]
    );
    assert!(find_regions(t).iter().all(|m| m.kind == Kind::Republic));
}

#[test]
fn word_boundaries() {
    // No match inside other words or hyphenated words made of a name plus letters.
    assert!(
        find_regions("Kurskaya without designator, Belgorodian, DPRK, Sumyx, XKursk").is_empty()
    );
    assert!(find_regions("Odesaé Kurské").is_empty());
    // Punctuation, curly quotes and dashes are boundaries.
    assert_eq!(regions_of("“Kursk”—(Sumy)"), vec!["Kursk", "Sumy"]);
}

#[test]
fn lowercase_is_not_a_name_but_allcaps_is() {
    assert!(find_regions("the sumy of it, belgorod").is_empty());
    assert_eq!(
        found("KURSK, August 9 (Reuters) - drones"),
        vec![("KURSK", "Kursk")]
    );
    assert_eq!(
        found("BELGOROD REGION: shelling"),
        vec![("BELGOROD REGION", "Belgorod")]
    );
}

#[test]
fn moscow_as_government_is_not_a_mention() {
    for t in [
        "since the start of Moscow’s invasion of Ukraine",
        "as Moscow's war drags on",
        "Moscow said the attack was repelled.",
        "Kyiv and Moscow claims differ.",
        "unaware if Moscow planned to congratulate Trump",
        "Moscow has denied it.",
        "Moscow Skeptical of Any Change in US Stance",
        "A Message from The Moscow Times:",
        "Moscow-backed separatists fired",
        "a pro-Moscow official",
        "the Moscow regime",
    ] {
        let r = regions_of(t);
        assert!(!r.contains(&"Moscow"), "{t}: {r:?}");
    }
}

#[test]
fn moscow_as_place_is_a_mention() {
    for t in [
        "Drones were shot down in Moscow overnight.",
        "a drone attack on Moscow",
        "the Moscow region and the Moscow Oblast",
        "Moscow Mayor Sergei Sobyanin said",
        "in Moscow's suburbs",
        "Residents of Moscow",
    ] {
        assert!(regions_of(t).contains(&"Moscow"), "{t}");
    }
    assert_eq!(
        found("the Moscow Region’s governor"),
        vec![("Moscow Region", "Moscow")]
    );
}

#[test]
fn moscow_dateline_is_the_wire_service_not_the_story() {
    let t = "MOSCOW (UrduPoint News / Sputnik - 02nd August, 2023) Russia is arming units in the border region of Belgorod";
    assert_eq!(regions_of(t), vec!["Belgorod"]);
    assert!(regions_of("Moscow, Aug 2 (Reuters) - The governor of Kursk").eq(&["Kursk"]));
}

#[test]
fn kyiv_metonymy_like_moscow() {
    assert!(find_regions(
        "Kyiv's forces advanced. Kiev claims success. The Kyiv Independent reported."
    )
    .is_empty());
    assert_eq!(
        regions_of("Missiles struck Kyiv and Kiev Oblast."),
        vec!["Kyiv", "Kyiv"]
    );
}

#[test]
fn countries_are_not_regions() {
    assert!(
        find_regions("Russia and Ukraine, Russian and Ukrainian forces, the Kremlin").is_empty()
    );
    assert_eq!(canonical("Russia"), None);
    assert_eq!(canonical("Ukraine"), None);
}

#[test]
fn kursk_submarine_and_institutes_are_not_places() {
    assert!(find_regions("the sinking of the Kursk submarine").is_empty());
    assert!(find_regions("the Kurchatov Institute in Moscow")
        .iter()
        .all(|m| m.region == "Moscow"));
    assert_eq!(
        regions_of("the Kursk Nuclear Power Plant in Kurchatov"),
        vec!["Kursk", "Kursk"]
    );
}

#[test]
fn person_names_equal_to_places_are_strict() {
    assert!(find_regions("President Vladimir Putin met Friedrich Engels.").is_empty());
    assert_eq!(regions_of("the Vladimir region"), vec!["Vladimir"]);
    assert_eq!(regions_of("drones hit Engels airbase"), vec!["Saratov"]);
    assert_eq!(regions_of("a factory in Kirov"), vec!["Kirov"]);
    assert_eq!(regions_of("in the city of Vladimir"), vec!["Vladimir"]);
}

#[test]
fn river_is_not_the_city() {
    assert!(find_regions("across the Dnipro, on the Dnipro River").is_empty());
    assert_eq!(
        regions_of("A missile hit Dnipro on Monday."),
        vec!["Dnipropetrovsk"]
    );
}

#[test]
fn longest_form_wins() {
    assert_eq!(
        found("Belgorod-Dnestrovsky port"),
        vec![("Belgorod-Dnestrovsky", "Odesa")]
    );
    assert_eq!(
        found("in Belaya Kalitva"),
        vec![("Belaya Kalitva", "Rostov")]
    );
    assert_eq!(
        found("in Belaya, Kursk"),
        vec![("Belaya", "Kursk"), ("Kursk", "Kursk")]
    );
    assert_eq!(
        found("Nizhny Novgorod and Novgorod"),
        vec![
            ("Nizhny Novgorod", "Nizhny Novgorod"),
            ("Novgorod", "Novgorod")
        ]
    );
    assert_eq!(found("Rostov-on-Don"), vec![("Rostov-on-Don", "Rostov")]);
    assert_eq!(
        found("Slavyansk-na-Kubani and Slavyansk"),
        vec![
            ("Slavyansk-na-Kubani", "Krasnodar"),
            ("Slavyansk", "Donetsk")
        ]
    );
}

#[test]
fn saint_petersburg_forms() {
    for t in [
        "St. Petersburg",
        "St Petersburg",
        "Saint Petersburg",
        "Saint-Petersburg",
    ] {
        assert_eq!(found(t), vec![(t, "Saint Petersburg")], "{t}");
    }
    assert_eq!(regions_of("the Leningrad region"), vec!["Leningrad"]);
}

#[test]
fn autonomous_and_urban_designators() {
    assert_eq!(
        found("Khanty-Mansi Autonomous Okrug"),
        vec![("Khanty-Mansi Autonomous Okrug", "Khanty-Mansi")]
    );
    let t = "the Shebekino urban district";
    assert_eq!(found(t), vec![("Shebekino urban district", "Belgorod")]);
    assert_eq!(find_regions(t)[0].kind, Kind::District);
    // A modifier without a designator is not part of the span.
    assert_eq!(
        found("Shebekino urban life"),
        vec![("Shebekino", "Belgorod")]
    );
}

#[test]
fn krai_and_republics() {
    assert_eq!(
        found("Krasnodar Krai and Krasnodarsky krai"),
        vec![
            ("Krasnodar Krai", "Krasnodar"),
            ("Krasnodarsky krai", "Krasnodar")
        ]
    );
    assert_eq!(
        regions_of("Chechnya, the Chechen Republic, Dagestan and Tatarstan"),
        vec!["Chechnya", "Chechnya", "Dagestan", "Tatarstan"]
    );
    assert_eq!(
        regions_of("drones hit Yelabuga and Kazan"),
        vec!["Tatarstan", "Tatarstan"]
    );
}

#[test]
fn crimea_and_sevastopol() {
    assert_eq!(
        regions_of("Kerch, Dzhankoi, Yevpatoria, Feodosia and Simferopol"),
        vec!["Crimea"; 5]
    );
    assert_eq!(
        regions_of("the port of Sevastopol and Belbek"),
        vec!["Sevastopol"; 2]
    );
    assert_eq!(found("annexed Crimea’s"), vec![("Crimea", "Crimea")]);
}

#[test]
fn border_towns_ukraine() {
    let t = "Vovchansk, Kupiansk, Lyptsi; Shostka, Krasnopillia, Yunakivka; Melitopol, Robotyne; Oleshky";
    assert_eq!(
        regions_of(t),
        vec![
            "Kharkiv",
            "Kharkiv",
            "Kharkiv",
            "Sumy",
            "Sumy",
            "Sumy",
            "Zaporizhzhia",
            "Zaporizhzhia",
            "Kherson"
        ]
    );
}

#[test]
fn numbers_and_counts_near_names_are_untouched() {
    // Figures, years, "Su-34" next to names: only the names are returned, with exact spans.
    let t = "In 2023, 2,092 people joined in Belgorod; a Su-34 crashed near Yeysk; eight days in Sudzha.";
    assert_eq!(
        found(t),
        vec![
            ("Belgorod", "Belgorod"),
            ("Yeysk", "Krasnodar"),
            ("Sudzha", "Kursk")
        ]
    );
}

#[test]
fn spans_are_byte_offsets_with_unicode_around() {
    let t = "«Шебекино» — “Shebekino” – ’Graivoron’ — Kursk’s";
    let ms = find_regions(t);
    assert_eq!(ms.len(), 3);
    for m in &ms {
        assert!(t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end));
    }
    assert_eq!(&t[ms[2].span.start..ms[2].span.end], "Kursk");
}

#[test]
fn teaser_and_banner_text_still_scanned_plainly() {
    // Furniture filtering is clean.rs's job: the gazetteer reports what is there.
    let t = "Related: 16 killed in Belgorod shelling\nSupport The Moscow Times from just $2";
    assert_eq!(regions_of(t), vec!["Belgorod"]);
}

#[test]
fn canonical_is_case_insensitive_and_takes_forms() {
    assert_eq!(canonical("belgorod oblast"), Some("Belgorod"));
    assert_eq!(canonical("Grayvoron"), Some("Belgorod"));
    assert_eq!(canonical("grayvoron"), Some("Belgorod"));
    assert_eq!(canonical("DPR"), Some("Donetsk"));
    assert_eq!(canonical("lnr"), Some("Luhansk"));
    assert_eq!(canonical("The Kursk Region"), Some("Kursk"));
    assert_eq!(canonical("Belgorodskaya"), Some("Belgorod"));
    assert_eq!(canonical("Moscow"), Some("Moscow"));
    assert_eq!(canonical("vladimir"), Some("Vladimir"));
    assert_eq!(canonical("KHARKOV"), Some("Kharkiv"));
    assert_eq!(canonical("Paris"), None);
    assert_eq!(canonical(""), None);
}

#[test]
fn every_canonical_name_is_its_own_form() {
    for r in all_regions() {
        assert_eq!(canonical(r), Some(r), "{r}");
    }
}

#[test]
fn gazetteer_size_and_countries() {
    let ru = all_regions()
        .filter(|r| country(r) == Some("Russia"))
        .count();
    let ua = all_regions()
        .filter(|r| country(r) == Some("Ukraine"))
        .count();
    // 83 federal subjects, Moscow city and Moscow Oblast as one region "Moscow".
    assert_eq!(ru, 82);
    assert_eq!(ua, 26);
    assert_eq!(country("Belgorod"), Some("Russia"));
    assert_eq!(country("Crimea"), Some("Ukraine"));
}

#[test]
fn gazetteer_data_is_lowercase_and_unambiguous() {
    let idx = gazetteer::index();
    for e in &idx.entries {
        assert!(
            !e.form.bytes().any(|c| c.is_ascii_uppercase()),
            "{}",
            e.form
        );
    }
    for w in idx.entries.windows(2) {
        assert!(
            !(w[0].form == w[1].form && w[0].region != w[1].region),
            "{} in {} and {}",
            w[0].form,
            w[0].region,
            w[1].region
        );
    }
    for w in idx.adjs.windows(2) {
        assert!(
            w[0].stem != w[1].stem,
            "{} in {} and {}",
            w[0].stem,
            w[0].region,
            w[1].region
        );
    }
    for a in &idx.adjs {
        assert!(
            a.stem.ends_with("sk") || a.stem.ends_with("zk"),
            "{}",
            a.stem
        );
    }
}

#[test]
fn multiword_name_across_line_is_not_joined() {
    assert_eq!(found("Stary\nOskol"), vec![]);
    assert_eq!(found("Nova Kakhovka"), vec![("Nova Kakhovka", "Kherson")]);
    assert_eq!(found("Nova\nKakhovka"), vec![("Kakhovka", "Kherson")]);
}

#[test]
fn sentence_initial_and_headline_case() {
    assert_eq!(
        regions_of("Kursk governor Alexei Smirnov said 10 people were injured."),
        vec!["Kursk"]
    );
    assert_eq!(
        found("Ukraine Shells Belgorod Region, Killing Two"),
        vec![("Belgorod Region", "Belgorod")]
    );
}

#[test]
fn non_capital_datelines_count() {
    assert_eq!(
        found("BELGOROD, May 23 (Reuters) - Two drones"),
        vec![("BELGOROD", "Belgorod")]
    );
    assert_eq!(found("Sumy, March 3 — shelling"), vec![("Sumy", "Sumy")]);
}

#[test]
fn compounds_with_names() {
    assert_eq!(
        found("a Belgorod-based volunteer"),
        vec![("Belgorod", "Belgorod")]
    );
    assert_eq!(
        found("the Kursk-Belgorod highway"),
        vec![("Kursk", "Kursk"), ("Belgorod", "Belgorod")]
    );
    assert!(found("Kyiv-controlled territory and a Moscow-installed official").is_empty());
}

#[test]
fn preposition_beats_verb_after_capital() {
    assert_eq!(
        regions_of("The situation in Moscow is calm."),
        vec!["Moscow"]
    );
    assert_eq!(
        regions_of("Drones over Moscow were downed."),
        vec!["Moscow"]
    );
    assert!(regions_of("Kyiv Post reported").is_empty());
}

#[test]
fn strict_names_need_a_place_context() {
    assert!(find_regions("the poet Vasily Zhukovsky wrote").is_empty());
    assert_eq!(regions_of("the Zhukovsky airfield"), vec!["Moscow"]);
    assert_eq!(regions_of("a fire at Kropotkin"), vec!["Krasnodar"]);
}

#[test]
fn kinds_from_designators() {
    let ms = find_regions("Belgorod city, Belgorod Oblast, Shebekino, Sudzhansky district, DPR");
    let kinds: Vec<Kind> = ms.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        vec![
            Kind::Town,
            Kind::Region,
            Kind::Town,
            Kind::District,
            Kind::Republic
        ]
    );
}

#[test]
fn capitals_as_plural_subjects_are_governments() {
    for t in [
        "What the raiders and Kyiv say",
        "Minsk and Moscow deny any role in the raid.",
        "Kyiv claim and Moscow deny: the two versions differ.",
    ] {
        let r = regions_of(t);
        assert!(!r.contains(&"Moscow") && !r.contains(&"Kyiv"), "{t}: {r:?}");
    }
    // A place a verb follows only after a preposition stays a place.
    assert!(regions_of("People in Kyiv say the sirens sounded twice.").contains(&"Kyiv"));
}

#[test]
fn a_capital_time_zone_is_no_mention() {
    for t in [
        "As of 10:00 Moscow time, turnout was 71.2%.",
        "The sirens sounded at 03:15 Kyiv time.",
        "Polls close at 20:00 Moscow time on Sunday.",
    ] {
        assert!(find_regions(t).is_empty(), "{t}");
    }
    // trap: the city itself stays a place
    assert_eq!(regions_of("Drones hit Moscow overnight."), vec!["Moscow"]);
}
