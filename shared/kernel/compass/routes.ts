/**
 * The ten routes ("reistips") of the compass, two per dimension: the official name, an explanation in our
 * own words and a personal plan prompt about the next three months. Re-exported by content.ts.
 */

import type { Route } from './model';

export const ROUTES: readonly Route[] = [
  {
    id: 'a',
    dimension: 'I',
    name: { nl: 'Gebruik crisislogica', en: 'Use crisis logic' },
    explanation: {
      nl: 'In een crisis blijkt de overheid tot veel in staat: sneller knopen doorhakken, minder vergaderen en meer vertrouwen geven aan wie de materie kent. Houd die slagvaardigheid vast als de crisis voorbij is, en waak er tegelijk voor dat u op een incident overreageert. Veel crises ontstaan bovendien sluipend, zoals bij de vergrijzing en de groeiende zorgvraag, en ook na de acute fase vragen herstel en verantwoording nog lang aandacht. Deze route vraagt u zulke ontwikkelingen vroeg te zien aankomen.',
      en: 'In a crisis, government proves capable of a great deal: deciding faster, meeting less and trusting those who know the subject. Keep that decisiveness once the crisis is over, while taking care not to overreact to an incident. Many crises also build up slowly, as with population ageing and the growing demand for care, and even after the acute phase, recovery and accountability demand attention for a long time. This route asks you to see such developments coming early.',
    },
    prompt: {
      nl: 'Welke werkwijze uit een recente crisis wilt u de komende drie maanden vasthouden, en welk sluimerend probleem in uw domein brengt u nu al ter sprake?',
      en: 'Which way of working from a recent crisis do you want to keep up over the next three months, and which slowly growing problem in your field will you raise now?',
    },
  },
  {
    id: 'b',
    dimension: 'I',
    name: { nl: 'Kunnen versnellen én durven vertragen', en: 'Being able to speed up and daring to slow down' },
    explanation: {
      nl: 'Deze route heeft twee kanten. Tegenover de jachtigheid van media en politiek brengt u rust: u zegt nee tegen de eis dat alles meteen moet en helpt politiek bestuurders het lange perspectief vast te houden. Daarbij laat u een eigen geluid horen dat op kennis rust en ook de redenen achter emoties serieus neemt. Tegelijk maakt digitalisering de samenleving sneller, en dan moet u zelf ook sneller kunnen denken en handelen, met begrip van hoe sociale media en online platforms werken.',
      en: 'This route has two sides. Against the restlessness of the media and politics, you bring calm: you say no to the demand that everything must happen at once and help political office-holders keep the long view. In doing so, you offer a voice of your own, grounded in knowledge, that also takes the reasons behind emotions seriously. At the same time, digitalisation makes society move faster, so you must also be able to think and act faster yourself, with an understanding of how social media and online platforms work.',
    },
    prompt: {
      nl: 'Bij welk dossier kunt u de komende drie maanden bewust tempo maken, en bij welk dossier juist op de rem trappen?',
      en: 'On which issue could you deliberately pick up speed over the next three months, and on which could you deliberately slow down?',
    },
  },
  {
    id: 'c',
    dimension: 'II',
    name: { nl: 'Openheid tonen; niet alles openbaar maken', en: 'Show openness; do not make everything public' },
    explanation: {
      nl: 'Een open overheid is toegankelijk, weet wat er buiten speelt en laat zien hoe adviezen, besluiten en uitvoering tot stand komen. Dat is iets anders dan alle stukken op straat leggen: een berg losse documenten neemt geen onbegrip weg. Het gaat erom dat u ordent en duidt, uitlegt welke afwegingen zijn gemaakt en wat lastig was, en dat uw organisatie kritiek van buiten serieus neemt. Houd ook de keerzijde in het oog: volledige openbaarheid kan tot overdreven voorzichtigheid leiden, en enige discretie hoort ook bij goed bestuur.',
      en: 'An open government is accessible, knows what is happening outside and shows how advice, decisions and implementation come about. That is not the same as putting every document out in the open: a pile of loose papers does not remove misunderstanding. What matters is that you organise and interpret, explain which considerations were weighed and what was difficult, and that your organisation takes outside criticism seriously. Also keep the downside in view: full disclosure can lead to excessive caution, and a measure of discretion is also part of good governance.',
    },
    prompt: {
      nl: 'Over welk besluit of advies kunt u de komende drie maanden uitleggen hoe de afweging is gemaakt, en aan wie?',
      en: 'Which decision or piece of advice could you explain over the next three months, showing how the trade-offs were made, and to whom?',
    },
  },
  {
    id: 'd',
    dimension: 'II',
    name: { nl: 'Denk digitaler en internationaler', en: 'Think more digitally and more internationally' },
    explanation: {
      nl: 'Veel vraagstukken houden niet op bij de grens, en een groot deel van de regels waarmee Nederland werkt, komt in Europees verband tot stand. Europa is geen buitenstaander maar iets waar Nederland zelf deel van uitmaakt, dus het loont om vroeg invloed uit te oefenen. Digitalisering verandert intussen hoe informatie en meningen ontstaan, verhoogt het tempo en maakt de overheid afhankelijk van grote technologiebedrijven. Van leiders vraagt dat digitale vaardigheid en een scherp oog voor risico’s als privacyschendingen en aanvallen via sociale media.',
      en: 'Many issues do not stop at the border, and much of the regulation the Netherlands works with is made at European level. Europe is not an outsider but something the Netherlands is itself part of, so it pays to exert influence early. Meanwhile, digitalisation changes how information and opinions take shape, raises the pace and makes government dependent on large technology companies. For leaders, this calls for digital skills and a sharp eye for risks such as privacy breaches and attacks through social media.',
    },
    prompt: {
      nl: 'Welk Europees of digitaal vraagstuk in uw domein kunt u zich de komende drie maanden eigen maken, en met wie gaat u daarover in gesprek?',
      en: 'Which European or digital issue in your field could you get to grips with over the next three months, and who will you talk to about it?',
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
      nl: 'Voor de meeste burgers en bedrijven is de overheid het loket van de gemeente of van een uitvoeringsorganisatie als de Belastingdienst; daar krijgt de overheid een gezicht. Geef de mensen die daar werken ruimte om die rol waar te maken, met oplossingen op maat in het contact met burgers. Dat vraagt van beleid minder ingewikkelde regels, een stevige digitale basis, haalbare termijnen en aandacht aan de top voor wat in de uitvoering knelt. Kijk daarbij ook hoe gemeenten het doen, want het rijk kan veel van hen leren.',
      en: 'For most citizens and businesses, government is the counter at the town hall or at an implementing agency such as the Tax Administration; that is where government has a face. Give the people who work there room to live up to that role, with tailored solutions in their contact with the public. That asks policymakers for less complicated rules, a solid digital foundation, realistic timelines and attention at the top for what is not working in implementation. Look at how municipalities do it, too, because central government can learn a lot from them.',
    },
    prompt: {
      nl: 'Wanneer loopt u de komende drie maanden een dag mee in de uitvoering, en wat doet u met de knelpunten die u daar hoort?',
      en: 'When will you spend a day alongside frontline staff over the next three months, and what will you do with the problems you hear about there?',
    },
  },
  {
    id: 'f',
    dimension: 'III',
    name: { nl: 'Met meer inclusiviteit meer diversiteit', en: 'More diversity through more inclusion' },
    explanation: {
      nl: 'Iedereen onderschrijft het belang van diversiteit, maar in de praktijk blijft het vaak bij woorden. Voor een overheid die de samenleving wil begrijpen, is een mix van achtergronden, leeftijden, loopbanen, werkstijlen en opvattingen geen luxe maar een voorwaarde; het levert bovendien meer tegenspraak op. Het begint bij uzelf: kijk bij een benoeming bewust verder dan mensen die vooral op u lijken, en onderzoek uw eigen vooroordelen. Een precieze afspiegeling van de samenleving is niet haalbaar, een inclusieve werkwijze waarin verschillen echt meetellen wel.',
      en: 'Everyone endorses the importance of diversity, but in practice it often remains a matter of words. For a government that wants to understand society, a mix of backgrounds, ages, careers, working styles and views is not a luxury but a precondition; it also brings more challenge. It starts with yourself: when appointing someone, consciously look beyond people who mainly resemble you, and examine your own biases. An exact reflection of society is not achievable, but an inclusive way of working in which differences really count is.',
    },
    prompt: {
      nl: 'Bij welke vacature of teamsamenstelling kunt u de komende drie maanden bewust kiezen voor iemand met een ander perspectief dan het uwe?',
      en: 'In which vacancy or team composition could you consciously choose someone with a different perspective from your own over the next three months?',
    },
  },
  {
    id: 'g',
    dimension: 'IV',
    name: { nl: 'Meer naar buiten treden', en: 'Step out into the open more' },
    explanation: {
      nl: 'Vertel vaker, en met zelfvertrouwen, over het werk van ambtenaren: waar hun advies op berust en wat de praktijk van de uitvoering leert. Partij kiezen in politieke kwesties hoort daar niet bij, en de politieke verantwoordelijkheid van de bewindspersoon blijft het kader. Binnen die grenzen kan veel meer dan de huidige schroom doet vermoeden, en in de uitvoering nog het meest. Geef zelf het voorbeeld en laat uw communicatieadviseurs helpen het verhaal te vertellen in plaats van het af te remmen.',
      en: 'Speak more often, and with confidence, about the work of civil servants: what their advice rests on and what the practice of implementation teaches. Taking sides on political issues is not part of this, and the minister’s political responsibility remains the framework. Within those limits, far more is possible than today’s reticence suggests, and most of all in implementation. Set the example yourself, and let your communication advisers help tell the story rather than hold it back.',
    },
    prompt: {
      nl: 'Bij welke gelegenheid kunt u de komende drie maanden in het openbaar vertellen over het werk van uw organisatie, afgestemd met wie dat moet weten?',
      en: 'On what occasion over the next three months could you speak in public about the work of your organisation, having agreed it with those who need to know?',
    },
  },
  {
    id: 'h',
    dimension: 'IV',
    name: { nl: 'Actiever en breder verantwoorden', en: 'Be accountable more actively and more broadly' },
    explanation: {
      nl: 'Bij professionele ruimte hoort dat u uitlegt hoe u die gebruikt, zonder u achter de politieke aansturing te verschuilen. Tegenover het parlement is de minister verantwoordelijk; met diens instemming, bijvoorbeeld in een technische briefing, kunt u wel meer openheid geven over adviezen en uitvoering, zoals dat in gemeenten en in Europees verband gewoner is. Buiten de politieke arena kunt u zelf kritische blikken uitnodigen: van maatschappelijke partners, burgerpanels, wetenschappers, de ombudsman of een visitatiecommissie, en van uw eigen organisatie. Wacht daar niet mee tot iemand erom vraagt.',
      en: 'Professional room means explaining how you use it, without hiding behind political direction. Towards parliament, the minister is the one responsible; with the minister’s consent, for example in a technical briefing, you can still offer more openness about advice and implementation, as is more common in municipalities and at European level. Outside the political arena, you can invite critical scrutiny yourself: from partners in society, citizens’ panels, researchers, the ombudsman or a review committee, and from your own organisation. Do not wait until someone asks.',
    },
    prompt: {
      nl: 'Welke groep buiten de politiek, zoals een burgerpanel, onderzoekers of een visitatiecommissie, kunt u de komende drie maanden vragen kritisch naar uw werk te kijken?',
      en: 'Which group outside politics, such as a citizens’ panel, researchers or a review committee, could you ask over the next three months to take a critical look at your work?',
    },
  },
  {
    id: 'i',
    dimension: 'V',
    name: { nl: 'Meer zelfkennis en zelfkritiek', en: 'More self-knowledge and self-criticism' },
    explanation: {
      nl: 'Leiderschap staat of valt met de persoon, dus het loont om te weten waar uw kracht ligt, en dat vraagt u het best aan de mensen die u leidt. Kijk net zo eerlijk naar uw valkuilen: tunnelvisie, normvervaging, te veel macht, een beperkte blik of eigen vooroordelen. Kunt u uzelf moeilijk kritisch bekijken, haal dan mensen om u heen die dat wel doen, bij voorkeur mensen die niet van u afhankelijk zijn. Door zelf uw fouten toe te geven, laat u zien dat leren bij het werk hoort.',
      en: 'Leadership stands or falls with the person, so it pays to know where your strengths lie, and the people you lead are the best ones to ask. Look just as honestly at your pitfalls: tunnel vision, eroding standards, too much power, a narrow view or your own biases. If you find it hard to look at yourself critically, surround yourself with people who will, preferably people who do not depend on you. By admitting your own mistakes, you show that learning is part of the job.',
    },
    prompt: {
      nl: 'Wie kunt u de komende drie maanden vragen u eerlijk te zeggen wat u beter kunt doen, bij voorkeur iemand die niet van u afhankelijk is?',
      en: 'Whom could you ask over the next three months to tell you honestly what you could do better, preferably someone who does not depend on you?',
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
      nl: 'Inhoudelijke kennis is het fundament van ambtelijk vakmanschap, of u nu een bewindspersoon adviseert, een organisatie leidt of met maatschappelijke partners werkt. Laat die kennis daarom zwaar wegen bij benoemingen en beoordelingen, en bouw loopbanen op die inhoudelijk logisch zijn; op sommige posten is daarvoor meer tijd nodig dan de gebruikelijke zeven jaar. Minstens zo belangrijk zijn vaardigheden als luisteren, gevoel voor timing, moed en integriteit, en de bereidheid zo nodig uw positie op het spel te zetten voor de publieke zaak. Het gaat erom dat beide samen zichtbaar worden in uw gedrag: betrokken, en met een koel hoofd.',
      en: 'Expertise is the foundation of professional craftsmanship in the civil service, whether you are advising a minister, leading an organisation or working with partners in society. So let it weigh heavily in appointments and appraisals, and build careers that make sense in substance; some posts need more time for that than the usual seven years. At least as important are skills such as listening, a sense of timing, courage and integrity, and the willingness to put your position on the line for the public interest when necessary. What matters is that the two come together in how you behave: engaged, and with a cool head.',
    },
    prompt: {
      nl: 'Welke kennis wilt u de komende drie maanden verdiepen, en welke vaardigheid wilt u in die periode bewust oefenen?',
      en: 'What knowledge do you want to deepen over the next three months, and which skill do you want to practise deliberately in that period?',
    },
  },
];
