/**
 * The legend's shared keys as data: one status key for every transport layer (line pattern and symbol fill) and
 * one entry for context features. Each layer's own entries live in its LayerDef.
 */
import type { Lang } from '../i18n/lang.ts';
import type { LegendItem } from './types.ts';

export const STATUS_KEY: readonly LegendItem[] = [
  {
    swatch: { kind: 'line', color: 'label', pattern: 'solid', width: 2.5 },
    label: { zh: '运营中 · 实心符号', en: 'operating · filled' },
  },
  {
    swatch: { kind: 'line', color: 'label', pattern: 'long', width: 2.5 },
    label: { zh: '在建', en: 'under construction' },
  },
  {
    swatch: { kind: 'line', color: 'label', pattern: 'short', width: 2.5 },
    label: { zh: '规划、前期 · 空心', en: 'planned · hollow' },
  },
  {
    swatch: { kind: 'line', color: 'label', pattern: 'dotted', width: 2.5 },
    label: { zh: '研究中 · 空心', en: 'under study · hollow' },
  },
];

export const SCHEMATIC_KEY: LegendItem = {
  swatch: { kind: 'line', color: 'label', band: true, width: 2 },
  label: { zh: '浅色宽带:示意走向', en: 'soft band: schematic' },
};

export const CONTEXT_KEY: LegendItem = {
  swatch: [
    { kind: 'icon', icon: 'airport', color: 'mutedLabel' },
    { kind: 'line', color: 'contextHighway', width: 1.8, casing: true },
  ],
  label: {
    zh: '灰色符号、细浅线:现有设施,报道未提及(背景)',
    en: 'grey symbol, thin pale line: existing, not in the report (context)',
  },
};

export const STATUS_HEADING: Record<Lang, string> = { zh: '状态', en: 'Status' };

export const GROUND_HEADING: Record<Lang, string> = { zh: '底图:边界与河流', en: 'Base: borders and rivers' };
