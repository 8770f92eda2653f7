//! Gazetteer data, Russia: the federal subjects and their towns, districts and
//! villages that war news names. Format: see [`super::gazetteer::Subject`].

use super::gazetteer::{s, Subject};

/// The Russian federal subjects (Crimea and Sevastopol are in the Ukrainian list;
/// the Russian-installed "republics" map to the Ukrainian oblasts).
pub(super) static RUSSIA: &[Subject] = &[
    // --- The border regions and their towns, districts and villages.
    s(
        "Belgorod",
        "belgorod",
        "belgorodsk",
        "shebekino|graivoron|grayvoron|grajvoron|valuyki|valuiki|stary oskol|staryy oskol|\
       stariy oskol|gubkin|alekseyevka|alekseevka|alexeyevka|novy oskol|novyy oskol|\
       krasnaya yaruga|borisovka|rakitnoye|rakitnoe|volokonovka|yakovlevo|kozinka|glotovo|\
       zhuravlevka|zhuravlyovka|nekhoteevka|nekhoteyevka|murom|veterinarny|veterinarnyy|\
       novaya tavolzhanka|maslova pristan|golovchino|dronovka|spodaryushino|tishanka|\
       tomarovka|prokhorovka|korocha|chernyanka|veydelevka|veidelevka|biryuch|ivnya|\
       razumnoye|razumnoe|streletskoye|streletskoe|bessonovka|\
       kolotilovka|urazovo|ziborovka|mokraya orlovka|bezymeno|poroz|\
       vyazovoye|logachevka|shchetinovka|yasnye zori|\
       belomestnoye|shopino|yasnyye zori",
        "shebekinsk|graivoronsk|grayvoronsk|valuysk|valuisk|krasnoyaruzhsk|borisovsk|\
       volokonovsk|novooskolsk|starooskolsk|rakityansk|alekseyevsk|alekseevsk|gubkinsk|\
       yakovlevsk|prokhorovsk|korochansk|chernyansk|veydelevsk|ivnyansk",
    ),
    s(
        "Kursk",
        "kursk",
        "kursk",
        "sudzha|tetkino|glushkovo|korenevo|lgov|rylsk|kurchatov|zheleznogorsk|oboyan|\
       khomutovka|belaya|bolshoye soldatskoye|bolshoe soldatskoe|gordeyevka|gordeevka|\
       dmitriyev|dmitriev|fatezh|shchigry|pogrebki|plekhovo|malaya loknya|sverdlikovo|\
       kazachya loknya|snagost|olgovka|ivashchenkovo|kremyanoye|zaoleshenka|\
       russkoye porechnoye|nikolayevo-darino|darino|kamyshevka|apanasovka|\
       gornal|guevo|makhnovka|cherkasskaya konopelka|oleshnya|lyubimovka|tolpino|\
       kositsa|ulanok|sheptukhovka|krupets|tyotkino",
        "sudzhansk|glushkovsk|korenevsk|rylsk|lgovsk|khomutovsk|belovsk|bolshesoldatsk|\
       kurchatovsk|oboyansk|zheleznogorsk|fatezhsk|shchigrovsk|dmitrievsk|dmitriyevsk",
    ),
    s(
        "Bryansk",
        "bryansk",
        "bryansk",
        "klimovo|klintsy|sevsk|novozybkov|pogar|suzemka|starodub|trubchevsk|sushany|unecha|\
       zlynka|karachev|komarichi|seshcha|krasnaya gora|lomakovka|kurkovichi|\
       novye yurkovichi|zhiryatino|lyubechane|belaya berezka|kokino",
        "klimovsk|klintsovsk|sevsk|pogarsk|suzemsk|starodubsk|trubchevsk|novozybkovsk|\
       komarichsk|zlynkovsk",
    ),
    s(
        "Voronezh",
        "voronezh",
        "voronezhsk",
        "rossosh|boguchar|liski|borisoglebsk|ostrogozhsk|kantemirovka|buturlinovka|\
       novovoronezh|semiluki|podgorensky|olkhovatka|kalach",
        "rossoshansk|bogucharsk|kantemirovsk|olkhovatsk|buturlinovsk",
    ),
    s(
        "Rostov",
        "rostov|rostov-on-don|rostov on don|rostov-na-donu",
        "rostovsk",
        "taganrog|novoshakhtinsk|millerovo|shakhty|kamensk-shakhtinsky|kamensk-shakhtinskiy|\
       novocherkassk|bataysk|bataisk|volgodonsk|gukovo|morozovsk|zverevo|chertkovo|salsk|\
       belaya kalitva|krasny sulin|krasnyi sulin|kuybyshevo|matveyev kurgan|neklinovsky|\
       kuibyshevo",
        "taganrogsk|millerovsk|chertkovsk|neklinovsk",
    ),
    s(
        "Krasnodar",
        "krasnodar|krasnodar krai",
        "krasnodarsk",
        "novorossiysk|novorossiisk|sochi|tuapse|anapa|yeysk|yeisk|eysk|armavir|\
       slavyansk-na-kubani|gelendzhik|primorsko-akhtarsk|krymsk|temryuk|port kavkaz|taman|\
       !kropotkin|labinsk|tikhoretsk|afipsky|afipskiy|ilsky|ilskiy|belaya glina|\
       kushchevskaya|ust-labinsk|korenovsk",
        "temryuksk|tuapsinsk",
    ),
    // --- Moscow and the other regions of European Russia.
    s(
        "Moscow",
        "^moscow|moscow oblast|moscow region",
        "moskovsk",
        "podolsk|khimki|balashikha|mytishchi|krasnogorsk|zelenograd|vnukovo|sheremetyevo|\
       domodedovo|!zhukovsky|!zhukovskiy|ramenskoye|kubinka|odintsovo|sergiev posad|\
       sergiyev posad|kolomna|lyubertsy|!korolyov|!korolev|noginsk|dubna|istra|\
       naro-fominsk|solnechnogorsk|kashira|stupino|serpukhov|dolgoprudny|reutov|mozhaysk|\
       mozhaisk|dmitrov|klin|elektrostal|shchyolkovo|shchelkovo|pushkino|voskresensk|\
       lobnya|krasnoznamensk|ostankino|kapotnya|skolkovo|chkalovsky",
        "odintsovsk|ramensk|krasnogorsk|podolsk|mytishchinsk|domodedovsk|ruzsk|\
       istrinsk|kolomensk|serpukhovsk|solnechnogorsk",
    ),
    s(
        "Saint Petersburg",
        "saint petersburg|st petersburg|saint-petersburg|st-petersburg|petersburg|\
       sankt-peterburg|sankt peterburg",
        "",
        "kronstadt|peterhof|kolpino|pulkovo|levashovo|sestroretsk|zelenogorsk",
        "",
    ),
    s(
        "Leningrad",
        "leningrad",
        "leningradsk",
        "gatchina|vyborg|kirishi|ust-luga|sosnovy bor|kingisepp|tikhvin|vsevolozhsk|tosno",
        "gatchinsk|vyborgsk|kirishsk|kingiseppsk|vsevolozhsk",
    ),
    s(
        "Lipetsk",
        "lipetsk",
        "lipetsk",
        "yelets|elets|dankov|gryazi",
        "",
    ),
    s("Oryol", "oryol|orel|orjol", "orlovsk", "livny|mtsensk", ""),
    s(
        "Tula",
        "tula",
        "tulsk",
        "aleksin|!yefremov|!efremov|shchyokino|shchekino|uzlovaya|bogoroditsk|kimovsk",
        "",
    ),
    s(
        "Kaluga",
        "kaluga",
        "kaluzhsk",
        "obninsk|lyudinovo|kozelsk|shaykovka",
        "",
    ),
    s(
        "Smolensk",
        "smolensk",
        "smolensk",
        "vyazma|roslavl|safonovo|yartsevo|desnogorsk",
        "",
    ),
    s(
        "Tambov",
        "tambov",
        "tambovsk",
        "michurinsk|morshansk|rasskazovo|!kirsanov",
        "",
    ),
    s(
        "Ryazan",
        "ryazan",
        "ryazansk",
        "!kasimov|!skopin|dyagilevo|sasovo",
        "",
    ),
    s(
        "Tver",
        "tver",
        "tversk",
        "toropets|rzhev|konakovo|kimry|udomlya|bologoye|bologoe|vyshny volochyok|torzhok|\
       migalovo",
        "",
    ),
    s(
        "Pskov",
        "pskov",
        "pskovsk",
        "velikiye luki|velikie luki|pechory",
        "",
    ),
    s(
        "Novgorod",
        "novgorod|veliky novgorod|velikiy novgorod",
        "novgorodsk",
        "staraya russa|borovichi|valday",
        "",
    ),
    s(
        "Kaliningrad",
        "kaliningrad",
        "kaliningradsk",
        "baltiysk|chernyakhovsk|koenigsberg|konigsberg",
        "",
    ),
    s(
        "Vladimir",
        "!vladimir",
        "vladimirsk",
        "kovrov|gus-khrustalny|vyazniki|kirzhach",
        "",
    ),
    s("Ivanovo", "ivanovo", "ivanovsk", "kineshma|teykovo", ""),
    s("Kostroma", "kostroma", "kostromsk", "", ""),
    s(
        "Yaroslavl",
        "yaroslavl",
        "yaroslavsk",
        "rybinsk|uglich|pereslavl-zalessky",
        "",
    ),
    s("Vologda", "vologda", "vologodsk", "cherepovets", ""),
    s(
        "Arkhangelsk",
        "arkhangelsk|archangelsk",
        "arkhangelsk",
        "severodvinsk|kotlas|plesetsk",
        "",
    ),
    s(
        "Murmansk",
        "murmansk",
        "murmansk",
        "severomorsk|olenya|olenegorsk|monchegorsk|kandalaksha",
        "",
    ),
    s(
        "Karelia",
        "karelia|kareliya",
        "",
        "petrozavodsk|kondopoga|segezha",
        "",
    ),
    s(
        "Komi",
        "komi|komi republic",
        "",
        "syktyvkar|ukhta|vorkuta",
        "",
    ),
    s("Nenets", "nenets", "", "naryan-mar", ""),
    s(
        "Nizhny Novgorod",
        "nizhny novgorod|nizhniy novgorod|nizhni novgorod",
        "nizhegorodsk",
        "kstovo|arzamas|sarov|balakhna",
        "",
    ),
    s("Kirov", "!kirov", "", "kirovo-chepetsk", ""),
    s("Mari El", "mari el|marii el|mari-el", "", "yoshkar-ola", ""),
    s(
        "Mordovia",
        "mordovia|mordoviya|#mordovian republic",
        "",
        "saransk",
        "",
    ),
    s(
        "Chuvashia",
        "chuvashia|chuvashiya|#chuvash republic",
        "",
        "cheboksary|novocheboksarsk",
        "",
    ),
    s(
        "Tatarstan",
        "tatarstan|#republic of tatarstan",
        "",
        "kazan|yelabuga|elabuga|alabuga|naberezhnye chelny|nizhnekamsk|almetyevsk|\
       zelenodolsk|bugulma",
        "",
    ),
    s(
        "Udmurtia",
        "udmurtia|udmurtiya|#udmurt republic",
        "",
        "izhevsk|votkinsk|sarapul|!glazov",
        "",
    ),
    s(
        "Bashkortostan",
        "bashkortostan|bashkiria|bashkiriya|bashkortostan republic",
        "",
        "ufa|sterlitamak|!salavat|neftekamsk",
        "",
    ),
    s(
        "Samara",
        "samara",
        "samarsk",
        "tolyatti|togliatti|syzran|novokuibyshevsk|novokuybyshevsk",
        "",
    ),
    s(
        "Saratov",
        "saratov",
        "saratovsk",
        "!engels|balakovo|!balashov",
        "",
    ),
    s("Penza", "penza", "penzensk", "kuznetsk", ""),
    s("Ulyanovsk", "ulyanovsk", "ulyanovsk", "dimitrovgrad", ""),
    s(
        "Orenburg",
        "orenburg",
        "orenburgsk",
        "orsk|buzuluk|novotroitsk",
        "",
    ),
    s(
        "Volgograd",
        "volgograd|stalingrad",
        "volgogradsk",
        "kamyshin|volzhsky|volzhskiy|kalach-na-donu|uryupinsk|kotluban|frolovo",
        "",
    ),
    s(
        "Astrakhan",
        "astrakhan",
        "astrakhansk",
        "akhtubinsk|kapustin yar|znamensk",
        "",
    ),
    s("Kalmykia", "kalmykia|kalmykiya", "", "elista", ""),
    s("Adygea", "adygea|adygeya|adygeia", "", "maykop|maikop", ""),
    s(
        "Stavropol",
        "stavropol|stavropol krai",
        "stavropolsk",
        "pyatigorsk|kislovodsk|nevinnomyssk|budyonnovsk|budennovsk|mineralnye vody|\
       yessentuki|essentuki",
        "",
    ),
    s(
        "Karachay-Cherkessia",
        "karachay-cherkessia|karachay-cherkess republic|karachaevo-cherkessia|\
       karachay-cherkesia",
        "",
        "cherkessk",
        "",
    ),
    s(
        "Kabardino-Balkaria",
        "kabardino-balkaria|kabardino-balkariya|#kabardino-balkarian republic",
        "",
        "nalchik|prokhladny",
        "",
    ),
    s(
        "North Ossetia",
        "north ossetia|north ossetia-alania|alania",
        "",
        "vladikavkaz|mozdok|beslan",
        "",
    ),
    s(
        "Ingushetia",
        "ingushetia|ingushetiya",
        "",
        "magas|nazran|malgobek",
        "",
    ),
    s(
        "Chechnya",
        "chechnya|chechnia|#chechen republic|ichkeria",
        "",
        "grozny|groznyy|gudermes",
        "",
    ),
    s(
        "Dagestan",
        "dagestan|daghestan",
        "",
        "makhachkala|derbent|kaspiysk|kaspiisk|khasavyurt|buynaksk|izberbash",
        "",
    ),
    // --- The Urals, Siberia and the Far East.
    s(
        "Perm",
        "perm|perm krai",
        "permsk",
        "berezniki|solikamsk",
        "",
    ),
    s(
        "Sverdlovsk",
        "sverdlovsk",
        "sverdlovsk",
        "yekaterinburg|ekaterinburg|nizhny tagil|nizhniy tagil|kamensk-uralsky|\
       kamensk-uralskiy|pervouralsk",
        "",
    ),
    s(
        "Chelyabinsk",
        "chelyabinsk",
        "chelyabinsk",
        "magnitogorsk|zlatoust|miass|ozyorsk|ozersk",
        "",
    ),
    s("Kurgan", "kurgan", "kurgansk", "shadrinsk", ""),
    s("Tyumen", "tyumen", "tyumensk", "tobolsk|ishim", ""),
    s(
        "Khanty-Mansi",
        "khanty-mansi|khanty-mansiysk|khanty-mansiisk|yugra",
        "",
        "surgut|nizhnevartovsk|nefteyugansk|kogalym",
        "",
    ),
    s(
        "Yamalo-Nenets",
        "yamalo-nenets|yamalo-nenetsk|yamal",
        "",
        "salekhard|novy urengoy|novyy urengoy|noyabrsk|nadym",
        "",
    ),
    s("Omsk", "omsk", "omsk", "", ""),
    s("Novosibirsk", "novosibirsk", "novosibirsk", "berdsk", ""),
    s("Tomsk", "tomsk", "tomsk", "", ""),
    s(
        "Kemerovo",
        "kemerovo|kuzbass",
        "kemerovsk",
        "novokuznetsk|prokopyevsk|mezhdurechensk",
        "",
    ),
    s(
        "Altai",
        "altai|altay|altai krai|altay krai",
        "",
        "barnaul|biysk|rubtsovsk",
        "",
    ),
    s(
        "Altai Republic",
        "altai republic|altay republic|#republic of altai|gorny altai",
        "",
        "gorno-altaysk|gorno-altaisk",
        "",
    ),
    s(
        "Krasnoyarsk",
        "krasnoyarsk|krasnoyarsk krai",
        "krasnoyarsk",
        "norilsk|achinsk|kansk",
        "",
    ),
    s(
        "Khakassia",
        "khakassia|khakasia|khakasiya",
        "",
        "abakan|sayanogorsk",
        "",
    ),
    s("Tuva", "tuva|tyva", "", "kyzyl", ""),
    s(
        "Irkutsk",
        "irkutsk",
        "irkutsk",
        "bratsk|angarsk|usolye-sibirskoye|ust-ilimsk",
        "",
    ),
    s(
        "Buryatia",
        "buryatia|buryatiya",
        "",
        "ulan-ude|ulan ude",
        "",
    ),
    s(
        "Zabaykalsky",
        "zabaykalsky|zabaikalsky|zabaykalskiy|zabaykalsky krai|transbaikal|transbaikalia|\
       zabaikalye",
        "",
        "chita|borzya|krasnokamensk",
        "",
    ),
    s(
        "Yakutia",
        "yakutia|yakutiya|sakha|#sakha republic|#republic of sakha",
        "",
        "yakutsk|neryungri",
        "",
    ),
    s("Amur", "!amur", "amursk", "blagoveshchensk|tynda", ""),
    s(
        "Jewish Autonomous",
        "jewish autonomous",
        "",
        "birobidzhan",
        "",
    ),
    s(
        "Khabarovsk",
        "khabarovsk|khabarovsk krai",
        "khabarovsk",
        "komsomolsk-on-amur|komsomolsk-na-amure|sovetskaya gavan",
        "",
    ),
    s(
        "Primorsky",
        "primorsky|primorskiy|primorye|primorsky krai",
        "",
        "vladivostok|nakhodka|ussuriysk",
        "",
    ),
    s(
        "Sakhalin",
        "sakhalin",
        "sakhalinsk",
        "yuzhno-sakhalinsk",
        "",
    ),
    s(
        "Kamchatka",
        "kamchatka|kamchatsky",
        "",
        "petropavlovsk-kamchatsky|petropavlovsk-kamchatskiy|vilyuchinsk",
        "",
    ),
    s("Magadan", "magadan", "magadansk", "", ""),
    s("Chukotka", "chukotka", "", "anadyr", ""),
];
