/** The link codec's context as the app builds it (registry ids, map limits), for unit tests. */
import { MAX_PITCH, MAX_ZOOM, MIN_ZOOM } from '../../src/config.ts';
import { STATUSES } from '../../src/geo/schema.ts';
import { DEFAULT_VISIBLE_IDS, INTERACTIVE_IDS, TOGGLEABLE_IDS } from '../../src/layers/registry.ts';
import type { CodecContext } from '../../src/url/hash_codec.ts';

export const APP_CODEC: CodecContext = {
  toggleable: TOGGLEABLE_IDS,
  interactive: INTERACTIVE_IDS,
  defaultVisible: DEFAULT_VISIBLE_IDS,
  defaultPanel: 'overview',
  defaultLang: 'zh',
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxPitch: MAX_PITCH,
  statuses: STATUSES,
};
