/**
 * One GL program per kind of layer. MapLibre compiles a separate program for every mix of how a layer's paint
 * properties are given — constant, by zoom, by feature, or by both — and with software WebGL each one costs tens of
 * milliseconds of the GPU thread before the first frame can be drawn. So every layer of one kind is given its key
 * properties in the same form: a fill's colour and a text's colour by feature, a line's colour by feature and its
 * width by zoom and feature, a dashed line's dashes by feature. A constant becomes a `case` whose branches agree
 * (MapLibre does not fold it), a zoom curve gets such a `case` at every stop. What is drawn does not change; a unit
 * test checks, with MapLibre's own expression parser, that the opening style needs no more programs than that.
 * Lines without dashes stay without: a solid line drawn through the dash shader would cost every frame more.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

type Value = unknown;
type Form = 'feature' | 'zoom-feature';

/** Operators that read the feature: an expression using one is evaluated per feature. */
const FEATURE_OPS = new Set(['get', 'has', 'feature-state', 'geometry-type', 'id', 'properties']);
/** A test on the feature whose answer never matters (both branches agree): it only makes the value per feature. */
const ALWAYS: ExpressionSpecification = ['has', 'id'];

/** The form each kind of layer gives its key paint properties in. */
const FORMS: Record<string, Record<string, Form>> = {
  fill: { 'fill-color': 'feature' },
  line: { 'line-color': 'feature', 'line-width': 'zoom-feature', 'line-dasharray': 'feature' },
  symbol: { 'text-color': 'feature' },
};

function uses(value: Value, test: (op: string) => boolean): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  const [op, ...args] = value as unknown[];
  if (op === 'literal') return false;
  if (typeof op === 'string' && test(op)) return true;
  return args.some((a) => uses(a, test));
}

const readsFeature = (v: Value): boolean => uses(v, (op) => FEATURE_OPS.has(op));
const readsZoom = (v: Value): boolean => uses(v, (op) => op === 'zoom');
const isZoomCurve = (v: Value): boolean =>
  Array.isArray(v) &&
  ((v[0] === 'interpolate' && uses(v[2], (op) => op === 'zoom')) ||
    (v[0] === 'step' && uses(v[1], (op) => op === 'zoom')));

/** A constant as a per-feature expression with the same value for every feature. */
function perFeature(value: Value): ExpressionSpecification {
  // Already per feature, or a zoom curve (which must stay the outermost expression): left as it is.
  if (readsFeature(value) || readsZoom(value)) return value as ExpressionSpecification;
  const out =
    Array.isArray(value) && value[0] !== 'literal' && typeof value[0] !== 'string'
      ? ['literal', value]
      : value;
  return ['case', ALWAYS, out, out] as ExpressionSpecification;
}

/** A value by zoom and feature: each stop of a zoom curve per feature, anything else held over all zooms. */
function perZoomAndFeature(value: Value): ExpressionSpecification {
  if (readsZoom(value) && readsFeature(value)) return value as ExpressionSpecification;
  if (isZoomCurve(value)) {
    const curve = value as unknown[];
    // interpolate: [op, interpolation, input, z, out, …]; step: [op, input, out, z, out, …].
    const first = curve[0] === 'interpolate' ? 4 : 2;
    return curve.map((part, i) =>
      i >= first && (i - first) % 2 === 0 ? perFeature(part) : part,
    ) as ExpressionSpecification;
  }
  const held = perFeature(value);
  return ['interpolate', ['linear'], ['zoom'], 0, held, 24, held];
}

/** The style layer with its key paint properties in its kind's one form. */
export function inSharedForm(spec: LayerSpecification): LayerSpecification {
  const forms = FORMS[spec.type];
  if (!forms || !('paint' in spec) || !spec.paint) return spec;
  const paint: Record<string, Value> = { ...spec.paint };
  for (const [key, form] of Object.entries(forms)) {
    if (!(key in paint)) continue;
    paint[key] = form === 'feature' ? perFeature(paint[key]) : perZoomAndFeature(paint[key]);
  }
  return { ...spec, paint } as LayerSpecification;
}
