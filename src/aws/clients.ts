import type { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { EC2Client } from "@aws-sdk/client-ec2";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { ImagebuilderClient } from "@aws-sdk/client-imagebuilder";
import type { SSMClient } from "@aws-sdk/client-ssm";
import type { STSClient } from "@aws-sdk/client-sts";

/**
 * The one place that constructs AWS SDK clients. Core code receives an AwsFactory and asks
 * it for a client per region; the simulator and moto plug in here (middleware / endpoint).
 *
 * The SDK's client packages are large (EC2's alone is ~3 MB of JavaScript), so this module
 * imports none of them: a client package is loaded by `loadAwsClients` when a command that
 * declares it is about to run (src/commands/specs/), or all at once by importing
 * `./all-clients.js` (the simulator does). The factory stays synchronous, because the SDK's
 * paginators check `client instanceof EC2Client` — a lazy stand-in would not pass.
 */
export interface AwsFactory {
  ec2(region: string): EC2Client;
  elbv2(region: string): ElasticLoadBalancingV2Client;
  imagebuilder(region: string): ImagebuilderClient;
  ssm(region: string): SSMClient;
  cloudwatch(region: string): CloudWatchClient;
  autoscaling(region: string): AutoScalingClient;
  sts(region: string): STSClient;
}

export type ServiceName = keyof AwsFactory;

export const SERVICE_NAMES: readonly ServiceName[] = [
  "ec2",
  "elbv2",
  "imagebuilder",
  "ssm",
  "cloudwatch",
  "autoscaling",
  "sts",
];

/** The npm package of each service's client (what a bundle's import graph shows). */
export const CLIENT_PACKAGES: Record<ServiceName, string> = {
  ec2: "@aws-sdk/client-ec2",
  elbv2: "@aws-sdk/client-elastic-load-balancing-v2",
  imagebuilder: "@aws-sdk/client-imagebuilder",
  ssm: "@aws-sdk/client-ssm",
  cloudwatch: "@aws-sdk/client-cloudwatch",
  autoscaling: "@aws-sdk/client-auto-scaling",
  sts: "@aws-sdk/client-sts",
};

// biome-ignore lint/suspicious/noExplicitAny: SDK clients share no common generic base type we can name here.
type AnyClient = { middlewareStack: { use(plugin: any): void } };

/** Each service's client class, as its package exports it. */
export interface ClientConstructors {
  ec2: typeof EC2Client;
  elbv2: typeof ElasticLoadBalancingV2Client;
  imagebuilder: typeof ImagebuilderClient;
  ssm: typeof SSMClient;
  cloudwatch: typeof CloudWatchClient;
  autoscaling: typeof AutoScalingClient;
  sts: typeof STSClient;
}

/** One dynamic import per package, so a bundler gives each client its own chunk. */
const loaders: { [S in ServiceName]: () => Promise<ClientConstructors[S]> } = {
  ec2: () => import("@aws-sdk/client-ec2").then((m) => m.EC2Client),
  elbv2: () =>
    import("@aws-sdk/client-elastic-load-balancing-v2").then((m) => m.ElasticLoadBalancingV2Client),
  imagebuilder: () => import("@aws-sdk/client-imagebuilder").then((m) => m.ImagebuilderClient),
  ssm: () => import("@aws-sdk/client-ssm").then((m) => m.SSMClient),
  cloudwatch: () => import("@aws-sdk/client-cloudwatch").then((m) => m.CloudWatchClient),
  autoscaling: () => import("@aws-sdk/client-auto-scaling").then((m) => m.AutoScalingClient),
  sts: () => import("@aws-sdk/client-sts").then((m) => m.STSClient),
};

/**
 * The client classes loaded so far in this process. A module cache, like the ES module
 * registry beneath it: loading a package twice yields the same class either way.
 */
const loaded: Partial<ClientConstructors> = {};

/** Makes client classes available to every factory (all-clients.ts registers all seven). */
export function registerAwsClients(constructors: Partial<ClientConstructors>): void {
  Object.assign(loaded, constructors);
}

/** Loads the client packages of these services (each once per process). */
export async function loadAwsClients(services: readonly ServiceName[]): Promise<void> {
  await Promise.all(
    services
      .filter((s) => loaded[s] === undefined)
      .map(async (s) => {
        registerAwsClients({ [s]: await loaders[s]() });
      }),
  );
}

export interface AwsFactoryOptions {
  /** Endpoint override (e.g. moto_server); AWS_ENDPOINT_URL is honoured by the SDK itself when unset. */
  endpoint?: string;
  /** Static credentials (moto, simulator); default: the SDK's default chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Called on each new client, e.g. to add the simulator's middleware. */
  configure?: (client: AnyClient, service: ServiceName, region: string) => void;
  /** Client config merged into every client (retry strategy, max attempts, …). */
  clientConfig?: Record<string, unknown>;
}

export function createAwsFactory(options: AwsFactoryOptions = {}): AwsFactory {
  const cache = new Map<string, AnyClient>();
  const get = <S extends ServiceName>(service: S, region: string): InstanceType<ClientConstructors[S]> => {
    const key = `${service}@${region}`;
    let client = cache.get(key);
    if (!client) {
      const Ctor = loaded[service] as unknown as
        | (new (
            config: Record<string, unknown>,
          ) => AnyClient)
        | undefined;
      if (!Ctor)
        throw new Error(
          `the ${CLIENT_PACKAGES[service]} client is not loaded: the command must declare '${service}' in its spec's aws list (src/commands/specs/)`,
        );
      const config: Record<string, unknown> = {
        region,
        retryMode: "adaptive",
        maxAttempts: 8,
        ...options.clientConfig,
      };
      if (options.endpoint) config.endpoint = options.endpoint;
      if (options.credentials) config.credentials = options.credentials;
      client = new Ctor(config);
      options.configure?.(client, service, region);
      cache.set(key, client);
    }
    return client as InstanceType<ClientConstructors[S]>;
  };
  return {
    ec2: (region) => get("ec2", region),
    elbv2: (region) => get("elbv2", region),
    imagebuilder: (region) => get("imagebuilder", region),
    ssm: (region) => get("ssm", region),
    cloudwatch: (region) => get("cloudwatch", region),
    autoscaling: (region) => get("autoscaling", region),
    sts: (region) => get("sts", region),
  };
}
