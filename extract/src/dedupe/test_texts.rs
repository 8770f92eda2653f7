//! Article-like texts for the dedupe tests (written for the tests; no real
//! article is reproduced). Paragraphs are separated by blank lines.

/// A story about militia units in Kursk (curly quotes, dashes, numbers).
pub const KURSK_MILITIA: &str = "Kursk Region Governor Roman Starovoit said on Friday that the border region will form its own self-defense units, citing repeated shelling of villages along the frontier with Ukraine.

“We have taken the decision to create territorial defense detachments in every district that borders Ukraine,” Starovoit wrote on Telegram. “Volunteers will be trained by veterans and will help the police and the emergency services.”

According to the governor, the first units will be formed in the Glushkovo, Rylsk and Sudzha districts, where residents have complained for months about mortar fire and drone attacks.

Starovoit did not say how many people had signed up so far, but local media reported that more than 400 men had applied within the first week. Most of them are over the age limit for mobilization or were exempted for health reasons.

The governor said the volunteers would receive uniforms, radios and first-aid kits from the regional budget. He added that the question of arming the units was being discussed with federal agencies — a step that would require changes to Russian law.

The Kursk region has been struck regularly since Moscow launched its full-scale invasion of Ukraine in February 2022. On Thursday, a power substation in Tetkino was damaged and two houses caught fire, officials said.

Neighboring Belgorod, which formed similar battalions last year, says its units now patrol roads at night and guard water and power facilities.";

/// A story about shelling in Shebekino (straight quotes).
pub const SHEBEKINO_SHELLING: &str = "Two people were killed and eleven injured when Ukrainian forces shelled the town of Shebekino in Russia's Belgorod region on Wednesday morning, Governor Vyacheslav Gladkov said.

Gladkov said a shell hit a bus stop near the central market shortly after 8 a.m., when people were on their way to work. Among the injured are a 14-year-old girl and a woman in her seventies, who were taken to the regional hospital in Belgorod.

\"Emergency services are working at the scene. Windows were blown out in six apartment blocks and three cars are burnt out,\" Gladkov wrote on his Telegram channel.

Shebekino, a town of about 40,000 people some seven kilometers from the Ukrainian border, has come under fire almost daily in recent weeks. Schools in the town switched to remote learning in May and a curfew has been in force since the beginning of the month.

Local residents told reporters that many families had already left for Belgorod or for relatives further inside Russia. \"Those who stay are mostly pensioners who have nowhere to go,\" said one woman who asked not to be named.

Ukraine does not usually comment on strikes inside Russian territory.";

/// A story about weapons for the Belgorod battalions.
pub const BELGOROD_ARMS: &str = "Territorial defense battalions in the Belgorod region have received their first consignment of weapons, the regional government said on Monday, more than a year after the volunteer units were formed.

The fighters were issued automatic rifles, body armor and night-vision devices, as well as pickup trucks and several reconnaissance drones, the statement said. Before the handover, every fighter passed a psychological assessment and a course of firearms training at a range near the city of Belgorod.

Governor Vyacheslav Gladkov has long argued that the units, which number about 3,000 people in total, need to be able to defend themselves against sabotage groups crossing from Ukraine. “Our people patrol the border villages at night. Sending them out with nothing but flashlights was no longer acceptable,” he told a news conference.

The weapons remain the property of the state and will be stored in guarded armories between shifts, officials said. A bill that would give regional defense units a legal status similar to that of private security companies is being considered by the State Duma.

Critics have warned that arming civilians in the border regions risks creating private militias loyal to local governors rather than to the federal authorities.";

/// One event (a drone strike on a Belgorod oil depot), agency A.
pub const DEPOT_REPORT_A: &str = "A drone struck an oil depot on the outskirts of Belgorod early on Saturday, setting fire to two fuel tanks, Governor Vyacheslav Gladkov said.

