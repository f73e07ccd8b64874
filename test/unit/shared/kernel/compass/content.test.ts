import { describe, expect, it } from 'vitest';
import {
  DIMENSIONS,
  NEEDLES,
  ROUTES,
  dimensionById,
  dimensionOfNeedle,
  needleById,
  needlesOfDimension,
  routeById,
  routesOfDimension,
} from '@shared/kernel/compass/content';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import {
  DIMENSION_IDS,
  LANGUAGES,
  NEEDLE_IDS,
  ROUTE_IDS,
  type DimensionId,
  type Localized,
  type NeedleId,
  type RouteId,
} from '@shared/kernel/compass/model';
import { KOMPAS_V1, itemById, itemsOfNeedle } from '@shared/kernel/compass/questionnaire';

/** The table in PRODUCT.md: which needles and routes belong to which dimension. */
const EXPECTED: Record<DimensionId, { needles: [NeedleId, NeedleId]; routes: [RouteId, RouteId] }> = {
  I: { needles: [1, 2], routes: ['a', 'b'] },
  II: { needles: [3, 4], routes: ['c', 'd'] },
  III: { needles: [5, 6], routes: ['e', 'f'] },
  IV: { needles: [7, 8], routes: ['g', 'h'] },
  V: { needles: [9, 10], routes: ['i', 'j'] },
};

const OFFICIAL_NAMES = {
  dimensions: {
    I: 'Turbulente tijd',
    II: 'Veeleisende samenleving',
    III: 'Complexe overheid',
    IV: 'Politiek-ambtelijk samenspel',
    V: 'Persoonlijke dimensie',
  },
  needles: {
    1: 'Toon meer leiderschap en benoem de onzekerheid',
    2: 'Bewaak de lange lijnen',
    3: 'Sta in verbinding met de samenleving',
    4: 'Zorg voor balans tussen maatwerk en uniformiteit',
    5: 'Meer samenhang en samenwerking',
    6: 'Creëer een veilige werkomgeving, waarin fouten mogen',
    7: 'Toon je een professionele autoriteit',
    8: 'Neem ruimte en geef ruimte',
    9: 'Heb geen pantser, wel ruggengraat',
    10: 'Deel leiderschap',
  },
  routes: {
    a: 'Gebruik crisislogica',
    b: 'Kunnen versnellen én durven vertragen',
    c: 'Openheid tonen; niet alles openbaar maken',
    d: 'Denk digitaler en internationaler',
    e: "Geef meer gezicht aan de overheid; geef meer steun aan 'de uitvoering'",
    f: 'Met meer inclusiviteit meer diversiteit',
    g: 'Meer naar buiten treden',
    h: 'Actiever en breder verantwoorden',
    i: 'Meer zelfkennis en zelfkritiek',
    j: 'Hard skills, zoals kennis, én soft skills',
  },
} as const;

/** Counts sentences by their closing punctuation: ., ! or ? followed by whitespace or the end of the text. */
function sentenceCount(text: string): number {
  return (text.trim().match(/[.!?](?=\s|$)/g) ?? []).length;
}

function expectFilled(value: Localized): void {
  for (const lang of LANGUAGES) expect(value[lang].trim().length).toBeGreaterThan(0);
}

