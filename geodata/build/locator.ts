/**
 * The locator inset: where the cluster lies among the provinces of north-central China, as four small static SVGs
 * (light and dark, Chinese and English) built from the pipeline's own province outlines and cluster outline, so
 * it costs no dissolve of its own (the boundary session already made them) and no request beyond the app.
 *
 * It deliberately shows no national outline: the boundary package's national extent would need the South China
 * Sea islands and their dashed line to be shown faithfully, which an inset of this size cannot do, and an outline
 * that looked as though it left claimed territory out would mislead. Ten provinces around the plan, a 5° graticule
 * and the cluster say where it is without that risk (README, Cartography).
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Lang } from '../../src/i18n/lang.ts';
import { DARK, LIGHT, type Theme } from '../../src/layers/theme.ts';
import { labelPoint } from './build_boundaries.ts';

/** The window shown: west, south, east, north (degrees). */
export const LOCATOR_BOUNDS = [95, 29, 121, 43] as const;
const WIDTH = 220;
const K = Math.cos((36 * Math.PI) / 180);
const SCALE = WIDTH / ((LOCATOR_BOUNDS[2] - LOCATOR_BOUNDS[0]) * K);
const HEIGHT = Math.round((LOCATOR_BOUNDS[3] - LOCATOR_BOUNDS[1]) * SCALE);

const SHORT: Record<string, Record<Lang, string>> = {
  ningxia: { zh: '宁夏', en: 'Ningxia' },
  inner_mongolia: { zh: '内蒙古', en: 'Inner Mongolia' },
};

const px = ([lon = 0, lat = 0]: Position): [number, number] => [
  Math.round((lon - LOCATOR_BOUNDS[0]) * K * SCALE * 10) / 10,
  Math.round((LOCATOR_BOUNDS[3] - lat) * SCALE * 10) / 10,
];

function ringPath(ring: Position[]): string {
  return `M${ring.map((p) => px(p).join(' ')).join('L')}Z`;
}

function polygonPath(geometry: Polygon | MultiPolygon): string {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.flatMap((rings) => rings.map(ringPath)).join('');
}

/** The province clipped to the window and simplified to half a pixel. */
function clipped(f: Feature): Feature<Polygon | MultiPolygon> | null {
  const clip = turf.bboxClip(f as Feature<Polygon | MultiPolygon>, [...LOCATOR_BOUNDS]) as Feature<
    Polygon | MultiPolygon
  >;
  const g = clip.geometry;
  const parts: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (!parts.some((p) => (p[0]?.length ?? 0) >= 4)) return null;
  return turf.simplify(clip, { tolerance: 0.5 / SCALE, highQuality: true }) as Feature<
    Polygon | MultiPolygon
  >;
}

function graticule(theme: Theme): string[] {
  const [w, s, e, n] = LOCATOR_BOUNDS;
  const lines: string[] = [];
  const labels: string[] = [];
  for (let lon = Math.ceil(w / 5) * 5; lon < e; lon += 5) {
    const [x] = px([lon, n]);
    lines.push(`M${x} 0V${HEIGHT}`);
    if (x < WIDTH - 24) labels.push(text(x + 2, HEIGHT - 3, `${lon}°E`, theme.mutedLabel, 8));
  }
  for (let lat = Math.ceil(s / 5) * 5; lat < n; lat += 5) {
    const [, y] = px([w, lat]);
    lines.push(`M0 ${y}H${WIDTH}`);
    labels.push(text(WIDTH - 2, y - 2, `${lat}°N`, theme.mutedLabel, 8, 'end'));
  }
  return [
    `<path d="${lines.join('')}" fill="none" stroke="${theme.countyLine}" stroke-width="0.6"/>`,
    ...labels,
  ];
}

function text(x: number, y: number, s: string, color: string, size: number, anchor = 'start'): string {
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${color}" text-anchor="${anchor}">${s}</text>`;
}

/**
 * Where each province's name goes in the inset, chosen by eye so ten names fit 220 px without touching each other
 * or the cluster (the map's own label points crowd at this scale). A province missing here gets its clipped
 * shape's pole of inaccessibility.
 */
const LABEL_AT: Record<string, Position> = {
  gansu: [101.8, 38.6],
  qinghai: [97.8, 35.3],
  ningxia: [105.6, 38.1],
  shaanxi: [109.3, 37.1],
  shanxi: [112.4, 38.9],
  hebei: [115.9, 38.7],
  henan: [113.7, 33.5],
  hubei: [112.3, 31.0],
  sichuan: [102.5, 30.6],
  inner_mongolia: [108.5, 41.3],
};

/** One inset: ground, graticule, provinces (the plan's three paler), the cluster filled, province names. */
export function locatorSvg(
  provinces: FeatureCollection,
  cluster: FeatureCollection,
  theme: Theme,
  lang: Lang,
): string {
  const shapes = provinces.features.flatMap((f) => {
    const c = clipped(f);
    return c ? [{ f, c }] : [];
  });
  const fillOf = (inPlan: boolean) => (inPlan ? theme.planFill : theme.contextFill);
  const provincePaths = shapes.map(
    ({ f, c }) =>
      `<path d="${polygonPath(c.geometry)}" fill="${fillOf(f.properties?.in_plan === true)}" stroke="${theme.provinceLine}" stroke-width="0.7"/>`,
  );
  // The cluster's outline is one closed line; simplified like the provinces and filled.
  const rings = cluster.features.flatMap((f) =>
    f.geometry.type === 'LineString'
      ? [(turf.simplify(f, { tolerance: 0.5 / SCALE, highQuality: true }).geometry as LineString).coordinates]
      : [],
  );
  const clusterPath = `<path d="${rings.map(ringPath).join('')}" fill="${theme.highway}" fill-opacity="0.85" stroke="${theme.clusterLine}" stroke-width="0.8"/>`;
  const names = shapes.map(({ f, c }) => {
    const id = String(f.properties?.id);
    const name =
      SHORT[id]?.[lang] ??
      String(lang === 'zh' ? f.properties?.province_zh : f.properties?.province_en).replace(/省$/, '');
    const [x, y] = px(LABEL_AT[id] ?? labelPoint(c.geometry));
    return text(x, y + 3, name, theme.label, 8.5, 'middle');
  });
  const title =
    lang === 'zh'
      ? '关中平原城市群在中国中北部的位置'
      : 'Where the Guanzhong Plain cluster lies in north-central China';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif">`,
    `<title>${title}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${theme.background}"/>`,
    ...provincePaths,
    ...graticule(theme),
    clusterPath,
    ...names,
    `</svg>`,
    '',
  ].join('\n');
}

/** The four insets, by file name under geodata/. */
export function buildLocators(provinces: FeatureCollection, cluster: FeatureCollection): [string, string][] {
  return [LIGHT, DARK].flatMap((theme) =>
    (['zh', 'en'] as const).map(
      (lang) =>
        [`locator/${theme.name}-${lang}.svg`, locatorSvg(provinces, cluster, theme, lang)] as [
          string,
          string,
        ],
    ),
  );
}
