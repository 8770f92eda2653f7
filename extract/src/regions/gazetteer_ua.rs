//! Gazetteer data, Ukraine: the 24 oblasts, Crimea and Sevastopol, with
//! transliteration variants (Ukrainian and Russian spellings) and the towns,
//! districts and villages that war news names. Format: see
//! [`super::gazetteer::Subject`].

use super::gazetteer::{s, Subject};

pub(super) static UKRAINE: &[Subject] = &[
    s(
        "Kharkiv",
        "kharkiv|kharkov|kharkow|charkiw|kharkiw",
        "kharkivsk|kharkovsk",
        "vovchansk|volchansk|vovchanske|kupiansk|kupyansk|kupiansk-vuzlovyi|izium|izyum|\
       chuhuiv|chuguev|chuguyev|chuhuyiv|balakliia|balakleya|balakliya|lyptsi|liptsy|\
       derhachi|dergachi|lozova|lozovaya|bohodukhiv|bogodukhov|krasnohrad|borova|\
       kozacha lopan|kazachya lopan|hlyboke|glubokoye|staryi saltiv|stary saltov|\
       pechenihy|velykyi burluk|veliky burluk|dvorichna|kivsharivka|synkivka|ruska lozova|\
       strilecha|pisochyn|merefa|kurylivka|vilkhuvatka",
        "kupiansk|kupyansk|chuhuivsk|iziumsk|izyumsk|bohodukhivsk|lozivsk|krasnohradsk|\
       vovchansk|volchansk|dergachevsk|derhachivsk|balakliisk",
    ),
    s(
        "Sumy",
        "sumy",
        "sumsk",
        "shostka|konotop|okhtyrka|akhtyrka|krasnopillia|krasnopillya|yunakivka|romny|\
       hlukhiv|glukhov|lebedyn|trostianets|trostyanets|bilopillia|bilopillya|belopolye|\
       putyvl|putivl|seredyna-buda|velyka pysarivka|myropillia|myropillya|vorozhba|esman|\
       basivka|nova sich",
        "shostkinsk|konotopsk|okhtyrsk|akhtyrsk|romensk|krasnopilsk|sumsk|bilopilsk|\
       putyvlsk|seredyno-budsk|velykopysarivsk|hlukhivsk|lebedynsk",
    ),
    s(
        "Chernihiv",
        "chernihiv|chernigov|chernihiw",
        "chernihivsk|chernigovsk",
        "nizhyn|nezhin|pryluky|priluki|novhorod-siverskyi|novhorod-siverskyy|\
       novgorod-seversky|novgorod-severskiy|semenivka|snovsk|horodnia|bakhmach|\
       koriukivka|ripky",
        "novhorod-siversk|koriukivsk",
    ),
    s(
        "Kyiv",
        "^kyiv|^kiev|^kiew",
        "kyivsk|kievsk",
        "bucha|irpin|irpen|hostomel|gostomel|borodianka|borodyanka|brovary|bila tserkva|\
       belaya tserkov|vasylkiv|vasilkov|boryspil|borispol|obukhiv|fastiv|vyshhorod|\
       makariv|moshchun|vyshneve",
        "buchansk|obukhivsk|vyshhorodsk|brovarsk|boryspilsk|fastivsk",
    ),
    s(
        "Zhytomyr",
        "zhytomyr|zhitomir",
        "zhytomyrsk",
        "korosten|berdychiv|berdichev|ovruch|novohrad-volynskyi|zviahel",
        "",
    ),
    s(
        "Vinnytsia",
        "vinnytsia|vinnitsa|vinnytsya|vinnitsia",
        "vinnytsk",
        "kalynivka|haisyn|koziatyn|zhmerynka|mohyliv-podilskyi",
        "",
    ),
    s(
        "Khmelnytskyi",
        "khmelnytskyi|khmelnytsky|khmelnitsky|khmelnitskiy|khmelnytskyy|khmelnytskiy",
        "",
        "starokostiantyniv|starokonstantinov|starokostiantyniv|shepetivka|netishyn|\
       kamianets-podilskyi|kamyanets-podilsky",
        "",
    ),
    s(
        "Ternopil",
        "ternopil|ternopol",
        "ternopilsk",
        "chortkiv|kremenets",
        "",
    ),
    s(
        "Lviv",
        "lviv|lvov|lwow",
        "lvivsk",
        "drohobych|stryi|chervonohrad|sheptytskyi|yavoriv|sambir",
        "",
    ),
    s(
        "Volyn",
        "volyn|volhynia|volynia",
        "volynsk",
        "lutsk|kovel|volodymyr-volynskyi",
        "",
    ),
    s("Rivne", "rivne|rovno", "rivnensk", "varash|dubno|sarny", ""),
    s(
        "Zakarpattia",
        "zakarpattia|zakarpattya|transcarpathia|zakarpatska|zakarpattia",
        "",
        "uzhhorod|uzhgorod|mukachevo|mukachiv|berehove|khust",
        "",
    ),
    s(
        "Ivano-Frankivsk",
        "ivano-frankivsk|ivano-frankovsk",
        "ivano-frankivsk",
        "kalush|burshtyn|kolomyia|kolomyya",
        "",
    ),
    s(
        "Chernivtsi",
        "chernivtsi|chernovtsy|czernowitz|bukovina",
        "chernivetsk",
        "",
        "",
    ),
    s(
        "Cherkasy",
        "cherkasy|cherkassy",
        "cherkask",
        "uman|smila|zolotonosha|kaniv",
        "",
    ),
    s(
        "Kirovohrad",
        "kirovohrad|kirovograd|kropyvnytskyi|kropyvnytskyy|kropyvnytskiy|kropivnitsky|\
       kropyvnytsky",
        "kirovohradsk|kirovogradsk",
        "znamianka|oleksandriia|svitlovodsk",
        "",
    ),
    s(
        "Poltava",
        "poltava",
        "poltavsk",
        "kremenchuk|kremenchug|myrhorod|mirgorod|lubny|horishni plavni|hadiach|karlivka",
        "kremenchutsk|myrhorodsk|lubensk",
    ),
    s(
        "Dnipropetrovsk",
        "dnipropetrovsk|dnepropetrovsk|dnipropetrovs'k|~dnipro|~dnepr",
        "dnipropetrovsk|dnepropetrovsk",
        "kryvyi rih|kryvyy rih|krivyi rih|krivoy rog|kryvyi rig|nikopol|marhanets|marganets|\
       pavlohrad|pavlograd|kamianske|kamenskoye|dniprodzerzhynsk|zhovti vody|\
       synelnykove|sinelnikovo|ternivka|pershotravensk|myrove|samarivka",
        "nikopolsk|synelnykivsk|pavlohradsk|kryvorizk|dniprovsk",
    ),
    s(
        "Zaporizhzhia",
        "zaporizhzhia|zaporizhia|zaporizhzhya|zaporizhzhe|zaporozhye|zaporozhe|zaporozhie|\
       zaporozhzhia|zaporizzhia|zaporojie|zaporizka",
        "zaporizk|zaporozhsk",
        "melitopol|enerhodar|energodar|berdiansk|berdyansk|tokmak|robotyne|rabotino|\
       orikhiv|orekhov|polohy|pologi|vasylivka|vasilyevka|huliaipole|hulyaipole|\
       gulyaipole|gulyai-pole|kamianka-dniprovska|kamenka-dneprovskaya|prymorsk|yakymivka|\
       dniprorudne|vilniansk|stepnohirsk|verbove|mala tokmachka|kushuhum|molochansk|\
       pryazovske|mala bilozerka|novodanylivka|rabotyne",
        "melitopolsk|berdiansk|berdyansk|vasylivsk|polohivsk|orikhivsk|tokmatsk",
    ),
    s(
        "Kherson",
        "kherson|cherson",
        "khersonsk",
        "nova kakhovka|novaya kakhovka|kakhovka|oleshky|aleshki|oleshki|henichesk|\
       genichesk|skadovsk|hola prystan|golaya pristan|beryslav|berislav|chaplynka|krynky|\
       krynki|chonhar|chongar|kalanchak|hornostaivka|novotroitske|vysokopillia|\
       bilozerka|kozachi laheri|dnipryany|korsunka|tiahynka|arkhanhelske",
        "beryslavsk|skadovsk|henichesk|kakhovsk",
    ),
    s(
        "Mykolaiv",
        "mykolaiv|mykolayiv|mikolaiv|nikolaev|nikolayev|mykolaev",
        "mykolaivsk",
        "ochakiv|ochakov|voznesensk|snihurivka|snigirevka|bashtanka|yuzhnoukrainsk|\
       pivdennoukrainsk|kinburn|nova odesa|nova odessa|novyi buh",
        "bashtansk|voznesensk",
    ),
    s(
        "Odesa",
        "odesa|odessa",
        "odesk|odessk",
        "izmail|bilhorod-dnistrovskyi|bilhorod-dnistrovskyy|bilhorod-dnistrovsky|\
       belgorod-dnestrovsky|belgorod-dnestrovskiy|chornomorsk|chernomorsk|pivdenne|\
       yuzhne|zatoka|reni|podilsk|snake island|zmiinyi|serhiivka|teplodar",
        "izmailsk|bilhorod-dnistrovsk|berezivsk|rozdilnyansk",
    ),
    s(
        "Donetsk",
        "donetsk|donetska|#donetsk people's republic|#donetsk peoples republic|\
       #donetsk republic|#dpr|#dnr",
        "donetsk",
        "bakhmut|artemovsk|artyomovsk|artemivsk|avdiivka|avdeyevka|avdeevka|mariupol|\
       pokrovsk|kramatorsk|sloviansk|slovyansk|slavyansk|horlivka|gorlovka|makiivka|\
       makeyevka|makeevka|vuhledar|ugledar|soledar|toretsk|chasiv yar|chasov yar|\
       kurakhove|kurakhovo|marinka|maryinka|mariinka|siversk|kostiantynivka|\
       konstantinovka|kostyantynivka|druzhkivka|selydove|selidovo|ocheretyne|ocheretino|\
       krasnohorivka|velyka novosilka|myrnohrad|novohrodivka|volnovakha|debaltseve|\
       debaltsevo|yenakiieve|yenakiyevo|enakievo|khartsyzk|ilovaisk|ilovaysk|\
       shakhtarsk|torez|chystiakove|snizhne|snezhnoye|olenivka|olenovka|dokuchaievsk|\
       dokuchayevsk|novoazovsk|yasynuvata|yasinovataya|lyman|krasny liman|sviatohirsk|\
       svyatohirsk|svyatogorsk|klishchiivka|opytne|vuhlehirsk|ugledar|kurdiumivka|\
       krasnoarmiisk|krasnoarmeysk|dobropillia|dobropolye|hirnyk|ukrainsk|\
       novoselydivka|pisky|vodiane|niu-york|bilytske|prechystivka",
        "pokrovsk|kramatorsk|bakhmutsk|volnovask|mariupolsk|horlivsk|kalmiussk",
    ),
    s(
        "Luhansk",
        "luhansk|lugansk|luhanska|luhans'k|#luhansk people's republic|\
       #lugansk people's republic|#luhansk peoples republic|#lugansk peoples republic|\
       #luhansk republic|#lugansk republic|#lpr|#lnr",
        "luhansk|lugansk",
        "sievierodonetsk|severodonetsk|syevyerodonetsk|sieverodonetsk|lysychansk|\
       lisichansk|alchevsk|kreminna|kremennaya|rubizhne|rubezhnoye|rubizhne|svatove|\
       svatovo|starobilsk|starobelsk|rovenky|stakhanov|kadiivka|krasnodon|sorokyne|\
       antratsyt|antratsit|brianka|bryanka|popasna|popasnaya|hirske|gorskoye|zolote|\
       zolotoye|novoaidar|bilohorivka|belogorovka|shchastia|schastye|\
       stanytsia luhanska|stanitsa luganskaya|lutuhyne|lutugino|perevalsk|\
       molodohvardiisk|khrustalnyi|dovzhansk|nyzhnia duvanka|\
       kuzemivka|raihorodka|nevske|bilohorivka",
        "svativsk|starobilsk|sievierodonetsk|severodonetsk|shchastynsk|alchevsk|rovenkivsk",
    ),
    s(
        "Crimea",
        "crimea|krym|crimean peninsula|#republic of crimea|#autonomous republic of crimea",
        "",
        "simferopol|kerch|yevpatoria|yevpatoriya|evpatoria|eupatoria|feodosia|feodosiya|\
       theodosia|dzhankoi|dzhankoy|saky|saki|yalta|alushta|sudak|armyansk|armiansk|\
       krasnoperekopsk|chornomorske|chernomorskoye|bakhchysarai|bakhchisaray|hvardiiske|\
       gvardeyskoye|novofedorivka|perekop|kerch strait|crimean bridge|kerch bridge|\
       zaozerne|\
       tarkhankut|cape tarkhankut|uzunlar",
        "bakhchysaraisk|dzhankoisk|simferopolsk",
    ),
    s(
        "Sevastopol",
        "sevastopol|sebastopol",
        "sevastopolsk",
        "belbek|balaklava|balaclava|inkerman|kacha",
        "",
    ),
];
