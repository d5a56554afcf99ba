/**
 * Lays the saved image out on a 2D canvas: a header with the title and the selection, the map, then a footer with
 * the legend, a scale bar, the date the data holds for, the attribution and the link. Sizes are given in CSS pixels
 * and multiplied by the map's scale, so the furniture is as large relative to the map as on screen.
 */
import { formatKm } from '../i18n/format.ts';
import type { Theme } from '../layers/theme.ts';
import type { LegendItem } from '../layers/types.ts';
import { swatch } from '../ui/legend_swatch.ts';
import type { ImageTexts } from './image_texts.ts';
import type { ScaleBar } from './scale_bar.ts';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Noto Sans", sans-serif';
const INK = '#1f1e1b';
const MUTED = '#5f5b52';
const PAPER = '#ffffff';
const PAD = 16;
/** Room for a legend row's swatches (an icon and a line side by side), in CSS pixels. */
const SWATCH_COL = 58;
const ROW = 22;

/** Breaks text into lines no wider than `width`: at spaces where there are any, else between characters. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/\S+\s*|\s+/g) ?? []) {
    const pieces = ctx.measureText(token).width > width ? [...token] : [token];
    for (const piece of pieces) {
      if (line && ctx.measureText(line + piece).width > width) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else line += piece;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  return img.decode().then(() => img);
}

interface SwatchImage {
  img: HTMLImageElement;
  /** Its size in CSS pixels, as the on-map legend draws it. */
  w: number;
  h: number;
}

/** The legend's swatches as images, drawn exactly as the on-map legend draws them. */
async function swatchImages(item: LegendItem, theme: Theme): Promise<SwatchImage[]> {
  const box = swatch(item, theme);
  return Promise.all(
    [...box.children].map(async (child) => {
      const src =
        child instanceof HTMLImageElement
          ? child.src
          : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(child))}`;
      const size = (name: string) => Number(child.getAttribute(name)) || 16;
      return { img: await loadImage(src), w: size('width'), h: size('height') };
    }),
  );
}

export interface ImageParts {
  map: HTMLCanvasElement;
  /** Image pixels at the map's bottom that an overlay hides on screen (the phone's sheet): left off the image. */
  cropBottom: number;
  scale: number;
  texts: ImageTexts;
  scaleBar: ScaleBar;
  theme: Theme;
}

interface Block {
  height: number;
  draw(ctx: CanvasRenderingContext2D, y: number): void;
}

function textBlock(
  ctx: CanvasRenderingContext2D,
  text: string,
  size: number,
  color: string,
  w: number,
  weight = 400,
): Block {
  const s = size;
  const font = `${weight} ${s}px ${FONT}`;
  ctx.font = font;
  const lines = wrap(ctx, text, w);
  return {
    height: lines.length * s * 1.35,
    draw(c, y) {
      c.font = font;
      c.fillStyle = color;
      lines.forEach((l, i) => {
        c.fillText(l, 0, y + s * (1.05 + i * 1.35));
      });
    },
  };
}

async function legendBlock(ctx: CanvasRenderingContext2D, parts: ImageParts, w: number): Promise<Block> {
  const { scale: k, texts, theme } = parts;
  const items = texts.legend;
  const images = await Promise.all(items.map((i) => swatchImages(i, theme)));
  const font = `${12.5 * k}px ${FONT}`;
  ctx.font = font;
  const swatchW = SWATCH_COL * k;
  const widest = Math.max(...items.map((i) => ctx.measureText(i.label[texts.lang]).width));
  const cols = Math.max(1, Math.min(items.length, Math.floor(w / (swatchW + widest + 16 * k))));
  const colW = w / cols;
  const rows = Math.ceil(items.length / cols);
  return {
    height: rows * ROW * k,
    draw(c, y) {
      c.font = font;
      c.fillStyle = INK;
      items.forEach((item, i) => {
        const x = (i % cols) * colW;
        const top = y + Math.floor(i / cols) * ROW * k;
        let sx = x;
        for (const s of images[i] ?? []) {
          c.drawImage(s.img, sx, top + ((ROW - s.h) * k) / 2, s.w * k, s.h * k);
          sx += (s.w + 2) * k;
        }
        c.fillText(item.label[texts.lang], x + swatchW, top + ROW * k * 0.68, colW - swatchW);
      });
    },
  };
}

function scaleBlock(parts: ImageParts): Block {
  const { scale: k, scaleBar: bar, texts } = parts;
  const label = bar.metres >= 1000 ? formatKm(bar.metres / 1000, texts.lang) : `${bar.metres} m`;
  return {
    height: 24 * k,
    draw(c, y) {
      const len = bar.px * k;
      c.strokeStyle = INK;
      c.lineWidth = 2 * k;
      c.beginPath();
      c.moveTo(0, y + 4 * k);
      c.lineTo(0, y + 12 * k);
      c.lineTo(len, y + 12 * k);
      c.lineTo(len, y + 4 * k);
      c.stroke();
      c.font = `${12 * k}px ${FONT}`;
      c.fillStyle = INK;
      c.fillText(label, len + 8 * k, y + 14 * k);
    },
  };
}

/** The footer's blocks, top to bottom; each is measured before the canvas is sized. */
async function footerBlocks(ctx: CanvasRenderingContext2D, parts: ImageParts, w: number): Promise<Block[]> {
  const { scale: k, texts } = parts;
  return [
    texts.legend.length ? await legendBlock(ctx, parts, w) : null,
    scaleBlock(parts),
    texts.asOf ? textBlock(ctx, texts.asOf, 13 * k, INK, w) : null,
    textBlock(ctx, texts.attribution, 12 * k, MUTED, w),
    textBlock(ctx, texts.link, 12 * k, MUTED, w),
  ].filter((b): b is Block => b !== null);
}

export async function composeImage(parts: ImageParts): Promise<HTMLCanvasElement> {
  const { map, scale: k, texts } = parts;
  const mapH = Math.max(1, Math.round(map.height - parts.cropBottom));
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const w = map.width - 2 * PAD * k;
  const header = [
    texts.title ? textBlock(ctx, texts.title, 22 * k, INK, w, 700) : null,
    texts.subtitle ? textBlock(ctx, texts.subtitle, 14 * k, MUTED, w) : null,
  ].filter((b): b is Block => b !== null);
  const footer = await footerBlocks(ctx, parts, w);
  const gap = 8 * k;
  const sum = (bs: Block[]) => bs.reduce((n, b) => n + b.height + gap, 0);
  const headerH = header.length ? PAD * k + sum(header) : 0;
  out.width = map.width;
  out.height = Math.ceil(headerH + mapH + PAD * k + sum(footer) + PAD * k);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0, map.width, mapH, 0, headerH, map.width, mapH);
  ctx.translate(PAD * k, 0);
  let y = PAD * k;
  for (const b of header) {
    b.draw(ctx, y);
    y += b.height + gap;
  }
  y = headerH + mapH + PAD * k;
  for (const b of footer) {
    b.draw(ctx, y);
    y += b.height + gap;
  }
  return out;
}
