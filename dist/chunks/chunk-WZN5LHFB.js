import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  require_dist_cjs as require_dist_cjs7
} from "./chunk-OOMH36IZ.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-HDNESQVI.js";
import {
  require_dist_cjs
} from "./chunk-GWXWFI4Q.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-RG3TGDQG.js";
import {
  require_dist_cjs as require_dist_cjs5
} from "./chunk-7CSPTXUE.js";
import {
  require_dist_cjs as require_dist_cjs6
} from "./chunk-5QRSPSR7.js";
import {
  require_dist_cjs4 as require_dist_cjs3
} from "./chunk-VEUODDAR.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/aws/clients.ts
var import_client_auto_scaling = __toESM(require_dist_cjs(), 1);
var import_client_cloudwatch = __toESM(require_dist_cjs2(), 1);
var import_client_ec2 = __toESM(require_dist_cjs3(), 1);
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs4(), 1);
var import_client_imagebuilder = __toESM(require_dist_cjs5(), 1);
var import_client_ssm = __toESM(require_dist_cjs6(), 1);
var import_client_sts = __toESM(require_dist_cjs7(), 1);
var constructors = {
  ec2: import_client_ec2.EC2Client,
  elbv2: import_client_elastic_load_balancing_v2.ElasticLoadBalancingV2Client,
  imagebuilder: import_client_imagebuilder.ImagebuilderClient,
  ssm: import_client_ssm.SSMClient,
  cloudwatch: import_client_cloudwatch.CloudWatchClient,
  autoscaling: import_client_auto_scaling.AutoScalingClient,
  sts: import_client_sts.STSClient
};
function createAwsFactory(options = {}) {
  const cache = /* @__PURE__ */ new Map();
  const get = (service, region) => {
    const key = `${service}@${region}`;
    let client = cache.get(key);
    if (!client) {
      const Ctor = constructors[service];
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
  createAwsFactory
};
