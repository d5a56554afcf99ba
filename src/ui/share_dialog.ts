/** Share: copy the current link (with a manual fallback where the clipboard is refused) and an embed snippet. */
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { AppStore } from '../state/store.ts';
import { type CodecContext, encodeHash, linkStateOfApp } from '../url/hash_codec.ts';
import { urlWithHash } from '../url/history_writer.ts';
import { el, replaceChildren } from './dom.ts';

/**
 * The embed snippet. `allowfullscreen` lets the map's fullscreen button work inside the frame (without it the
 * button is hidden). A host that adds `sandbox` must allow at least `allow-scripts allow-same-origin`: the app's
 * scripts are modules, which an opaque (sandboxed) origin cannot load from this host.
 */
export function embedSnippet(url: string): string {
  // The URL is attribute-escaped so a hostile hash can never break out of the iframe tag.
  const safe = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${safe}" width="800" height="600" style="border:0" title="Guanzhong Plain map" loading="lazy" allowfullscreen></iframe>`;
}

/** On a touch phone with a system share sheet, Share opens that sheet instead of the dialog. */
export function usesSystemShare(): boolean {
  const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  return touch && typeof navigator.share === 'function';
}

/** Mounts Share; returns a way to open the dialog itself (for the take-away button of a phone). */
export function mountShare(
  button: HTMLButtonElement,
  dialog: HTMLDialogElement,
  store: AppStore,
  codec: CodecContext,
  /** More the dialog offers (the take-away group), given the language and a way to close the dialog. */
  extra: (link: () => string, lang: Lang, close: () => void) => HTMLElement | null = () => null,
): () => void {
  // From the store, not the address bar: the browser may still be holding back a history write.
  const currentLink = (): string =>
    urlWithHash(window.location.href, encodeHash(linkStateOfApp(store.getState()), codec, true));
  const open = (): void => {
    const lang = store.getState().lang;
    const url = currentLink();
    const link = el('input', {
      type: 'text',
      readonly: true,
      value: url,
      'aria-label': t('shareTitle', lang),
      'data-testid': 'share-link',
    });
    const status = el('p', { class: 'share-status', role: 'status', 'data-testid': 'share-status' });
    const copy = el('button', { type: 'button', text: t('copyLink', lang), 'data-testid': 'share-copy' });
    copy.addEventListener('click', async () => {
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(url);
        status.textContent = t('copied', lang);
      } catch {
        link.focus();
        link.select();
        status.textContent = t('copyFailed', lang);
      }
    });
    const embed = el('textarea', {
      readonly: true,
      rows: 3,
      'aria-label': t('embed', lang),
      'data-testid': 'share-embed',
    });
    embed.value = embedSnippet(url);
    const close = el('button', { type: 'button', text: t('close', lang) });
    close.addEventListener('click', () => dialog.close());
    replaceChildren(dialog, [
      el('h2', { text: t('shareTitle', lang) }),
      link,
      el('div', { class: 'share-actions' }, [copy, close]),
      status,
      el('label', { text: t('embed', lang) }),
      embed,
      extra(currentLink, lang, () => dialog.close()),
    ]);
    dialog.showModal();
    copy.focus();
  };
  button.addEventListener('click', () => {
    // On a touch phone with a system share sheet, that sheet is the share dialog people know; elsewhere, ours.
    if (!usesSystemShare()) {
      open();
      return;
    }
    navigator
      .share({ title: t('appTitle', store.getState().lang), url: currentLink() })
      .catch((err: unknown) => {
        // The reader closing the sheet is not an error; anything else falls back to the dialog.
        if (!(err instanceof DOMException && err.name === 'AbortError')) open();
      });
  });
  dialog.addEventListener('close', () => button.focus());
  return open;
}
