//! Lexicons of the generator: regions and towns, officials, nouns by category,
//! qualifier wordings, number words, and furniture text.

/// A region articles are about, with its towns and the official who reports.
#[derive(Debug)]
pub struct Region {
    pub name: &'static str,
    /// How articles name the region itself.
    pub forms: &'static [&'static str],
    pub towns: &'static [&'static str],
    pub official: &'static str,
    pub surname: &'static str,
    /// Dateline city in capitals.
    pub capital: &'static str,
    pub russian: bool,
}

pub const REGIONS: &[Region] = &[
    Region {
        name: "Belgorod",
        forms: &[
            "the Belgorod region",
            "the Belgorod Region",
            "Belgorod Oblast",
            "the Belgorod border region",
        ],
        towns: &[
            "Shebekino",
            "Graivoron",
            "Grayvoron",
            "Valuyki",
            "Novaya Tavolzhanka",
            "Krasnaya Yaruga",
            "Belgorod",
        ],
        official: "Belgorod Governor Vyacheslav Gladkov",
        surname: "Gladkov",
        capital: "BELGOROD",
        russian: true,
    },
    Region {
        name: "Kursk",
        forms: &["the Kursk region", "the Kursk Region", "Kursk Oblast"],
        towns: &[
            "Sudzha",
            "Tyotkino",
            "Glushkovo",
            "Rylsk",
            "Lgov",
            "Korenevo",
        ],
        official: "Kursk Governor Roman Starovoit",
        surname: "Starovoit",
        capital: "KURSK",
        russian: true,
    },
    Region {
        name: "Bryansk",
        forms: &["the Bryansk region", "the Bryansk Region", "Bryansk Oblast"],
        towns: &["Klimovo", "Klintsy", "Sevsk", "Pogar", "Starodub"],
        official: "Bryansk Governor Alexander Bogomaz",
        surname: "Bogomaz",
        capital: "BRYANSK",
        russian: true,
    },
    Region {
        name: "Voronezh",
        forms: &[
            "the Voronezh region",
            "the Voronezh Region",
            "Voronezh Oblast",
        ],
        towns: &["Rossosh", "Ostrogozhsk", "Boguchar", "Kantemirovka"],
        official: "Voronezh Governor Alexander Gusev",
        surname: "Gusev",
        capital: "VORONEZH",
        russian: true,
    },
    Region {
        name: "Kharkiv",
        forms: &["the Kharkiv region", "Kharkiv Oblast", "the Kharkov region"],
        towns: &["Vovchansk", "Kupiansk", "Zolochiv", "Chuhuiv"],
        official: "Kharkiv Governor Oleh Syniehubov",
        surname: "Syniehubov",
        capital: "KHARKIV",
        russian: false,
    },
    Region {
        name: "Sumy",
        forms: &["the Sumy region", "Sumy Oblast"],
        towns: &[
            "Shostka",
            "Okhtyrka",
            "Krasnopillia",
            "Bilopillia",
            "Velyka Pysarivka",
        ],
        official: "Sumy Governor Volodymyr Artiukh",
        surname: "Artiukh",
        capital: "SUMY",
        russian: false,
    },
];

pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const MON3: &[&str] = &[
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Nouns a figure of each category counts: (singular, plural).
pub const PERSONNEL: &[(&str, &str)] = &[
    ("person", "people"),
    ("fighter", "fighters"),
    ("volunteer", "volunteers"),
    ("serviceman", "servicemen"),
    ("militia member", "militia members"),
    ("resident", "residents"),
    ("troop", "troops"),
];
pub const UNITS: &[(&str, &str)] = &[
    ("battalion", "battalions"),
    ("detachment", "detachments"),
    ("company", "companies"),
    ("unit", "units"),
    ("squad", "squads"),
];
pub const EQUIPMENT: &[(&str, &str)] = &[
    ("drone", "drones"),
    ("quadcopter", "quadcopters"),
    ("tank", "tanks"),
    ("armored vehicle", "armored vehicles"),
    ("pickup truck", "pickup trucks"),
    ("rifle", "rifles"),
    ("firearm", "firearms"),
    ("shell", "shells"),
    ("round", "rounds"),
    ("helicopter", "helicopters"),
];
pub const OTHER: &[(&str, &str)] = &[
    ("village", "villages"),
    ("evacuee", "evacuees"),
    ("house", "houses"),
    ("settlement", "settlements"),
    ("child", "children"),
    ("school", "schools"),
];

/// Qualifier wordings before a number.
pub const ABOUT: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "an estimated",
    "nearly",
    "almost",
    "approximately",
];
pub const MORE: &[&str] = &["more than", "over", "upwards of"];
pub const UPTO: &[&str] = &["up to", "as many as"];
pub const FEWER: &[&str] = &["fewer than", "under", "less than"];
/// Vague quantity words: (words, smallest count they suggest).
pub const VAGUE: &[&str] = &[
    "several",
    "dozens of",
    "hundreds of",
    "thousands of",
    "a few dozen",
];

