#!/usr/bin/env node
// Writes src/sim/model/aws-models.json: the constraints of AWS's own service models (botocore's
// JSON models in the project venv) for exactly the operations the simulator serves, and the
// shapes they reach. The simulator checks every request and response against it
// (src/sim/model/check.ts). Run with `npm run gen:aws-models`; `--check` exits 1 when stale.
//   node --import tsx scripts/gen-aws-models.mjs [--check]
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const target = path.join(root, "src", "sim", "model", "aws-models.json");
const site = ".venv/lib/python3.11/site-packages";
/** The simulator's service names and botocore's. */
const BOTOCORE_NAME = {
  ec2: "ec2",
  elbv2: "elbv2",
  imagebuilder: "imagebuilder",
  ssm: "ssm",
  cloudwatch: "cloudwatch",
  autoscaling: "autoscaling",
  sts: "sts",
};
/** What the check needs of a shape; documentation and wire names are left out. */
const KEPT = ["type", "min", "max", "pattern", "enum"];

function botocoreVersion() {
  const dist = readdirSync(path.join(root, site)).find((d) => /^botocore-[\d.]+\.dist-info$/.test(d));
  if (!dist) throw new Error(`no botocore in ${site}: run node scripts/setup-tools.mjs`);
  return dist.replace(/^botocore-/, "").replace(/\.dist-info$/, "");
}

/** The newest API version's model of a service, and where it was read. */
function loadModel(name) {
  const dir = path.join(site, "botocore", "data", name);
  const version = readdirSync(path.join(root, dir)).sort().at(-1);
  const folder = path.join(dir, version);
  const file = readdirSync(path.join(root, folder)).find((f) => /^service-2\.json(\.gz)?$/.test(f));
  const raw = readFileSync(path.join(root, folder, file));
  const text = file.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return { model: JSON.parse(text), source: path.join(folder, file) };
}

/** The operations the simulator registers, per service (from its own registry). */
async function servedOperations() {
  const { registerServices } = await import("../src/sim/services/index.ts");
  const served = {};
  const engine = {
    state: {},
    clock: { now: () => 0 },
    faults: {},
    register(service, handlers) {
      served[service] = [...(served[service] ?? []), ...Object.keys(handlers)].sort();
    },
    onCall() {},
  };
  registerServices(engine);
  return served;
}

/**
 * The flags JavaScript compiles an AWS pattern (written for Java's engine) with: none, or "u"
 * for patterns that name astral ranges by surrogate pairs; null when neither compiles (such a
 * pattern is left out, and listed in the table).
 */
function flagsFor(pattern) {
  for (const flags of ["", "u"]) {
    try {
      new RegExp(pattern, flags);
      return flags;
    } catch {
      // try the next
    }
  }
  return null;
}

function compact(model, operations, dropped) {
  const shapes = {};
  const ref = (name) => {
    const shape = model.shapes[name];
    if (!shape) throw new Error(`unknown shape ${name}`);
    const kept = Object.keys(shape).filter((k) => KEPT.includes(k) && k !== "type");
    // A primitive without constraints is named by its type: "#string", "#integer", …
    if (!["structure", "list", "map"].includes(shape.type) && kept.length === 0) return `#${shape.type}`;
    if (!(name in shapes)) {
      shapes[name] = {};
      const out = { type: shape.type };
      for (const k of kept) {
        if (k === "pattern") {
          const flags = flagsFor(shape.pattern);
          if (flags === null) {
            dropped.push(`${name}: ${shape.pattern}`);
            continue;
          }
          if (flags) out.patternFlags = flags;
        }
        out[k] = shape[k];
      }
      if (shape.type === "structure") {
        out.members = {};
        for (const [member, m] of Object.entries(shape.members ?? {})) out.members[member] = ref(m.shape);
        const tokens = Object.entries(shape.members ?? {}).filter(([, m]) => m.idempotencyToken);
        // Idempotency tokens are filled in by the SDK's serializer when left out.
        const required = (shape.required ?? []).filter((r) => !tokens.some(([t]) => t === r));
        if (required.length > 0) out.required = required;
      } else if (shape.type === "list") {
        out.member = ref(shape.member.shape);
      } else if (shape.type === "map") {
        out.key = ref(shape.key.shape);
        out.value = ref(shape.value.shape);
      }
      shapes[name] = out;
    }
    return name;
  };
  const ops = {};
  for (const operation of operations) {
    const op = model.operations[operation];
    if (!op) throw new Error(`the simulator serves ${operation}, which the model does not have`);
    ops[operation] = {
      ...(op.input ? { input: ref(op.input.shape) } : {}),
      ...(op.output ? { output: ref(op.output.shape) } : {}),
    };
  }
  const sorted = Object.fromEntries(Object.entries(shapes).sort(([a], [b]) => a.localeCompare(b)));
  return { protocol: model.metadata.protocol, operations: ops, shapes: sorted };
}

async function generate() {
  const served = await servedOperations();
  const table = { botocore: botocoreVersion(), sources: {}, droppedPatterns: [], services: {} };
  for (const [service, operations] of Object.entries(served).sort(([a], [b]) => a.localeCompare(b))) {
    const { model, source } = loadModel(BOTOCORE_NAME[service]);
    table.sources[service] = source;
    table.services[service] = compact(model, operations, table.droppedPatterns);
  }
  return table;
}

/** The table as biome formats JSON, so the committed file passes `biome check`. */
function formatted(table) {
  const text = `${JSON.stringify(table, null, 2)}\n`;
  return execFileSync(
    path.join(root, "node_modules", ".bin", "biome"),
    ["format", "--stdin-file-path", target],
    {
      input: text,
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  ).toString("utf8");
}

const text = formatted(await generate());
if (process.argv.includes("--check")) {
  const current = readFileSync(target, "utf8");
  if (current !== text) {
    process.stderr.write(`${path.relative(root, target)} is stale: run npm run gen:aws-models\n`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${path.relative(root, target)} (${text.length} bytes)\n`);
}
