/**
 * MapLibre's own interface strings in both languages, passed as the map's `locale`: those of the controls the map
 * shows (zoom, compass, fullscreen, attribution, metric scale), laid over MapLibre's English defaults, which
 * src/map/create_map.ts keeps so that switching back restores them. Keys are MapLibre's string ids.
 */
import type { Lang } from './lang.ts';

const ZH: Record<string, string> = {
  'AttributionControl.ToggleAttribution': '数据来源',
  'FullscreenControl.Enter': '全屏显示',
  'FullscreenControl.Exit': '退出全屏',
  'NavigationControl.ResetBearing': '拖动旋转，点击指北',
  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'ScaleControl.Meters': '米',
  'ScaleControl.Kilometers': '公里',
};

/** The strings to lay over MapLibre's own (English) defaults for a language. */
export function maplibreLocale(lang: Lang): Record<string, string> {
  return lang === 'zh' ? { ...ZH } : {};
}
