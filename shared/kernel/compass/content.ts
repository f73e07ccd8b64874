/**
 * The compass content: five dimensions, ten needles ("richtingbepalers") and ten routes ("reistips").
 * Structure and official Dutch names follow the "Kompas voor ambtelijk leiderschap"; every summary and
 * explanation is written in our own words.
 */

import type { Dimension, DimensionId, Needle, NeedleId, Route, RouteId } from './model';

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'I',
    order: 1,
    name: { nl: 'Turbulente tijd', en: 'Turbulent times' },
    summary: {
      nl: 'Leiderschap in een periode van opeenvolgende crises en onrust, waarin veel onzeker is en de waan van de dag sterk trekt. De opgave is richting te geven zonder het lange perspectief uit het oog te verliezen.',
      en: 'Leadership in a period of successive crises and unrest, in which much is uncertain and the issues of the day pull hard. The task is to give direction without losing sight of the long term.',
    },
    needles: [1, 2],
    routes: ['a', 'b'],
  },
  {
    id: 'II',
    order: 2,
    name: { nl: 'Veeleisende samenleving', en: 'Demanding society' },
    summary: {
      nl: 'Een samenleving die veel van de overheid verwacht, minder snel iets accepteert en sterk uiteenlopende wensen heeft. De opgave is die samenleving te begrijpen en er zelf begrijpelijk voor te zijn.',
      en: 'A society that expects a great deal of government, accepts things less readily and holds widely differing wishes. The task is to understand that society and to be understandable to it.',
    },
    needles: [3, 4],
    routes: ['c', 'd'],
  },
  {
    id: 'III',
    order: 3,
    name: { nl: 'Complexe overheid', en: 'Complex government' },
    summary: {
      nl: 'De overheid bestaat uit vele lagen, rollen en organisaties, elk met eigen regels en belangen. De opgave is over die grenzen heen samen te werken in een omgeving waarin mensen durven te leren.',
      en: 'Government consists of many layers, roles and organisations, each with its own rules and interests. The task is to work together across those boundaries in an environment where people dare to learn.',
    },
    needles: [5, 6],
    routes: ['e', 'f'],
  },
  {
    id: 'IV',
    order: 4,
    name: { nl: 'Politiek-ambtelijk samenspel', en: 'Interplay between politics and the civil service' },
    summary: {
      nl: 'De verhouding tussen politieke bestuurders en de ambtelijke top, gebouwd op wederzijds respect voor elkaars rol en kennis. De opgave is ambtelijk vakmanschap zichtbaar in te brengen, ook wanneer dat schuurt.',
      en: 'The relationship between political office-holders and senior civil servants, built on mutual respect for each other’s role and knowledge. The task is to bring professional expertise to the table visibly, even when that causes friction.',
    },
    needles: [7, 8],
    routes: ['g', 'h'],
  },
  {
    id: 'V',
    order: 5,
    name: { nl: 'Persoonlijke dimensie', en: 'Personal dimension' },
    summary: {
      nl: 'Leiderschap draait uiteindelijk om de persoon: houding, gedrag en het voorbeeld dat je geeft. De opgave is standvastig te zijn, benaderbaar te blijven en leiderschap niet alleen te dragen.',
      en: 'In the end, leadership is about the person: attitude, behaviour and the example you set. The task is to be steadfast, to remain approachable and not to carry leadership alone.',
    },
    needles: [9, 10],
    routes: ['i', 'j'],
  },
];

