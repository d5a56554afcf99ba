/**
 * Map symbols from the local SVG files beside this module, bundled at build time (no sprite URL: the map stays
 * offline). Each SVG is a template with three colour slots; a symbol image is one icon in one variant and theme.
 */
import airport from './icons/airport.svg?raw';
import bridge from './icons/bridge.svg?raw';
import dam from './icons/dam.svg?raw';
import port from './icons/port.svg?raw';
import { THEMES, type Theme, type ThemeName } from './theme.ts';
import type { ColorToken } from './types.ts';

export const ICON_SVG = { airport, bridge, dam, port } as const;
export type IconName = keyof typeof ICON_SVG;

/** solid: reported and operating or building; hollow: planned or studied; context: not in the report. */
export type IconVariant = 'solid' | 'hollow' | 'context';
export const ICON_VARIANTS: readonly IconVariant[] = ['solid', 'hollow', 'context'];

/** Drawn size in CSS pixels, rasterised at twice that for sharp edges on high-density screens. */
export const ICON_CSS_PX = 22;
export const ICON_PIXEL_RATIO = 2;

/** The colour token each icon is drawn in. */
export const ICON_COLOR: Record<IconName, ColorToken> = {
  airport: 'airport',
  bridge: 'bridge',
  dam: 'water',
  port: 'port',
};

export function iconImageId(icon: IconName, variant: IconVariant, theme: ThemeName): string {
  return `gz-${icon}-${variant}-${theme}`;
}

/** The icon, variant and theme an image id names, or null for an id that is not one of ours. */
export function parseIconImageId(id: string): { icon: IconName; variant: IconVariant; theme: Theme } | null {
  const [prefix, icon, variant, theme] = id.split('-');
  if (prefix !== 'gz' || !icon || !(icon in ICON_SVG)) return null;
  if (!ICON_VARIANTS.includes(variant as IconVariant) || (theme !== 'light' && theme !== 'dark')) return null;
  return { icon: icon as IconName, variant: variant as IconVariant, theme: THEMES[theme] };
}

/** The SVG text of one symbol image, its colour slots filled from the theme. */
export function iconSvg(icon: IconName, variant: IconVariant, theme: Theme): string {
  const color = theme[ICON_COLOR[icon]];
  const slots =
    variant === 'solid'
      ? { fill: color, stroke: theme.casing, glyph: theme.casing }
      : variant === 'hollow'
        ? { fill: theme.halo, stroke: color, glyph: color }
        : { fill: theme.mutedLabel, stroke: theme.casing, glyph: theme.casing };
  const size = ICON_CSS_PX * ICON_PIXEL_RATIO;
  return ICON_SVG[icon]
    .replace('width="24" height="24"', `width="${size}" height="${size}"`)
    .replaceAll('{{fill}}', slots.fill)
    .replaceAll('{{stroke}}', slots.stroke)
    .replaceAll('{{glyph}}', slots.glyph)
    .trim();
}
