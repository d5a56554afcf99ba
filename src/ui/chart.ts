/** Small horizontal bar charts in SVG; the same numbers are always given as a table for screen readers. */
import { el, svg } from './dom.ts';

export interface Bar {
  label: string;
  value: number;
  text: string;
  derived?: boolean;
}

export function barChart(title: string, bars: Bar[]): HTMLElement {
  const max = Math.max(...bars.map((b) => b.value), 1);
  const rowH = 22;
  const labelW = 120;
  const width = 320;
  const height = bars.length * rowH + 4;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-hidden': 'true',
  });
  bars.forEach((b, i) => {
    const y = i * rowH + 2;
    const w = Math.max(1, ((width - labelW - 90) * b.value) / max);
    chart.appendChild(svg('text', { x: 0, y: y + 14, class: 'chart-label', text: b.label }));
    chart.appendChild(
      svg('rect', {
        x: labelW,
        y: y + 3,
        width: w,
        height: rowH - 8,
        class: b.derived ? 'bar derived' : 'bar',
        rx: 2,
      }),
    );
    chart.appendChild(svg('text', { x: labelW + w + 4, y: y + 14, class: 'chart-value', text: b.text }));
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
