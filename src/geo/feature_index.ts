/** Loaded features by reference, so panels and lists read typed properties instead of rendered map features. */
import type { Geometry } from 'geojson';
import type { CountyProps, Meta, TransportProps } from './schema.ts';

export interface IndexedCounty {
  props: CountyProps;
  geometry: Geometry;
}

export interface IndexedTransport {
  props: TransportProps;
  geometry: Geometry;
}

export type IndexedFeature =
  | { kind: 'county'; value: IndexedCounty }
  | { kind: 'transport'; value: IndexedTransport };

export class FeatureIndex {
  meta: Meta | null = null;
  private readonly counties = new Map<string, IndexedCounty>();
  private readonly transport = new Map<string, IndexedTransport>();
  private readonly byLayer = new Map<string, string[]>();
  /** The layers of the county schema (the registry says which; today one, `counties`). */
  private readonly countyLayers = new Set<string>();

  addCounties(layer: string, fc: { features: { properties: CountyProps; geometry: Geometry }[] }): void {
    const ids: string[] = [];
    for (const f of fc.features) {
      this.counties.set(f.properties.id, { props: f.properties, geometry: f.geometry });
      ids.push(f.properties.id);
    }
    this.countyLayers.add(layer);
    this.byLayer.set(layer, ids);
  }

  addTransport(layer: string, fc: { features: { properties: TransportProps; geometry: Geometry }[] }): void {
    const ids: string[] = [];
    for (const f of fc.features) {
      this.transport.set(`${layer}/${f.properties.id}`, { props: f.properties, geometry: f.geometry });
      ids.push(f.properties.id);
    }
    this.byLayer.set(layer, ids);
  }

  get(layer: string, id: string): IndexedFeature | undefined {
    if (this.countyLayers.has(layer)) {
      const value = this.counties.get(id);
      return value ? { kind: 'county', value } : undefined;
    }
    const value = this.transport.get(`${layer}/${id}`);
    return value ? { kind: 'transport', value } : undefined;
  }

  has(layer: string, id: string): boolean {
    return this.get(layer, id) !== undefined;
  }

  isLoaded(layer: string): boolean {
    return this.byLayer.has(layer);
  }

  idsOf(layer: string): readonly string[] {
    return this.byLayer.get(layer) ?? [];
  }

  allCounties(): IndexedCounty[] {
    return [...this.counties.values()];
  }

  /** Every transport and project feature with its layer. */
  allTransport(): { layer: string; value: IndexedTransport }[] {
    return [...this.transport].map(([key, value]) => ({ layer: key.split('/')[0] ?? '', value }));
  }

  /** Finds a transport feature by id in any layer (programmes point at features by id only). */
  findTransport(id: string): { layer: string; value: IndexedTransport } | undefined {
    for (const [key, value] of this.transport) {
      const [layer = '', fid] = key.split('/');
      if (fid === id) return { layer, value };
    }
    return undefined;
  }
}
