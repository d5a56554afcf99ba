/**
 * The polite live region for notices: data that failed, a repaired link, the basemap. Text only, never markup;
 * rendered from each notice's message, so they follow a language switch.
 */
import { noticeText } from '../i18n/notice_text.ts';
import { t } from '../i18n/strings.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/store.ts';
import { el, replaceChildren } from './dom.ts';

export function mountNotices(container: HTMLElement, store: AppStore, actions: Actions): void {
  let previous = store.getState();
  const render = (): void => {
    const { notices, lang } = store.getState();
    replaceChildren(
      container,
      notices.map((n) => {
        const dismiss = el('button', { type: 'button', class: 'dismiss', text: t('dismiss', lang) });
        dismiss.addEventListener('click', () => actions.dismissNotice(n.id));
        return el('div', { class: `notice ${n.kind}`, 'data-notice': n.kind }, [
          el('p', { text: noticeText(n.message, lang) }),
          dismiss,
        ]);
      }),
    );
  };
  store.subscribe((state) => {
    if (state.notices !== previous.notices || state.lang !== previous.lang) render();
    previous = state;
  });
  render();
}
