/**
 * Schemas of every geodata file the app reads. The browser parses each file it loads through these, and the unit
 * tests parse every committed file (the build parses the panels' own input), so a corrupt or hand-edited file is
 * rejected with a message instead of half-drawing.
 */
import type { Position } from 'geojson';
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { isSafeId } from '../state/safe_names.ts';

// zod compiles fast parsers with `new Function` unless told not to; the app runs under a CSP without eval. zod/mini
// (about 17 KB gzip lighter than classic zod, which carries JSON-Schema code) has no messages until given a locale:
// a file that fails says what was wrong, in English like the rest of the file names and paths in that notice.
z.config({ jitless: true, ...en() });

type Coords = unknown;

/** True when the value is a [lng, lat] pair of finite numbers within range. */
function isLngLat(p: Coords): boolean {
  if (!Array.isArray(p) || p.length < 2) return false;
  const [x, y] = p as unknown[];
  return typeof x === 'number' && typeof y === 'number' && x >= -180 && x <= 180 && y >= -90 && y <= 90;
}

/** Checks nested coordinate arrays to a given depth with plain loops: geometry is most of the data, and a schema
 * walk over every vertex would cost more than drawing it. */
function isNested(c: Coords, depth: number, min: number): boolean {
  if (!Array.isArray(c)) return false;
  if (depth === 0) return isLngLat(c);
  if (c.length < min) return false;
  for (const child of c) if (!isNested(child, depth - 1, depth === 1 ? 0 : min > 0 ? 1 : 0)) return false;
  return true;
}

function isRingSet(c: Coords): boolean {
  if (!Array.isArray(c) || c.length < 1) return false;
  for (const ring of c) if (!Array.isArray(ring) || ring.length < 4 || !isNested(ring, 1, 4)) return false;
  return true;
}

const geometryOf = <T extends string, C>(type: T, check: (c: Coords) => boolean, message: string) =>
  z.object({ type: z.literal(type), coordinates: z.custom<C>(check, { message }) });

const point = geometryOf<'Point', Position>(
  'Point',
  isLngLat,
  'a point needs [longitude, latitude] in range',
);
const lineString = geometryOf<'LineString', Position[]>(
  'LineString',
  (c) => Array.isArray(c) && c.length >= 2 && isNested(c, 1, 2),
  'invalid line',
);
const multiLineString = geometryOf<'MultiLineString', Position[][]>(
  'MultiLineString',
  (c) => Array.isArray(c) && c.every((l) => Array.isArray(l) && l.length >= 2 && isNested(l, 1, 2)),
  'invalid lines',
);
const polygon = geometryOf<'Polygon', Position[][]>('Polygon', isRingSet, 'invalid polygon');
const multiPolygon = geometryOf<'MultiPolygon', Position[][][]>(
  'MultiPolygon',
  (c) => Array.isArray(c) && c.length >= 1 && c.every(isRingSet),
  'invalid multipolygon',
);

/** A FeatureCollection whose features have the given properties and geometry. */
function collectionOf<P extends z.ZodMiniType, G extends z.ZodMiniType>(properties: P, geometry: G) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties, geometry })),
  });
}

export const SECTION_IDS = [
  'hejin',
  'meeting',
  'circle',
  'effects',
  'next',
  'mining',
  'etdz',
  'yuanqu',
] as const;
export const citeSchema = z.object({ section: z.enum(SECTION_IDS), paragraph: z.int().check(z.gte(1)) });
export type Cite = z.infer<typeof citeSchema>;

export const UNITS = [
  'route',
  'city',
  'passenger',
  'tonne',
  'percent',
  'yuan',
  'km',
  'train',
  'province',
  'tonne_per_year',
  'm2_per_year',
  /** A count whose words (家, 项 …; firms, contracts …) the figure carries in `count_words`. */
  'count',
] as const;
export type Unit = (typeof UNITS)[number];

const yearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

export const figureSchema = z.object({
  key: z.string().check(z.minLength(1)),
  value: z.number(),
  unit: z.enum(UNITS),
  /** Year and month the figure refers to (YYYY-MM). */
  asOf: yearMonth,
  /** ytd: January to asOf; cumulative: since the project began; absent: a point-in-time or planned value. */
  period: z.optional(z.enum(['ytd', 'cumulative'])),
  /** The figure as the report prints it, so it can be checked against the paragraph cited. */
  printed: z.string().check(z.minLength(1)),
  cite: citeSchema,
  /** What a `count` counts: the Chinese classifier and the English word, singular and plural. */
  count_words: z.optional(z.object({ zh: z.string(), en: z.tuple([z.string(), z.string()]) })),
  /** “more than” for figures the report gives as “20余”. */
  qualifier: z.optional(z.enum(['more_than'])),
  /** What the figure counts, where the interface has no label of its own for the key. */
  label_zh: z.optional(z.string().check(z.minLength(1))),
  label_en: z.optional(z.string().check(z.minLength(1))),
});
export type Figure = z.infer<typeof figureSchema>;

