/**
 * Every item of a paged AWS list, for APIs that page with a token. `fetch` receives the
 * token of the page to get (undefined first) and returns that page's items and next token.
 */
export async function collectPages<T>(
  fetch: (
    token: string | undefined,
  ) => Promise<{ items: readonly T[] | undefined; next: string | undefined }>,
  o: { maxPages?: number } = {},
): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  const maxPages = o.maxPages ?? 1_000;
  for (let pageNo = 0; pageNo < maxPages; pageNo++) {
    const page = await fetch(token);
    out.push(...(page.items ?? []));
    if (!page.next || page.next === token) return out;
    token = page.next;
  }
  throw new Error(`more than ${maxPages} pages; refusing to continue`);
}

/** Splits ids into batches an API accepts per call (e.g. 200 for DescribeInstances ids). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
