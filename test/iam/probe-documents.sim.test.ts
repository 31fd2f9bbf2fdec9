import { SendCommandCommand } from "@aws-sdk/client-ssm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_DOCUMENT_PREFIX, probeDocumentName, probeDocuments } from "../../src/probes/documents.js";
import { PROBE_SCRIPTS } from "../../src/probes/scripts.js";
import { runProbe } from "../../src/verify/ssm-probe.js";
import { REGION, type Scenario, scenario } from "./scenario.js";

describe("the probe documents: the only commands the toolkit's roles run on instances", () => {
  let s: Scenario;
  let instance: string;

  beforeAll(async () => {
    s = await scenario();
    instance = Object.values(s.sim.engine.state.regions[REGION]!.instances).find((i) =>
      i.tags.Name?.startsWith("web-prod"),
    )!.id;
  }, 60_000);
  afterAll(async () => s?.cleanup());

  it("hold exactly one probe script each, under a name that changes with the script", () => {
    const documents = probeDocuments();
    expect(documents.map((d) => d.probe)).toEqual(Object.keys(PROBE_SCRIPTS).sort());
    for (const d of documents) {
      expect(d.name).toMatch(new RegExp(`^${PROBE_DOCUMENT_PREFIX}${d.probe}-[0-9a-f]{12}$`));
      expect(d.content.mainSteps).toHaveLength(1);
      expect(d.content.mainSteps[0]!.inputs.runCommand).toEqual([PROBE_SCRIPTS[d.probe]]);
      // SSM holds at most 64 KB per document.
      expect(JSON.stringify(d.content).length).toBeLessThan(64 * 1024);
    }
    expect(new Set(documents.map((d) => d.name)).size).toBe(documents.length);
  });

  it("are what a probe sends, and the simulated instance answers it", async () => {
    const answers = await runProbe(s.ctx, {
      region: REGION,
      instanceIds: [instance],
      probe: "timezone",
      phase: "test",
    });
    expect(answers.get(instance)).toMatchObject({ ok: true });
    const sent = s.sim.engine.calls.filter((c) => c.operation === "SendCommand").at(-1)!;
    expect(sent.input).toMatchObject({
      DocumentName: probeDocumentName("timezone"),
      InstanceIds: [instance],
    });
    expect(sent.input).not.toHaveProperty("Parameters");
  });

  it("take no parameters, and a document the account does not hold is refused", async () => {
    const ssm = s.sim.aws.ssm(REGION);
    const send = (input: ConstructorParameters<typeof SendCommandCommand>[0]) =>
      ssm.send(new SendCommandCommand(input)).then(
        () => "sent",
        (e: { name?: string }) => e.name,
      );
    expect(
      await send({
        DocumentName: probeDocumentName("users"),
        InstanceIds: [instance],
        Parameters: { commands: ["id"] },
      }),
    ).toBe("InvalidParameters");
    expect(
      await send({ DocumentName: `${PROBE_DOCUMENT_PREFIX}users-000000000000`, InstanceIds: [instance] }),
    ).toBe("InvalidDocument");
  });
});
