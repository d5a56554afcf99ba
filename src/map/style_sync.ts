/** Store → style: which layers show, the label language, and the selected and hovered features' highlights. */
import type { ExpressionSpecification, FilterSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { GEODATA_SOURCE, isStyleLayerVisible } from '../layers/map_style.ts';
import type { LayerDef } from '../layers/types.ts';
import type { AppState, FeatureRef } from '../state/types.ts';

export interface StyleSync {
  applyVisibility: (state: AppState) => void;
  applyLang: (state: AppState) => void;
  /**
   * Highlights the selection and the tour's marked features once each is known to exist (call again when data
   * arrives).
   */
  applySelection: (state: AppState) => void;
  /** Highlights what a click at the pointer would select (the store's `hover`). */
  applyHover: (state: AppState) => void;
  dropLayer: (layerId: string, state: AppState) => void;
  /** Shows only transport features of the chosen statuses (none chosen: all). */
  applyStatusFilter: (state: AppState) => void;
}

/** A style layer's own filter, narrowed to the chosen statuses. */
export function withStatusFilter(
  own: FilterSpecification | undefined,
  statuses: readonly string[],
): FilterSpecification | null {
  if (statuses.length === 0) return own ?? null;
  const only: FilterSpecification = ['in', ['get', 'status'], ['literal', [...statuses]]];
  return own ? ['all', own as ExpressionSpecification, only] : only;
}

export function createStyleSync(map: MlMap, layers: readonly LayerDef[], index: FeatureIndex): StyleSync {
  const setState = (ref: FeatureRef, key: 'selected' | 'hover', on: boolean): void => {
    const layer = layers.find((l) => l.id === ref.layer);
    if (layer && map.getSource(GEODATA_SOURCE))
      map.setFeatureState(
        { source: GEODATA_SOURCE, sourceLayer: layer.tileLayer, id: ref.id },
        { [key]: on },
      );
  };
  /**
   * Moves one feature state to exactly the features given (the selection and the tour's marked features share
   * `selected`); only ids the loaded data holds reach MapLibre.
   */
  const mover = (key: 'selected' | 'hover') => {
    let current = new Map<string, FeatureRef>();
    return (refs: readonly FeatureRef[]): void => {
      // MapLibre keeps feature state in plain objects keyed by id, so an id the data lacks never reaches it.
      const next = new Map<string, FeatureRef>();
      for (const ref of refs) if (index.has(ref.layer, ref.id)) next.set(`${ref.layer}/${ref.id}`, ref);
      for (const [k, ref] of current) if (!next.has(k)) setState(ref, key, false);
      for (const [k, ref] of next) if (!current.has(k)) setState(ref, key, true);
      current = next;
    };
  };
  const moveSelected = mover('selected');
  const moveHover = mover('hover');

  return {
    applyVisibility(state) {
      const input = {
        visible: state.visible,
        selectedLayer: state.selection?.layer ?? null,
        hoveredLayer: state.hover?.ref.layer ?? null,
        markedLayers: state.highlight.map((ref) => ref.layer),
      };
      for (const layer of layers) {
        for (const spec of layer.styleLayers(state.lang)) {
          // MapLibre ignores a value equal to the current one, so unchanged layers cost nothing here.
          if (map.getLayer(spec.id))
            map.setLayoutProperty(
              spec.id,
              'visibility',
              isStyleLayerVisible(layer, spec, input) ? 'visible' : 'none',
            );
        }
      }
    },
    applyLang(state) {
      for (const layer of layers) {
        for (const spec of layer.styleLayers(state.lang)) {
          const meta = spec.metadata as Record<string, unknown> | undefined;
          // The layer's own text in the new language (a name, or a route number before it).
          const field = spec.type === 'symbol' ? spec.layout?.['text-field'] : undefined;
          if (meta?.['gz:label'] && field !== undefined && map.getLayer(spec.id))
            map.setLayoutProperty(spec.id, 'text-field', field);
        }
      }
    },
    applySelection(state) {
      moveSelected([...state.highlight, ...(state.selection ? [state.selection] : [])]);
    },
    applyHover(state) {
      moveHover(state.hover ? [state.hover.ref] : []);
    },
    applyStatusFilter(state) {
      for (const layer of layers) {
        if (layer.schema !== 'transport') continue;
        for (const spec of layer.styleLayers(state.lang)) {
          if (!map.getLayer(spec.id) || !('filter' in spec || spec.type !== 'background')) continue;
          map.setFilter(
            spec.id,
            withStatusFilter('filter' in spec ? spec.filter : undefined, state.statusFilter),
          );
        }
      }
    },
    dropLayer(layerId, state) {
      const def = layers.find((l) => l.id === layerId);
      if (!def) return;
      for (const spec of def.styleLayers(state.lang)) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
    },
  };
}
