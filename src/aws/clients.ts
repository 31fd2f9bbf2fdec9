import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { ImagebuilderClient } from "@aws-sdk/client-imagebuilder";
import { SSMClient } from "@aws-sdk/client-ssm";
import { STSClient } from "@aws-sdk/client-sts";

/**
 * The one place that constructs AWS SDK clients. Core code receives an AwsFactory and asks
 * it for a client per region; the simulator and moto plug in here (middleware / endpoint).
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

// biome-ignore lint/suspicious/noExplicitAny: SDK clients share no common generic base type we can name here.
type AnyClient = { middlewareStack: { use(plugin: any): void } };

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

const constructors = {
  ec2: EC2Client,
  elbv2: ElasticLoadBalancingV2Client,
  imagebuilder: ImagebuilderClient,
  ssm: SSMClient,
  cloudwatch: CloudWatchClient,
  autoscaling: AutoScalingClient,
  sts: STSClient,
} as const;

export function createAwsFactory(options: AwsFactoryOptions = {}): AwsFactory {
  const cache = new Map<string, AnyClient>();
  const get = <S extends ServiceName>(service: S, region: string): InstanceType<(typeof constructors)[S]> => {
    const key = `${service}@${region}`;
    let client = cache.get(key);
    if (!client) {
      const Ctor = constructors[service] as unknown as new (config: Record<string, unknown>) => AnyClient;
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
    return client as InstanceType<(typeof constructors)[S]>;
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
