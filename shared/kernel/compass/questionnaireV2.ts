/**
 * Questionnaire `kompas` version 2: two observable behaviour items per needle, the same ids as v1
 * (`1.1` … `10.2`), used in the self-assessment ("Ik …") and in the 360 feedback ("Deze leider …").
 * Answers use the symmetric frequency scale of scales.ts: (bijna) nooit · zelden · soms · vaak · (bijna)
 * altijd. A situational item describes a behaviour that only occurs in certain situations; the form shows
 * SITUATIONAL_INSTRUCTION with it.
 *
 * Written against the findings of issue 8: one behaviour per item, no intentions or purpose clauses, no
 * loaded words, no "ons" that an external rater cannot place, self and others forms that differ only in
 * the subject and the verb form. Items that passed the review unchanged keep their v1 wording (2.1, 5.1,
 * 6.2, 8.2, 9.1, 10.1), so a needle's history reads across the version change.
 *
 * Item texts are part of the versioned questionnaire: changing what an item asks requires a new version.
 */

import type { Questionnaire } from './model';

export const KOMPAS_V2: Questionnaire<2> = {
  id: 'kompas',
  version: 2,
  items: [
    // 1 Toon meer leiderschap en benoem de onzekerheid: deciding while naming what is unknown (1.1 now
    // includes v1's "making the call"); being visible as the one who gives direction (coverage gap).
    {
      id: '1.1',
      needle: 1,
      self: {
        nl: 'Ik benoem bij een besluit op onvolledige informatie wat nog onbekend is.',
        en: 'I state what is still unknown when taking a decision on incomplete information.',
      },
      others: {
        nl: 'Deze leider benoemt bij een besluit op onvolledige informatie wat nog onbekend is.',
        en: 'This leader states what is still unknown when taking a decision on incomplete information.',
      },
      situational: true,
    },
    {
      id: '1.2',
      needle: 1,
      self: {
        nl: 'Ik licht in onrustige tijden zelf de gekozen koers toe aan de mensen die het raakt.',
        en: 'I personally explain the chosen course to the people it affects when times are turbulent.',
      },
      others: {
        nl: 'Deze leider licht in onrustige tijden zelf de gekozen koers toe aan de mensen die het raakt.',
        en: 'This leader personally explains the chosen course to the people it affects when times are turbulent.',
      },
      situational: true,
    },
    // 2 Bewaak de lange lijnen: linking today to the long term; asking the long-term question when quick
    // action is proposed (replaces "spreekt zich uit tegen", which read as public dissent).
    {
      id: '2.1',
      needle: 2,
      self: {
        nl: 'Ik laat zien hoe actuele kwesties passen in de koers voor de lange termijn.',
        en: 'I show how current issues fit into the long-term course.',
      },
      others: {
        nl: 'Deze leider laat zien hoe actuele kwesties passen in de koers voor de lange termijn.',
        en: 'This leader shows how current issues fit into the long-term course.',
      },
      situational: false,
    },
    {
      id: '2.2',
      needle: 2,
      self: {
        nl: 'Ik vraag bij een voorstel voor snelle actie wat dat op de lange termijn betekent.',
        en: 'I ask what a proposal for quick action would mean in the long term.',
      },
      others: {
        nl: 'Deze leider vraagt bij een voorstel voor snelle actie wat dat op de lange termijn betekent.',
        en: 'This leader asks what a proposal for quick action would mean in the long term.',
      },
      situational: true,
    },
    // 3 Sta in verbinding met de samenleving: talking with people outside government (no intention, no
    // "ons werk"); explaining decisions in plain language (no "onze keuzes").
    {
      id: '3.1',
      needle: 3,
      self: {
        nl: 'Ik ga zelf in gesprek met mensen buiten de overheid over hoe beleid of uitvoering bij hen uitpakt.',
        en: 'I talk in person with people outside government about how policy or its implementation affects them.',
      },
      others: {
        nl: 'Deze leider gaat zelf in gesprek met mensen buiten de overheid over hoe beleid of uitvoering bij hen uitpakt.',
        en: 'This leader talks in person with people outside government about how policy or its implementation affects them.',
      },
      situational: false,
    },
    {
      id: '3.2',
      needle: 3,
      self: {
        nl: 'Ik leg besluiten uit in taal die mensen buiten de overheid begrijpen.',
        en: 'I explain decisions in language that people outside government understand.',
      },
      others: {
        nl: 'Deze leider legt besluiten uit in taal die mensen buiten de overheid begrijpen.',
        en: 'This leader explains decisions in language that people outside government understand.',
      },
      situational: false,
    },
    // 4 Zorg voor balans tussen maatwerk en uniformiteit: proposing to adapt a rule that misfires (no
    // deviation from the law, fits policy DGs); asking how comparable cases fare (the value of uniformity,
    // without the loaded "willekeur").
    {
      id: '4.1',
      needle: 4,
      self: {
        nl: 'Ik stel voor een regel of werkwijze aan te passen die in de praktijk onbedoeld hard uitpakt.',
        en: 'I propose changing a rule or procedure that turns out to be unintentionally harsh in practice.',
      },
      others: {
        nl: 'Deze leider stelt voor een regel of werkwijze aan te passen die in de praktijk onbedoeld hard uitpakt.',
        en: 'This leader proposes changing a rule or procedure that turns out to be unintentionally harsh in practice.',
      },
      situational: true,
    },
    {
      id: '4.2',
      needle: 4,
      self: {
        nl: 'Ik vraag bij een voorgestelde uitzondering hoe vergelijkbare gevallen worden behandeld.',
        en: 'I ask how comparable cases are treated when an exception is proposed.',
      },
      others: {
        nl: 'Deze leider vraagt bij een voorgestelde uitzondering hoe vergelijkbare gevallen worden behandeld.',
        en: 'This leader asks how comparable cases are treated when an exception is proposed.',
      },
      situational: true,
    },
    // 5 Meer samenhang en samenwerking: seeking cooperation; equal standing despite unequal power
    // (replaces v1's 5.2, which measured the same as 10.1).
    {
      id: '5.1',
      needle: 5,
      self: {
        nl: 'Ik zoek actief samenwerking met andere overheidsorganisaties rond een gedeelde opgave.',
        en: 'I actively seek cooperation with other government organisations on a shared task.',
      },
      others: {
        nl: 'Deze leider zoekt actief samenwerking met andere overheidsorganisaties rond een gedeelde opgave.',
        en: 'This leader actively seeks cooperation with other government organisations on a shared task.',
      },
      situational: false,
    },
    {
      id: '5.2',
      needle: 5,
      self: {
        nl: 'Ik betrek uitvoeringsorganisaties of medeoverheden bij een voorstel dat hen raakt, voordat het vastligt.',
        en: 'I involve implementing agencies or other tiers of government in a proposal that affects them, before it is settled.',
      },
      others: {
        nl: 'Deze leider betrekt uitvoeringsorganisaties of medeoverheden bij een voorstel dat hen raakt, voordat het vastligt.',
        en: 'This leader involves implementing agencies or other tiers of government in a proposal that affects them, before it is settled.',
      },
      situational: true,
    },
    // 6 Creëer een veilige werkomgeving, waarin fouten mogen: protecting staff against a blame culture
    // (replaces the socially desirable "what can we learn"); room to try new ways of working.
    {
      id: '6.1',
      needle: 6,
      self: {
        nl: 'Ik neem zelf de verantwoordelijkheid wanneer een fout van een medewerker van buitenaf kritiek krijgt.',
        en: 'I personally take responsibility when a staff member’s mistake draws criticism from outside.',
      },
      others: {
        nl: 'Deze leider neemt zelf de verantwoordelijkheid wanneer een fout van een medewerker van buitenaf kritiek krijgt.',
        en: 'This leader personally takes responsibility when a staff member’s mistake draws criticism from outside.',
      },
      situational: true,
    },
    {
      id: '6.2',
      needle: 6,
      self: {
        nl: 'Ik geef medewerkers ruimte om nieuwe werkwijzen uit te proberen, ook als de uitkomst onzeker is.',
        en: 'I give staff room to try out new ways of working, even when the outcome is uncertain.',
      },
      others: {
        nl: 'Deze leider geeft medewerkers ruimte om nieuwe werkwijzen uit te proberen, ook als de uitkomst onzeker is.',
        en: 'This leader gives staff room to try out new ways of working, even when the outcome is uncertain.',
      },
      situational: false,
    },
    // 7 Toon je een professionele autoriteit: grounding positions in expertise and memory, in any meeting
    // (not only towards political office-holders); making the consequences for society explicit in advice
    // (replaces the vague "de maatschappelijke opgave centraal houden"). Staff and peers can see both.
    {
      id: '7.1',
      needle: 7,
      self: {
        nl: 'Ik onderbouw een standpunt met kennis van de uitvoering, de wetgeving of eerdere besluiten.',
        en: 'I back up a position with knowledge of implementation, legislation or earlier decisions.',
      },
      others: {
        nl: 'Deze leider onderbouwt een standpunt met kennis van de uitvoering, de wetgeving of eerdere besluiten.',
        en: 'This leader backs up a position with knowledge of implementation, legislation or earlier decisions.',
      },
      situational: false,
    },
    {
      id: '7.2',
      needle: 7,
      self: {
        nl: 'Ik maak in een advies duidelijk wat een keuze betekent voor burgers, bedrijven of de uitvoering.',
        en: 'I spell out, when advising, what a choice means for citizens, businesses or implementing organisations.',
      },
      others: {
        nl: 'Deze leider maakt in een advies duidelijk wat een keuze betekent voor burgers, bedrijven of de uitvoering.',
        en: 'This leader spells out, when advising, what a choice means for citizens, businesses or implementing organisations.',
      },
      situational: false,
    },
    // 8 Neem ruimte en geef ruimte: saying where a political wish meets the limits of what is feasible,
    // also unasked (the seed's framing, and taking room despite one's own caution); removing obstacles
    // for staff.
    {
      id: '8.1',
      needle: 8,
      self: {
        nl: 'Ik geef ook ongevraagd aan waar een politieke wens stuit op de grenzen van het haalbare.',
        en: 'I point out, even unasked, where a political wish runs into the limits of what is feasible.',
      },
      others: {
        nl: 'Deze leider geeft ook ongevraagd aan waar een politieke wens stuit op de grenzen van het haalbare.',
        en: 'This leader points out, even unasked, where a political wish runs into the limits of what is feasible.',
      },
      situational: true,
    },
    {
      id: '8.2',
      needle: 8,
      self: {
        nl: 'Ik haal belemmeringen weg die medewerkers onnodig beperken in hun werk.',
        en: 'I remove obstacles that needlessly restrict staff in their work.',
      },
      others: {
        nl: 'Deze leider haalt belemmeringen weg die medewerkers onnodig beperken in hun werk.',
        en: 'This leader removes obstacles that needlessly restrict staff in their work.',
      },
      situational: false,
    },
    // 9 Heb geen pantser, wel ruggengraat: taking a clear position; inviting challenge from one's own
    // people (coverage gap; what staff can observe best).
    {
      id: '9.1',
      needle: 9,
      self: {
        nl: 'Ik neem een duidelijk standpunt in, ook als dat ongemakkelijk is.',
        en: 'I take a clear position, even when that is uncomfortable.',
      },
      others: {
        nl: 'Deze leider neemt een duidelijk standpunt in, ook als dat ongemakkelijk is.',
        en: 'This leader takes a clear position, even when that is uncomfortable.',
      },
      situational: false,
    },
    {
      id: '9.2',
      needle: 9,
      self: {
        nl: 'Ik vraag medewerkers vóór een besluit om tegenargumenten.',
        en: 'I ask staff for counter-arguments before a decision is taken.',
      },
      others: {
        nl: 'Deze leider vraagt medewerkers vóór een besluit om tegenargumenten.',
        en: 'This leader asks staff for counter-arguments before a decision is taken.',
      },
      situational: false,
    },
    // 10 Deel leiderschap: letting others lead where they know more; deciding together with those who
    // share the responsibility (no purpose clause).
    {
      id: '10.1',
      needle: 10,
      self: {
        nl: 'Ik laat anderen de leiding nemen bij onderwerpen waar zij meer van weten.',
        en: 'I let others take the lead on topics they know more about.',
      },
      others: {
        nl: 'Deze leider laat anderen de leiding nemen bij onderwerpen waar zij meer van weten.',
        en: 'This leader lets others take the lead on topics they know more about.',
      },
      situational: false,
    },
    {
      id: '10.2',
      needle: 10,
      self: {
        nl: 'Ik neem belangrijke besluiten samen met de mensen die er medeverantwoordelijk voor zijn.',
        en: 'I take important decisions together with the people who share responsibility for them.',
      },
      others: {
        nl: 'Deze leider neemt belangrijke besluiten samen met de mensen die er medeverantwoordelijk voor zijn.',
        en: 'This leader takes important decisions together with the people who share responsibility for them.',
      },
      situational: false,
    },
  ],
};
