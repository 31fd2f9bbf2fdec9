import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/aws/clients.ts
var SERVICE_NAMES = [
  "ec2",
  "elbv2",
  "imagebuilder",
  "ssm",
  "cloudwatch",
  "autoscaling",
  "sts"
];
var CLIENT_PACKAGES = {
  ec2: "@aws-sdk/client-ec2",
  elbv2: "@aws-sdk/client-elastic-load-balancing-v2",
  imagebuilder: "@aws-sdk/client-imagebuilder",
  ssm: "@aws-sdk/client-ssm",
  cloudwatch: "@aws-sdk/client-cloudwatch",
  autoscaling: "@aws-sdk/client-auto-scaling",
  sts: "@aws-sdk/client-sts"
};
var loaders = {
  ec2: () => import("./dist-cjs-4DIWGPGO.js").then((m) => m.EC2Client),
  elbv2: () => import("./dist-cjs-XB4AUR3L.js").then((m) => m.ElasticLoadBalancingV2Client),
  imagebuilder: () => import("./dist-cjs-7H2ZDGY4.js").then((m) => m.ImagebuilderClient),
  ssm: () => import("./dist-cjs-QBAGHOTI.js").then((m) => m.SSMClient),
  cloudwatch: () => import("./dist-cjs-F2GKL2R3.js").then((m) => m.CloudWatchClient),
  autoscaling: () => import("./dist-cjs-GT2BZTLJ.js").then((m) => m.AutoScalingClient),
  sts: () => import("./dist-cjs-TOEIODSJ.js").then((m) => m.STSClient)
};
var loaded = {};
function registerAwsClients(constructors) {
  Object.assign(loaded, constructors);
}
async function loadAwsClients(services) {
  await Promise.all(
    services.filter((s) => loaded[s] === void 0).map(async (s) => {
      registerAwsClients({ [s]: await loaders[s]() });
    })
  );
}
function createAwsFactory(options = {}) {
  const cache = /* @__PURE__ */ new Map();
  const get = (service, region) => {
    const key = `${service}@${region}`;
    let client = cache.get(key);
    if (!client) {
      const Ctor = loaded[service];
      if (!Ctor)
        throw new Error(
          `the ${CLIENT_PACKAGES[service]} client is not loaded: the command must declare '${service}' in its spec's aws list (src/commands/specs/)`
        );
      const config = {
        region,
        retryMode: "adaptive",
        maxAttempts: 8,
        ...options.clientConfig
      };
      if (options.endpoint) config.endpoint = options.endpoint;
      if (options.credentials) config.credentials = options.credentials;
      client = new Ctor(config);
      options.configure?.(client, service, region);
      cache.set(key, client);
    }
    return client;
  };
  return {
    ec2: (region) => get("ec2", region),
    elbv2: (region) => get("elbv2", region),
    imagebuilder: (region) => get("imagebuilder", region),
    ssm: (region) => get("ssm", region),
    cloudwatch: (region) => get("cloudwatch", region),
    autoscaling: (region) => get("autoscaling", region),
    sts: (region) => get("sts", region)
  };
}

export {
  SERVICE_NAMES,
  CLIENT_PACKAGES,
  registerAwsClients,
  loadAwsClients,
  createAwsFactory
};
