import { mkdirSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { scenario } from "./scenario.js";

it("dump", async () => {
  mkdirSync("/tmp/pol", { recursive: true });
  for (const asg of [false, true]) {
    const s = await scenario({ asg });
    for (const [role, p] of s.policies)
      writeFileSync(`/tmp/pol/${asg ? "asg-" : ""}${role}.json`, JSON.stringify(p, null, 1));
    await s.cleanup();
  }
}, 60000);
