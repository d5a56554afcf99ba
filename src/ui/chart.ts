/** Small horizontal bar charts in SVG; the same numbers are always given as a table for screen readers. */
import { el, svg } from './dom.ts';

export interface Bar {
  /** A heading drawn above the bar when it starts a new group (e.g. the airport). */
  group?: string;
  label: string;
  value: number;
  text: string;
  derived?: boolean;
}

const ROW_H = 22;
const GROUP_H = 18;
const LABEL_W = 96;
const WIDTH = 340;
/** Room kept right of the longest bar for its value text. */
const VALUE_W = 120;

export function barChart(title: string, bars: Bar[]): HTMLElement {
  const max = Math.max(...bars.map((b) => b.value), 1);
  const startsGroup = (i: number): boolean =>
    Boolean(bars[i]?.group) && bars[i]?.group !== bars[i - 1]?.group;
  const groups = bars.filter((_b, i) => startsGroup(i)).length;
  const height = bars.length * ROW_H + groups * GROUP_H + 4;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', 'aria-hidden': 'true' });
  let y = 2;
  bars.forEach((b, i) => {
    if (startsGroup(i)) {
      chart.appendChild(svg('text', { x: 0, y: y + 13, class: 'chart-group', text: b.group }));
      y += GROUP_H;
    }
    const w = Math.max(1, ((WIDTH - LABEL_W - VALUE_W) * b.value) / max);
    chart.appendChild(svg('text', { x: b.group ? 8 : 0, y: y + 14, class: 'chart-label', text: b.label }));
    chart.appendChild(
      svg('rect', {
        x: LABEL_W,
        y: y + 3,
        width: w,
        height: ROW_H - 8,
        class: b.derived ? 'bar derived' : 'bar',
        rx: 2,
      }),
    );
    chart.appendChild(svg('text', { x: LABEL_W + w + 4, y: y + 14, class: 'chart-value', text: b.text }));
    y += ROW_H;
  });
  return el('figure', { class: 'chart' }, [el('figcaption', { text: title }), chart]);
}

export function dataTable(caption: string, head: string[], rows: string[][]): HTMLElement {
  return el('table', { class: 'data-table' }, [
    el('caption', { text: caption }),
    el('thead', {}, [
      el(
        'tr',
        {},
        head.map((h) => el('th', { scope: 'col', text: h })),
      ),
    ]),
    el(
      'tbody',
      {},
      rows.map((r) =>
        el(
          'tr',
          {},
          r.map((c, i) => (i === 0 ? el('th', { scope: 'row', text: c }) : el('td', { text: c }))),
        ),
      ),
    ),
  ]);
}
