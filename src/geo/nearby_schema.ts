/** The schema of `geodata/generated/panels/nearby.json` ("My county"), shared by the browser and the unit tests. */
import { z } from 'zod';
import { isSafeId } from '../state/safe_names.ts';

const target = z.object({
  layer: z.string().refine(isSafeId),
  id: z.string().refine(isSafeId),
  km: z.number().nonnegative(),
});

const countyNearby = z.object({
  airport: target.nullable(),
  crossing: target.nullable(),
  port: target.nullable(),
  projects: z.array(target.extend({ inside: z.boolean() })),
});

export const nearbySchema = z.object({
  how: z.object({ zh: z.string(), en: z.string() }),
  counties: z.record(z.string().regex(/^\d{6}$/), countyNearby),
});
export type Nearby = z.infer<typeof nearbySchema>;
export type CountyNearby = z.infer<typeof countyNearby>;
export type NearbyTarget = z.infer<typeof target>;
