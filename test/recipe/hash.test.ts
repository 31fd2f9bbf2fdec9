import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { recipeSchema } from "../../src/config/schema.js";
import { canonicalJson, recipeHash, semanticVersionFromHash, sha256 } from "../../src/recipe/hash.js";

const yamlA = `
name: web
base: amazon-linux-2
timezone: Asia/Tokyo
packages: { yum: [git, httpd] }
services: [{ name: httpd, port: 80 }]
`;
// The same recipe: other key order, other formatting, a comment, a default spelled out.
const yamlB = `
# web server
services:
  - port: 80
    name: httpd
packages:
  yum:
    - git
    - httpd
timezone: "Asia/Tokyo"
base: amazon-linux-2
architectures: [x86_64]
name: web
`;

const recipe = (text: string) => recipeSchema.parse(parse(text));

describe("content hashes", () => {
  it("do not change with key order, formatting, comments or spelled-out defaults", () => {
    expect(recipeHash(recipe(yamlA), { "t.njk": "x" })).toBe(recipeHash(recipe(yamlB), { "t.njk": "x" }));
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it("change with any content change, template text included", () => {
    const base = recipeHash(recipe(yamlA), { "t.njk": "x" });
    expect(recipeHash(recipe(yamlA.replace("Asia/Tokyo", "UTC")), { "t.njk": "x" })).not.toBe(base);
    expect(recipeHash(recipe(yamlA.replace("[git, httpd]", "[httpd, git]")), { "t.njk": "x" })).not.toBe(
      base,
    );
    expect(recipeHash(recipe(yamlA), { "t.njk": "y" })).not.toBe(base);
  });

  it("give semantic versions Image Builder accepts, the same for the same content", () => {
    for (let i = 0; i < 200; i++) {
      const h = sha256(String(i));
      const v = semanticVersionFromHash(h);
      expect(v).toMatch(/^1\.\d+\.\d+$/);
      for (const part of v.split(".")) expect(Number(part)).toBeLessThanOrEqual(2 ** 30 - 1);
      expect(semanticVersionFromHash(h)).toBe(v);
    }
    expect(semanticVersionFromHash(sha256("a"))).not.toBe(semanticVersionFromHash(sha256("b")));
  });
});
