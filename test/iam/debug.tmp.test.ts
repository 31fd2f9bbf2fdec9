import { it } from "vitest";
import { scenario } from "./scenario.js";

it("sizes", async () => {
  for (const asg of [false, true]) {
    const s = await scenario({ asg });
    for (const [role, p] of s.policies)
      console.log(asg ? "asg" : "std", role, p.Statement.length, JSON.stringify(p).length);
    if (!asg) console.log(JSON.stringify(s.policies.get("amipipe-prod"), null, 1));
    await s.cleanup();
  }
}, 60000);