export const NEEDLES: readonly Needle[] = [
  {
    id: 1,
    dimension: 'I',
    name: {
      nl: 'Toon meer leiderschap en benoem de onzekerheid',
      en: 'Show more leadership and name the uncertainty',
    },
    explanation: {
      nl: 'Door de opeenstapeling van maatschappelijke, politieke en internationale onrust is veel onzeker, ook voor leiders zelf. Juist dan zoeken mensen richting. Deze naald vraagt om toch te handelen, zichtbaar voor organisatie en samenleving, en verantwoordelijkheid te nemen voor besluiten, waarbij bewust niets doen ook een keuze kan zijn. Geen schijnzekerheid dus, maar eerlijk zeggen wat we weten en wat (nog) niet.',
      en: 'Social, political and international turbulence piling up makes much uncertain, including for leaders themselves. That is exactly when people look for direction. This needle asks you to act regardless, visibly to both the organisation and society, and to take responsibility for decisions, bearing in mind that deliberately not acting can also be a choice. So no false certainty, but an honest account of what we know and what we do not (yet) know.',
    },
  },
  {
    id: 2,
    dimension: 'I',
    name: { nl: 'Bewaak de lange lijnen', en: 'Safeguard the long-term course' },
    explanation: {
      nl: 'In politiek en media overheerst het denken in het hier en nu. Ambtelijk leiders verbinden verleden, heden en toekomst, zodat de overheid consistent, betrouwbaar en voorspelbaar blijft. Soms betekent dat de koers bijstellen, soms nee zeggen tegen haastige toezeggingen en kortstondige plannen. Koersvastheid met kleine, doordachte bijstellingen werkt beter dan grote zwenkingen.',
      en: 'Politics and the media are dominated by thinking in the here and now. Senior civil servants connect past, present and future, so that government remains consistent, reliable and predictable. Sometimes that means adjusting the course, sometimes saying no to hasty promises and short-lived plans. Holding a steady course with small, well-considered adjustments works better than sharp swings.',
    },
  },
  {
    id: 3,
    dimension: 'II',
    name: { nl: 'Sta in verbinding met de samenleving', en: 'Stay connected with society' },
    explanation: {
      nl: 'De overheid moet de samenleving begrijpen en er zelf begrijpelijk voor zijn. Dat vraagt om praktijkkennis: buiten het kantoor gaan kijken, leren zien door de ogen van burgers en bedrijven, en samen met betrokkenen tot oplossingen komen. Het vraagt ook om een aanspreekbare overheid, met een herkenbaar adres, een gezicht en begrijpelijke taal. Daarbij hoort de eerlijkheid dat het antwoord soms nee is.',
      en: 'Government needs to understand society and to be understandable to it. That requires knowledge of practice: going out beyond the office, learning to see through the eyes of citizens and businesses, and working out solutions together with those involved. It also requires a government people can turn to, with a recognisable point of contact, a face and plain language. Part of that is being honest that the answer is sometimes no.',
    },
  },
  {
    id: 4,
    dimension: 'II',
    name: {
      nl: 'Zorg voor balans tussen maatwerk en uniformiteit',
      en: 'Ensure a balance between tailored solutions and uniformity',
    },
    explanation: {
      nl: 'Mensen verschillen sterk in positie, achtergrond en mogelijkheden, terwijl regels en systemen van de overheid vaak voor iedereen gelijk zijn. Gelijke behandeling betekent niet dat iedereen precies hetzelfde krijgt, want goed bestuur houdt rekening met de omstandigheden. Als een standaardregel in een concreet geval onredelijk uitpakt, maken leiders ruimte voor een passende oplossing of stellen zij voor de regel aan te passen. Voldoende tegenspraak en verantwoording houden willekeur en voorkeursbehandeling daarbij buiten de deur.',
      en: 'People differ greatly in position, background and opportunities, while government rules and systems are often the same for everyone. Equal treatment does not mean everyone receives exactly the same, because good governance takes circumstances into account. When a standard rule works out unreasonably in a specific case, leaders make room for a suitable solution or propose changing the rule. Sufficient challenge and accountability keep arbitrariness and favouritism out.',
    },
  },
  {
    id: 5,
    dimension: 'III',
    name: { nl: 'Meer samenhang en samenwerking', en: 'More coherence and cooperation' },
    explanation: {
      nl: 'De overheid bestaat uit veel lagen, rollen en organisaties, en voor burgers en bedrijven is weinig zo frustrerend als instanties die langs elkaar heen werken. Samenwerken over grenzen heen, met de opgave als vertrekpunt, vraagt om anderen ruimte en vertrouwen te geven en hun een volwaardige rol te gunnen. Dat lukt alleen op basis van gelijkwaardigheid, ook waar machtsverschillen bestaan, zoals tussen rijk en gemeenten of tussen beleid en uitvoering. Kijk daarbij ook kritisch welke samenwerkingsverbanden nog nodig zijn.',
      en: 'Government consists of many layers, roles and organisations, and few things frustrate citizens and businesses more than agencies working at cross purposes. Working across boundaries, with the task at hand as the starting point, means giving others room and trust and granting them a full role. That only works on an equal footing, even where power is unevenly distributed, as between central government and municipalities or between policy and implementation. Also take a critical look at which partnerships are still needed.',
    },
  },
  {
    id: 6,
    dimension: 'III',
    name: {
      nl: 'Creëer een veilige werkomgeving, waarin fouten mogen',
      en: 'Create a safe working environment in which mistakes are allowed',
    },
    explanation: {
      nl: 'Een lerende overheid heeft ruimte nodig voor fouten, wat iets anders is dan ruimte voor slordigheid. Medewerkers moeten zich beschermd weten als er iets misgaat, ook wanneer politiek en media op afrekenen uit zijn. Anders wordt de organisatie steeds voorzichtiger, minder open en minder doeltreffend. Vernieuwing verdient dezelfde bescherming, zodat niemand een held hoeft te zijn om iets nieuws te proberen.',
      en: 'A learning government needs room for mistakes, which is something other than room for carelessness. Staff must know they are protected when something goes wrong, even when politics and the media are looking for someone to blame. Otherwise the organisation becomes ever more cautious, less open and less effective. Innovation deserves the same protection, so that nobody has to be a hero to try something new.',
    },
  },
  {
    id: 7,
    dimension: 'IV',
    name: { nl: 'Toon je een professionele autoriteit', en: 'Show yourself to be a professional authority' },
    explanation: {
      nl: 'Topambtenaren zijn er niet in de eerste plaats om een bewindspersoon af te schermen; de maatschappelijke opgave staat voorop. Goed samenspel berust op wederzijds respect voor elkaars rol, kennis en ervaring. Ambtenaren worden benoemd om hun vakmanschap, kennis en institutionele geheugen, en dat geeft hun woord gewicht. Die deskundigheid mag nadrukkelijker als professionele autoriteit worden ingebracht.',
      en: 'Senior civil servants are not there first and foremost to shield a minister from criticism; the societal task comes first. Good interplay rests on mutual respect for each other’s role, knowledge and experience. Civil servants are appointed for their craftsmanship, knowledge and institutional memory, and that gives their word weight. That expertise can be brought in more emphatically as professional authority.',
    },
  },
  {
    id: 8,
    dimension: 'IV',
    name: { nl: 'Neem ruimte en geef ruimte', en: 'Take room and give room' },
    explanation: {
      nl: 'Bij professionele autoriteit hoort professionele ruimte: niet de rol van de bestuurder overnemen, wel laten zien langs welke weg een politieke wens haalbaar is en wat niet kan. Tegenspraak geven is daarbij een plicht, binnenskamers kritisch en naar buiten loyaal, in een relatie die dichtbij is zonder mee te politiseren. Die ruimte is nu vaak beperkt, soms door politieke afspraken en soms door eigen voorzichtigheid. Geef dezelfde ruimte ook aan medewerkers en haal belemmeringen weg die hen onnodig inperken.',
      en: 'Professional authority comes with professional room: not taking over the political office-holder’s role, but showing by what route a political wish is achievable and what is not possible. Speaking up is a duty here, critical behind closed doors and loyal in public, in a relationship that is close without becoming political. That room is often limited today, sometimes by political arrangements and sometimes by one’s own caution. Give the same room to staff as well, and remove obstacles that needlessly restrict them.',
    },
  },
  {
    id: 9,
    dimension: 'V',
    name: { nl: 'Heb geen pantser, wel ruggengraat', en: 'Have no armour, but do have a backbone' },
    explanation: {
      nl: 'Ruggengraat betekent laten zien waar je voor staat en waar niet, gedragen door kennis van zaken, integriteit en overtuigingskracht. Daarop rust ook het vermogen om bestuurders tegen te spreken en om tegenspraak van de eigen mensen te verwelkomen. Geen pantser betekent open staan voor de mensen die je leidt: luisteren, aandacht en empathie tonen, en zo benaderbaar zijn dat mensen op tijd bij je aankloppen.',
      en: 'Having a backbone means showing what you stand for and what you do not, grounded in expertise, integrity and persuasiveness. It also underpins challenging political office-holders and for welcoming challenge from your own people. Having no armour means being open to the people you lead: listening, showing attention and empathy, and being approachable enough that people come to you in good time.',
    },
  },
  {
    id: 10,
    dimension: 'V',
    name: { nl: 'Deel leiderschap', en: 'Share leadership' },
    explanation: {
      nl: 'Ambtelijk leiderschap is te veelomvattend geworden voor één persoon: er zijn steeds taken bijgekomen en het gevraagde repertoire is breed. Complexe opgaven vragen bovendien om intensieve samenwerking binnen en buiten de overheid, en in die samenwerking wordt leiderschap gedeeld. Gedeeld leiderschap voorkomt ook dat macht zich bij één persoon concentreert en versterkt zo het evenwicht van checks and balances.',
      en: 'Leadership in the civil service has become too wide-ranging for one person: tasks have only been added over time, and the repertoire required is broad. Complex tasks also call for intensive cooperation inside and outside government, and within that cooperation leadership is shared. Shared leadership also prevents power from concentrating in one person, and so strengthens checks and balances.',
    },
  },
];

