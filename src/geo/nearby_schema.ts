/** The schema of `geodata/generated/panels/nearby.json` ("My county"), shared by the browser and the unit tests. */
import { z } from 'zod/mini';
import { isSafeId } from '../state/safe_names.ts';

const target = z.object({
  layer: z.string().check(z.refine(isSafeId)),
  id: z.string().check(z.refine(isSafeId)),
  km: z.number().check(z.nonnegative()),
});

const countyNearby = z.object({
  airport: z.nullable(target),
  crossing: z.nullable(target),
  port: z.nullable(target),
  projects: z.array(z.extend(target, { inside: z.boolean() })),
});

export const nearbySchema = z.object({
  how: z.object({ zh: z.string(), en: z.string() }),
  counties: z.record(z.string().check(z.regex(/^\d{6}$/)), countyNearby),
});
export type Nearby = z.infer<typeof nearbySchema>;
export type CountyNearby = z.infer<typeof countyNearby>;
export type NearbyTarget = z.infer<typeof target>;
