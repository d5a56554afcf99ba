/**
 * The two feature states the map sets (src/map/style_sync.ts) and the style reads: `selected`, the feature whose
 * card is open, and `hover`, what a click at the pointer would select.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const HOVER: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