Nobody was hurt in the attack, Gladkov said, but residents of nearby streets in the Belgorod district were advised to keep their windows closed because of heavy smoke. Videos posted on social media showed a large column of black smoke rising over the city.

Firefighters brought the blaze under control by midday, the regional emergencies ministry said. It said the fire had covered an area of about 1,000 square meters.

Russia's defense ministry said air defenses had shot down three Ukrainian drones over the Belgorod region overnight. It did not mention the depot.

Ukraine has not claimed responsibility. Kyiv rarely comments on attacks inside Russia but has said that destroying fuel infrastructure used by the Russian army is a legitimate aim.

The depot, which supplies filling stations across the region, was hit by a missile in April last year.";

/// The same event, agency B: shares names, places and a few phrases.
pub const DEPOT_REPORT_B: &str = "BELGOROD, June 3 — A fire broke out at an oil depot near Belgorod after an attack by a Ukrainian drone on Saturday morning, the regional governor said.

According to Vyacheslav Gladkov, two fuel tanks caught fire. There were no casualties. “The fire is being extinguished, all services are at the scene,” the governor wrote on Telegram, asking residents of the Belgorod district to keep their windows closed.

The emergencies ministry reported later that the fire, which had spread over an area of 1,000 square meters, was localized at 11:40 Moscow time. More than 60 firefighters and 20 units of equipment were involved.

Earlier the defense ministry reported that air defense systems had destroyed three drones over the territory of the Belgorod region during the night.

Traffic on the road leading to the depot was temporarily restricted, the regional traffic police said.";

/// Evacuation of children, agency A.
pub const EVACUATION_A: &str = "Authorities in Russia's Belgorod region began evacuating children from border towns on Monday as Ukrainian shelling intensified, Governor Vyacheslav Gladkov said.

About 600 children from Shebekino and the Graivoron district were being taken to summer camps in the Voronezh region, Gladkov said in a video address. Parents who wish to accompany them can do so, he added.

“I will not hide it: the situation in Shebekino is very difficult,” Gladkov said. He said artillery and rocket fire had damaged dozens of homes in the town over the weekend.

The evacuation comes a week after fighters of two Russian volunteer groups fighting for Ukraine crossed into the Graivoron district, triggering two days of clashes with Russian troops.

Moscow has described the incursion as a terrorist attack and says the attackers were driven back into Ukraine.";

/// Evacuation of children, agency B (same event, other wording).
pub const EVACUATION_B: &str = "The first group of 300 children from the Shebekino urban district has left for the Voronezh region, the press service of the Belgorod regional government reported on Monday.

The children will stay at recreation camps until the situation in the border areas stabilizes. In total, about 600 children from Shebekino and the Graivoron district are to be sent, Governor Vyacheslav Gladkov said.

“I will not hide it: the situation in Shebekino is very difficult,” the governor said. Buses with the children were accompanied by traffic police and medics.

On the eve, residential buildings, a school and a gas pipeline were damaged by shelling in Shebekino, according to the regional operational headquarters. One man was wounded.";

/// A newsroom's standard boilerplate paragraph.
pub const BOILERPLATE: &str = "This article was produced by our independent newsroom. We rely on readers like you to keep reporting from the border regions, where access for journalists is severely restricted. If you value our coverage, please consider supporting us with a monthly contribution of any size — it takes less than a minute and helps us stay independent.";

/// A donation banner of page furniture (with money: a trap for figures, not here).
pub const BANNER: &str = "×
Enjoying ad-free content?
Since July 1, 2024, we have disabled all ads to improve your reading experience.
This commitment costs us $10,000 a month. Your support can help us fill the gap.
Support us

A Message from the Editors:

Dear readers, we are facing unprecedented challenges. Our journalism has been banned and our staff are at risk of prosecution. These actions are direct attempts to silence independent journalism. We refuse to be silenced, but to continue our work we need your help. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.

