/**
 * The compass content: five dimensions, ten needles ("richtingbepalers") and ten routes ("reistips", in
 * routes.ts). Structure and official names follow the "Kompas voor ambtelijk leiderschap"; every summary,
 * explanation and prompt is written in our own words (test/unit/shared/kernel/compass/seedOverlap.test.ts
 * checks that no sentence runs along with the seed). The reader is addressed as "u".
 */

import type { Dimension, DimensionId, Needle, NeedleId, Route, RouteId } from './model';
import { ROUTES } from './routes';

export { ROUTES };

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'I',
    order: 1,
    name: { nl: 'Turbulente tijd', en: 'Turbulent times' },
    summary: {
      nl: 'Crises volgen elkaar op en veel staat tegelijk op losse schroeven, in Nederland en daarbuiten. Deze dimensie gaat over koers houden in die onrust: houvast bieden zonder zekerheid te veinzen, en verder kijken dan de kwestie van vandaag.',
      en: 'Crises follow one another and much is unsettled at once, at home and abroad. This dimension is about holding a course amid that unrest: offering something to hold on to without pretending to be certain, and looking beyond the issue of the day.',
    },
    needles: [1, 2],
    routes: ['a', 'b'],
  },
  {
    id: 'II',
    order: 2,
    name: { nl: 'Veeleisende samenleving', en: 'Demanding society' },
    summary: {
      nl: 'Burgers en bedrijven verwachten veel van de overheid, nemen minder voor lief en willen lang niet allemaal hetzelfde. Deze dimensie gaat over weten wat er buiten speelt, helder uitleggen wat de overheid doet en een goede verhouding vinden tussen maatwerk en gelijke behandeling.',
      en: 'Citizens and businesses expect a great deal of government, are less inclined to simply accept things and by no means all want the same thing. This dimension is about knowing what is going on outside, explaining clearly what government does and striking the right balance between tailored solutions and equal treatment.',
    },
    needles: [3, 4],
    routes: ['c', 'd'],
  },
  {
    id: 'III',
    order: 3,
    name: { nl: 'Complexe overheid', en: 'Complex government' },
    summary: {
      nl: 'De overheid bestaat uit rijk, provincies, gemeenten en waterschappen, uit beleid, uitvoering en toezicht, en uit talloze organisaties met elk hun eigen regels. Deze dimensie gaat over samenwerken dwars door die indeling heen, en over een werkklimaat waarin mensen iets nieuws durven te proberen en van fouten leren.',
      en: 'Government is made up of central government, provinces, municipalities and water authorities, of policy, implementation and inspection, and of countless organisations, each with its own rules. This dimension is about working together right across those divisions, and about a working climate in which people dare to try something new and learn from mistakes.',
    },
    needles: [5, 6],
    routes: ['e', 'f'],
  },
  {
    id: 'IV',
    order: 4,
    name: { nl: 'Politiek-ambtelijk samenspel', en: 'Interplay between politics and the civil service' },
    summary: {
      nl: 'Politiek bestuurders en topambtenaren hebben ieder een eigen rol en hebben elkaar nodig: de een beslist en draagt de politieke verantwoordelijkheid, de ander brengt kennis, ervaring en institutioneel geheugen in. Deze dimensie gaat over die verhouding: dichtbij genoeg om goed samen te werken, met genoeg afstand om een eigen professioneel geluid te laten horen.',
      en: 'Political office-holders and senior civil servants each have their own role and need each other: one decides and carries political responsibility, the other contributes knowledge, experience and institutional memory. This dimension is about that relationship: close enough to work together well, with enough distance to voice an independent professional view.',
    },
    needles: [7, 8],
    routes: ['g', 'h'],
  },
  {
    id: 'V',
    order: 5,
    name: { nl: 'Persoonlijke dimensie', en: 'Personal dimension' },
    summary: {
      nl: 'Hoe u leiding geeft, hangt af van wie u bent: uw kennis, uw houding en het voorbeeld dat u geeft. Deze dimensie gaat over standvastig én benaderbaar zijn, en over leiderschap dat u niet in uw eentje draagt.',
      en: 'How you lead depends on who you are: your knowledge, your attitude and the example you set. This dimension is about being both steadfast and approachable, and about leadership you do not carry on your own.',
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
      nl: 'Onrust op veel fronten tegelijk maakt dat ook leiders vaak niet weten hoe iets zal uitpakken, terwijl medewerkers en samenleving juist houvast zoeken. Wacht dan niet tot alles bekend is: neem een besluit, sta ervoor en zeg eerlijk welk deel van het beeld nog ontbreekt. Stoer doen helpt daarbij niet, zichtbaar zijn wel, in uw organisatie en daarbuiten. Ook bewust niet ingrijpen is een besluit, en dat kunt u net zo goed uitleggen.',
      en: 'Unrest on many fronts at once means that leaders, too, often do not know how things will turn out, while staff and society look for something to hold on to. So do not wait until everything is known: take a decision, stand by it and say honestly which part of the picture is still missing. A show of toughness does not help; being visible, inside your organisation and beyond, does. Deliberately not intervening is a decision too, and one you can explain just as well.',
    },
  },
  {
    id: 2,
    dimension: 'I',
    name: { nl: 'Bewaak de lange lijnen', en: 'Safeguard the long-term course' },
    explanation: {
      nl: 'Politiek en media leven van dag tot dag, en ze versterken elkaar daarin. Van de ambtelijke top mag worden verwacht dat zij gisteren, vandaag en morgen met elkaar verbonden houdt, want burgers en bedrijven moeten op de overheid kunnen rekenen. Dat betekent liever geregeld in kleine stappen bijsturen dan heen en weer zwaaien. Soms betekent het ook dat u een bewindspersoon afraadt iets toe te zeggen wat niet in die lijn past.',
      en: 'Politics and the media live from day to day, and each reinforces the other in this. The senior civil service can be expected to keep yesterday, today and tomorrow connected, because citizens and businesses need to be able to rely on government. That means making small, regular adjustments rather than swinging back and forth. Sometimes it also means advising a minister against promising something that does not fit that course.',
    },
  },
  {
    id: 3,
    dimension: 'II',
    name: { nl: 'Sta in verbinding met de samenleving', en: 'Stay connected with society' },
    explanation: {
      nl: 'In het publieke debat klinkt de roep om een menselijker en minder bureaucratische overheid. Dat begint met weten hoe het leven er buiten het kantoor uitziet, in de wijk, op school, in het ziekenhuis of bij een bedrijf, en met kijken door de ogen van de mensen om wie het gaat. Het vraagt ook een overheid die bereikbaar is, met een vast aanspreekpunt en gewone taal, en die mensen niet van loket naar loket stuurt. Een duidelijk nee hoort daar ook bij.',
      en: 'Public debate calls for a more humane and less bureaucratic government. That starts with knowing what life looks like outside the office, in the neighbourhood, at school, in hospital or at a business, and with looking through the eyes of the people concerned. It also calls for a government that people can reach, with a fixed point of contact and ordinary language, and that does not send them from one desk to the next. A clear no is part of that as well.',
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
      nl: 'Regels die voor iedereen gelijk zijn, geven rechtszekerheid en beschermen tegen voortrekken; daarin ligt hun waarde. Toch verschillen mensen en situaties, en bezuinigingen, efficiencyregels en IT-systemen hebben het overheidshandelen eenvormiger gemaakt dan soms redelijk is. Behoorlijk bestuur houdt rekening met omstandigheden en geeft deskundige ambtenaren binnen de wet ruimte om daarnaar te handelen. Knelt een regel keer op keer, stel dan een aanpassing voor, en zorg bij elke uitzondering voor tegenspraak en verantwoording, zodat vergelijkbare gevallen gelijk worden behandeld.',
      en: 'Rules that are the same for everyone provide legal certainty and protect against favouritism; that is where their value lies. Yet people and situations differ, and budget cuts, efficiency rules and IT systems have made government action more uniform than is sometimes reasonable. Good governance takes circumstances into account and gives expert civil servants room, within the law, to act on them. If a rule causes hardship time and again, propose a change, and make sure every exception is open to challenge and accounted for, so that comparable cases are treated alike.',
    },
  },
  {
    id: 5,
    dimension: 'III',
    name: { nl: 'Meer samenhang en samenwerking', en: 'More coherence and cooperation' },
    explanation: {
      nl: 'Burgers en bedrijven hebben niets aan overheidsorganisaties die elkaar in de weg zitten; wat telt, is wat zij samen bereiken. Werk daarom vanuit de gezamenlijke opgave, gun de ander een volwaardige rol en laat een taak soms met vertrouwen aan een andere organisatie over. Dat vraagt gelijkwaardigheid juist waar de machtsverhoudingen scheef zijn, zoals tussen rijk en gemeenten of tussen beleid en uitvoering. En nu er steeds nieuwe samenwerkingsverbanden bijkomen, is het verstandig ook na te gaan welke kunnen vervallen.',
      en: 'Citizens and businesses gain nothing from government organisations that get in each other’s way; what counts is what they achieve together. So work from the shared task, give the other party a full role and sometimes leave a job, with confidence, to another organisation. That calls for equal standing precisely where the balance of power is uneven, as between central government and municipalities or between policy and implementation. And as new partnerships keep being added, it is wise to check which ones can be wound up.',
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
      nl: 'Een overheid die wil leren, moet ruimte laten voor fouten, zonder slordigheid goed te praten. Zorg dat medewerkers op u kunnen rekenen als er een fout aan het licht komt, ook wanneer media of politiek een schuldige zoeken. Zonder die dekking worden mensen voorzichtiger en geslotener, en werkt de organisatie minder goed voor burgers en bedrijven. Bescherm vernieuwing op dezelfde manier, zodat iets nieuws proberen geen heldendaad hoeft te zijn.',
      en: 'A government that wants to learn has to allow room for mistakes, without excusing carelessness. Make sure staff can count on you when a mistake comes to light, even when the media or politicians are looking for someone to blame. Without that cover, people become more cautious and more closed, and the organisation serves citizens and businesses less well. Protect innovation in the same way, so that trying something new does not have to be an act of heroism.',
    },
  },
  {
    id: 7,
    dimension: 'IV',
    name: { nl: 'Toon je een professionele autoriteit', en: 'Show yourself to be a professional authority' },
    explanation: {
      nl: 'Topambtenaren worden benoemd om hun vakkennis en ervaring, niet om hun politieke kleur; dat is een sterk punt van het Nederlandse bestel. Kennis van wetgeving en rechtsstaat, van wat de uitvoering aankan en van wat eerder is geprobeerd, geeft u het recht om gehoord te worden, en die kennis mag u nadrukkelijk laten zien. Uw taak is een bewindspersoon goed te ondersteunen, niet af te schermen: wat de samenleving nodig heeft, gaat voor. Dat werkt alleen met respect over en weer, waarbij de ambtenaar begrijpt dat politiek om compromissen vraagt en de bewindspersoon dat niet alles meteen kan.',
      en: 'Senior civil servants are appointed for their expertise and experience, not for their political colour; that is a strength of the Dutch system. Knowledge of legislation and the rule of law, of what implementing organisations can handle and of what has been tried before, earns you the right to be heard, and you may show that knowledge clearly. Your task is to support a minister well, not to shield them: what society needs comes first. That only works with mutual respect, in which the civil servant understands that politics calls for compromise and the minister understands that not everything can happen at once.',
    },
  },
  {
    id: 8,
    dimension: 'IV',
    name: { nl: 'Neem ruimte en geef ruimte', en: 'Take room and give room' },
    explanation: {
      nl: 'Professionele autoriteit telt pas als u ook de ruimte neemt om die te laten zien, juist wanneer uw boodschap politiek slecht uitkomt. Dat is geen politiek bedrijven, maar laten zien hoe een wens van een bewindspersoon kan worden verwezenlijkt en waar die op grenzen stuit: binnenskamers kritisch, naar buiten loyaal. Die ruimte is kleiner dan nodig, door oude afspraken zoals de Oekaze-Kok, maar vaak ook door terughoudendheid van de ambtelijke top zelf. Gun uw medewerkers dezelfde ruimte en neem drempels weg die hen onnodig afremmen.',
      en: 'Professional authority only counts if you also take the room to show it, particularly when your message is politically unwelcome. That is not engaging in politics, but showing how a minister’s wish can be achieved and where it runs into limits: critical behind closed doors, loyal in public. That room is smaller than it should be, because of old arrangements such as the Kok decree on civil servants’ contacts with parliament, but often also because of the restraint of senior civil servants themselves. Give your staff the same room and remove hurdles that hold them back for no good reason.',
    },
  },
  {
    id: 9,
    dimension: 'V',
    name: { nl: 'Heb geen pantser, wel ruggengraat', en: 'Have no armour, but do have a backbone' },
    explanation: {
      nl: 'Ruggengraat rust op vakkennis en integriteit, en op het vermogen uw kennis met overtuiging over het voetlicht te brengen; Aristoteles sprak van ethos, pathos en logos. Door helder te zijn over waar u voor staat en waar niet, kunt u politiek bestuurders tegenspreken, en even belangrijk is dat u tegenspraak van uw eigen mensen uitnodigt. Geen pantser betekent dat u open en bereikbaar bent voor wie u leidt: u vraagt wat zij nodig hebben, u luistert en u heeft oog voor verschillen tussen mensen. Dan komen zij op tijd naar u toe, en niet pas als het hun te veel is geworden.',
      en: 'A backbone rests on expertise and integrity, and on the ability to put your knowledge across with conviction; Aristotle spoke of ethos, pathos and logos. Being clear about what you stand for, and what you do not, enables you to challenge political office-holders, and it matters just as much that you invite challenge from your own people. Having no armour means being open and approachable to those you lead: you ask what they need, you listen, and you notice how people differ. Then they come to you in good time, not only once things have become too much for them.',
    },
  },
  {
    id: 10,
    dimension: 'V',
    name: { nl: 'Deel leiderschap', en: 'Share leadership' },
    explanation: {
      nl: 'Het vak van ambtelijk leider is in de loop der jaren steeds breder geworden: klassieke waarden als rechtmatigheid en zorgvuldigheid moeten samengaan met de eisen van een digitale wereld, en er komen taken bij zonder dat er iets afvalt. Zo’n repertoire beheerst niemand alleen. Bovendien vragen grote opgaven om samenwerking met partners binnen en buiten de overheid, en in die samenwerking ligt de leiding niet bij één persoon. Gedeelde leiding spreidt ook de macht en houdt zo het stelsel van checks and balances gezond.',
      en: 'The job of a senior civil servant has grown steadily broader: classic values such as lawfulness and due care must go together with the demands of a digital world, and tasks keep being added while none fall away. Nobody masters such a repertoire alone. Moreover, major tasks call for cooperation with partners inside and outside government, and in that cooperation the lead does not rest with one person. Shared leadership also spreads power, and so keeps checks and balances healthy.',
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
