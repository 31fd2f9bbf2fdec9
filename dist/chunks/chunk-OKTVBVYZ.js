import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/aws/pagination.ts
async function collectPages(fetch, o = {}) {
  const out = [];
  let token;
  const maxPages = o.maxPages ?? 1e3;
  for (let pageNo = 0; pageNo < maxPages; pageNo++) {
    const page = await fetch(token);
    out.push(...page.items ?? []);
    if (!page.next || page.next === token) return out;
    token = page.next;
  }
  throw new Error(`more than ${maxPages} pages; refusing to continue`);
}
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export {
  collectPages,
  chunks
};
