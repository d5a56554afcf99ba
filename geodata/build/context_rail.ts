/**
 * Context high-speed rail (not in the report): reads and validates `geodata/input/context_rail.json` and turns each
 * line into an authored rail feature drawn through its station cities' county seats. The schema rejects a line
 * without stations, an unknown seat, an opening year without a source, or a source that is not a web address.
 */
import type { FeatureCollection } from 'geojson';
import { z } from 'zod';
import contextRailJson from '../input/context_rail.json' with { type: 'json' };

const sourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  url: z.string().regex(/^https?:\/\/[^\s"<>]+$/),
});

/** A year always comes with the page it was read from; `null` says no page was found ("year unverified"). */
const openedSchema = z
  .object({
    year: z.number().int().min(1990).max(2021),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: sourceSchema,
  })
  .refine((o) => o.date.startsWith(String(o.year)), 'the date must fall in the year')
  .nullable();

const lineSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  stations: z.array(z.string().regex(/^seat:\d{6}$/)).min(2),
  beyond_zh: z.string().min(1),
  beyond_en: z.string().min(1),
  stations_note_zh: z.string().min(1),
  stations_note_en: z.string().min(1),
  opened: openedSchema,
});

export const contextRailSchema = z.object({
  about_en: z.string(),
  about_zh: z.string(),
  lines: z.array(lineSchema).min(1),
});

export type ContextRailLine = z.infer<typeof lineSchema>;

/** The validated input; throws with zod's message when the file is wrong. */
export function contextRailInput(raw: unknown = contextRailJson): ContextRailLine[] {
  return contextRailSchema.parse(raw).lines;
}

function seatNames(seats: FeatureCollection): Map<string, { zh: string; en: string }> {
  const names = new Map<string, { zh: string; en: string }>();
  for (const f of seats.features)
    if (f.properties?.rank === 'county')
      names.set(String(f.properties.id), {
        zh: String(f.properties.name_zh),
        en: String(f.properties.name_en),
      });
  return names;
}

/** One authored rail feature per line, in the shape `features.json` uses (geometry as seat references). */
export function contextRailFeatures(
  seats: FeatureCollection,
  lines: ContextRailLine[] = contextRailInput(),
): Record<string, unknown>[] {
  const names = seatNames(seats);
  return lines.map((line) => {
    const stops = line.stations.map((ref) => {
      const name = names.get(ref.slice('seat:'.length));
      if (!name) throw new Error(`${line.id}: unknown station seat ${ref}`);
      return name;
    });
    return {
      id: line.id,
      layer: 'rail',
      name_zh: line.name_zh,
      name_en: line.name_en,
      status: 'operating',
      in_report: false,
      cites: [],
      figures: [],
      note_zh: `报道未提及;运营中的高速铁路,仅作背景。${line.beyond_zh}`,
      note_en: `Not in the report; a high-speed line in service, shown for context only. ${line.beyond_en}`,
      precision: 'stations',
      coord_source_zh: `经停城市的县(区)政府驻地:${stops.map((s) => s.zh).join('、')};非实际线位,也非车站位置。${line.stations_note_zh}`,
      coord_source_en: `county seats of the station cities: ${stops.map((s) => s.en).join(', ')}; not the alignment, nor the stations' sites. ${line.stations_note_en}`,
      opened: line.opened,
      geometry: { type: 'LineString', coordinates: line.stations },
    };
  });
}