export const ROUTES: readonly Route[] = [
  {
    id: 'a',
    dimension: 'I',
    name: { nl: 'Gebruik crisislogica', en: 'Use crisis logic' },
    explanation: {
      nl: 'Over het verloop van crises is veel bekend, maar de neiging is ze snel te vergeten en er weinig van te leren. In een crisis blijkt de overheid tot snelle, kordate besluiten in staat, met meer mandaat voor mensen met kennis van zaken en minder eindeloos overleg; die slagvaardigheid is het waard om te behouden, zonder te overreageren. Veel crises sluimeren lang en komen voort uit vraagstukken in het stelsel, dus leiders moeten ze zien aankomen. Bereid je ook voor op de fase erna, want herstel en verantwoording vragen vaak meer dan de crisis zelf.',
      en: 'Much is known about how crises unfold, yet the tendency is to forget them quickly and learn little from them. In a crisis, government proves capable of fast, decisive action, with more mandate for people who know the subject and less endless consultation; that decisiveness is worth keeping, without overreacting. Many crises smoulder for a long time and stem from problems in the system, so leaders need to see them coming. Also prepare for the phase afterwards, because recovery and accountability often demand more than the crisis itself.',
    },
  },
  {
    id: 'b',
    dimension: 'I',
    name: { nl: 'Kunnen versnellen én durven vertragen', en: 'Being able to speed up and daring to slow down' },
    explanation: {
      nl: 'Dit lijkt tegenstrijdig, maar beide zijn nodig. Leiders bieden tegenwicht aan de gejaagdheid van media en politiek, zeggen nee tegen de druk om alles direct te regelen en geven bestuurders ademruimte door de lange lijn te bewaken. Tegelijk vraagt het hogere tempo van een digitale samenleving om sneller denken en handelen, met kennis van sociale media en online platforms. Daarbij gaat het niet om verstand tegenover gevoel, maar om begrijpen welke redenen achter emoties schuilgaan.',
      en: 'This sounds contradictory, but both are needed. Leaders counterbalance the frantic pace of the media and politics, say no to the pressure to settle everything at once and give political office-holders breathing space by safeguarding the long-term course. At the same time, the higher pace of a digital society calls for faster thinking and acting, with knowledge of social media and online platforms. This is not about reason versus emotion, but about understanding the reasons behind emotions.',
    },
  },
  {
    id: 'c',
    dimension: 'II',
    name: { nl: 'Openheid tonen; niet alles openbaar maken', en: 'Show openness; do not make everything public' },
    explanation: {
      nl: 'Een overheid die het publiek dient, hoort open te zijn: open staan voor wat er in de samenleving speelt, toegankelijk zijn en uitleggen hoe besluiten en uitvoering tot stand komen. Openheid is echter iets anders dan alles openbaar maken, want een overvloed aan losse informatie levert geen inzicht op. Leiders ordenen informatie tot begrijpelijke kennis, zorgen dat hun organisatie openstaat voor kritiek en houden oog voor de terughoudendheid die openbaar bestuur soms ook vraagt.',
      en: 'A government that serves the public ought to be open: receptive to what is happening in society, being accessible and explaining how decisions and their implementation come about. Openness is not the same as making everything public, however, because a flood of loose information does not produce insight. Leaders organise information into understandable knowledge, make sure their organisation is open to criticism and keep an eye on the restraint that public administration sometimes also requires.',
    },
  },
  {
    id: 'd',
    dimension: 'II',
    name: { nl: 'Denk digitaler en internationaler', en: 'Think more digitally and more internationally' },
    explanation: {
      nl: 'Nederland is lid van de Europese Unie en van andere internationale samenwerkingsverbanden, en veel vraagstukken en oplossingen liggen over de grens. Denk daarom vroeg mee over Europese regelgeving, in plaats van die pas achteraf te ondergaan. Digitalisering brengt grote kansen en grote risico’s, van een hoger tempo tot afhankelijkheid van grote techbedrijven. Leiders moeten daarom digitaal bekwaam zijn en de gevolgen van digitalisering doorzien.',
      en: 'The Netherlands is part of the European Union and other international alliances, and many issues and solutions lie beyond its borders. So help shape European legislation early, rather than only undergoing it afterwards. Digitalisation brings great opportunities and great risks, from a faster pace to dependence on big tech companies. Leaders therefore need to be digitally competent and to understand the consequences of digitalisation.',
    },
  },
  {
    id: 'e',
    dimension: 'III',
    name: {
      nl: "Geef meer gezicht aan de overheid; geef meer steun aan 'de uitvoering'",
      en: "Give government more of a face; give more support to 'implementation'",
    },
    explanation: {
      nl: 'Gemeenten en uitvoeringsorganisaties van het rijk staan het dichtst bij burgers en bedrijven; in de praktijk zijn zij voor veel mensen de overheid. Hun werk verdient meer waardering en betere voorwaarden: eenvoudiger regels, een sterke digitale basis, ruimte voor maatwerk, voldoende tijd en bestuurlijke aandacht. Organisaties kunnen daarbij meer van elkaar leren, bijvoorbeeld het rijk van gemeenten.',
      en: 'Municipalities and central government’s implementing agencies are closest to citizens and businesses; in practice, they are government for many people. Their work deserves more appreciation and better conditions: simpler rules, a strong digital foundation, room for tailored solutions, enough time and attention from political leadership. Organisations can also learn more from each other, for example central government from municipalities.',
    },
  },
  {
    id: 'f',
    dimension: 'III',
    name: { nl: 'Met meer inclusiviteit meer diversiteit', en: 'More diversity through more inclusion' },
    explanation: {
      nl: 'Diversiteit wordt breed onderschreven, maar in de praktijk blijft het lastig. Een overheid die in verbinding wil staan met de samenleving heeft mensen nodig met uiteenlopende achtergronden, ervaringen en manieren van werken. Benoem dus geen mensen die vooral op jezelf lijken, en werk aan je eigen vooroordelen. Pas met een inclusieve manier van denken en handelen gaat diversiteit echt werken.',
      en: 'Diversity is widely endorsed, but in practice it remains difficult. A government that wants to stay connected with society needs people with different backgrounds, experiences and ways of working. So do not appoint people who mainly resemble yourself, and work on your own biases. Only an inclusive way of thinking and acting makes diversity really work.',
    },
  },
  {
    id: 'g',
    dimension: 'IV',
    name: { nl: 'Meer naar buiten treden', en: 'Step out into the open more' },
    explanation: {
      nl: 'Vertel vaker en met trots over het ambtelijk vak: wat ambtenaren doen, op welke kennis besluiten rusten en op welke ervaring de uitvoering steunt. Dat is geen politiek bedrijven, want dat blijft aan de politiek voorbehouden, en het vraagt oog voor de politieke verantwoordelijkheid. Wel moet de overmatige angst om naar buiten te treden verdwijnen. Leiders geven hierin het voorbeeld.',
      en: 'Speak more often, and with pride, about the civil service profession: what civil servants do, what knowledge goes into decisions and what experience implementation rests on. This is not engaging in politics, which remains the preserve of politicians, and it requires awareness of political responsibility. But the excessive fear of speaking in public has to go. Leaders set the example here.',
    },
  },
  {
    id: 'h',
    dimension: 'IV',
    name: { nl: 'Actiever en breder verantwoorden', en: 'Be accountable more actively and more broadly' },
    explanation: {
      nl: 'Wie professionele ruimte neemt, legt ook verantwoording af over het gebruik ervan, zonder alleen naar de politiek te verwijzen. Dat kan richting de volksvertegenwoordiging, zoals bij gemeenten en in de Europese Unie al gebruikelijk is. Het kan ook buiten de politieke arena: tegenover maatschappelijke partners, burgers, wetenschappers, ombudsinstanties en de eigen organisatie. Wacht niet af, maar nodig zelf kritische vragen uit.',
      en: 'Those who take professional room also account for how they use it, without simply pointing to the politicians. That can be towards elected representatives, as is already common in municipalities and in the European Union. It can also be outside the political arena: towards partners in society, citizens, researchers, ombudsman institutions and one’s own organisation. Do not wait, but actively invite critical questions.',
    },
  },
  {
    id: 'i',
    dimension: 'V',
    name: { nl: 'Meer zelfkennis en zelfkritiek', en: 'More self-knowledge and self-criticism' },
    explanation: {
      nl: 'Leiderschap draait om de persoon, dus ken je eigen kracht en vraag de mensen die je leidt er eerlijk naar. Zicht op je zwaktes hoort daar net zo goed bij, zoals tunnelvisie, oogkleppen, te veel macht of vooroordelen. Lukt zelfreflectie niet goed, organiseer dan kritische spiegels om je heen, bij voorkeur mensen die niet van jou afhangen. Fouten erkennen hoort bij blijven leren, en leiders geven daarin het voorbeeld.',
      en: 'Leadership revolves around the person, so know your own strengths and ask the people you lead for their honest view of them. Insight into your weaknesses belongs there just as much, such as tunnel vision, blinkers, too much power or biases. If self-reflection does not come easily, surround yourself with critical mirrors, preferably people who do not depend on you. Admitting mistakes is part of continuing to learn, and leaders set the example.',
    },
  },
  {
    id: 'j',
    dimension: 'V',
    name: {
      nl: 'Hard skills, zoals kennis, én soft skills',
      en: 'Hard skills, such as knowledge, and soft skills',
    },
    explanation: {
      nl: 'Kennis van zaken is onomstreden de basis van ambtelijk vakmanschap, bij het adviseren van bestuurders, het leiden van een organisatie en het samenwerken met partners. Dat vraagt om loopbanen die inhoudelijk op elkaar voortbouwen, en om minder reorganisaties, zodat kennis behouden blijft. Even belangrijk zijn vaardigheden als luisteren, reflecteren, moed, integriteit, gevoel voor timing en de bereidheid jezelf ondergeschikt te maken aan de publieke zaak. Uiteindelijk moeten die vaardigheden zichtbaar worden in gedrag, met warme betrokkenheid en een koel oordeel.',
      en: 'Expertise is undisputedly the basis of professional craftsmanship in the civil service, whether advising political office-holders, leading an organisation or working with partners. That calls for career paths that build on each other in substance, and for fewer reorganisations, so that knowledge is retained. Equally important are abilities such as listening, reflecting, courage, integrity, a sense of timing and the willingness to put the public interest before yourself. In the end, those abilities must show in behaviour, combining warm commitment with cool judgement.',
    },
  },
];

function findOrThrow<T>(list: readonly T[], match: (entry: T) => boolean, what: string): T {
  const found = list.find(match);
  if (found === undefined) throw new Error(`Unknown ${what}`);
  return found;
}

export function dimensionById(id: DimensionId): Dimension {
  return findOrThrow(DIMENSIONS, (d) => d.id === id, `dimension: ${id}`);
}

export function needleById(id: NeedleId): Needle {
  return findOrThrow(NEEDLES, (n) => n.id === id, `needle: ${id}`);
}

export function routeById(id: RouteId): Route {
  return findOrThrow(ROUTES, (r) => r.id === id, `route: ${id}`);
}

/** The two needles of a dimension, in compass order. */
export function needlesOfDimension(id: DimensionId): readonly Needle[] {
  return dimensionById(id).needles.map(needleById);
}

/** The two routes of a dimension, in route-map order. */
export function routesOfDimension(id: DimensionId): readonly Route[] {
  return dimensionById(id).routes.map(routeById);
}

export function dimensionOfNeedle(id: NeedleId): Dimension {
  return dimensionById(needleById(id).dimension);
}
