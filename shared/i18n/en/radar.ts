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
  empty: 'There are no scores to show yet.',
  table: {
    caption: 'Table with the same numbers',
    needleColumn: 'Needle',
  },
} as const;
