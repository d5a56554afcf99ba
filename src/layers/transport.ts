/** Transport and project layers from the report; their ids are part of the public link format. */

import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import airportsUrl from '../../geodata/layers/airports.geojson?url';
import bridgesUrl from '../../geodata/layers/bridges.geojson?url';
import highwaysUrl from '../../geodata/layers/highways.geojson?url';
import portsUrl from '../../geodata/layers/ports.geojson?url';
import railUrl from '../../geodata/layers/rail.geojson?url';
import touristRoadsUrl from '../../geodata/layers/tourist_roads.geojson?url';
import waterUrl from '../../geodata/layers/water.geojson?url';
import type { Lang } from '../i18n/lang.ts';
import { lineLayers, lineLegend, pointLayers, pointLegend } from './style_helpers.ts';
import { THEME } from './theme.ts';
import type { LayerDef } from './types.ts';

function transport(
  id: string,
  label: Record<Lang, string>,
  data: string,
  color: string,
  kind: 'point' | 'line' | 'mixed',
): LayerDef {
  return {
    id,
    label,
    tileLayer: id,
    panelData: data,
    schema: 'transport',
    toggleable: true,
    defaultVisible: true,
    interactive: true,
    styleLayers: (lang) =>
      kind === 'point'
        ? pointLayers(id, color, lang)
        : kind === 'line'
          ? lineLayers(id, color, lang)
          : [
              ...lineLayers(id, color, lang).map((l) =>
                withFilter(l, lineOnly('filter' in l ? l.filter : undefined)),
              ),
              ...pointLayers(id, color, lang).map((l) => withFilter({ ...l, id: `${l.id}_pt` }, pointOnly())),
            ],
    legend: kind === 'point' ? pointLegend(color) : lineLegend(color),
  };
}

function withFilter(layer: LayerSpecification, filter: FilterSpecification): LayerSpecification {
  return layer.type === 'background' ? layer : ({ ...layer, filter } as LayerSpecification);
}

function lineOnly(filter: FilterSpecification | undefined): FilterSpecification {
  const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
  return filter ? (['all', isLine, filter as ExpressionSpecification] as FilterSpecification) : isLine;
}

function pointOnly(): FilterSpecification {
  return ['==', ['geometry-type'], 'Point'];
}

export const TRANSPORT_LAYERS: LayerDef[] = [
  transport('water', { zh: '水利工程', en: 'Water works' }, waterUrl, THEME.water, 'mixed'),
  transport(
    'tourist_roads',
    { zh: '旅游公路', en: 'Tourist roads' },
    touristRoadsUrl,
    THEME.touristRoad,
    'line',
  ),
  transport('highways', { zh: '高速公路', en: 'Expressways' }, highwaysUrl, THEME.highway, 'line'),
  transport('rail', { zh: '铁路', en: 'Railways' }, railUrl, THEME.rail, 'line'),
  transport('bridges', { zh: '黄河大桥', en: 'Yellow River bridges' }, bridgesUrl, THEME.bridge, 'line'),
  transport('ports', { zh: '陆港口岸', en: 'Inland ports' }, portsUrl, THEME.port, 'point'),
  transport('airports', { zh: '机场', en: 'Airports' }, airportsUrl, THEME.airport, 'point'),
];
