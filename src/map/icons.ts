/**
 * Puts the map's symbols (src/layers/icons.ts, local SVG bundled at build time) into the map as images, so the
 * style needs no sprite URL. Each image is decoded from its SVG once; while it decodes, a transparent image of the
 * same size stands in, so symbol placement never waits and nothing is logged as missing.
 */
import type { Map as MlMap } from 'maplibre-gl';
import {
  ICON_CSS_PX,
  ICON_PIXEL_RATIO,
  ICON_SVG,
  ICON_VARIANTS,
  iconImageId,
  iconSvg,
  parseIconImageId,
} from '../layers/icons.ts';
import type { Theme } from '../layers/theme.ts';

const SIZE = ICON_CSS_PX * ICON_PIXEL_RATIO;

function decode(svgText: string): Promise<HTMLImageElement> {
  const img = new Image(SIZE, SIZE);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  return img.decode().then(() => img);
}

export function installIcons(
  map: MlMap,
  theme: Theme,
): { preload: (theme: Theme) => void; dispose: () => void } {
  const started = new Set<string>();
  const load = (id: string): void => {
    const parsed = parseIconImageId(id);
    if (!parsed || started.has(id)) return;
    started.add(id);
    if (!map.hasImage(id))
      map.addImage(
        id,
        { width: SIZE, height: SIZE, data: new Uint8Array(SIZE * SIZE * 4) },
        { pixelRatio: ICON_PIXEL_RATIO },
      );
    decode(iconSvg(parsed.icon, parsed.variant, parsed.theme))
      .then((img) => {
        if (map.hasImage(id)) map.updateImage(id, img);
      })
      .catch(() => started.delete(id));
  };
  const preload = (t: Theme): void => {
    for (const icon of Object.keys(ICON_SVG) as (keyof typeof ICON_SVG)[])
      for (const variant of ICON_VARIANTS) load(iconImageId(icon, variant, t.name));
  };
  const onMissing = (e: { id: string }): void => load(e.id);
  map.on('styleimagemissing', onMissing);
  preload(theme);
  return { preload, dispose: () => map.off('styleimagemissing', onMissing) };
}
