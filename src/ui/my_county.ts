/**
 * "My county" on a county's card: the report's projects in the county or nearest to it, and how far its seat is from
 * the nearest airport, Yellow River crossing and port (build-time turf distances, geodata/build/nearby.ts). Each
 * name selects its feature; the county's own link (`sel=counties/ID`) already shares all of this.
 */
import type { FeatureIndex } from '../geo/feature_index.ts';
import { nearbyData } from '../geo/nearby.ts';

export { requestNearby } from '../geo/nearby.ts';

import type { CountyNearby, NearbyTarget } from '../geo/nearby_schema.ts';
import { formatKm } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/lang.ts';
import { STATUS_LABELS, t } from '../i18n/strings.ts';
import { type TakeAwayKey, tt } from '../i18n/strings_take_away.ts';
import type { Actions } from '../state/actions.ts';
import { el } from './dom.ts';

/** "≈ 11 km"; under half a km (a schematic line drawn through the seat) reads "at the seat". */
export function distanceText(km: number, lang: Lang): string {
  return km < 1 ? tt('myCountyAtSeat', lang) : `≈ ${formatKm(km, lang)}`;
}

function targetButton(index: FeatureIndex, ref: NearbyTarget, actions: Actions, lang: Lang): HTMLElement {
  const found = index.get(ref.layer, ref.id);
  const props = found?.kind === 'transport' ? found.value.props : null;
  const name = props ? pick(props, 'name', lang) : ref.id;
  const button = el(
    'button',
    { type: 'button', class: 'link-button', 'data-select': `${ref.layer}/${ref.id}` },
    [name],
  );
  button.addEventListener('click', () => actions.select({ layer: ref.layer, id: ref.id }, { focus: true }));
  const status = props ? (STATUS_LABELS[props.status]?.[lang] ?? '') : '';
  const context = props && !props.in_report ? t('notInReport', lang) : '';
  return el('span', {}, [
    button,
    [status, context]
      .filter(Boolean)
      .map((s) => ` · ${s}`)
      .join(''),
  ]);
}

export const NEAREST: readonly [keyof Omit<CountyNearby, 'projects'>, TakeAwayKey][] = [
  ['airport', 'myCountyAirport'],
  ['crossing', 'myCountyCrossing'],
  ['port', 'myCountyPort'],
];

function nearestRows(n: CountyNearby, index: FeatureIndex, actions: Actions, lang: Lang): HTMLElement {
  return el(
    'dl',
    { class: 'figs my-county-nearest' },
    NEAREST.map(([kind, label]) => {
      const ref = n[kind];
      return el('div', { class: 'fig', 'data-nearest': kind }, [
        el('dt', { text: tt(label, lang) }),
        el('dd', {}, [
          ref
            ? el('span', {
                class: 'fig-value',
                'data-testid': `nearest-${kind}-km`,
                text: distanceText(ref.km, lang),
              })
            : tt('myCountyNone', lang),
          ref ? el('span', { class: 'fig-meta' }, [targetButton(index, ref, actions, lang)]) : null,
        ]),
      ]);
    }),
  );
}

function projectList(n: CountyNearby, index: FeatureIndex, actions: Actions, lang: Lang): HTMLElement {
  return el(
    'ul',
    { class: 'my-county-projects', 'data-testid': 'my-county-projects' },
    n.projects.map((p) =>
      el(
        'li',
        { class: 'my-county-item', 'data-project': p.id, 'data-inside': p.inside ? 'true' : 'false' },
        [
          targetButton(index, p, actions, lang),
          el('span', {
            class: 'fig-meta',
            text: p.inside ? tt('myCountyInside', lang) : distanceText(p.km, lang),
          }),
        ],
      ),
    ),
  );
}

/** The card's section for county `id`, or a line saying it is loading or unavailable. */
export function myCountySection(id: string, index: FeatureIndex, actions: Actions, lang: Lang): HTMLElement {
  const data = nearbyData();
  const head = el('h3', { text: t('myCountyHeading', lang) });
  const attrs = { class: 'my-county', 'data-testid': 'my-county' };
  if (!data) return el('section', attrs, [head, el('p', { class: 'note', text: t('detailsLoading', lang) })]);
  const n = data.ok ? data.value.counties[id] : undefined;
  if (!data.ok || !n) {
    return el('section', attrs, [head, el('p', { class: 'note', text: tt('myCountyUnavailable', lang) })]);
  }
  return el('section', attrs, [
    head,
    nearestRows(n, index, actions, lang),
    el('h4', { text: tt('myCountyProjects', lang) }),
    projectList(n, index, actions, lang),
    el('p', { class: 'fig-meta my-county-how', text: data.value.how[lang] }),
  ]);
}