pub const ONES: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
pub const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Headlines of other stories, used by teasers: `{n}` is a casualty count.
pub const TEASERS: &[&str] = &[
    "Blasts Kill {n} in Russia's Belgorod Region",
    "Drone Attack on Kursk Injures {n}, Governor Says",
    "{n} Killed as Shelling Hits Border Village",
    "Ukraine Says {n} Civilians Wounded in Sumy Strike",
    "Moscow Skeptical of Any Change in US Stance Toward Ukraine",
    "Kremlin Denies Talks on Prisoner Swap of {n} Servicemen",
];

pub const REPORTERS: &[&str] = &[
    "Fahad Shabbir (@FahadShabbir)",
    "Sumaira FH (@sumairafh)",
    "Mohammad Ali (@Ali_Mohammad)",
    "Faizan Hashmi (@faizanhashmi)",
];
pub const EDITORS: &[&str] = &[
    "Guy Faulconbridge",
    "Andrew Osborn",
    "Mark Trevelyan",
    "Lidia Kelly",
    "Ron Popeski",
];

/// Sentences without figures: context, quotes, colour.
pub const FILLERS: &[&str] = &[
    "The border region has come under regular fire since the start of the war.",
    "{off} said the procedure was in line with Russian law.",
    "\"We are forming units of those who cannot be called up but have combat experience,\" {sur} said.",
    "Residents were urged to stay in shelters until the all-clear.",
    "The authorities did not say when the units would be fully equipped.",
    "Ukraine does not usually comment on attacks inside Russia.",
    "\"The situation on the border remains tense,\" {sur} wrote on Telegram.",
    "Emergency services were working at the scene, the governor's office said.",
    "The claims could not be independently verified.",
    "Local officials said power had been restored to most homes by the evening.",
    "{sur} said the volunteers would patrol settlements near the border.",
    "The Defense Ministry said its air defenses had intercepted the attack.",
    "\"Everything is done in strict accordance with the law,\" the Kremlin spokesman told reporters.",
    "The volunteers train at a firing range outside {town} twice a week.",
];

/// Sentences with numbers that are not figures (ages, ordinals, durations, names).
pub const TRAPS: &[&str] = &[
    "Volunteers must be aged 18 to 60, {sur} said.",
    "The first batch of equipment has already arrived at the base.",
    "A second district defense unit is being assembled.",
    "Russian Su-34 bombers were seen over the area for two or three days.",
    "The fighting lasted eight days, according to local residents.",
    "The units were created under Article 5 of the regional law on defense.",
    "Air raid sirens sounded at 06:40 in the morning.",
    "The training course lasts 10 days and ends with an exam.",
];

/// Clauses of composed filler sentences (no figures); `{town}` is the story's town.
pub const CLAUSES: &[&str] = &[
    "the situation in {town} remained tense",
    "air defense systems were on duty around the clock",
    "the units would be equipped with new radios",
    "local schools had switched to remote learning",
    "the authorities had ordered additional shelters to be built",
    "residents had been advised to avoid the border zone",
    "the regional budget would cover the costs",
    "training continued at a firing range outside {town}",
    "the Kremlin backed the governor's plan",
    "the shelling had damaged power lines near {town}",
    "volunteers were delivering food and water to border villages",
    "the checkpoint near {town} was closed to civilian traffic",
    "the self-defense units would not be sent outside the region",
    "the new units would guard bridges, substations and schools",
    "the procedure for storing weapons had been agreed with the police",
    "sirens had sounded several times during the night",
    "people who left their homes were being housed in dormitories",
    "the regional parliament was reviewing a bill on the units",
    "a curfew in {town} had been extended",
    "the attack had been launched from Ukrainian territory",
    "Ukrainian drones had targeted an oil depot",
    "the volunteers had received uniforms and body armor",
    "officials were checking the damage to houses in {town}",
    "the governor had met commanders of the units",
];
/// Who says it.
pub const SOURCES: &[&str] = &[
    "the regional government",
    "the governor's press service",
    "local media",
    "Russian state media",
    "Ukrainian officials",
    "the Defense Ministry",
    "a source in the local administration",
    "local Telegram channels",
    "the emergencies ministry",
    "the Kremlin",
];
