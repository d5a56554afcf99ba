/**
 * The Content-Security-Policy the app is built to run under (no inline script, no eval, no style attributes), and
 * the other headers a host should send. `vite preview` sends them as headers; the build also writes the policy
 * into index.html as a meta tag, so a plain static host that sends no headers still enforces it.
 * The optional OpenStreetMap basemap's tile host is the only place outside the origin the app may ever contact.
 */
const OSM_TILES = 'https://tile.openstreetmap.org';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob: ${OSM_TILES}`,
  `connect-src 'self' ${OSM_TILES}`,
  "object-src 'none'",
  "base-uri 'none'",
];

/** A meta tag cannot carry frame-ancestors (browsers ignore it there); the header can. */
export const CSP_META = DIRECTIVES.join('; ');
export const CSP_HEADER = [...DIRECTIVES, 'frame-ancestors *'].join('; ');

/**
 * Headers for any host serving dist/. The map is meant to be embedded, hence `frame-ancestors *`; a host that
 * should not be framed narrows it. The referrer policy keeps the origin on cross-origin requests, which the
 * OpenStreetMap tile policy asks for when the online basemap is on.
 */
export const HOST_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
