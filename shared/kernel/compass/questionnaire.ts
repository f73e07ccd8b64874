/**
 * Questionnaire `kompas` version 1: two observable behaviour items per needle, used both in the
 * self-assessment ("Ik …") and in the 360 feedback ("Deze leider …"). Answers use the frequency scale
 * 1 nauwelijks … 5 (bijna) altijd, so every item describes a behaviour that can occur more or less often.
 *
 * Version 1 is history: answers given with it are shown with these very texts, so they are frozen. The
 * current questionnaire is version 2 (questionnaireV2.ts); look items up by version in questionnaires.ts.
 * Item texts are part of the versioned questionnaire: changing what an item asks requires a new version.
 */

import type { ItemId, NeedleId, Questionnaire, QuestionnaireItem } from './model';

export const KOMPAS_V1: Questionnaire<1> = {
  id: 'kompas',
  version: 1,
  items: [
    // 1 Toon meer leiderschap en benoem de onzekerheid: naming uncertainty / deciding despite it.
    {
      id: '1.1',
      needle: 1,
      self: {
        nl: 'Ik benoem openlijk wat nog onzeker is wanneer ik een besluit toelicht.',
        en: 'I openly name what is still uncertain when I explain a decision.',
      },
      others: {
        nl: 'Deze leider benoemt openlijk wat nog onzeker is bij het toelichten van een besluit.',
        en: 'This leader openly names what is still uncertain when explaining a decision.',
      },
      situational: false,
    },
    {
      id: '1.2',
      needle: 1,
      self: {
        nl: 'Ik hak knopen door, ook wanneer nog niet alle informatie beschikbaar is.',
        en: 'I make the call, even when not all information is available yet.',
      },
      others: {
        nl: 'Deze leider hakt knopen door, ook wanneer nog niet alle informatie beschikbaar is.',
        en: 'This leader makes the call, even when not all information is available yet.',
      },
      situational: false,
    },
    // 2 Bewaak de lange lijnen: linking today to the long term / resisting short-term swings.
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
        nl: 'Ik spreek me uit tegen snelle toezeggingen die de koers voor de lange termijn ondermijnen.',
        en: 'I speak out against quick commitments that would undermine the long-term course.',
      },
      others: {
        nl: 'Deze leider spreekt zich uit tegen snelle toezeggingen die de koers voor de lange termijn ondermijnen.',
        en: 'This leader speaks out against quick commitments that would undermine the long-term course.',
      },
      situational: false,
    },
    // 3 Sta in verbinding met de samenleving: understanding society / being understandable to it.
    {
      id: '3.1',
      needle: 3,
      self: {
        nl: 'Ik zoek de praktijk buiten het kantoor op om te horen hoe ons werk voor mensen uitpakt.',
        en: 'I go out into practice, beyond the office, to hear how our work turns out for people.',
      },
      others: {
        nl: 'Deze leider zoekt de praktijk buiten het kantoor op om te horen hoe ons werk voor mensen uitpakt.',
        en: 'This leader goes out into practice, beyond the office, to hear how our work turns out for people.',
      },
      situational: false,
    },
    {
      id: '3.2',
      needle: 3,
      self: {
        nl: 'Ik leg onze keuzes uit in taal die mensen buiten de overheid begrijpen.',
        en: 'I explain our choices in language that people outside government understand.',
      },
      others: {
        nl: 'Deze leider legt onze keuzes uit in taal die mensen buiten de overheid begrijpen.',
        en: 'This leader explains our choices in language that people outside government understand.',
      },
      situational: false,
    },
    // 4 Zorg voor balans tussen maatwerk en uniformiteit: room for tailoring / guarding against arbitrariness.
    {
      id: '4.1',
      needle: 4,
      self: {
        nl: 'Ik sta medewerkers toe af te wijken van een regel die in een bepaald geval onredelijk uitpakt.',
        en: 'I allow staff to depart from a rule that works out unreasonably in a particular case.',
      },
      others: {
        nl: 'Deze leider staat medewerkers toe af te wijken van een regel die in een bepaald geval onredelijk uitpakt.',
        en: 'This leader allows staff to depart from a rule that works out unreasonably in a particular case.',
      },
      situational: false,
    },
    {
      id: '4.2',
      needle: 4,
      self: {
        nl: 'Ik vraag bij maatwerk na hoe we willekeur tussen vergelijkbare gevallen voorkomen.',
        en: 'I ask, when a decision is tailored, how we avoid arbitrary differences between comparable cases.',
      },
      others: {
        nl: 'Deze leider vraagt bij maatwerk na hoe we willekeur tussen vergelijkbare gevallen voorkomen.',
        en: 'This leader asks, when a decision is tailored, how we avoid arbitrary differences between comparable cases.',
      },
      situational: false,
    },
    // 5 Meer samenhang en samenwerking: seeking cooperation / letting partners lead.
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
        nl: 'Ik laat een andere organisatie het voortouw nemen wanneer die daarvoor beter is toegerust.',
        en: 'I let another organisation take the lead when it is better equipped to do so.',
      },
      others: {
        nl: 'Deze leider laat een andere organisatie het voortouw nemen wanneer die daarvoor beter is toegerust.',
        en: 'This leader lets another organisation take the lead when it is better equipped to do so.',
      },
      situational: false,
    },
    // 6 Creëer een veilige werkomgeving, waarin fouten mogen: learning from mistakes / protecting innovation.
    {
      id: '6.1',
      needle: 6,
      self: {
        nl: 'Ik reageer op een fout van een medewerker met de vraag wat we ervan kunnen leren.',
        en: 'I respond to a team member’s mistake by asking what we can learn from it.',
      },
      others: {
        nl: 'Deze leider reageert op een fout van een medewerker met de vraag wat we ervan kunnen leren.',
        en: 'This leader responds to a team member’s mistake by asking what we can learn from it.',
      },
      situational: false,
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
    // 7 Toon je een professionele autoriteit: advice grounded in expertise / the societal task first.
    {
      id: '7.1',
      needle: 7,
      self: {
        nl: 'Ik onderbouw adviezen aan bestuurders met kennis van de uitvoering of van eerdere besluiten.',
        en: 'I ground advice to political office-holders in knowledge of implementation or of earlier decisions.',
      },
      others: {
        nl: 'Deze leider onderbouwt adviezen aan bestuurders met kennis van de uitvoering of van eerdere besluiten.',
        en: 'This leader grounds advice to political office-holders in knowledge of implementation or of earlier decisions.',
      },
      situational: false,
    },
    {
      id: '7.2',
      needle: 7,
      self: {
        nl: 'Ik houd in overleg met bestuurders de maatschappelijke opgave centraal.',
        en: 'I keep the societal task central in discussions with political office-holders.',
      },
      others: {
        nl: 'Deze leider houdt in overleg met bestuurders de maatschappelijke opgave centraal.',
        en: 'This leader keeps the societal task central in discussions with political office-holders.',
      },
      situational: false,
    },
    // 8 Neem ruimte en geef ruimte: speaking truth to power / removing obstacles for staff.
    {
      id: '8.1',
      needle: 8,
      self: {
        nl: 'Ik spreek bestuurders tegen wanneer een politieke wens niet verstandig lijkt.',
        en: 'I challenge political office-holders when a political wish seems unwise.',
      },
      others: {
        nl: 'Deze leider spreekt bestuurders tegen wanneer een politieke wens niet verstandig lijkt.',
        en: 'This leader challenges political office-holders when a political wish seems unwise.',
      },
      situational: false,
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
    // 9 Heb geen pantser, wel ruggengraat: showing what you stand for / being approachable.
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
        nl: 'Ik maak tijd vrij wanneer een medewerker met een zorg aanklopt.',
        en: 'I make time when a team member raises a concern.',
      },
      others: {
        nl: 'Deze leider maakt tijd vrij wanneer een medewerker met een zorg aanklopt.',
        en: 'This leader makes time when a team member raises a concern.',
      },
      situational: false,
    },
    // 10 Deel leiderschap: letting others lead / spreading power over decisions.
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
        nl: 'Ik neem belangrijke besluiten samen met anderen, zodat de macht niet bij één persoon ligt.',
        en: 'I make important decisions together with others, so that power does not rest with one person.',
      },
      others: {
        nl: 'Deze leider neemt belangrijke besluiten samen met anderen, zodat de macht niet bij één persoon ligt.',
        en: 'This leader makes important decisions together with others, so that power does not rest with one person.',
      },
      situational: false,
    },
  ],
};

/** v1 lookup: the two v1 items of a needle, in order (`<needle>.1`, `<needle>.2`). For any version: `itemsOfNeedleIn`. */
export function itemsOfNeedle(needle: NeedleId): readonly QuestionnaireItem[] {
  return KOMPAS_V1.items.filter((item) => item.needle === needle);
}

/** v1 lookup: a v1 item by id. For any version: `itemOf` in questionnaires.ts. */
export function itemById(id: ItemId): QuestionnaireItem {
  const found = KOMPAS_V1.items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`Unknown questionnaire item: ${id}`);
  return found;
}
