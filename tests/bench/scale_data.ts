/**
 * The 10× case: every county of the surrounding provinces, simplified like the app's own counties and shaped to
 * the county schema, so the unchanged app can be served it in place of counties.geojson.
 */
import type { FeatureCollection } from 'geojson';
import mapshaper from 'mapshaper';
import { COUNTY_INTERVAL_M } from '../../geodata/build/build_boundaries.ts';
import { CONTEXT_PROVINCES } from '../../geodata/build/context_provinces.ts';
import { listPrefectureFiles, readCounties } from '../../geodata/build/read_sources.ts';

export async function tenfoldCounties(): Promise<FeatureCollection> {
  const features: GeoJSON.Feature[] = [];
  let n = 0;
  for (const province of CONTEXT_PROVINCES) {
    for (const file of listPrefectureFiles(province.prefix)) {
      for (const unit of readCounties(file)) {
        n += 1;
        const code = String(100000 + n);
        features.push({
          type: 'Feature',
          geometry: unit.geometry,
          properties: {
            id: code,
            name_zh: unit.name,
            name_en: unit.name,
            code,
            prefecture_code: '100000',
            prefecture_zh: file,
            prefecture_en: file,
            province: 'shanxi',
            province_zh: province.zh,
            province_en: province.en,
            in_scope: false,
            plan_rule: 'whole',
            plan_wording_zh: '-',
            plan_wording_en: '-',
            area_km2: 1,
          },
        });
      }
    }
  }
  const out = (await mapshaper.applyCommands(
    `-i in.json -simplify interval=${COUNTY_INTERVAL_M} keep-shapes -o format=geojson geojson-type=FeatureCollection precision=0.0001 out.json`,
    { 'in.json': { type: 'FeatureCollection', features } },
  )) as Record<string, string>;
  return JSON.parse(String(out['out.json'])) as FeatureCollection;
}
