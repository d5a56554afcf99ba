/**
 * Semantic colours, one per thing drawn, in a light and a dark theme; style layers, the legend and the page's CSS
 * (tests check they agree) all read them. Administration is the ground (pale neutrals, grey lines), transport the
 * figure (saturated hues from the Okabe–Ito set, chosen to stay apart under protanopia and deuteranopia: a unit
 * test simulates both and measures the distances).
 */
export interface Theme {
  name: ThemeName;
  /** Behind everything: the map container's CSS background shows through the transparent canvas. */
  background: string;
  /** Provinces around the cluster, and their borders. */
  contextFill: string;
  contextLine: string;
  /** Province borders drawn above the counties (the three provinces of the plan are told apart by line and label). */
  provinceLine: string;
  /** Counties inside the plan: one subtle tint for all three provinces. */
  planFill: string;
  /** Counties of a partly included prefecture that are not in the plan. */
  outOfScopeFill: string;
  selectedFill: string;
  /** What a click would select: a county's fill, and the halo around a line or symbol under the pointer. */
  hoverFill: string;
  hoverHalo: string;
  countyLine: string;
  prefectureLine: string;
  clusterLine: string;
  river: string;
  riverLabel: string;
  selected: string;
  /** Light edge under every transport line, so lines read over borders and fills. */
  casing: string;
  airport: string;
  bridge: string;
  highway: string;
  touristRoad: string;
  rail: string;
  port: string;
  water: string;
  /** Context lines (not in the report): a pale tint of their class's hue, never the grey of a border. */
  contextHighway: string;
  /** Context high-speed rail: a muted slate, drawn thin with cross-ticks (the pattern tells it from a river). */
  contextRail: string;
  label: string;
  /** Secondary labels: counties outside the plan, province names. */
  mutedLabel: string;
  halo: string;
}

export type ThemeName = 'light' | 'dark';

export function isThemeName(value: unknown): value is ThemeName {
  return value === 'light' || value === 'dark';
}

export const LIGHT: Theme = {
  name: 'light',
  background: '#efeee9',
  contextFill: '#e7e5df',
  contextLine: '#bdb8ad',
  provinceLine: '#8c8578',
  planFill: '#fbfaf5',
  outOfScopeFill: '#e1ded6',
  selectedFill: '#f6e7b4',
  hoverFill: '#f9f0d2',
  hoverHalo: '#f0c94a',
  countyLine: '#dcd7cc',
  prefectureLine: '#aea796',
  clusterLine: '#453f35',
  river: '#7db3dc',
  riverLabel: '#2a6593',
  selected: '#111111',
  casing: '#ffffff',
  airport: '#2f3f9e',
  bridge: '#8e3b85',
  highway: '#d55e00',
  touristRoad: '#008a63',
  rail: '#1f2a5c',
  port: '#b0306f',
  water: '#0072b2',
  contextHighway: '#e9a77c',
  contextRail: '#6c7391',
  label: '#24221d',
  mutedLabel: '#5e594f',
  halo: '#ffffff',
};

export const DARK: Theme = {
  name: 'dark',
  background: '#17191c',
  contextFill: '#1f2226',
  contextLine: '#3c4148',
  provinceLine: '#747b86',
  planFill: '#2a2e34',
  outOfScopeFill: '#22252a',
  selectedFill: '#4a4328',
  hoverFill: '#363526',
  hoverHalo: '#9a8532',
  countyLine: '#3a3f47',
  prefectureLine: '#58606b',
  clusterLine: '#c3c8d0',
  river: '#2f5f88',
  riverLabel: '#8ec4ec',
  selected: '#ffffff',
  casing: '#15171a',
  airport: '#9fb1ff',
  bridge: '#e08fd8',
  highway: '#ff8c42',
  touristRoad: '#3fcf9f',
  rail: '#ddd5ff',
  port: '#ff8fc4',
  water: '#3a95d0',
  contextHighway: '#8a5636',
  contextRail: '#a09cb8',
  label: '#eeece6',
  mutedLabel: '#b4afa5',
  halo: '#15171a',
};

export const THEMES: Record<ThemeName, Theme> = { light: LIGHT, dark: DARK };

/** The light theme: the default and what the opening style uses unless told otherwise. */
export const THEME = LIGHT;

/**
 * Local fonts: with no glyph server, MapLibre draws labels with these system families. The CJK family comes first
 * so Simplified Chinese forms are chosen (a Japanese or Traditional font first would draw other glyph shapes).
 */
export const FONT_STACK = [
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'Source Han Sans SC',
  'Microsoft YaHei',
  'PingFang SC',
  'sans-serif',
];
