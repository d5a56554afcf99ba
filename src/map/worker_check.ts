/** A cheap check that MapLibre's worker can start, for a message where MapLibre itself says nothing. */

/**
 * Checks that MapLibre's worker script is there and served as JavaScript; a module worker served as anything else
 * (a missing file, an HTML fallback page, `application/octet-stream`) fails with nothing but a console line.
 * A network error says nothing either way (e.g. offline with a service worker), so it counts as fine.
 */
export async function workerServedWell(url: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(url, { method: 'HEAD' });
    const type = response.headers.get('content-type') ?? '';
    return response.ok && /javascript|ecmascript/i.test(type);
  } catch {
    return true;
  }
}
