/** A cheap check that MapLibre's worker can start, for a message where MapLibre itself says nothing. */

/**
 * Checks that MapLibre's worker script is there and served as JavaScript; a module worker served as anything else
 * (a missing file, an HTML fallback page, `application/octet-stream`) fails with nothing but a console line.
 * A network error says nothing either way (e.g. offline with a service worker), so it counts as fine; and a map
 * that draws after all takes the message back (state/actions.ts, mapReady).
 */
export async function workerServedWell(url: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(url, { method: 'HEAD' });
    // Only a clear sign counts: the file is gone, or something that is not a script came back. A host that
    // refuses HEAD (403, 405) or sends no type says nothing either way.
    if (response.status === 404 || response.status === 410) return false;
    if (!response.ok) return true;
    const type = response.headers.get('content-type') ?? '';
    return !/^(text\/html|application\/octet-stream|application\/json|text\/plain)/i.test(type);
  } catch {
    return true;
  }
}
