/**
 * MapLibre's own interface strings (control tooltips and labels, scale units) in both languages, passed as the
 * map's `locale`. The English table restates MapLibre's defaults so that switching back from Chinese restores them.
 * Keys are MapLibre's string ids (its `default_locale`); ids MapLibre does not know are ignored.
 */
import type { Lang } from './lang.ts';

const EN = {
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
  'AttributionControl.MapFeedback': 'Map feedback',
  'FullscreenControl.Enter': 'Enter fullscreen',
  'FullscreenControl.Exit': 'Exit fullscreen',
  'GeolocateControl.FindMyLocation': 'Find my location',
  'GeolocateControl.LocationNotAvailable': 'Location not available',
  'LogoControl.Title': 'MapLibre logo',
  'Map.Title': 'Map',
  'Marker.Title': 'Map marker',
  'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'Popup.Close': 'Close popup',
  'ScaleControl.Feet': 'ft',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mi',
  'ScaleControl.NauticalMiles': 'nm',
  'GlobeControl.Enable': 'Enable globe',
  'GlobeControl.Disable': 'Disable globe',
  'TerrainControl.Enable': 'Enable terrain',
  'TerrainControl.Disable': 'Disable terrain',
  'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
  'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
  'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
} as const;

type LocaleTable = Record<keyof typeof EN, string>;

const ZH: LocaleTable = {
  'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
  'AttributionControl.MapFeedback': '地图反馈',
  'FullscreenControl.Enter': '全屏显示',
  'FullscreenControl.Exit': '退出全屏',
  'GeolocateControl.FindMyLocation': '定位我的位置',
  'GeolocateControl.LocationNotAvailable': '无法获取位置',
  'LogoControl.Title': 'MapLibre 标志',
  'Map.Title': '地图',
  'Marker.Title': '地图标记',
  'NavigationControl.ResetBearing': '拖动以旋转地图，点击恢复正北',
  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'Popup.Close': '关闭弹窗',
  'ScaleControl.Feet': '英尺',
  'ScaleControl.Meters': '米',
  'ScaleControl.Kilometers': '公里',
  'ScaleControl.Miles': '英里',
  'ScaleControl.NauticalMiles': '海里',
  'GlobeControl.Enable': '切换为地球视图',
  'GlobeControl.Disable': '切换为平面视图',
  'TerrainControl.Enable': '显示地形',
  'TerrainControl.Disable': '隐藏地形',
  'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 并滚动鼠标以缩放地图',
  'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 并滚动鼠标以缩放地图',
  'CooperativeGesturesHandler.MobileHelpText': '请用双指移动地图',
};

const TABLES: Record<Lang, LocaleTable> = { zh: ZH, en: EN };

export function maplibreLocale(lang: Lang): Record<string, string> {
  return { ...TABLES[lang] };
}
