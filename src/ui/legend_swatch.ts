/** Draws one legend swatch in the theme the map uses: the same colours, widths, dashes and icons as the style. */
import { iconSvg } from '../layers/icons.ts';
import { DASH, TICK_DASH } from '../layers/style_helpers.ts';
import type { Theme } from '../layers/theme.ts';
import type { LegendItem, LegendSwatch } from '../layers/types.ts';
import { el, svg } from './dom.ts';

const W = 32;
const H = 16;

function dashArray(s: Extract<LegendSwatch, { kind: 'line' }>, width: number): string | undefined {
  if (!s.pattern || s.pattern === 'solid') return undefined;
  if (s.pattern === 'dashdot') return '6 3 2 3';
  const [on, off] = DASH[s.pattern];
  return `${on * width} ${off * width}`;
}

function swatchBox(): SVGElement {
  return svg('svg', {
    width: W,
    height: H,
    viewBox: `0 0 ${W} ${H}`,
    'aria-hidden': 'true',
    class: 'swatch',
  });
}

function lineSwatch(s: Extract<LegendSwatch, { kind: 'line' }>, theme: Theme): SVGElement {
  const box = swatchBox();
  const width = s.width ?? 2;
  const stroke = (attrs: Record<string, string | number | undefined>) =>
    box.appendChild(svg('line', { x1: 2, y1: H / 2, x2: W - 2, y2: H / 2, ...attrs }));
  if (s.band)
    stroke({ stroke: theme[s.color], 'stroke-opacity': 0.16, 'stroke-width': 11, 'stroke-linecap': 'round' });
  if (s.casing) stroke({ stroke: theme.casing, 'stroke-width': width + 2 });
  stroke({ stroke: theme[s.color], 'stroke-width': width, 'stroke-dasharray': dashArray(s, width) });
  if (s.ticks)
    stroke({
      stroke: theme[s.color],
      'stroke-width': 6,
      'stroke-dasharray': TICK_DASH.map((d) => d * 6).join(' '),
      'stroke-dashoffset': -4,
    });
  return box;
}

function fillSwatch(s: Extract<LegendSwatch, { kind: 'fill' }>, theme: Theme): SVGElement {
  const box = swatchBox();
  box.appendChild(
    svg('rect', { x: 1, y: 1, width: W - 2, height: H - 2, fill: theme[s.color], stroke: theme[s.outline] }),
  );
  return box;
}

function iconSwatch(s: Extract<LegendSwatch, { kind: 'icon' }>, theme: Theme): HTMLElement {
  const variant = s.color === 'mutedLabel' ? 'context' : 'solid';
  return el('img', {
    class: 'swatch icon',
    alt: '',
    width: 18,
    height: 18,
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(iconSvg(s.icon, variant, theme))}`,
  });
}

function one(s: LegendSwatch, theme: Theme): Element {
  if (s.kind === 'line') return lineSwatch(s, theme);
  if (s.kind === 'fill') return fillSwatch(s, theme);
  return iconSwatch(s, theme);
}

/** The item's swatches side by side, in a box of fixed width so the labels line up. */
export function swatch(item: LegendItem, theme: Theme): Element {
  const list: readonly LegendSwatch[] = Array.isArray(item.swatch)
    ? item.swatch
    : [item.swatch as LegendSwatch];
  return el(
    'span',
    { class: 'swatches' },
    list.map((s) => one(s, theme)),
  );
}
