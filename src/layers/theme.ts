/** Semantic colours, one per thing drawn; style layers and the legend both read them. */
export const THEME = {
  background: '#f3f1ec',
  contextFill: '#e2dfd8',
  contextPlanFill: '#dcd6cb',
  contextLine: '#a9a398',
  province: { shanxi: '#e0a04a', shaanxi: '#c8553d', gansu: '#3d7ea6' },
  outOfScopeFill: '#d6d3cc',
  outOfScopeLine: '#9a958c',
  countyLine: '#ffffff',
  prefectureLine: '#5b5648',
  clusterLine: '#2b2a26',
  river: '#3b8fc4',
  selected: '#111111',
  airport: '#6a3d9a',
  bridge: '#b15928',
  highway: '#d62728',
  touristRoad: '#1b9e77',
  rail: '#4d4d4d',
  port: '#e7298a',
  water: '#1f78b4',
  label: '#2b2a26',
  halo: '#ffffff',
} as const;

/** Local fonts: with no glyph server, MapLibre draws labels with these system families. */
export const FONT_STACK = [
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'Microsoft YaHei',
  'PingFang SC',
  'sans-serif',
];