describe('compass content', () => {
  it('has five dimensions I..V in order, with the official Dutch names', () => {
    expect(DIMENSIONS.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    DIMENSIONS.forEach((d, index) => {
      expect(d.order).toBe(index + 1);
      expect(d.name.nl).toBe(OFFICIAL_NAMES.dimensions[d.id]);
      expectFilled(d.name);
      expectFilled(d.summary);
      for (const lang of LANGUAGES) {
        expect(sentenceCount(d.summary[lang])).toBeGreaterThanOrEqual(1);
        expect(sentenceCount(d.summary[lang])).toBeLessThanOrEqual(2);
      }
    });
  });

  it('lists exactly the needles and routes of PRODUCT.md per dimension', () => {
    for (const d of DIMENSIONS) {
      expect(d.needles).toEqual(EXPECTED[d.id].needles);
      expect(d.routes).toEqual(EXPECTED[d.id].routes);
    }
  });

  it('has ten needles 1..10, each in the right dimension, with the official Dutch names', () => {
    expect(NEEDLES.map((n) => n.id)).toEqual([...NEEDLE_IDS]);
    for (const n of NEEDLES) {
      expect(EXPECTED[n.dimension].needles).toContain(n.id);
      expect(n.name.nl).toBe(OFFICIAL_NAMES.needles[n.id]);
      expectFilled(n.name);
    }
  });

  it('has ten routes a..j, each in a dimension that lists exactly its two routes', () => {
    expect(ROUTES.map((r) => r.id)).toEqual([...ROUTE_IDS]);
    for (const r of ROUTES) {
      expect(EXPECTED[r.dimension].routes).toContain(r.id);
      expect(r.name.nl).toBe(OFFICIAL_NAMES.routes[r.id]);
      expectFilled(r.name);
    }
    for (const id of DIMENSION_IDS) {
      expect(ROUTES.filter((r) => r.dimension === id).map((r) => r.id)).toEqual(EXPECTED[id].routes);
    }
  });

  it('explains every needle and route in 2 to 4 sentences in both languages', () => {
    for (const entry of [...NEEDLES, ...ROUTES]) {
      for (const lang of LANGUAGES) {
        const count = sentenceCount(entry.explanation[lang]);
        expect(count, `${String(entry.id)} (${lang})`).toBeGreaterThanOrEqual(2);
        expect(count, `${String(entry.id)} (${lang})`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('does not repeat any name, summary or explanation', () => {
    const texts = [
      ...DIMENSIONS.flatMap((d) => [d.name, d.summary]),
      ...NEEDLES.flatMap((n) => [n.name, n.explanation]),
      ...ROUTES.flatMap((r) => [r.name, r.explanation]),
    ].flatMap((t) => LANGUAGES.map((lang) => t[lang]));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('looks up dimensions, needles and routes', () => {
    expect(dimensionById('IV').name.nl).toBe('Politiek-ambtelijk samenspel');
    expect(needleById(9).name.nl).toBe('Heb geen pantser, wel ruggengraat');
    expect(routeById('j').name.nl).toBe('Hard skills, zoals kennis, én soft skills');
    for (const id of DIMENSION_IDS) {
      expect(needlesOfDimension(id).map((n) => n.id)).toEqual(EXPECTED[id].needles);
      expect(routesOfDimension(id).map((r) => r.id)).toEqual(EXPECTED[id].routes);
      for (const n of EXPECTED[id].needles) expect(dimensionOfNeedle(n).id).toBe(id);
    }
    expect(() => needleById(11 as NeedleId)).toThrow();
  });
});

describe('questionnaire kompas v1', () => {
  const items = KOMPAS_V1.items;

  it('is questionnaire kompas, version 1, with the item ids of itemIds.ts in order', () => {
    expect(KOMPAS_V1.id).toBe('kompas');
    expect(KOMPAS_V1.version).toBe(1);
    expect(items).toHaveLength(20);
    expect(items.map((i) => i.id)).toEqual([...ALL_ITEM_IDS]);
  });

  it('has exactly two items per needle, n.1 and n.2, that belong to that needle', () => {
    for (const n of NEEDLE_IDS) {
      expect(itemsOfNeedle(n).map((i) => i.id)).toEqual([`${n}.1`, `${n}.2`]);
    }
    for (const item of items) expect(item.id.startsWith(`${item.needle}.`)).toBe(true);
  });

  it('phrases every item in self and others forms in both languages', () => {
    for (const item of items) {
      expectFilled(item.self);
      expectFilled(item.others);
      expect(item.self.nl, item.id).toMatch(/^Ik /);
      expect(item.others.nl, item.id).toMatch(/^Deze leider /);
      expect(item.self.en, item.id).toMatch(/^I /);
      expect(item.others.en, item.id).toMatch(/^This leader /);
    }
  });

  it('keeps every item short and every text unique', () => {
    const texts = items.flatMap((i) => LANGUAGES.flatMap((lang) => [i.self[lang], i.others[lang]]));
    for (const text of texts) expect(text.length, text).toBeLessThanOrEqual(160);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('looks up items by id', () => {
    expect(itemById('9.1').needle).toBe(9);
    expect(itemById('10.2').id).toBe('10.2');
    expect(() => itemById('11.1' as never)).toThrow();
  });
});
