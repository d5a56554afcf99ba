/** The floor: an empty MapLibre map in the same page size, settling on the same frame. */
import { benchMap, markIdle } from './bench_map.ts';

const map = benchMap();
map.on('load', () => markIdle(map));