/** A figure derived from stated ones at build time (src/stats/derive.ts), stored with how it was derived. */
export const derivedFigureSchema = z.object({
  key: z.string().check(z.minLength(1)),
  value: z.number(),
  step: z.number().check(z.nonnegative()),
  unit: z.enum(UNITS),
  asOf: z.string(),
  period: z.optional(z.enum(['ytd', 'cumulative'])),
  from: z.array(z.string()),
  how: z.object({ zh: z.string(), en: z.string() }),
  label: z.optional(z.object({ zh: z.string(), en: z.string() })),
});
export type DerivedFigure = z.infer<typeof derivedFigureSchema>;
const derivedList = z._default(z.array(derivedFigureSchema), []);

export const STATUSES = ['operating', 'under_construction', 'preliminary', 'planned', 'under_study'] as const;
export type Status = (typeof STATUSES)[number];
export const PRECISIONS = [
  'exact',
  'approximate',
  'seat',
  'county',
  'boundary',
  'schematic',
  'stations',
] as const;
export type Precision = (typeof PRECISIONS)[number];

// Ids become feature-state keys in MapLibre's plain objects: never an Object.prototype member.
const idSchema = z.string().check(z.refine(isSafeId, 'not a valid id'));

/** What a status rests on: the report's date and paragraphs, in our own words. A status says no more than this. */
export const statusSourceSchema = z.object({
  asOf: yearMonth,
  cites: z.array(citeSchema).check(z.minLength(1)),
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type StatusSource = z.infer<typeof statusSourceSchema>;

const openedSchema = z.object({
  year: z.int(),
  date: z.string(),
  source: z.object({
    publisher: z.string(),
    title: z.string(),
    published: z.nullable(z.string()),
    url: z.string().check(z.regex(/^https?:\/\//)),
  }),
});

export const transportPropsSchema = z.object({
  id: idSchema,
  layer: z.string(),
  /** The province a point feature claims to be in; a unit test checks it against the boundaries. */
  province: z.optional(z.enum(['shanxi', 'shaanxi', 'gansu'])),
  name_zh: z.string().check(z.minLength(1)),
  name_en: z.string().check(z.minLength(1)),
  report_name_zh: z.optional(z.string()),
  alias_reason_zh: z.optional(z.string()),
  alias_reason_en: z.optional(z.string()),
  status: z.enum(STATUSES),
  /** Required for every feature the report names (a unit test checks it). */
  status_source: z.optional(statusSourceSchema),
  in_report: z.boolean(),
  cites: z.array(citeSchema),
  note_zh: z.optional(z.string()),
  note_en: z.optional(z.string()),
  figures: z.array(figureSchema),
  derived: derivedList,
  precision: z.enum(PRECISIONS),
  coord_source_en: z.string().check(z.minLength(1)),
  coord_source_zh: z.string().check(z.minLength(1)),
  in_scope: z.enum(['inside', 'partly', 'outside']),
  /** Context lines: when they opened and the page that says so; null when no page was found (year unverified). */
  opened: z.optional(z.nullable(openedSchema)),
  in_scope_share: z.optional(z.number().check(z.gte(0), z.lte(100))),
  length_km: z.optional(z.number().check(z.positive())),
  county_id: z.optional(z.nullable(z.string())),
  county_zh: z.optional(z.nullable(z.string())),
  county_en: z.optional(z.nullable(z.string())),
  dist_xian_km: z.optional(z.number().check(z.nonnegative())),
  nearest_seat_id: z.optional(z.nullable(z.string())),
  nearest_seat_zh: z.optional(z.nullable(z.string())),
  nearest_seat_en: z.optional(z.nullable(z.string())),
  nearest_seat_km: z.optional(z.nullable(z.number().check(z.nonnegative()))),
});
export type TransportProps = z.infer<typeof transportPropsSchema>;

export const transportCollectionSchema = collectionOf(transportPropsSchema, z.union([point, lineString]));

export const countyPropsSchema = z.object({
  id: z.string().check(z.regex(/^\d{6}$/)),
  name_zh: z.string().check(z.minLength(1)),
  name_en: z.string().check(z.minLength(1)),
  code: z.string().check(z.regex(/^\d{6}$/)),
  prefecture_code: z.string().check(z.regex(/^\d{6}$/)),
  prefecture_zh: z.string(),
  prefecture_en: z.string(),
  province: z.enum(['shanxi', 'shaanxi', 'gansu']),
  province_zh: z.string(),
  province_en: z.string(),
  in_scope: z.boolean(),
  plan_rule: z.enum(['whole', 'only', 'except']),
  plan_wording_zh: z.string(),
  plan_wording_en: z.string(),
  area_km2: z.number().check(z.positive()),
  /** The name before a rename (as in the 2018 plan and the boundary package); search finds it. */
  former_zh: z.optional(z.string()),
  former_en: z.optional(z.string()),
  renamed_year: z.optional(z.int()),
  note_en: z.optional(z.string()),
  note_zh: z.optional(z.string()),
  report_name_zh: z.optional(z.string()),
  alias_reason_zh: z.optional(z.string()),
  alias_reason_en: z.optional(z.string()),
  alias_cite_section: z.optional(z.enum(SECTION_IDS)),
  alias_cite_paragraph: z.optional(z.int().check(z.gte(1))),
});
export type CountyProps = z.infer<typeof countyPropsSchema>;

export const countyCollectionSchema = collectionOf(countyPropsSchema, z.union([polygon, multiPolygon]));

/**
 * Any FeatureCollection of drawable geometry: the contract of the files that are only drawn. The app reads them as
 * vector tiles, so the unit tests check the committed files against it.
 */
export const plainCollectionSchema = collectionOf(
  z.nullable(z.record(z.string(), z.unknown())),
  z.union([point, lineString, multiLineString, polygon, multiPolygon]),
);

export const programmeSchema = z.object({
  id: idSchema,
  name_zh: z.string(),
  name_en: z.string(),
  report_name_zh: z.optional(z.string()),
  alias_reason_zh: z.optional(z.string()),
  alias_reason_en: z.optional(z.string()),
  scope_en: z.string(),
  scope_zh: z.string(),
  /** Why two figures of the same period are shown side by side without a ratio. */
  pair_note_zh: z.optional(z.string()),
  pair_note_en: z.optional(z.string()),
  related: z.nullable(z.string()),
  date: z.optional(z.string()),
  cites: z.array(citeSchema),
  figures: z.array(figureSchema),
  derived: derivedList,
});
export type Programme = z.infer<typeof programmeSchema>;

/** One fact of the report page beyond the transport items, in our own words, with its figures. */
export const pageItemSchema = z.object({
  id: idSchema,
  /** The report section it comes from (the piece of the page). */
  piece: z.enum(SECTION_IDS),
  title_zh: z.string().check(z.minLength(1)),
  title_en: z.string().check(z.minLength(1)),
  text_zh: z.string().check(z.minLength(1)),
  text_en: z.string().check(z.minLength(1)),
  cites: z.array(citeSchema).check(z.minLength(1)),
  /** The county card it also appears on (GB code). */
  county: z.optional(z.string().check(z.regex(/^\d{6}$/))),
  /** Where it is, in words, when no county can be named (city level). The file also lists the seats (`points`) a
   * map layer could show; the panels do not read them. */
  place: z.optional(z.object({ zh: z.string(), en: z.string() })),
  outside_plan: z.optional(z.boolean()),
  figures: z.array(figureSchema),
  derived: derivedList,
});
export type PageItem = z.infer<typeof pageItemSchema>;

/** What the Overview, Statistics and Progress tabs show (geodata/input/panels.json): the panels render this. */
export const panelsContentSchema = z.object({
  overview: z.object({
    intro_zh: z.string(),
    intro_en: z.string(),
    area_computed_how_zh: z.string(),
    area_stated_source_zh: z.string(),
    meeting_programme: z.string(),
    /** `{date}` and `{cite}` are filled in when shown. */
    meeting_zh: z.string(),
    meeting_en: z.string(),
    headlines: z.array(z.object({ layer: z.string(), id: z.string(), figures: z.array(z.string()) })),
  }),
  stats: z.object({
    airport_layer: z.string(),
    airport_figures: z.array(z.string()),
    programmes: z.array(z.string()),
  }),
  progress: z.object({ skip_layers: z.array(z.string()) }),
});
export type PanelsContent = z.infer<typeof panelsContentSchema>;

export const metaSchema = z.object({
  plan: z.object({
    titleZh: z.string(),
    titleEn: z.string(),
    documents: z.array(z.string()),
    statedAreaKm2: z.number().check(z.positive()),
    statedAreaWording: z.string(),
    statedAreaSource: z.string(),
    period: z.tuple([z.int(), z.int()]),
    periodCite: citeSchema,
    scopeCite: citeSchema,
  }),
  report: z.object({
    titleZh: z.string(),
    titleEn: z.string(),
    publishedApprox: z.string(),
    note: z.string(),
  }),
  sections: z.array(z.object({ id: z.enum(SECTION_IDS), zh: z.string(), en: z.string() })),
  scope: z.object({
    provinces: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string() })),
    prefectures: z.array(
      z.object({
        code: z.string(),
        zh: z.string(),
        en: z.string(),
        province: z.string(),
        rule: z.enum(['whole', 'only', 'except']),
        units_in_scope: z.int().check(z.nonnegative()),
      }),
    ),
    units_in_scope: z.int(),
    computed_area_km2: z.number().check(z.positive()),
    computed_area_how: z.string(),
  }),
  boundaries: z.object({
    source: z.string(),
    datum: z.string(),
    county_tolerance_m: z.number(),
    context_tolerance_m: z.number(),
    precision_en: z.string(),
    precision_zh: z.string(),
  }),
  programmes: z.array(programmeSchema),
  page: z.array(pageItemSchema),
  /** What the page items' points are: seats, not the facilities. */
  page_intro: z.object({ zh: z.string(), en: z.string() }),
  page_points_source: z.object({ zh: z.string(), en: z.string() }),
  panels: panelsContentSchema,
});
export type Meta = z.infer<typeof metaSchema>;
