/**
 * The locator inset: a small static picture of where the cluster lies among the provinces of north-central China
 * (built by the geodata pipeline, geodata/build/locator.ts), in the map's theme and the reader's language. It is an
 * image from the app's own origin, so it works offline and never touches the map. Collapsible; CSS hides it on
 * phones, where the map has no room for it, and while the details card covers that corner.
 */
import darkEn from '../../geodata/generated/locator/dark-en.svg?url';
import darkZh from '../../geodata/generated/locator/dark-zh.svg?url';
import lightEn from '../../geodata/generated/locator/light-en.svg?url';
import lightZh from '../../geodata/generated/locator/light-zh.svg?url';
import { t } from '../i18n/strings.ts';
import type { ThemeName } from '../layers/theme.ts';
import type { AppStore } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { el } from './dom.ts';

const SRC = { light: { zh: lightZh, en: lightEn }, dark: { zh: darkZh, en: darkEn } };

export function mountLocatorInset(
  host: HTMLElement,
  store: AppStore,
  themeOf: (s: AppState) => ThemeName,
): () => void {
  const summary = el('summary');
  const img = el('img', { width: 220, height: 146, 'data-testid': 'locator-image' });
  host.appendChild(el('details', { class: 'locator', 'data-testid': 'locator', open: true }, [summary, img]));
  const render = (s: AppState): void => {
    summary.textContent = t('locatorHeading', s.lang);
    img.alt = t('locatorAlt', s.lang);
    img.src = SRC[themeOf(s)][s.lang];
  };
  render(store.getState());
  return store.subscribe((s, p) => {
    if (s.lang !== p.lang || themeOf(s) !== themeOf(p)) render(s);
  });
}
