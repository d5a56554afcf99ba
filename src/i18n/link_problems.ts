/** The link codec's notices in the reader's language. The codec speaks English; these are its exact phrases. */
import type { Lang } from './lang.ts';

const ZH: Record<string, string> = {
  'map position is not a valid zoom/latitude/longitude': '地图位置不是有效的缩放级别/纬度/经度',
  'map position is out of range': '地图位置超出范围',
  'map bearing or pitch is not a number': '地图方向或倾角不是数字',
  'map pitch is out of range': '地图倾角超出范围',
  'layer list is empty': '图层列表为空',
  'unknown layers were ignored': '已忽略未知图层',
  'unknown statuses were ignored': '已忽略未知的项目状态',
  'the selected feature is not valid': '所选要素无效',
  "the selected feature's layer is hidden": '所选要素的图层未显示',
  'the selected feature does not exist': '所选要素不存在',
  'the link is too long; only its beginning was read': '链接过长,只读取了开头部分',
  'a part of the link is not valid percent-encoding': '链接中有一段编码无效',
  'a part of the link has an invalid name': '链接中有一段名称无效',
  'an unknown part of the link was dropped': '已去掉链接中无法识别的部分',
  'unknown panel': '未知面板',
  'unknown language': '未知语言',
  'unknown theme': '未知配色',
  'unknown basemap': '未知底图',
  'the link is from another version of this map': '该链接来自本地图的其他版本',
  'step without the tour': '有导览步骤却没有导览',
  'no such tour step': '没有这一导览步骤',
  'the tour ends sooner; its last step is shown': '导览没有这么多步,显示最后一步',
};

/** One notice phrase in the given language; unknown phrases pass through unchanged. */
export function linkProblem(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const fixed = ZH[message];
  if (fixed) return fixed;
  const empty = message.match(/^“(.+)” has no value$/);
  if (empty) return `“${empty[1]}”没有值`;
  const repeated = message.match(/^“(.+)” appears more than once; the first was used$/);
  if (repeated) return `“${repeated[1]}”出现多次,已采用第一个`;
  return message;
}
