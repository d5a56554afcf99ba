/** Store → style: which layers show, the label language, and the selected feature's highlight. */
import type { ExpressionSpecification, FilterSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureIndex } from '../geo/feature_index.ts';
import { GEODATA_SOURCE, isStyleLayerVisible } from '../layers/map_style.ts';
import type { LayerDef } from '../layers/types.ts';
import type { AppState, FeatureRef } from '../state/types.ts';

export interface StyleSync {
  applyVisibility: (state: AppState) => void;
  applyLang: (state: AppState) => void;
  /** Highlights the selection once its feature is known to exist (call again when data arrives). */
  applySelection: (state: AppState) => void;
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
  /** The feature whose `selected` state is set on the map now. */
  let highlighted: FeatureRef | null = null;

  const setSelected = (ref: FeatureRef, on: boolean): void => {
    const layer = layers.find((l) => l.id === ref.layer);
    if (layer && map.getSource(GEODATA_SOURCE))
      map.setFeatureState(
        { source: GEODATA_SOURCE, sourceLayer: layer.tileLayer, id: ref.id },
        { selected: on },
      );
  };

  return {
    applyVisibility(state) {
      const input = { visible: state.visible, selectedLayer: state.selection?.layer ?? null };
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
      // Only an id the loaded data holds reaches MapLibre, whose feature state is kept in plain objects keyed by id.
      const next =
        state.selection && index.has(state.selection.layer, state.selection.id) ? state.selection : null;
      if (highlighted && next && highlighted.layer === next.layer && highlighted.id === next.id) return;
      if (highlighted) setSelected(highlighted, false);
      highlighted = next;
      if (next) setSelected(next, true);
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
