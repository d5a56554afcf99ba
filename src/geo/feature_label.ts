/** A feature's name and a short line about it (layer, status, context), for tips and choosers. */

import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/lang.ts';
import { STATUS_LABELS, t } from '../i18n/strings.ts';
import { layerById } from '../layers/registry.ts';
import type { FeatureRef } from '../state/types.ts';
import type { FeatureIndex } from './feature_index.ts';

export interface FeatureLabel {
  name: string;
  detail: string;
}

export function featureLabel(index: FeatureIndex, ref: FeatureRef, lang: Lang): FeatureLabel | null {
  const found = index.get(ref.layer, ref.id);
  if (!found) return null;
  const layer = layerById(ref.layer)?.label[lang] ?? '';
  const sep = lang === 'zh' ? ' · ' : ' · ';
  if (found.kind === 'county') {
    const p = found.value.props;
    return { name: pick(p, 'name', lang), detail: [layer, pick(p, 'prefecture', lang)].join(sep) };
  }
  const p = found.value.props;
  const parts = [layer, STATUS_LABELS[p.status]?.[lang] ?? ''];
  if (!p.in_report) parts.push(t('notInReport', lang));
  return { name: pick(p, 'name', lang), detail: parts.filter(Boolean).join(sep) };
}