Once
Monthly
Annual
Continue
Not ready to support today?
Remind me later.";

/// A rewrite of [`KURSK_MILITIA`] in other words (a content farm's paraphrase).
pub const KURSK_PARAPHRASE: &str = "The head of the Kursk region, Roman Starovoit, has announced that self-defense detachments will be set up in the area bordering Ukraine because of the constant shelling of frontier settlements.

In a post on his Telegram channel, Starovoit explained that territorial defense groups would appear in each district along the border. Veterans are expected to train the volunteers, who will assist police officers and rescuers.

The first detachments are planned for Glushkovo, Rylsk and Sudzha districts, whose residents have for months reported mortar shelling and drone strikes.

No official figures were given on how many people have already volunteered, although regional outlets put the number of applications during the first week at over 400. Many applicants are too old to be mobilized or have been exempted on medical grounds.

Equipment for the volunteers — uniforms, radios and medical kits — will be paid for from the regional budget, the governor said, while arming the detachments is being negotiated with federal bodies and would require legal amendments.";

/// Two articles quoting one long statement in full, otherwise different.
pub const QUOTE_A: &str = "Kremlin spokesman Dmitry Peskov on Wednesday defended the decision to hand out weapons to volunteer units in the Belgorod region.

“The main thing here is that everything is done in strict accordance with the law. The arming is taking place because of the situation on the ground in this region, the border region, and this measure is necessary against the backdrop of attacks that are being carried out from the territory of Ukraine,” Peskov told reporters.

He said the distribution was controlled and that there was no doubt the authorities had all the necessary checks in place. Asked whether similar units would be armed in other regions, Peskov said that was a matter for the defense ministry and regional governors.

Human rights lawyers have questioned the legal basis for arming volunteers who are neither soldiers nor police officers, noting that the units are registered as public associations. Several lawmakers have proposed a separate law on territorial defense, but no draft has passed a first reading.

In Kursk, Governor Roman Starovoit said his region was also considering weapons for its militia but had not yet found a storage solution that satisfied the police.";

/// See [`QUOTE_A`].
pub const QUOTE_B: &str = "Residents of border villages in the Belgorod region say they feel safer since volunteer patrols began carrying rifles, though some worry about accidents.

“The main thing here is that everything is done in strict accordance with the law. The arming is taking place because of the situation on the ground in this region, the border region, and this measure is necessary against the backdrop of attacks that are being carried out from the territory of Ukraine,” Kremlin spokesman Dmitry Peskov said this week.

In the village of Nekhoteyevka, a patrol of four men now checks the roads leading to the border every night. Their commander, a retired police major, said the patrols had twice spotted drones flying low over the fields and reported them to the army.

A teacher in the village said parents were relieved but asked that the patrol members not come to the school with their weapons. The regional administration has promised to publish rules on where the weapons may be carried.

About a quarter of the village's residents have left since the start of the war, according to the local council.";

/// Two daily casualty updates written from one template (different days).
pub const DAILY_1: &str = "Ukrainian forces shelled six settlements of the Belgorod region over the past day, Governor Vyacheslav Gladkov said on Tuesday. In the village of Zhuravlevka, a private house and a car were damaged by mortar fire. In the town of Shebekino, a shell hit the roof of an apartment building; there were no casualties. In the Krasnaya Yaruga district, a drone dropped an explosive device on a farm, wounding one man. He was taken to the central district hospital with shrapnel wounds.";

/// See [`DAILY_1`].
pub const DAILY_2: &str = "Ukrainian forces shelled nine settlements of the Belgorod region over the past day, Governor Vyacheslav Gladkov said on Thursday. In the village of Novaya Tavolzhanka, two private houses and a barn were damaged by artillery fire. In the town of Valuyki, a drone hit the yard of a kindergarten at night; there were no casualties. In the Graivoron district, a shell struck a power line, leaving three villages without electricity. Repair crews restored power by the evening.";
