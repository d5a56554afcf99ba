/** The tour's data file (geodata/input/tour.json): its shape, checked with zod when the tour loads and in tests. */
import { z } from 'zod/mini';
import { citeSchema } from '../geo/schema.ts';
import { isSafeId } from '../state/safe_names.ts';
import { MAX_TOUR_STEPS, MIN_TOUR_STEPS } from '../state/types.ts';

/** A feature a step marks, written as in a link's `sel=`: `layer/id`. */
const refSchema = z.string().check(
  z.refine((s) => {
    const slash = s.indexOf('/');
    return slash > 0 && isSafeId(s.slice(0, slash)) && isSafeId(s.slice(slash + 1));
  }, 'not a layer/id reference'),
);

const lng = z.number().check(z.gte(-180), z.lte(180));
const lat = z.number().check(z.gte(-85), z.lte(85));

export const tourStepSchema = z.object({
  id: z.string().check(z.refine(isSafeId, 'not a valid id')),
  title_zh: z.string().check(z.minLength(1)),
  title_en: z.string().check(z.minLength(1)),
  text_zh: z.string().check(z.minLength(1)),
  text_en: z.string().check(z.minLength(1)),
  cites: z.array(citeSchema).check(z.minLength(1)),
  /** The area the step frames: west, south, east, north. */
  camera: z
    .object({ bounds: z.tuple([lng, lat, lng, lat]) })
    .check(
      z.refine(({ bounds: [w, s, e, n] }) => w < e && s < n, 'bounds must run west < east, south < north'),
    ),
  /** Toggleable layers the step shows (the rest are hidden while it is shown). */
  layers: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  highlight: z.array(refSchema),
});
export type TourStep = z.infer<typeof tourStepSchema>;

export const tourSchema = z.object({
  note: z.optional(z.string()),
  steps: z.array(tourStepSchema).check(z.minLength(MIN_TOUR_STEPS), z.maxLength(MAX_TOUR_STEPS)),
});
export type Tour = z.infer<typeof tourSchema>;
