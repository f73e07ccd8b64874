/** Texts of the compass radar, its legend, its detail box and the table with the same numbers. */
export const radar = {
  kind: {
    current: 'Current',
    target: 'Target',
    others: 'Others',
    earlier: 'Earlier',
  },
  needle: 'Needle {{number}}',
  needleWithName: 'Needle {{number}}, {{name}}',
  dimension: '{{numeral}} {{name}}',
  dimensionLong: 'Dimension {{numeral}}: {{name}}',
  point: 'Needle {{number}}, {{name}} — {{series}}: {{value}}',
  seriesValue: '{{series}}: {{value}}',
  noScore: 'no score',
  scale: 'Scale from 1 (hardly ever) to 5 (almost always)',
  keyboardHint:
    'Use the left and right arrow keys to move from needle to needle, and up and down to choose another series. Home and End go to the first and the last needle.',
  legend: 'Legend',
  needleKey: 'Needles',
  madeOn: 'Made on {{date}}',
  empty: 'There are no scores to show yet.',
  route: {
    label: 'Route {{letter}}, {{name}} — {{status}}',
    detailTitle: 'Route {{letter}}: {{name}}',
    statusLine: 'Status: {{status}}',
    legend: 'Chosen routes',
    legendItem: 'Route {{letter}}: {{name}} ({{status}})',
    hint: 'The chosen routes are shown as letters outside the circle, in the sector of their dimension. Reach them with the down arrow from the last series.',
    status: {
      gepland: 'planned',
      onderweg: 'under way',
      afgerond: 'completed',
      gestopt: 'stopped',
    },
  },
  table: {
    caption: 'Table with the same numbers',
    needleColumn: 'Needle',
  },
} as const;
