/** Texts of the compass radar, its legend, its detail box and the table with the same numbers. */
export const radar = {
  kind: {
    current: 'Huidig',
    target: 'Doel',
    others: 'Anderen',
    earlier: 'Eerder',
  },
  needle: 'Naald {{number}}',
  needleWithName: 'Naald {{number}}, {{name}}',
  dimension: '{{numeral}} {{name}}',
  dimensionLong: 'Dimensie {{numeral}}: {{name}}',
  point: 'Naald {{number}}, {{name}} — {{series}}: {{value}}',
  seriesValue: '{{series}}: {{value}}',
  noScore: 'geen score',
  scale: 'Schaal van 1 (nauwelijks) tot 5 (bijna altijd)',
  keyboardHint:
    'Gebruik de pijltjestoetsen links en rechts om van naald naar naald te gaan, en omhoog en omlaag om een andere reeks te kiezen. Met Home en End gaat u naar de eerste en de laatste naald.',
  legend: 'Legenda',
  needleKey: 'Naalden',
  madeOn: 'Gemaakt op {{date}}',
  empty: 'Er zijn nog geen scores om te tonen.',
  route: {
    label: 'Route {{letter}}, {{name}} — {{status}}',
    detailTitle: 'Route {{letter}}: {{name}}',
    statusLine: 'Status: {{status}}',
    legend: 'Gekozen routes',
    legendItem: 'Route {{letter}}: {{name}} ({{status}})',
    hint: 'De gekozen routes staan als letters buiten de cirkel, in de sector van hun dimensie. U bereikt ze met pijltje omlaag vanaf de laatste reeks.',
    status: {
      gepland: 'gepland',
      onderweg: 'onderweg',
      afgerond: 'afgerond',
      gestopt: 'gestopt',
    },
  },
  table: {
    caption: 'Tabel met dezelfde cijfers',
    needleColumn: 'Naald',
  },
} as const;
