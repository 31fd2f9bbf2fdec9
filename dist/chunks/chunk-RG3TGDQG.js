import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs,
  require_dist_cjs3 as require_dist_cjs2,
  retry_exports
} from "./chunk-VEUODDAR.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-R2IJHIND.js";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-BQ2HO2OL.js";

// ../main/node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "../main/node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultElasticLoadBalancingV2HttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "elasticloadbalancing",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultElasticLoadBalancingV2HttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "elasticloadbalancing"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1141.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://elasticloadbalancing.{Region}.amazonaws.com", i],
        ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://elasticloadbalancing.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://elasticloadbalancing.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      13,
      3,
      1,
      4,
      r + 12,
      2,
      5,
      r + 12,
      3,
      8,
      6,
      4,
      7,
      r + 11,
      5,
      r + 9,
      r + 10,
      4,
      11,
      9,
      6,
      10,
      r + 8,
      7,
      r + 6,
      r + 7,
      5,
      12,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      14,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var ElasticLoadBalancingV2ServiceException = class _ElasticLoadBalancingV2ServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _ElasticLoadBalancingV2ServiceException.prototype);
      }
    };
    var CertificateNotFoundException = class _CertificateNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "CertificateNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CertificateNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CertificateNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ListenerNotFoundException = class _ListenerNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "ListenerNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ListenerNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ListenerNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyCertificatesException = class _TooManyCertificatesException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyCertificatesException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyCertificatesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyCertificatesException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateTagKeysException = class _DuplicateTagKeysException extends ElasticLoadBalancingV2ServiceException {
      name = "DuplicateTagKeysException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateTagKeysException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateTagKeysException.prototype);
        this.Message = opts.Message;
      }
    };
    var LoadBalancerNotFoundException = class _LoadBalancerNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "LoadBalancerNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "LoadBalancerNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LoadBalancerNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var RuleNotFoundException = class _RuleNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "RuleNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "RuleNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RuleNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TargetGroupNotFoundException = class _TargetGroupNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "TargetGroupNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TargetGroupNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TargetGroupNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyTagsException = class _TooManyTagsException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyTagsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTagsException.prototype);
        this.Message = opts.Message;
      }
    };
    var TrustStoreNotFoundException = class _TrustStoreNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "TrustStoreNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TrustStoreNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TrustStoreNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidRevocationContentException = class _InvalidRevocationContentException extends ElasticLoadBalancingV2ServiceException {
      name = "InvalidRevocationContentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidRevocationContentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRevocationContentException.prototype);
        this.Message = opts.Message;
      }
    };
    var RevocationContentNotFoundException = class _RevocationContentNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "RevocationContentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "RevocationContentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RevocationContentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyTrustStoreRevocationEntriesException = class _TooManyTrustStoreRevocationEntriesException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyTrustStoreRevocationEntriesException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyTrustStoreRevocationEntriesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTrustStoreRevocationEntriesException.prototype);
        this.Message = opts.Message;
      }
    };
    var AllocationIdNotFoundException = class _AllocationIdNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "AllocationIdNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AllocationIdNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AllocationIdNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ALPNPolicyNotSupportedException = class _ALPNPolicyNotSupportedException extends ElasticLoadBalancingV2ServiceException {
      name = "ALPNPolicyNotSupportedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ALPNPolicyNotSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ALPNPolicyNotSupportedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AvailabilityZoneNotSupportedException = class _AvailabilityZoneNotSupportedException extends ElasticLoadBalancingV2ServiceException {
      name = "AvailabilityZoneNotSupportedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AvailabilityZoneNotSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AvailabilityZoneNotSupportedException.prototype);
        this.Message = opts.Message;
      }
    };
    var CaCertificatesBundleNotFoundException = class _CaCertificatesBundleNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "CaCertificatesBundleNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CaCertificatesBundleNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CaCertificatesBundleNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var CapacityDecreaseRequestsLimitExceededException = class _CapacityDecreaseRequestsLimitExceededException extends ElasticLoadBalancingV2ServiceException {
      name = "CapacityDecreaseRequestsLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CapacityDecreaseRequestsLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CapacityDecreaseRequestsLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var CapacityReservationPendingException = class _CapacityReservationPendingException extends ElasticLoadBalancingV2ServiceException {
      name = "CapacityReservationPendingException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CapacityReservationPendingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CapacityReservationPendingException.prototype);
        this.Message = opts.Message;
      }
    };
    var CapacityUnitsLimitExceededException = class _CapacityUnitsLimitExceededException extends ElasticLoadBalancingV2ServiceException {
      name = "CapacityUnitsLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CapacityUnitsLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CapacityUnitsLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateListenerException = class _DuplicateListenerException extends ElasticLoadBalancingV2ServiceException {
      name = "DuplicateListenerException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateListenerException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateListenerException.prototype);
        this.Message = opts.Message;
      }
    };
    var IncompatibleProtocolsException = class _IncompatibleProtocolsException extends ElasticLoadBalancingV2ServiceException {
      name = "IncompatibleProtocolsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IncompatibleProtocolsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IncompatibleProtocolsException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidConfigurationRequestException = class _InvalidConfigurationRequestException extends ElasticLoadBalancingV2ServiceException {
      name = "InvalidConfigurationRequestException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidConfigurationRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidConfigurationRequestException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidLoadBalancerActionException = class _InvalidLoadBalancerActionException extends ElasticLoadBalancingV2ServiceException {
      name = "InvalidLoadBalancerActionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidLoadBalancerActionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidLoadBalancerActionException.prototype);
        this.Message = opts.Message;
      }
    };
    var SSLPolicyNotFoundException = class _SSLPolicyNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "SSLPolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SSLPolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SSLPolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TargetGroupAssociationLimitException = class _TargetGroupAssociationLimitException extends ElasticLoadBalancingV2ServiceException {
      name = "TargetGroupAssociationLimitException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TargetGroupAssociationLimitException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TargetGroupAssociationLimitException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyActionsException = class _TooManyActionsException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyActionsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyActionsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyActionsException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyListenersException = class _TooManyListenersException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyListenersException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyListenersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyListenersException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyRegistrationsForTargetIdException = class _TooManyRegistrationsForTargetIdException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyRegistrationsForTargetIdException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyRegistrationsForTargetIdException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRegistrationsForTargetIdException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyTargetsException = class _TooManyTargetsException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyTargetsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyTargetsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTargetsException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyUniqueTargetGroupsPerLoadBalancerException = class _TooManyUniqueTargetGroupsPerLoadBalancerException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyUniqueTargetGroupsPerLoadBalancerException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyUniqueTargetGroupsPerLoadBalancerException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyUniqueTargetGroupsPerLoadBalancerException.prototype);
        this.Message = opts.Message;
      }
    };
    var TrustStoreNotReadyException = class _TrustStoreNotReadyException extends ElasticLoadBalancingV2ServiceException {
      name = "TrustStoreNotReadyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TrustStoreNotReadyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TrustStoreNotReadyException.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedProtocolException = class _UnsupportedProtocolException extends ElasticLoadBalancingV2ServiceException {
      name = "UnsupportedProtocolException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedProtocolException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedProtocolException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateLoadBalancerNameException = class _DuplicateLoadBalancerNameException extends ElasticLoadBalancingV2ServiceException {
      name = "DuplicateLoadBalancerNameException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateLoadBalancerNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateLoadBalancerNameException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidSchemeException = class _InvalidSchemeException extends ElasticLoadBalancingV2ServiceException {
      name = "InvalidSchemeException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidSchemeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSchemeException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidSecurityGroupException = class _InvalidSecurityGroupException extends ElasticLoadBalancingV2ServiceException {
      name = "InvalidSecurityGroupException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidSecurityGroupException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSecurityGroupException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidSubnetException = class _InvalidSubnetException extends ElasticLoadBalancingV2ServiceException {
      name = "InvalidSubnetException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidSubnetException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSubnetException.prototype);
        this.Message = opts.Message;
      }
    };
    var OperationNotPermittedException = class _OperationNotPermittedException extends ElasticLoadBalancingV2ServiceException {
      name = "OperationNotPermittedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OperationNotPermittedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationNotPermittedException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceInUseException = class _ResourceInUseException extends ElasticLoadBalancingV2ServiceException {
      name = "ResourceInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var SubnetNotFoundException = class _SubnetNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "SubnetNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SubnetNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SubnetNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyLoadBalancersException = class _TooManyLoadBalancersException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyLoadBalancersException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyLoadBalancersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyLoadBalancersException.prototype);
        this.Message = opts.Message;
      }
    };
    var PriorityInUseException = class _PriorityInUseException extends ElasticLoadBalancingV2ServiceException {
      name = "PriorityInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PriorityInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PriorityInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyRulesException = class _TooManyRulesException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyRulesException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyRulesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRulesException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyTargetGroupsException = class _TooManyTargetGroupsException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyTargetGroupsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyTargetGroupsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTargetGroupsException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateTargetGroupNameException = class _DuplicateTargetGroupNameException extends ElasticLoadBalancingV2ServiceException {
      name = "DuplicateTargetGroupNameException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateTargetGroupNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateTargetGroupNameException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateTrustStoreNameException = class _DuplicateTrustStoreNameException extends ElasticLoadBalancingV2ServiceException {
      name = "DuplicateTrustStoreNameException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateTrustStoreNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateTrustStoreNameException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidCaCertificatesBundleException = class _InvalidCaCertificatesBundleException extends ElasticLoadBalancingV2ServiceException {
      name = "InvalidCaCertificatesBundleException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidCaCertificatesBundleException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidCaCertificatesBundleException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyTrustStoresException = class _TooManyTrustStoresException extends ElasticLoadBalancingV2ServiceException {
      name = "TooManyTrustStoresException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyTrustStoresException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTrustStoresException.prototype);
        this.Message = opts.Message;
      }
    };
    var DeleteAssociationSameAccountException = class _DeleteAssociationSameAccountException extends ElasticLoadBalancingV2ServiceException {
      name = "DeleteAssociationSameAccountException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DeleteAssociationSameAccountException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DeleteAssociationSameAccountException.prototype);
        this.Message = opts.Message;
      }
    };
    var TrustStoreAssociationNotFoundException = class _TrustStoreAssociationNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "TrustStoreAssociationNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TrustStoreAssociationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TrustStoreAssociationNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TrustStoreInUseException = class _TrustStoreInUseException extends ElasticLoadBalancingV2ServiceException {
      name = "TrustStoreInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TrustStoreInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TrustStoreInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidTargetException = class _InvalidTargetException extends ElasticLoadBalancingV2ServiceException {
      name = "InvalidTargetException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTargetException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTargetException.prototype);
        this.Message = opts.Message;
      }
    };
    var HealthUnavailableException = class _HealthUnavailableException extends ElasticLoadBalancingV2ServiceException {
      name = "HealthUnavailableException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "HealthUnavailableException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _HealthUnavailableException.prototype);
        this.Message = opts.Message;
      }
    };
    var RevocationIdNotFoundException = class _RevocationIdNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "RevocationIdNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "RevocationIdNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RevocationIdNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends ElasticLoadBalancingV2ServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InsufficientCapacityException = class _InsufficientCapacityException extends ElasticLoadBalancingV2ServiceException {
      name = "InsufficientCapacityException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InsufficientCapacityException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InsufficientCapacityException.prototype);
        this.Message = opts.Message;
      }
    };
    var PriorRequestNotCompleteException = class _PriorRequestNotCompleteException extends ElasticLoadBalancingV2ServiceException {
      name = "PriorRequestNotCompleteException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PriorRequestNotCompleteException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PriorRequestNotCompleteException.prototype);
        this.Message = opts.Message;
      }
    };
    var _A = "Action";
    var _AC = "AdditionalClaims";
    var _ACAC = "AuthenticateCognitoActionConfig";
    var _ACC = "AuthenticateCognitoConfig";
    var _AD = "AnomalyDetection";
    var _AE = "AuthorizationEndpoint";
    var _AI = "AllocationId";
    var _AINFE = "AllocationIdNotFoundException";
    var _ALC = "AddListenerCertificates";
    var _ALCI = "AddListenerCertificatesInput";
    var _ALCO = "AddListenerCertificatesOutput";
    var _ALPNPNSE = "ALPNPolicyNotSupportedException";
    var _AO = "AdministrativeOverride";
    var _AOAC = "AuthenticateOidcActionConfig";
    var _AOC = "AuthenticateOidcConfig";
    var _AP = "AlpnPolicy";
    var _AREP = "AuthenticationRequestExtraParams";
    var _AT = "AddTags";
    var _ATI = "AddTagsInput";
    var _ATO = "AddTagsOutput";
    var _ATSCN = "AdvertiseTrustStoreCaNames";
    var _ATSR = "AddTrustStoreRevocations";
    var _ATSRI = "AddTrustStoreRevocationsInput";
    var _ATSRO = "AddTrustStoreRevocationsOutput";
    var _AZ = "AvailabilityZone";
    var _AZNSE = "AvailabilityZoneNotSupportedException";
    var _AZv = "AvailabilityZones";
    var _Ac = "Actions";
    var _At = "Attributes";
    var _C = "Certificates";
    var _CA = "CertificateArn";
    var _CCBNFE = "CaCertificatesBundleNotFoundException";
    var _CCBSB = "CaCertificatesBundleS3Bucket";
    var _CCBSK = "CaCertificatesBundleS3Key";
    var _CCBSOV = "CaCertificatesBundleS3ObjectVersion";
    var _CDRLEE = "CapacityDecreaseRequestsLimitExceededException";
    var _CHZI = "CanonicalHostedZoneId";
    var _CI = "ClientId";
    var _CL = "CertificateList";
    var _CLB = "CreateLoadBalancer";
    var _CLBI = "CreateLoadBalancerInput";
    var _CLBO = "CreateLoadBalancerOutput";
    var _CLI = "CreateListenerInput";
    var _CLO = "CreateListenerOutput";
    var _CLr = "CreateListener";
    var _CNFE = "CertificateNotFoundException";
    var _COIP = "CustomerOwnedIpv4Pool";
    var _CR = "CreateRule";
    var _CRI = "CreateRuleInput";
    var _CRO = "CreateRuleOutput";
    var _CRPE = "CapacityReservationPendingException";
    var _CRS = "CapacityReservationStatus";
    var _CRSa = "CapacityReservationState";
    var _CS = "ClientSecret";
    var _CT = "ContentType";
    var _CTG = "CreateTargetGroup";
    var _CTGI = "CreateTargetGroupInput";
    var _CTGO = "CreateTargetGroupOutput";
    var _CTS = "CreateTrustStore";
    var _CTSI = "CreateTrustStoreInput";
    var _CTSO = "CreateTrustStoreOutput";
    var _CTr = "CreatedTime";
    var _CU = "CapacityUnits";
    var _CULEE = "CapacityUnitsLimitExceededException";
    var _Ce = "Certificate";
    var _Ci = "Cipher";
    var _Cip = "Ciphers";
    var _Co = "Code";
    var _Con = "Conditions";
    var _D = "Description";
    var _DA = "DefaultActions";
    var _DAL = "DescribeAccountLimits";
    var _DALI = "DescribeAccountLimitsInput";
    var _DALO = "DescribeAccountLimitsOutput";
    var _DASAE = "DeleteAssociationSameAccountException";
    var _DCR = "DescribeCapacityReservation";
    var _DCRI = "DescribeCapacityReservationInput";
    var _DCRO = "DescribeCapacityReservationOutput";
    var _DL = "DeleteListener";
    var _DLA = "DescribeListenerAttributes";
    var _DLAI = "DescribeListenerAttributesInput";
    var _DLAO = "DescribeListenerAttributesOutput";
    var _DLB = "DeleteLoadBalancer";
    var _DLBA = "DescribeLoadBalancerAttributes";
    var _DLBAI = "DescribeLoadBalancerAttributesInput";
    var _DLBAO = "DescribeLoadBalancerAttributesOutput";
    var _DLBI = "DeleteLoadBalancerInput";
    var _DLBIe = "DescribeLoadBalancersInput";
    var _DLBNE = "DuplicateLoadBalancerNameException";
    var _DLBO = "DeleteLoadBalancerOutput";
    var _DLBOe = "DescribeLoadBalancersOutput";
    var _DLBe = "DescribeLoadBalancers";
    var _DLC = "DescribeListenerCertificates";
    var _DLCI = "DescribeListenerCertificatesInput";
    var _DLCO = "DescribeListenerCertificatesOutput";
    var _DLE = "DuplicateListenerException";
    var _DLI = "DeleteListenerInput";
    var _DLIe = "DescribeListenersInput";
    var _DLO = "DeleteListenerOutput";
    var _DLOe = "DescribeListenersOutput";
    var _DLe = "DescribeListeners";
    var _DNSN = "DNSName";
    var _DR = "DeleteRule";
    var _DRI = "DeleteRuleInput";
    var _DRIe = "DescribeRulesInput";
    var _DRO = "DeleteRuleOutput";
    var _DROe = "DescribeRulesOutput";
    var _DRR = "DecreaseRequestsRemaining";
    var _DRe = "DescribeRules";
    var _DS = "DurationSeconds";
    var _DSSLP = "DescribeSSLPolicies";
    var _DSSLPI = "DescribeSSLPoliciesInput";
    var _DSSLPO = "DescribeSSLPoliciesOutput";
    var _DSTSA = "DeleteSharedTrustStoreAssociation";
    var _DSTSAI = "DeleteSharedTrustStoreAssociationInput";
    var _DSTSAO = "DeleteSharedTrustStoreAssociationOutput";
    var _DT = "DeregisterTargets";
    var _DTG = "DeleteTargetGroup";
    var _DTGA = "DescribeTargetGroupAttributes";
    var _DTGAI = "DescribeTargetGroupAttributesInput";
    var _DTGAO = "DescribeTargetGroupAttributesOutput";
    var _DTGI = "DeleteTargetGroupInput";
    var _DTGIe = "DescribeTargetGroupsInput";
    var _DTGNE = "DuplicateTargetGroupNameException";
    var _DTGO = "DeleteTargetGroupOutput";
    var _DTGOe = "DescribeTargetGroupsOutput";
    var _DTGe = "DescribeTargetGroups";
    var _DTH = "DescribeTargetHealth";
    var _DTHI = "DescribeTargetHealthInput";
    var _DTHO = "DescribeTargetHealthOutput";
    var _DTI = "DeregisterTargetsInput";
    var _DTIe = "DescribeTagsInput";
    var _DTKE = "DuplicateTagKeysException";
    var _DTO = "DeregisterTargetsOutput";
    var _DTOe = "DescribeTagsOutput";
    var _DTS = "DeleteTrustStore";
    var _DTSA = "DescribeTrustStoreAssociations";
    var _DTSAI = "DescribeTrustStoreAssociationsInput";
    var _DTSAO = "DescribeTrustStoreAssociationsOutput";
    var _DTSI = "DeleteTrustStoreInput";
    var _DTSIe = "DescribeTrustStoresInput";
    var _DTSNE = "DuplicateTrustStoreNameException";
    var _DTSO = "DeleteTrustStoreOutput";
    var _DTSOe = "DescribeTrustStoresOutput";
    var _DTSR = "DescribeTrustStoreRevocation";
    var _DTSRI = "DescribeTrustStoreRevocationsInput";
    var _DTSRO = "DescribeTrustStoreRevocationsOutput";
    var _DTSRR = "DescribeTrustStoreRevocationResponse";
    var _DTSRe = "DescribeTrustStoreRevocations";
    var _DTSe = "DescribeTrustStores";
    var _DTe = "DescribeTags";
    var _E = "Enabled";
    var _ECU = "EffectiveCapacityUnits";
    var _EPFISN = "EnablePrefixForIpv6SourceNat";
    var _ESGIROPLT = "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic";
    var _F = "Format";
    var _FAC = "ForwardActionConfig";
    var _FC = "ForwardConfig";
    var _FRAC = "FixedResponseActionConfig";
    var _FRC = "FixedResponseConfig";
    var _Fi = "Field";
    var _GC = "GrpcCode";
    var _GRP = "GetResourcePolicy";
    var _GRPI = "GetResourcePolicyInput";
    var _GRPO = "GetResourcePolicyOutput";
    var _GTSCCB = "GetTrustStoreCaCertificatesBundle";
    var _GTSCCBI = "GetTrustStoreCaCertificatesBundleInput";
    var _GTSCCBO = "GetTrustStoreCaCertificatesBundleOutput";
    var _GTSRC = "GetTrustStoreRevocationContent";
    var _GTSRCI = "GetTrustStoreRevocationContentInput";
    var _GTSRCO = "GetTrustStoreRevocationContentOutput";
    var _H = "Host";
    var _HC = "HttpCode";
    var _HCE = "HealthCheckEnabled";
    var _HCIS = "HealthCheckIntervalSeconds";
    var _HCP = "HealthCheckProtocol";
    var _HCPe = "HealthCheckPort";
    var _HCPea = "HealthCheckPath";
    var _HCTS = "HealthCheckTimeoutSeconds";
    var _HHC = "HostHeaderConfig";
    var _HHCC = "HostHeaderConditionConfig";
    var _HHCCt = "HttpHeaderConditionConfig";
    var _HHCt = "HttpHeaderConfig";
    var _HHN = "HttpHeaderName";
    var _HHRC = "HostHeaderRewriteConfig";
    var _HRMC = "HttpRequestMethodConfig";
    var _HRMCC = "HttpRequestMethodConditionConfig";
    var _HTC = "HealthyThresholdCount";
    var _HUE = "HealthUnavailableException";
    var _I = "Issuer";
    var _IA = "IpAddress";
    var _IAT = "IpAddressType";
    var _ICCBE = "InvalidCaCertificatesBundleException";
    var _ICCE = "IgnoreClientCertificateExpiry";
    var _ICE = "InsufficientCapacityException";
    var _ICRE = "InvalidConfigurationRequestException";
    var _ID = "IsDefault";
    var _IIPI = "Ipv4IpamPoolId";
    var _ILBAE = "InvalidLoadBalancerActionException";
    var _IP = "IpamPools";
    var _IPA = "IPv6Address";
    var _IPE = "IncompatibleProtocolsException";
    var _IRCE = "InvalidRevocationContentException";
    var _ISE = "InvalidSchemeException";
    var _ISEn = "InvalidSubnetException";
    var _ISGE = "InvalidSecurityGroupException";
    var _ITE = "InvalidTargetException";
    var _Id = "Id";
    var _In = "Include";
    var _JE = "JwksEndpoint";
    var _JVAAC = "JwtValidationActionAdditionalClaim";
    var _JVAACw = "JwtValidationActionAdditionalClaims";
    var _JVAC = "JwtValidationActionConfig";
    var _JVC = "JwtValidationConfig";
    var _K = "Key";
    var _L = "Listeners";
    var _LA = "ListenerArn";
    var _LAi = "ListenerArns";
    var _LAis = "ListenerAttribute";
    var _LAist = "ListenerAttributes";
    var _LB = "LoadBalancers";
    var _LBA = "LoadBalancerAddresses";
    var _LBAo = "LoadBalancerArn";
    var _LBAoa = "LoadBalancerArns";
    var _LBAoad = "LoadBalancerAddress";
    var _LBAoada = "LoadBalancerAttribute";
    var _LBAoadal = "LoadBalancerAttributes";
    var _LBN = "LoadBalancerName";
    var _LBNFE = "LoadBalancerNotFoundException";
    var _LBS = "LoadBalancerState";
    var _LBT = "LoadBalancerType";
    var _LBo = "LoadBalancer";
    var _LMT = "LastModifiedTime";
    var _LNFE = "ListenerNotFoundException";
    var _Li = "Limits";
    var _Lim = "Limit";
    var _Lis = "Listener";
    var _Lo = "Location";
    var _M = "Message";
    var _MA = "MutualAuthentication";
    var _MAA = "MutualAuthenticationAttributes";
    var _MB = "MessageBody";
    var _MCR = "ModifyCapacityReservation";
    var _MCRI = "ModifyCapacityReservationInput";
    var _MCRO = "ModifyCapacityReservationOutput";
    var _MIE = "MitigationInEffect";
    var _MIP = "ModifyIpPools";
    var _MIPI = "ModifyIpPoolsInput";
    var _MIPO = "ModifyIpPoolsOutput";
    var _ML = "ModifyListener";
    var _MLA = "ModifyListenerAttributes";
    var _MLAI = "ModifyListenerAttributesInput";
    var _MLAO = "ModifyListenerAttributesOutput";
    var _MLBA = "ModifyLoadBalancerAttributes";
    var _MLBAI = "ModifyLoadBalancerAttributesInput";
    var _MLBAO = "ModifyLoadBalancerAttributesOutput";
    var _MLBC = "MinimumLoadBalancerCapacity";
    var _MLI = "ModifyListenerInput";
    var _MLO = "ModifyListenerOutput";
    var _MR = "ModifyRule";
    var _MRI = "ModifyRuleInput";
    var _MRO = "ModifyRuleOutput";
    var _MTG = "ModifyTargetGroup";
    var _MTGA = "ModifyTargetGroupAttributes";
    var _MTGAI = "ModifyTargetGroupAttributesInput";
    var _MTGAO = "ModifyTargetGroupAttributesOutput";
    var _MTGI = "ModifyTargetGroupInput";
    var _MTGO = "ModifyTargetGroupOutput";
    var _MTS = "ModifyTrustStore";
    var _MTSI = "ModifyTrustStoreInput";
    var _MTSO = "ModifyTrustStoreOutput";
    var _Ma = "Matcher";
    var _Mar = "Marker";
    var _Max = "Max";
    var _Mo = "Mode";
    var _N = "Name";
    var _NM = "NextMarker";
    var _NOCC = "NumberOfCaCertificates";
    var _NORE = "NumberOfRevokedEntries";
    var _Na = "Names";
    var _O = "Order";
    var _OI = "OutpostId";
    var _ONPE = "OperationNotPermittedException";
    var _OUR = "OnUnauthenticatedRequest";
    var _P = "Priority";
    var _PIPA = "PrivateIPv4Address";
    var _PIUE = "PriorityInUseException";
    var _PPC = "PathPatternConfig";
    var _PPCC = "PathPatternConditionConfig";
    var _PRNCE = "PriorRequestNotCompleteException";
    var _PS = "PageSize";
    var _PV = "ProtocolVersion";
    var _Pa = "Path";
    var _Po = "Port";
    var _Pol = "Policy";
    var _Pr = "Protocol";
    var _Q = "Query";
    var _QSC = "QueryStringConfig";
    var _QSCC = "QueryStringConditionConfig";
    var _QSI = "QuicServerId";
    var _QSKVP = "QueryStringKeyValuePair";
    var _QSKVPL = "QueryStringKeyValuePairList";
    var _R = "Reason";
    var _RA = "ResourceArns";
    var _RAC = "RedirectActionConfig";
    var _RAe = "ResourceArn";
    var _RAu = "RuleArn";
    var _RAul = "RuleArns";
    var _RC = "RedirectConfig";
    var _RCL = "RewriteConfigList";
    var _RCLu = "RuleConditionList";
    var _RCNFE = "RevocationContentNotFoundException";
    var _RCR = "ResetCapacityReservation";
    var _RCe = "RevocationContents";
    var _RCev = "RevocationContent";
    var _RCew = "RewriteConfig";
    var _RCu = "RuleCondition";
    var _RI = "RevocationId";
    var _RINFE = "RevocationIdNotFoundException";
    var _RIP = "RemoveIpamPools";
    var _RIUE = "ResourceInUseException";
    var _RIe = "RevocationIds";
    var _RLC = "RemoveListenerCertificates";
    var _RLCI = "RemoveListenerCertificatesInput";
    var _RLCO = "RemoveListenerCertificatesOutput";
    var _RNFE = "ResourceNotFoundException";
    var _RNFEu = "RuleNotFoundException";
    var _RP = "RulePriorities";
    var _RPL = "RulePriorityList";
    var _RPP = "RulePriorityPair";
    var _RT = "RevocationType";
    var _RTI = "RegisterTargetsInput";
    var _RTIe = "RemoveTagsInput";
    var _RTL = "RuleTransformList";
    var _RTO = "RegisterTargetsOutput";
    var _RTOe = "RemoveTagsOutput";
    var _RTSR = "RemoveTrustStoreRevocations";
    var _RTSRI = "RemoveTrustStoreRevocationsInput";
    var _RTSRO = "RemoveTrustStoreRevocationsOutput";
    var _RTe = "ResetTransforms";
    var _RTeg = "RegisterTargets";
    var _RTem = "RemoveTags";
    var _RTu = "RuleTransform";
    var _RV = "RegexValues";
    var _Re = "Result";
    var _Reg = "Regex";
    var _Rep = "Replace";
    var _Rew = "Rewrites";
    var _Ru = "Rules";
    var _Rul = "Rule";
    var _S = "State";
    var _SB = "S3Bucket";
    var _SC = "StatusCode";
    var _SCN = "SessionCookieName";
    var _SG = "SecurityGroups";
    var _SGI = "SecurityGroupIds";
    var _SI = "SubnetId";
    var _SIAT = "SetIpAddressType";
    var _SIATI = "SetIpAddressTypeInput";
    var _SIATO = "SetIpAddressTypeOutput";
    var _SIC = "SourceIpConfig";
    var _SICC = "SourceIpConditionConfig";
    var _SK = "S3Key";
    var _SLBT = "SupportedLoadBalancerTypes";
    var _SM = "SubnetMappings";
    var _SMu = "SubnetMapping";
    var _SNFE = "SubnetNotFoundException";
    var _SNIP = "SourceNatIpv6Prefixes";
    var _SNIPo = "SourceNatIpv6Prefix";
    var _SOV = "S3ObjectVersion";
    var _SP = "SslPolicy";
    var _SPs = "SslPolicies";
    var _SPsl = "SslProtocols";
    var _SRP = "SetRulePriorities";
    var _SRPI = "SetRulePrioritiesInput";
    var _SRPO = "SetRulePrioritiesOutput";
    var _SS = "SetSubnets";
    var _SSG = "SetSecurityGroups";
    var _SSGI = "SetSecurityGroupsInput";
    var _SSGO = "SetSecurityGroupsOutput";
    var _SSI = "SetSubnetsInput";
    var _SSLPNFE = "SSLPolicyNotFoundException";
    var _SSO = "SetSubnetsOutput";
    var _ST = "SessionTimeout";
    var _Sc = "Scope";
    var _Sch = "Scheme";
    var _St = "Status";
    var _Su = "Subnets";
    var _T = "Type";
    var _TCP = "TargetControlPort";
    var _TD = "TagDescriptions";
    var _TDa = "TagDescription";
    var _TDar = "TargetDescription";
    var _TDarg = "TargetDescriptions";
    var _TE = "TokenEndpoint";
    var _TG = "TargetGroups";
    var _TGA = "TargetGroupArn";
    var _TGALE = "TargetGroupAssociationLimitException";
    var _TGAa = "TargetGroupArns";
    var _TGAar = "TargetGroupAttribute";
    var _TGAarg = "TargetGroupAttributes";
    var _TGL = "TargetGroupList";
    var _TGN = "TargetGroupName";
    var _TGNFE = "TargetGroupNotFoundException";
    var _TGSC = "TargetGroupStickinessConfig";
    var _TGT = "TargetGroupTuple";
    var _TGa = "TargetGroup";
    var _TH = "TargetHealth";
    var _THD = "TargetHealthDescriptions";
    var _THDa = "TargetHealthDescription";
    var _TK = "TagKeys";
    var _TL = "TagList";
    var _TMAE = "TooManyActionsException";
    var _TMCE = "TooManyCertificatesException";
    var _TMLBE = "TooManyLoadBalancersException";
    var _TMLE = "TooManyListenersException";
    var _TMRE = "TooManyRulesException";
    var _TMRFTIE = "TooManyRegistrationsForTargetIdException";
    var _TMTE = "TooManyTagsException";
    var _TMTEo = "TooManyTargetsException";
    var _TMTGE = "TooManyTargetGroupsException";
    var _TMTSE = "TooManyTrustStoresException";
    var _TMTSREE = "TooManyTrustStoreRevocationEntriesException";
    var _TMUTGPLBE = "TooManyUniqueTargetGroupsPerLoadBalancerException";
    var _TRE = "TotalRevokedEntries";
    var _TS = "TrustStores";
    var _TSA = "TrustStoreArn";
    var _TSANFE = "TrustStoreAssociationNotFoundException";
    var _TSAS = "TrustStoreAssociationStatus";
    var _TSAr = "TrustStoreAssociations";
    var _TSAru = "TrustStoreArns";
    var _TSArus = "TrustStoreAssociation";
    var _TSIUE = "TrustStoreInUseException";
    var _TSNFE = "TrustStoreNotFoundException";
    var _TSNRE = "TrustStoreNotReadyException";
    var _TSR = "TrustStoreRevocations";
    var _TSRr = "TrustStoreRevocation";
    var _TSr = "TrustStore";
    var _TT = "TargetType";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _Tar = "Targets";
    var _Targ = "Target";
    var _Tr = "Transforms";
    var _UECS = "UseExistingClientSecret";
    var _UIE = "UserInfoEndpoint";
    var _UPA = "UserPoolArn";
    var _UPCI = "UserPoolClientId";
    var _UPD = "UserPoolDomain";
    var _UPE = "UnsupportedProtocolException";
    var _URC = "UrlRewriteConfig";
    var _UTC = "UnhealthyThresholdCount";
    var _V = "Values";
    var _VI = "VpcId";
    var _Va = "Value";
    var _W = "Weight";
    var _ZCRS = "ZonalCapacityReservationState";
    var _ZCRSo = "ZonalCapacityReservationStates";
    var _ZN = "ZoneName";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.elasticloadbalancingv2";
    var _se = "server";
    var n0 = "com.amazonaws.elasticloadbalancingv2";
    var _s_registry = new TypeRegistry(_s);
    var ElasticLoadBalancingV2ServiceException$ = [-3, _s, "ElasticLoadBalancingV2ServiceException", 0, [], []];
    _s_registry.registerError(ElasticLoadBalancingV2ServiceException$, ElasticLoadBalancingV2ServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AllocationIdNotFoundException$ = [
      -3,
      n0,
      _AINFE,
      { [_aQE]: [`AllocationIdNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AllocationIdNotFoundException$, AllocationIdNotFoundException);
    var ALPNPolicyNotSupportedException$ = [
      -3,
      n0,
      _ALPNPNSE,
      { [_aQE]: [`ALPNPolicyNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ALPNPolicyNotSupportedException$, ALPNPolicyNotSupportedException);
    var AvailabilityZoneNotSupportedException$ = [
      -3,
      n0,
      _AZNSE,
      { [_aQE]: [`AvailabilityZoneNotSupported`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AvailabilityZoneNotSupportedException$, AvailabilityZoneNotSupportedException);
    var CaCertificatesBundleNotFoundException$ = [
      -3,
      n0,
      _CCBNFE,
      { [_aQE]: [`CaCertificatesBundleNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CaCertificatesBundleNotFoundException$, CaCertificatesBundleNotFoundException);
    var CapacityDecreaseRequestsLimitExceededException$ = [
      -3,
      n0,
      _CDRLEE,
      { [_aQE]: [`CapacityDecreaseRequestLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CapacityDecreaseRequestsLimitExceededException$, CapacityDecreaseRequestsLimitExceededException);
    var CapacityReservationPendingException$ = [
      -3,
      n0,
      _CRPE,
      { [_aQE]: [`CapacityReservationPending`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CapacityReservationPendingException$, CapacityReservationPendingException);
    var CapacityUnitsLimitExceededException$ = [
      -3,
      n0,
      _CULEE,
      { [_aQE]: [`CapacityUnitsLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CapacityUnitsLimitExceededException$, CapacityUnitsLimitExceededException);
    var CertificateNotFoundException$ = [
      -3,
      n0,
      _CNFE,
      { [_aQE]: [`CertificateNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CertificateNotFoundException$, CertificateNotFoundException);
    var DeleteAssociationSameAccountException$ = [
      -3,
      n0,
      _DASAE,
      { [_aQE]: [`DeleteAssociationSameAccount`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DeleteAssociationSameAccountException$, DeleteAssociationSameAccountException);
    var DuplicateListenerException$ = [
      -3,
      n0,
      _DLE,
      { [_aQE]: [`DuplicateListener`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateListenerException$, DuplicateListenerException);
    var DuplicateLoadBalancerNameException$ = [
      -3,
      n0,
      _DLBNE,
      { [_aQE]: [`DuplicateLoadBalancerName`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateLoadBalancerNameException$, DuplicateLoadBalancerNameException);
    var DuplicateTagKeysException$ = [
      -3,
      n0,
      _DTKE,
      { [_aQE]: [`DuplicateTagKeys`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateTagKeysException$, DuplicateTagKeysException);
    var DuplicateTargetGroupNameException$ = [
      -3,
      n0,
      _DTGNE,
      { [_aQE]: [`DuplicateTargetGroupName`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateTargetGroupNameException$, DuplicateTargetGroupNameException);
    var DuplicateTrustStoreNameException$ = [
      -3,
      n0,
      _DTSNE,
      { [_aQE]: [`DuplicateTrustStoreName`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateTrustStoreNameException$, DuplicateTrustStoreNameException);
    var HealthUnavailableException$ = [
      -3,
      n0,
      _HUE,
      { [_aQE]: [`HealthUnavailable`, 500], [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(HealthUnavailableException$, HealthUnavailableException);
    var IncompatibleProtocolsException$ = [
      -3,
      n0,
      _IPE,
      { [_aQE]: [`IncompatibleProtocols`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(IncompatibleProtocolsException$, IncompatibleProtocolsException);
    var InsufficientCapacityException$ = [
      -3,
      n0,
      _ICE,
      { [_aQE]: [`InsufficientCapacity`, 500], [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InsufficientCapacityException$, InsufficientCapacityException);
    var InvalidCaCertificatesBundleException$ = [
      -3,
      n0,
      _ICCBE,
      { [_aQE]: [`InvalidCaCertificatesBundle`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidCaCertificatesBundleException$, InvalidCaCertificatesBundleException);
    var InvalidConfigurationRequestException$ = [
      -3,
      n0,
      _ICRE,
      { [_aQE]: [`InvalidConfigurationRequest`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidConfigurationRequestException$, InvalidConfigurationRequestException);
    var InvalidLoadBalancerActionException$ = [
      -3,
      n0,
      _ILBAE,
      { [_aQE]: [`InvalidLoadBalancerAction`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidLoadBalancerActionException$, InvalidLoadBalancerActionException);
    var InvalidRevocationContentException$ = [
      -3,
      n0,
      _IRCE,
      { [_aQE]: [`InvalidRevocationContent`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidRevocationContentException$, InvalidRevocationContentException);
    var InvalidSchemeException$ = [
      -3,
      n0,
      _ISE,
      { [_aQE]: [`InvalidScheme`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidSchemeException$, InvalidSchemeException);
    var InvalidSecurityGroupException$ = [
      -3,
      n0,
      _ISGE,
      { [_aQE]: [`InvalidSecurityGroup`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidSecurityGroupException$, InvalidSecurityGroupException);
    var InvalidSubnetException$ = [
      -3,
      n0,
      _ISEn,
      { [_aQE]: [`InvalidSubnet`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidSubnetException$, InvalidSubnetException);
    var InvalidTargetException$ = [
      -3,
      n0,
      _ITE,
      { [_aQE]: [`InvalidTarget`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTargetException$, InvalidTargetException);
    var ListenerNotFoundException$ = [
      -3,
      n0,
      _LNFE,
      { [_aQE]: [`ListenerNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ListenerNotFoundException$, ListenerNotFoundException);
    var LoadBalancerNotFoundException$ = [
      -3,
      n0,
      _LBNFE,
      { [_aQE]: [`LoadBalancerNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(LoadBalancerNotFoundException$, LoadBalancerNotFoundException);
    var OperationNotPermittedException$ = [
      -3,
      n0,
      _ONPE,
      { [_aQE]: [`OperationNotPermitted`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OperationNotPermittedException$, OperationNotPermittedException);
    var PriorityInUseException$ = [
      -3,
      n0,
      _PIUE,
      { [_aQE]: [`PriorityInUse`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PriorityInUseException$, PriorityInUseException);
    var PriorRequestNotCompleteException$ = [
      -3,
      n0,
      _PRNCE,
      { [_aQE]: [`PriorRequestNotComplete`, 429], [_e]: _c, [_hE]: 429 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PriorRequestNotCompleteException$, PriorRequestNotCompleteException);
    var ResourceInUseException$ = [
      -3,
      n0,
      _RIUE,
      { [_aQE]: [`ResourceInUse`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_aQE]: [`ResourceNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var RevocationContentNotFoundException$ = [
      -3,
      n0,
      _RCNFE,
      { [_aQE]: [`RevocationContentNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(RevocationContentNotFoundException$, RevocationContentNotFoundException);
    var RevocationIdNotFoundException$ = [
      -3,
      n0,
      _RINFE,
      { [_aQE]: [`RevocationIdNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(RevocationIdNotFoundException$, RevocationIdNotFoundException);
    var RuleNotFoundException$ = [
      -3,
      n0,
      _RNFEu,
      { [_aQE]: [`RuleNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(RuleNotFoundException$, RuleNotFoundException);
    var SSLPolicyNotFoundException$ = [
      -3,
      n0,
      _SSLPNFE,
      { [_aQE]: [`SSLPolicyNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(SSLPolicyNotFoundException$, SSLPolicyNotFoundException);
    var SubnetNotFoundException$ = [
      -3,
      n0,
      _SNFE,
      { [_aQE]: [`SubnetNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(SubnetNotFoundException$, SubnetNotFoundException);
    var TargetGroupAssociationLimitException$ = [
      -3,
      n0,
      _TGALE,
      { [_aQE]: [`TargetGroupAssociationLimit`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TargetGroupAssociationLimitException$, TargetGroupAssociationLimitException);
    var TargetGroupNotFoundException$ = [
      -3,
      n0,
      _TGNFE,
      { [_aQE]: [`TargetGroupNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TargetGroupNotFoundException$, TargetGroupNotFoundException);
    var TooManyActionsException$ = [
      -3,
      n0,
      _TMAE,
      { [_aQE]: [`TooManyActions`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyActionsException$, TooManyActionsException);
    var TooManyCertificatesException$ = [
      -3,
      n0,
      _TMCE,
      { [_aQE]: [`TooManyCertificates`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyCertificatesException$, TooManyCertificatesException);
    var TooManyListenersException$ = [
      -3,
      n0,
      _TMLE,
      { [_aQE]: [`TooManyListeners`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyListenersException$, TooManyListenersException);
    var TooManyLoadBalancersException$ = [
      -3,
      n0,
      _TMLBE,
      { [_aQE]: [`TooManyLoadBalancers`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyLoadBalancersException$, TooManyLoadBalancersException);
    var TooManyRegistrationsForTargetIdException$ = [
      -3,
      n0,
      _TMRFTIE,
      { [_aQE]: [`TooManyRegistrationsForTargetId`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyRegistrationsForTargetIdException$, TooManyRegistrationsForTargetIdException);
    var TooManyRulesException$ = [
      -3,
      n0,
      _TMRE,
      { [_aQE]: [`TooManyRules`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyRulesException$, TooManyRulesException);
    var TooManyTagsException$ = [
      -3,
      n0,
      _TMTE,
      { [_aQE]: [`TooManyTags`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    var TooManyTargetGroupsException$ = [
      -3,
      n0,
      _TMTGE,
      { [_aQE]: [`TooManyTargetGroups`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyTargetGroupsException$, TooManyTargetGroupsException);
    var TooManyTargetsException$ = [
      -3,
      n0,
      _TMTEo,
      { [_aQE]: [`TooManyTargets`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyTargetsException$, TooManyTargetsException);
    var TooManyTrustStoreRevocationEntriesException$ = [
      -3,
      n0,
      _TMTSREE,
      { [_aQE]: [`TooManyTrustStoreRevocationEntries`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyTrustStoreRevocationEntriesException$, TooManyTrustStoreRevocationEntriesException);
    var TooManyTrustStoresException$ = [
      -3,
      n0,
      _TMTSE,
      { [_aQE]: [`TooManyTrustStores`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyTrustStoresException$, TooManyTrustStoresException);
    var TooManyUniqueTargetGroupsPerLoadBalancerException$ = [
      -3,
      n0,
      _TMUTGPLBE,
      { [_aQE]: [`TooManyUniqueTargetGroupsPerLoadBalancer`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyUniqueTargetGroupsPerLoadBalancerException$, TooManyUniqueTargetGroupsPerLoadBalancerException);
    var TrustStoreAssociationNotFoundException$ = [
      -3,
      n0,
      _TSANFE,
      { [_aQE]: [`AssociationNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TrustStoreAssociationNotFoundException$, TrustStoreAssociationNotFoundException);
    var TrustStoreInUseException$ = [
      -3,
      n0,
      _TSIUE,
      { [_aQE]: [`TrustStoreInUse`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TrustStoreInUseException$, TrustStoreInUseException);
    var TrustStoreNotFoundException$ = [
      -3,
      n0,
      _TSNFE,
      { [_aQE]: [`TrustStoreNotFound`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TrustStoreNotFoundException$, TrustStoreNotFoundException);
    var TrustStoreNotReadyException$ = [
      -3,
      n0,
      _TSNRE,
      { [_aQE]: [`TrustStoreNotReady`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TrustStoreNotReadyException$, TrustStoreNotReadyException);
    var UnsupportedProtocolException$ = [
      -3,
      n0,
      _UPE,
      { [_aQE]: [`UnsupportedProtocol`, 400], [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedProtocolException$, UnsupportedProtocolException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var Action$ = [
      3,
      n0,
      _A,
      0,
      [_T, _TGA, _AOC, _ACC, _O, _RC, _FRC, _FC, _JVC],
      [0, 0, () => AuthenticateOidcActionConfig$, () => AuthenticateCognitoActionConfig$, 1, () => RedirectActionConfig$, () => FixedResponseActionConfig$, () => ForwardActionConfig$, () => JwtValidationActionConfig$],
      1
    ];
    var AddListenerCertificatesInput$ = [
      3,
      n0,
      _ALCI,
      0,
      [_LA, _C],
      [0, () => CertificateList],
      2
    ];
    var AddListenerCertificatesOutput$ = [
      3,
      n0,
      _ALCO,
      0,
      [_C],
      [() => CertificateList]
    ];
    var AddTagsInput$ = [
      3,
      n0,
      _ATI,
      0,
      [_RA, _Ta],
      [64 | 0, () => TagList],
      2
    ];
    var AddTagsOutput$ = [
      3,
      n0,
      _ATO,
      0,
      [],
      []
    ];
    var AddTrustStoreRevocationsInput$ = [
      3,
      n0,
      _ATSRI,
      0,
      [_TSA, _RCe],
      [0, () => RevocationContents],
      1
    ];
    var AddTrustStoreRevocationsOutput$ = [
      3,
      n0,
      _ATSRO,
      0,
      [_TSR],
      [() => TrustStoreRevocations]
    ];
    var AdministrativeOverride$ = [
      3,
      n0,
      _AO,
      0,
      [_S, _R, _D],
      [0, 0, 0]
    ];
    var AnomalyDetection$ = [
      3,
      n0,
      _AD,
      0,
      [_Re, _MIE],
      [0, 0]
    ];
    var AuthenticateCognitoActionConfig$ = [
      3,
      n0,
      _ACAC,
      0,
      [_UPA, _UPCI, _UPD, _SCN, _Sc, _ST, _AREP, _OUR],
      [0, 0, 0, 0, 0, 1, 128 | 0, 0],
      3
    ];
    var AuthenticateOidcActionConfig$ = [
      3,
      n0,
      _AOAC,
      0,
      [_I, _AE, _TE, _UIE, _CI, _CS, _SCN, _Sc, _ST, _AREP, _OUR, _UECS],
      [0, 0, 0, 0, 0, 0, 0, 0, 1, 128 | 0, 0, 2],
      5
    ];
    var AvailabilityZone$ = [
      3,
      n0,
      _AZ,
      0,
      [_ZN, _SI, _OI, _LBA, _SNIP],
      [0, 0, 0, () => LoadBalancerAddresses, 64 | 0]
    ];
    var CapacityReservationStatus$ = [
      3,
      n0,
      _CRS,
      0,
      [_Co, _R],
      [0, 0]
    ];
    var Certificate$ = [
      3,
      n0,
      _Ce,
      0,
      [_CA, _ID],
      [0, 2]
    ];
    var Cipher$ = [
      3,
      n0,
      _Ci,
      0,
      [_N, _P],
      [0, 1]
    ];
    var CreateListenerInput$ = [
      3,
      n0,
      _CLI,
      0,
      [_LBAo, _DA, _Pr, _Po, _SP, _C, _AP, _Ta, _MA],
      [0, () => Actions, 0, 1, 0, () => CertificateList, 64 | 0, () => TagList, () => MutualAuthenticationAttributes$],
      2
    ];
    var CreateListenerOutput$ = [
      3,
      n0,
      _CLO,
      0,
      [_L],
      [() => Listeners]
    ];
    var CreateLoadBalancerInput$ = [
      3,
      n0,
      _CLBI,
      0,
      [_N, _Su, _SM, _SG, _Sch, _Ta, _T, _IAT, _COIP, _EPFISN, _IP],
      [0, 64 | 0, () => SubnetMappings, 64 | 0, 0, () => TagList, 0, 0, 0, 0, () => IpamPools$],
      1
    ];
    var CreateLoadBalancerOutput$ = [
      3,
      n0,
      _CLBO,
      0,
      [_LB],
      [() => LoadBalancers]
    ];
    var CreateRuleInput$ = [
      3,
      n0,
      _CRI,
      0,
      [_LA, _Con, _P, _Ac, _Ta, _Tr],
      [0, () => RuleConditionList, 1, () => Actions, () => TagList, () => RuleTransformList],
      4
    ];
    var CreateRuleOutput$ = [
      3,
      n0,
      _CRO,
      0,
      [_Ru],
      [() => Rules]
    ];
    var CreateTargetGroupInput$ = [
      3,
      n0,
      _CTGI,
      0,
      [_N, _Pr, _PV, _Po, _VI, _HCP, _HCPe, _HCE, _HCPea, _HCIS, _HCTS, _HTC, _UTC, _Ma, _TT, _Ta, _IAT, _TCP],
      [0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 1, 1, 1, () => Matcher$, 0, () => TagList, 0, 1],
      1
    ];
    var CreateTargetGroupOutput$ = [
      3,
      n0,
      _CTGO,
      0,
      [_TG],
      [() => TargetGroups]
    ];
    var CreateTrustStoreInput$ = [
      3,
      n0,
      _CTSI,
      0,
      [_N, _CCBSB, _CCBSK, _CCBSOV, _Ta],
      [0, 0, 0, 0, () => TagList],
      3
    ];
    var CreateTrustStoreOutput$ = [
      3,
      n0,
      _CTSO,
      0,
      [_TS],
      [() => TrustStores]
    ];
    var DeleteListenerInput$ = [
      3,
      n0,
      _DLI,
      0,
      [_LA],
      [0],
      1
    ];
    var DeleteListenerOutput$ = [
      3,
      n0,
      _DLO,
      0,
      [],
      []
    ];
    var DeleteLoadBalancerInput$ = [
      3,
      n0,
      _DLBI,
      0,
      [_LBAo],
      [0],
      1
    ];
    var DeleteLoadBalancerOutput$ = [
      3,
      n0,
      _DLBO,
      0,
      [],
      []
    ];
    var DeleteRuleInput$ = [
      3,
      n0,
      _DRI,
      0,
      [_RAu],
      [0],
      1
    ];
    var DeleteRuleOutput$ = [
      3,
      n0,
      _DRO,
      0,
      [],
      []
    ];
    var DeleteSharedTrustStoreAssociationInput$ = [
      3,
      n0,
      _DSTSAI,
      0,
      [_TSA, _RAe],
      [0, 0],
      2
    ];
    var DeleteSharedTrustStoreAssociationOutput$ = [
      3,
      n0,
      _DSTSAO,
      0,
      [],
      []
    ];
    var DeleteTargetGroupInput$ = [
      3,
      n0,
      _DTGI,
      0,
      [_TGA],
      [0],
      1
    ];
    var DeleteTargetGroupOutput$ = [
      3,
      n0,
      _DTGO,
      0,
      [],
      []
    ];
    var DeleteTrustStoreInput$ = [
      3,
      n0,
      _DTSI,
      0,
      [_TSA],
      [0],
      1
    ];
    var DeleteTrustStoreOutput$ = [
      3,
      n0,
      _DTSO,
      0,
      [],
      []
    ];
    var DeregisterTargetsInput$ = [
      3,
      n0,
      _DTI,
      0,
      [_TGA, _Tar],
      [0, () => TargetDescriptions],
      2
    ];
    var DeregisterTargetsOutput$ = [
      3,
      n0,
      _DTO,
      0,
      [],
      []
    ];
    var DescribeAccountLimitsInput$ = [
      3,
      n0,
      _DALI,
      0,
      [_Mar, _PS],
      [0, 1]
    ];
    var DescribeAccountLimitsOutput$ = [
      3,
      n0,
      _DALO,
      0,
      [_Li, _NM],
      [() => Limits, 0]
    ];
    var DescribeCapacityReservationInput$ = [
      3,
      n0,
      _DCRI,
      0,
      [_LBAo],
      [0],
      1
    ];
    var DescribeCapacityReservationOutput$ = [
      3,
      n0,
      _DCRO,
      0,
      [_LMT, _DRR, _MLBC, _CRSa],
      [4, 1, () => MinimumLoadBalancerCapacity$, () => ZonalCapacityReservationStates]
    ];
    var DescribeListenerAttributesInput$ = [
      3,
      n0,
      _DLAI,
      0,
      [_LA],
      [0],
      1
    ];
    var DescribeListenerAttributesOutput$ = [
      3,
      n0,
      _DLAO,
      0,
      [_At],
      [() => ListenerAttributes]
    ];
    var DescribeListenerCertificatesInput$ = [
      3,
      n0,
      _DLCI,
      0,
      [_LA, _Mar, _PS],
      [0, 0, 1],
      1
    ];
    var DescribeListenerCertificatesOutput$ = [
      3,
      n0,
      _DLCO,
      0,
      [_C, _NM],
      [() => CertificateList, 0]
    ];
    var DescribeListenersInput$ = [
      3,
      n0,
      _DLIe,
      0,
      [_LBAo, _LAi, _Mar, _PS],
      [0, 64 | 0, 0, 1]
    ];
    var DescribeListenersOutput$ = [
      3,
      n0,
      _DLOe,
      0,
      [_L, _NM],
      [() => Listeners, 0]
    ];
    var DescribeLoadBalancerAttributesInput$ = [
      3,
      n0,
      _DLBAI,
      0,
      [_LBAo],
      [0],
      1
    ];
    var DescribeLoadBalancerAttributesOutput$ = [
      3,
      n0,
      _DLBAO,
      0,
      [_At],
      [() => LoadBalancerAttributes]
    ];
    var DescribeLoadBalancersInput$ = [
      3,
      n0,
      _DLBIe,
      0,
      [_LBAoa, _Na, _Mar, _PS],
      [64 | 0, 64 | 0, 0, 1]
    ];
    var DescribeLoadBalancersOutput$ = [
      3,
      n0,
      _DLBOe,
      0,
      [_LB, _NM],
      [() => LoadBalancers, 0]
    ];
    var DescribeRulesInput$ = [
      3,
      n0,
      _DRIe,
      0,
      [_LA, _RAul, _Mar, _PS],
      [0, 64 | 0, 0, 1]
    ];
    var DescribeRulesOutput$ = [
      3,
      n0,
      _DROe,
      0,
      [_Ru, _NM],
      [() => Rules, 0]
    ];
    var DescribeSSLPoliciesInput$ = [
      3,
      n0,
      _DSSLPI,
      0,
      [_Na, _Mar, _PS, _LBT],
      [64 | 0, 0, 1, 0]
    ];
    var DescribeSSLPoliciesOutput$ = [
      3,
      n0,
      _DSSLPO,
      0,
      [_SPs, _NM],
      [() => SslPolicies, 0]
    ];
    var DescribeTagsInput$ = [
      3,
      n0,
      _DTIe,
      0,
      [_RA],
      [64 | 0],
      1
    ];
    var DescribeTagsOutput$ = [
      3,
      n0,
      _DTOe,
      0,
      [_TD],
      [() => TagDescriptions]
    ];
    var DescribeTargetGroupAttributesInput$ = [
      3,
      n0,
      _DTGAI,
      0,
      [_TGA],
      [0],
      1
    ];
    var DescribeTargetGroupAttributesOutput$ = [
      3,
      n0,
      _DTGAO,
      0,
      [_At],
      [() => TargetGroupAttributes]
    ];
    var DescribeTargetGroupsInput$ = [
      3,
      n0,
      _DTGIe,
      0,
      [_LBAo, _TGAa, _Na, _Mar, _PS],
      [0, 64 | 0, 64 | 0, 0, 1]
    ];
    var DescribeTargetGroupsOutput$ = [
      3,
      n0,
      _DTGOe,
      0,
      [_TG, _NM],
      [() => TargetGroups, 0]
    ];
    var DescribeTargetHealthInput$ = [
      3,
      n0,
      _DTHI,
      0,
      [_TGA, _Tar, _In],
      [0, () => TargetDescriptions, 64 | 0],
      1
    ];
    var DescribeTargetHealthOutput$ = [
      3,
      n0,
      _DTHO,
      0,
      [_THD],
      [() => TargetHealthDescriptions]
    ];
    var DescribeTrustStoreAssociationsInput$ = [
      3,
      n0,
      _DTSAI,
      0,
      [_TSA, _Mar, _PS],
      [0, 0, 1],
      1
    ];
    var DescribeTrustStoreAssociationsOutput$ = [
      3,
      n0,
      _DTSAO,
      0,
      [_TSAr, _NM],
      [() => TrustStoreAssociations, 0]
    ];
    var DescribeTrustStoreRevocation$ = [
      3,
      n0,
      _DTSR,
      0,
      [_TSA, _RI, _RT, _NORE],
      [0, 1, 0, 1]
    ];
    var DescribeTrustStoreRevocationsInput$ = [
      3,
      n0,
      _DTSRI,
      0,
      [_TSA, _RIe, _Mar, _PS],
      [0, 64 | 1, 0, 1],
      1
    ];
    var DescribeTrustStoreRevocationsOutput$ = [
      3,
      n0,
      _DTSRO,
      0,
      [_TSR, _NM],
      [() => DescribeTrustStoreRevocationResponse, 0]
    ];
    var DescribeTrustStoresInput$ = [
      3,
      n0,
      _DTSIe,
      0,
      [_TSAru, _Na, _Mar, _PS],
      [64 | 0, 64 | 0, 0, 1]
    ];
    var DescribeTrustStoresOutput$ = [
      3,
      n0,
      _DTSOe,
      0,
      [_TS, _NM],
      [() => TrustStores, 0]
    ];
    var FixedResponseActionConfig$ = [
      3,
      n0,
      _FRAC,
      0,
      [_SC, _MB, _CT],
      [0, 0, 0],
      1
    ];
    var ForwardActionConfig$ = [
      3,
      n0,
      _FAC,
      0,
      [_TG, _TGSC],
      [() => TargetGroupList, () => TargetGroupStickinessConfig$]
    ];
    var GetResourcePolicyInput$ = [
      3,
      n0,
      _GRPI,
      0,
      [_RAe],
      [0],
      1
    ];
    var GetResourcePolicyOutput$ = [
      3,
      n0,
      _GRPO,
      0,
      [_Pol],
      [0]
    ];
    var GetTrustStoreCaCertificatesBundleInput$ = [
      3,
      n0,
      _GTSCCBI,
      0,
      [_TSA],
      [0],
      1
    ];
    var GetTrustStoreCaCertificatesBundleOutput$ = [
      3,
      n0,
      _GTSCCBO,
      0,
      [_Lo],
      [0]
    ];
    var GetTrustStoreRevocationContentInput$ = [
      3,
      n0,
      _GTSRCI,
      0,
      [_TSA, _RI],
      [0, 1],
      2
    ];
    var GetTrustStoreRevocationContentOutput$ = [
      3,
      n0,
      _GTSRCO,
      0,
      [_Lo],
      [0]
    ];
    var HostHeaderConditionConfig$ = [
      3,
      n0,
      _HHCC,
      0,
      [_V, _RV],
      [64 | 0, 64 | 0]
    ];
    var HostHeaderRewriteConfig$ = [
      3,
      n0,
      _HHRC,
      0,
      [_Rew],
      [() => RewriteConfigList]
    ];
    var HttpHeaderConditionConfig$ = [
      3,
      n0,
      _HHCCt,
      0,
      [_HHN, _V, _RV],
      [0, 64 | 0, 64 | 0]
    ];
    var HttpRequestMethodConditionConfig$ = [
      3,
      n0,
      _HRMCC,
      0,
      [_V],
      [64 | 0]
    ];
    var IpamPools$ = [
      3,
      n0,
      _IP,
      0,
      [_IIPI],
      [0]
    ];
    var JwtValidationActionAdditionalClaim$ = [
      3,
      n0,
      _JVAAC,
      0,
      [_F, _N, _V],
      [0, 0, 64 | 0],
      3
    ];
    var JwtValidationActionConfig$ = [
      3,
      n0,
      _JVAC,
      0,
      [_JE, _I, _AC],
      [0, 0, () => JwtValidationActionAdditionalClaims],
      2
    ];
    var Limit$ = [
      3,
      n0,
      _Lim,
      0,
      [_N, _Max],
      [0, 0]
    ];
    var Listener$ = [
      3,
      n0,
      _Lis,
      0,
      [_LA, _LBAo, _Po, _Pr, _C, _SP, _DA, _AP, _MA],
      [0, 0, 1, 0, () => CertificateList, 0, () => Actions, 64 | 0, () => MutualAuthenticationAttributes$]
    ];
    var ListenerAttribute$ = [
      3,
      n0,
      _LAis,
      0,
      [_K, _Va],
      [0, 0]
    ];
    var LoadBalancer$ = [
      3,
      n0,
      _LBo,
      0,
      [_LBAo, _DNSN, _CHZI, _CTr, _LBN, _Sch, _VI, _S, _T, _AZv, _SG, _IAT, _COIP, _ESGIROPLT, _EPFISN, _IP],
      [0, 0, 0, 4, 0, 0, 0, () => LoadBalancerState$, 0, () => AvailabilityZones, 64 | 0, 0, 0, 0, 0, () => IpamPools$]
    ];
    var LoadBalancerAddress$ = [
      3,
      n0,
      _LBAoad,
      0,
      [_IA, _AI, _PIPA, _IPA],
      [0, 0, 0, 0]
    ];
    var LoadBalancerAttribute$ = [
      3,
      n0,
      _LBAoada,
      0,
      [_K, _Va],
      [0, 0]
    ];
    var LoadBalancerState$ = [
      3,
      n0,
      _LBS,
      0,
      [_Co, _R],
      [0, 0]
    ];
    var Matcher$ = [
      3,
      n0,
      _Ma,
      0,
      [_HC, _GC],
      [0, 0]
    ];
    var MinimumLoadBalancerCapacity$ = [
      3,
      n0,
      _MLBC,
      0,
      [_CU],
      [1]
    ];
    var ModifyCapacityReservationInput$ = [
      3,
      n0,
      _MCRI,
      0,
      [_LBAo, _MLBC, _RCR],
      [0, () => MinimumLoadBalancerCapacity$, 2],
      1
    ];
    var ModifyCapacityReservationOutput$ = [
      3,
      n0,
      _MCRO,
      0,
      [_LMT, _DRR, _MLBC, _CRSa],
      [4, 1, () => MinimumLoadBalancerCapacity$, () => ZonalCapacityReservationStates]
    ];
    var ModifyIpPoolsInput$ = [
      3,
      n0,
      _MIPI,
      0,
      [_LBAo, _IP, _RIP],
      [0, () => IpamPools$, 64 | 0],
      1
    ];
    var ModifyIpPoolsOutput$ = [
      3,
      n0,
      _MIPO,
      0,
      [_IP],
      [() => IpamPools$]
    ];
    var ModifyListenerAttributesInput$ = [
      3,
      n0,
      _MLAI,
      0,
      [_LA, _At],
      [0, () => ListenerAttributes],
      2
    ];
    var ModifyListenerAttributesOutput$ = [
      3,
      n0,
      _MLAO,
      0,
      [_At],
      [() => ListenerAttributes]
    ];
    var ModifyListenerInput$ = [
      3,
      n0,
      _MLI,
      0,
      [_LA, _Po, _Pr, _SP, _C, _DA, _AP, _MA],
      [0, 1, 0, 0, () => CertificateList, () => Actions, 64 | 0, () => MutualAuthenticationAttributes$],
      1
    ];
    var ModifyListenerOutput$ = [
      3,
      n0,
      _MLO,
      0,
      [_L],
      [() => Listeners]
    ];
    var ModifyLoadBalancerAttributesInput$ = [
      3,
      n0,
      _MLBAI,
      0,
      [_LBAo, _At],
      [0, () => LoadBalancerAttributes],
      2
    ];
    var ModifyLoadBalancerAttributesOutput$ = [
      3,
      n0,
      _MLBAO,
      0,
      [_At],
      [() => LoadBalancerAttributes]
    ];
    var ModifyRuleInput$ = [
      3,
      n0,
      _MRI,
      0,
      [_RAu, _Con, _Ac, _Tr, _RTe],
      [0, () => RuleConditionList, () => Actions, () => RuleTransformList, 2],
      1
    ];
    var ModifyRuleOutput$ = [
      3,
      n0,
      _MRO,
      0,
      [_Ru],
      [() => Rules]
    ];
    var ModifyTargetGroupAttributesInput$ = [
      3,
      n0,
      _MTGAI,
      0,
      [_TGA, _At],
      [0, () => TargetGroupAttributes],
      2
    ];
    var ModifyTargetGroupAttributesOutput$ = [
      3,
      n0,
      _MTGAO,
      0,
      [_At],
      [() => TargetGroupAttributes]
    ];
    var ModifyTargetGroupInput$ = [
      3,
      n0,
      _MTGI,
      0,
      [_TGA, _HCP, _HCPe, _HCPea, _HCE, _HCIS, _HCTS, _HTC, _UTC, _Ma],
      [0, 0, 0, 0, 2, 1, 1, 1, 1, () => Matcher$],
      1
    ];
    var ModifyTargetGroupOutput$ = [
      3,
      n0,
      _MTGO,
      0,
      [_TG],
      [() => TargetGroups]
    ];
    var ModifyTrustStoreInput$ = [
      3,
      n0,
      _MTSI,
      0,
      [_TSA, _CCBSB, _CCBSK, _CCBSOV],
      [0, 0, 0, 0],
      3
    ];
    var ModifyTrustStoreOutput$ = [
      3,
      n0,
      _MTSO,
      0,
      [_TS],
      [() => TrustStores]
    ];
    var MutualAuthenticationAttributes$ = [
      3,
      n0,
      _MAA,
      0,
      [_Mo, _TSA, _ICCE, _TSAS, _ATSCN],
      [0, 0, 2, 0, 0]
    ];
    var PathPatternConditionConfig$ = [
      3,
      n0,
      _PPCC,
      0,
      [_V, _RV],
      [64 | 0, 64 | 0]
    ];
    var QueryStringConditionConfig$ = [
      3,
      n0,
      _QSCC,
      0,
      [_V],
      [() => QueryStringKeyValuePairList]
    ];
    var QueryStringKeyValuePair$ = [
      3,
      n0,
      _QSKVP,
      0,
      [_K, _Va],
      [0, 0]
    ];
    var RedirectActionConfig$ = [
      3,
      n0,
      _RAC,
      0,
      [_SC, _Pr, _Po, _H, _Pa, _Q],
      [0, 0, 0, 0, 0, 0],
      1
    ];
    var RegisterTargetsInput$ = [
      3,
      n0,
      _RTI,
      0,
      [_TGA, _Tar],
      [0, () => TargetDescriptions],
      2
    ];
    var RegisterTargetsOutput$ = [
      3,
      n0,
      _RTO,
      0,
      [],
      []
    ];
    var RemoveListenerCertificatesInput$ = [
      3,
      n0,
      _RLCI,
      0,
      [_LA, _C],
      [0, () => CertificateList],
      2
    ];
    var RemoveListenerCertificatesOutput$ = [
      3,
      n0,
      _RLCO,
      0,
      [],
      []
    ];
    var RemoveTagsInput$ = [
      3,
      n0,
      _RTIe,
      0,
      [_RA, _TK],
      [64 | 0, 64 | 0],
      2
    ];
    var RemoveTagsOutput$ = [
      3,
      n0,
      _RTOe,
      0,
      [],
      []
    ];
    var RemoveTrustStoreRevocationsInput$ = [
      3,
      n0,
      _RTSRI,
      0,
      [_TSA, _RIe],
      [0, 64 | 1],
      2
    ];
    var RemoveTrustStoreRevocationsOutput$ = [
      3,
      n0,
      _RTSRO,
      0,
      [],
      []
    ];
    var RevocationContent$ = [
      3,
      n0,
      _RCev,
      0,
      [_SB, _SK, _SOV, _RT],
      [0, 0, 0, 0]
    ];
    var RewriteConfig$ = [
      3,
      n0,
      _RCew,
      0,
      [_Reg, _Rep],
      [0, 0],
      2
    ];
    var Rule$ = [
      3,
      n0,
      _Rul,
      0,
      [_RAu, _P, _Con, _Ac, _ID, _Tr],
      [0, 0, () => RuleConditionList, () => Actions, 2, () => RuleTransformList]
    ];
    var RuleCondition$ = [
      3,
      n0,
      _RCu,
      0,
      [_Fi, _V, _HHC, _PPC, _HHCt, _QSC, _HRMC, _SIC, _RV],
      [0, 64 | 0, () => HostHeaderConditionConfig$, () => PathPatternConditionConfig$, () => HttpHeaderConditionConfig$, () => QueryStringConditionConfig$, () => HttpRequestMethodConditionConfig$, () => SourceIpConditionConfig$, 64 | 0]
    ];
    var RulePriorityPair$ = [
      3,
      n0,
      _RPP,
      0,
      [_RAu, _P],
      [0, 1]
    ];
    var RuleTransform$ = [
      3,
      n0,
      _RTu,
      0,
      [_T, _HHRC, _URC],
      [0, () => HostHeaderRewriteConfig$, () => UrlRewriteConfig$],
      1
    ];
    var SetIpAddressTypeInput$ = [
      3,
      n0,
      _SIATI,
      0,
      [_LBAo, _IAT],
      [0, 0],
      2
    ];
    var SetIpAddressTypeOutput$ = [
      3,
      n0,
      _SIATO,
      0,
      [_IAT],
      [0]
    ];
    var SetRulePrioritiesInput$ = [
      3,
      n0,
      _SRPI,
      0,
      [_RP],
      [() => RulePriorityList],
      1
    ];
    var SetRulePrioritiesOutput$ = [
      3,
      n0,
      _SRPO,
      0,
      [_Ru],
      [() => Rules]
    ];
    var SetSecurityGroupsInput$ = [
      3,
      n0,
      _SSGI,
      0,
      [_LBAo, _SG, _ESGIROPLT],
      [0, 64 | 0, 0],
      2
    ];
    var SetSecurityGroupsOutput$ = [
      3,
      n0,
      _SSGO,
      0,
      [_SGI, _ESGIROPLT],
      [64 | 0, 0]
    ];
    var SetSubnetsInput$ = [
      3,
      n0,
      _SSI,
      0,
      [_LBAo, _Su, _SM, _IAT, _EPFISN],
      [0, 64 | 0, () => SubnetMappings, 0, 0],
      1
    ];
    var SetSubnetsOutput$ = [
      3,
      n0,
      _SSO,
      0,
      [_AZv, _IAT, _EPFISN],
      [() => AvailabilityZones, 0, 0]
    ];
    var SourceIpConditionConfig$ = [
      3,
      n0,
      _SICC,
      0,
      [_V, _IAT],
      [64 | 0, 0]
    ];
    var SslPolicy$ = [
      3,
      n0,
      _SP,
      0,
      [_SPsl, _Cip, _N, _SLBT],
      [64 | 0, () => Ciphers, 0, 64 | 0]
    ];
    var SubnetMapping$ = [
      3,
      n0,
      _SMu,
      0,
      [_SI, _AI, _PIPA, _IPA, _SNIPo],
      [0, 0, 0, 0, 0]
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _Va],
      [0, 0],
      1
    ];
    var TagDescription$ = [
      3,
      n0,
      _TDa,
      0,
      [_RAe, _Ta],
      [0, () => TagList]
    ];
    var TargetDescription$ = [
      3,
      n0,
      _TDar,
      0,
      [_Id, _Po, _AZ, _QSI],
      [0, 1, 0, 0],
      1
    ];
    var TargetGroup$ = [
      3,
      n0,
      _TGa,
      0,
      [_TGA, _TGN, _Pr, _Po, _VI, _HCP, _HCPe, _HCE, _HCIS, _HCTS, _HTC, _UTC, _HCPea, _Ma, _LBAoa, _TT, _PV, _IAT, _TCP],
      [0, 0, 0, 1, 0, 0, 0, 2, 1, 1, 1, 1, 0, () => Matcher$, 64 | 0, 0, 0, 0, 1]
    ];
    var TargetGroupAttribute$ = [
      3,
      n0,
      _TGAar,
      0,
      [_K, _Va],
      [0, 0]
    ];
    var TargetGroupStickinessConfig$ = [
      3,
      n0,
      _TGSC,
      0,
      [_E, _DS],
      [2, 1]
    ];
    var TargetGroupTuple$ = [
      3,
      n0,
      _TGT,
      0,
      [_TGA, _W],
      [0, 1]
    ];
    var TargetHealth$ = [
      3,
      n0,
      _TH,
      0,
      [_S, _R, _D],
      [0, 0, 0]
    ];
    var TargetHealthDescription$ = [
      3,
      n0,
      _THDa,
      0,
      [_Targ, _HCPe, _TH, _AD, _AO],
      [() => TargetDescription$, 0, () => TargetHealth$, () => AnomalyDetection$, () => AdministrativeOverride$]
    ];
    var TrustStore$ = [
      3,
      n0,
      _TSr,
      0,
      [_N, _TSA, _St, _NOCC, _TRE],
      [0, 0, 0, 1, 1]
    ];
    var TrustStoreAssociation$ = [
      3,
      n0,
      _TSArus,
      0,
      [_RAe],
      [0]
    ];
    var TrustStoreRevocation$ = [
      3,
      n0,
      _TSRr,
      0,
      [_TSA, _RI, _RT, _NORE],
      [0, 1, 0, 1]
    ];
    var UrlRewriteConfig$ = [
      3,
      n0,
      _URC,
      0,
      [_Rew],
      [() => RewriteConfigList]
    ];
    var ZonalCapacityReservationState$ = [
      3,
      n0,
      _ZCRS,
      0,
      [_S, _AZ, _ECU],
      [() => CapacityReservationStatus$, 0, 1]
    ];
    var Actions = [
      1,
      n0,
      _Ac,
      0,
      () => Action$
    ];
    var AvailabilityZones = [
      1,
      n0,
      _AZv,
      0,
      () => AvailabilityZone$
    ];
    var CertificateList = [
      1,
      n0,
      _CL,
      0,
      () => Certificate$
    ];
    var Ciphers = [
      1,
      n0,
      _Cip,
      0,
      () => Cipher$
    ];
    var DescribeTrustStoreRevocationResponse = [
      1,
      n0,
      _DTSRR,
      0,
      () => DescribeTrustStoreRevocation$
    ];
    var JwtValidationActionAdditionalClaims = [
      1,
      n0,
      _JVAACw,
      0,
      () => JwtValidationActionAdditionalClaim$
    ];
    var Limits = [
      1,
      n0,
      _Li,
      0,
      () => Limit$
    ];
    var ListenerAttributes = [
      1,
      n0,
      _LAist,
      0,
      () => ListenerAttribute$
    ];
    var Listeners = [
      1,
      n0,
      _L,
      0,
      () => Listener$
    ];
    var LoadBalancerAddresses = [
      1,
      n0,
      _LBA,
      0,
      () => LoadBalancerAddress$
    ];
    var LoadBalancerAttributes = [
      1,
      n0,
      _LBAoadal,
      0,
      () => LoadBalancerAttribute$
    ];
    var LoadBalancers = [
      1,
      n0,
      _LB,
      0,
      () => LoadBalancer$
    ];
    var QueryStringKeyValuePairList = [
      1,
      n0,
      _QSKVPL,
      0,
      () => QueryStringKeyValuePair$
    ];
    var RevocationContents = [
      1,
      n0,
      _RCe,
      0,
      () => RevocationContent$
    ];
    var RewriteConfigList = [
      1,
      n0,
      _RCL,
      0,
      () => RewriteConfig$
    ];
    var RuleConditionList = [
      1,
      n0,
      _RCLu,
      0,
      () => RuleCondition$
    ];
    var RulePriorityList = [
      1,
      n0,
      _RPL,
      0,
      () => RulePriorityPair$
    ];
    var Rules = [
      1,
      n0,
      _Ru,
      0,
      () => Rule$
    ];
    var RuleTransformList = [
      1,
      n0,
      _RTL,
      0,
      () => RuleTransform$
    ];
    var SslPolicies = [
      1,
      n0,
      _SPs,
      0,
      () => SslPolicy$
    ];
    var SubnetMappings = [
      1,
      n0,
      _SM,
      0,
      () => SubnetMapping$
    ];
    var TagDescriptions = [
      1,
      n0,
      _TD,
      0,
      () => TagDescription$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var TargetDescriptions = [
      1,
      n0,
      _TDarg,
      0,
      () => TargetDescription$
    ];
    var TargetGroupAttributes = [
      1,
      n0,
      _TGAarg,
      0,
      () => TargetGroupAttribute$
    ];
    var TargetGroupList = [
      1,
      n0,
      _TGL,
      0,
      () => TargetGroupTuple$
    ];
    var TargetGroups = [
      1,
      n0,
      _TG,
      0,
      () => TargetGroup$
    ];
    var TargetHealthDescriptions = [
      1,
      n0,
      _THD,
      0,
      () => TargetHealthDescription$
    ];
    var TrustStoreAssociations = [
      1,
      n0,
      _TSAr,
      0,
      () => TrustStoreAssociation$
    ];
    var TrustStoreRevocations = [
      1,
      n0,
      _TSR,
      0,
      () => TrustStoreRevocation$
    ];
    var TrustStores = [
      1,
      n0,
      _TS,
      0,
      () => TrustStore$
    ];
    var ZonalCapacityReservationStates = [
      1,
      n0,
      _ZCRSo,
      0,
      () => ZonalCapacityReservationState$
    ];
    var AddListenerCertificates$ = [
      9,
      n0,
      _ALC,
      0,
      () => AddListenerCertificatesInput$,
      () => AddListenerCertificatesOutput$
    ];
    var AddTags$ = [
      9,
      n0,
      _AT,
      0,
      () => AddTagsInput$,
      () => AddTagsOutput$
    ];
    var AddTrustStoreRevocations$ = [
      9,
      n0,
      _ATSR,
      0,
      () => AddTrustStoreRevocationsInput$,
      () => AddTrustStoreRevocationsOutput$
    ];
    var CreateListener$ = [
      9,
      n0,
      _CLr,
      0,
      () => CreateListenerInput$,
      () => CreateListenerOutput$
    ];
    var CreateLoadBalancer$ = [
      9,
      n0,
      _CLB,
      0,
      () => CreateLoadBalancerInput$,
      () => CreateLoadBalancerOutput$
    ];
    var CreateRule$ = [
      9,
      n0,
      _CR,
      0,
      () => CreateRuleInput$,
      () => CreateRuleOutput$
    ];
    var CreateTargetGroup$ = [
      9,
      n0,
      _CTG,
      0,
      () => CreateTargetGroupInput$,
      () => CreateTargetGroupOutput$
    ];
    var CreateTrustStore$ = [
      9,
      n0,
      _CTS,
      0,
      () => CreateTrustStoreInput$,
      () => CreateTrustStoreOutput$
    ];
    var DeleteListener$ = [
      9,
      n0,
      _DL,
      0,
      () => DeleteListenerInput$,
      () => DeleteListenerOutput$
    ];
    var DeleteLoadBalancer$ = [
      9,
      n0,
      _DLB,
      0,
      () => DeleteLoadBalancerInput$,
      () => DeleteLoadBalancerOutput$
    ];
    var DeleteRule$ = [
      9,
      n0,
      _DR,
      0,
      () => DeleteRuleInput$,
      () => DeleteRuleOutput$
    ];
    var DeleteSharedTrustStoreAssociation$ = [
      9,
      n0,
      _DSTSA,
      0,
      () => DeleteSharedTrustStoreAssociationInput$,
      () => DeleteSharedTrustStoreAssociationOutput$
    ];
    var DeleteTargetGroup$ = [
      9,
      n0,
      _DTG,
      0,
      () => DeleteTargetGroupInput$,
      () => DeleteTargetGroupOutput$
    ];
    var DeleteTrustStore$ = [
      9,
      n0,
      _DTS,
      0,
      () => DeleteTrustStoreInput$,
      () => DeleteTrustStoreOutput$
    ];
    var DeregisterTargets$ = [
      9,
      n0,
      _DT,
      0,
      () => DeregisterTargetsInput$,
      () => DeregisterTargetsOutput$
    ];
    var DescribeAccountLimits$ = [
      9,
      n0,
      _DAL,
      0,
      () => DescribeAccountLimitsInput$,
      () => DescribeAccountLimitsOutput$
    ];
    var DescribeCapacityReservation$ = [
      9,
      n0,
      _DCR,
      0,
      () => DescribeCapacityReservationInput$,
      () => DescribeCapacityReservationOutput$
    ];
    var DescribeListenerAttributes$ = [
      9,
      n0,
      _DLA,
      0,
      () => DescribeListenerAttributesInput$,
      () => DescribeListenerAttributesOutput$
    ];
    var DescribeListenerCertificates$ = [
      9,
      n0,
      _DLC,
      0,
      () => DescribeListenerCertificatesInput$,
      () => DescribeListenerCertificatesOutput$
    ];
    var DescribeListeners$ = [
      9,
      n0,
      _DLe,
      0,
      () => DescribeListenersInput$,
      () => DescribeListenersOutput$
    ];
    var DescribeLoadBalancerAttributes$ = [
      9,
      n0,
      _DLBA,
      0,
      () => DescribeLoadBalancerAttributesInput$,
      () => DescribeLoadBalancerAttributesOutput$
    ];
    var DescribeLoadBalancers$ = [
      9,
      n0,
      _DLBe,
      0,
      () => DescribeLoadBalancersInput$,
      () => DescribeLoadBalancersOutput$
    ];
    var DescribeRules$ = [
      9,
      n0,
      _DRe,
      0,
      () => DescribeRulesInput$,
      () => DescribeRulesOutput$
    ];
    var DescribeSSLPolicies$ = [
      9,
      n0,
      _DSSLP,
      0,
      () => DescribeSSLPoliciesInput$,
      () => DescribeSSLPoliciesOutput$
    ];
    var DescribeTags$ = [
      9,
      n0,
      _DTe,
      0,
      () => DescribeTagsInput$,
      () => DescribeTagsOutput$
    ];
    var DescribeTargetGroupAttributes$ = [
      9,
      n0,
      _DTGA,
      0,
      () => DescribeTargetGroupAttributesInput$,
      () => DescribeTargetGroupAttributesOutput$
    ];
    var DescribeTargetGroups$ = [
      9,
      n0,
      _DTGe,
      0,
      () => DescribeTargetGroupsInput$,
      () => DescribeTargetGroupsOutput$
    ];
    var DescribeTargetHealth$ = [
      9,
      n0,
      _DTH,
      0,
      () => DescribeTargetHealthInput$,
      () => DescribeTargetHealthOutput$
    ];
    var DescribeTrustStoreAssociations$ = [
      9,
      n0,
      _DTSA,
      0,
      () => DescribeTrustStoreAssociationsInput$,
      () => DescribeTrustStoreAssociationsOutput$
    ];
    var DescribeTrustStoreRevocations$ = [
      9,
      n0,
      _DTSRe,
      0,
      () => DescribeTrustStoreRevocationsInput$,
      () => DescribeTrustStoreRevocationsOutput$
    ];
    var DescribeTrustStores$ = [
      9,
      n0,
      _DTSe,
      0,
      () => DescribeTrustStoresInput$,
      () => DescribeTrustStoresOutput$
    ];
    var GetResourcePolicy$ = [
      9,
      n0,
      _GRP,
      0,
      () => GetResourcePolicyInput$,
      () => GetResourcePolicyOutput$
    ];
    var GetTrustStoreCaCertificatesBundle$ = [
      9,
      n0,
      _GTSCCB,
      0,
      () => GetTrustStoreCaCertificatesBundleInput$,
      () => GetTrustStoreCaCertificatesBundleOutput$
    ];
    var GetTrustStoreRevocationContent$ = [
      9,
      n0,
      _GTSRC,
      0,
      () => GetTrustStoreRevocationContentInput$,
      () => GetTrustStoreRevocationContentOutput$
    ];
    var ModifyCapacityReservation$ = [
      9,
      n0,
      _MCR,
      0,
      () => ModifyCapacityReservationInput$,
      () => ModifyCapacityReservationOutput$
    ];
    var ModifyIpPools$ = [
      9,
      n0,
      _MIP,
      0,
      () => ModifyIpPoolsInput$,
      () => ModifyIpPoolsOutput$
    ];
    var ModifyListener$ = [
      9,
      n0,
      _ML,
      0,
      () => ModifyListenerInput$,
      () => ModifyListenerOutput$
    ];
    var ModifyListenerAttributes$ = [
      9,
      n0,
      _MLA,
      0,
      () => ModifyListenerAttributesInput$,
      () => ModifyListenerAttributesOutput$
    ];
    var ModifyLoadBalancerAttributes$ = [
      9,
      n0,
      _MLBA,
      0,
      () => ModifyLoadBalancerAttributesInput$,
      () => ModifyLoadBalancerAttributesOutput$
    ];
    var ModifyRule$ = [
      9,
      n0,
      _MR,
      0,
      () => ModifyRuleInput$,
      () => ModifyRuleOutput$
    ];
    var ModifyTargetGroup$ = [
      9,
      n0,
      _MTG,
      0,
      () => ModifyTargetGroupInput$,
      () => ModifyTargetGroupOutput$
    ];
    var ModifyTargetGroupAttributes$ = [
      9,
      n0,
      _MTGA,
      0,
      () => ModifyTargetGroupAttributesInput$,
      () => ModifyTargetGroupAttributesOutput$
    ];
    var ModifyTrustStore$ = [
      9,
      n0,
      _MTS,
      0,
      () => ModifyTrustStoreInput$,
      () => ModifyTrustStoreOutput$
    ];
    var RegisterTargets$ = [
      9,
      n0,
      _RTeg,
      0,
      () => RegisterTargetsInput$,
      () => RegisterTargetsOutput$
    ];
    var RemoveListenerCertificates$ = [
      9,
      n0,
      _RLC,
      0,
      () => RemoveListenerCertificatesInput$,
      () => RemoveListenerCertificatesOutput$
    ];
    var RemoveTags$ = [
      9,
      n0,
      _RTem,
      0,
      () => RemoveTagsInput$,
      () => RemoveTagsOutput$
    ];
    var RemoveTrustStoreRevocations$ = [
      9,
      n0,
      _RTSR,
      0,
      () => RemoveTrustStoreRevocationsInput$,
      () => RemoveTrustStoreRevocationsOutput$
    ];
    var SetIpAddressType$ = [
      9,
      n0,
      _SIAT,
      0,
      () => SetIpAddressTypeInput$,
      () => SetIpAddressTypeOutput$
    ];
    var SetRulePriorities$ = [
      9,
      n0,
      _SRP,
      0,
      () => SetRulePrioritiesInput$,
      () => SetRulePrioritiesOutput$
    ];
    var SetSecurityGroups$ = [
      9,
      n0,
      _SSG,
      0,
      () => SetSecurityGroupsInput$,
      () => SetSecurityGroupsOutput$
    ];
    var SetSubnets$ = [
      9,
      n0,
      _SS,
      0,
      () => SetSubnetsInput$,
      () => SetSubnetsOutput$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2015-12-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElasticLoadBalancingV2HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.elasticloadbalancingv2",
          errorTypeRegistries,
          xmlNamespace: "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/",
          version: "2015-12-01",
          serviceTarget: "ElasticLoadBalancing_v10"
        },
        serviceId: config?.serviceId ?? "Elastic Load Balancing v2",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var ElasticLoadBalancingV2Client = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultElasticLoadBalancingV2HttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "ElasticLoadBalancing_v10", "ElasticLoadBalancingV2Client", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AddListenerCertificatesCommand = class extends command(_ep0, _mw0, "AddListenerCertificates", AddListenerCertificates$) {
    };
    var AddTagsCommand = class extends command(_ep0, _mw0, "AddTags", AddTags$) {
    };
    var AddTrustStoreRevocationsCommand = class extends command(_ep0, _mw0, "AddTrustStoreRevocations", AddTrustStoreRevocations$) {
    };
    var CreateListenerCommand = class extends command(_ep0, _mw0, "CreateListener", CreateListener$) {
    };
    var CreateLoadBalancerCommand = class extends command(_ep0, _mw0, "CreateLoadBalancer", CreateLoadBalancer$) {
    };
    var CreateRuleCommand = class extends command(_ep0, _mw0, "CreateRule", CreateRule$) {
    };
    var CreateTargetGroupCommand = class extends command(_ep0, _mw0, "CreateTargetGroup", CreateTargetGroup$) {
    };
    var CreateTrustStoreCommand = class extends command(_ep0, _mw0, "CreateTrustStore", CreateTrustStore$) {
    };
    var DeleteListenerCommand = class extends command(_ep0, _mw0, "DeleteListener", DeleteListener$) {
    };
    var DeleteLoadBalancerCommand = class extends command(_ep0, _mw0, "DeleteLoadBalancer", DeleteLoadBalancer$) {
    };
    var DeleteRuleCommand = class extends command(_ep0, _mw0, "DeleteRule", DeleteRule$) {
    };
    var DeleteSharedTrustStoreAssociationCommand = class extends command(_ep0, _mw0, "DeleteSharedTrustStoreAssociation", DeleteSharedTrustStoreAssociation$) {
    };
    var DeleteTargetGroupCommand = class extends command(_ep0, _mw0, "DeleteTargetGroup", DeleteTargetGroup$) {
    };
    var DeleteTrustStoreCommand = class extends command(_ep0, _mw0, "DeleteTrustStore", DeleteTrustStore$) {
    };
    var DeregisterTargetsCommand = class extends command(_ep0, _mw0, "DeregisterTargets", DeregisterTargets$) {
    };
    var DescribeAccountLimitsCommand = class extends command(_ep0, _mw0, "DescribeAccountLimits", DescribeAccountLimits$) {
    };
    var DescribeCapacityReservationCommand = class extends command(_ep0, _mw0, "DescribeCapacityReservation", DescribeCapacityReservation$) {
    };
    var DescribeListenerAttributesCommand = class extends command(_ep0, _mw0, "DescribeListenerAttributes", DescribeListenerAttributes$) {
    };
    var DescribeListenerCertificatesCommand = class extends command(_ep0, _mw0, "DescribeListenerCertificates", DescribeListenerCertificates$) {
    };
    var DescribeListenersCommand = class extends command(_ep0, _mw0, "DescribeListeners", DescribeListeners$) {
    };
    var DescribeLoadBalancerAttributesCommand = class extends command(_ep0, _mw0, "DescribeLoadBalancerAttributes", DescribeLoadBalancerAttributes$) {
    };
    var DescribeLoadBalancersCommand = class extends command(_ep0, _mw0, "DescribeLoadBalancers", DescribeLoadBalancers$) {
    };
    var DescribeRulesCommand = class extends command(_ep0, _mw0, "DescribeRules", DescribeRules$) {
    };
    var DescribeSSLPoliciesCommand = class extends command(_ep0, _mw0, "DescribeSSLPolicies", DescribeSSLPolicies$) {
    };
    var DescribeTagsCommand = class extends command(_ep0, _mw0, "DescribeTags", DescribeTags$) {
    };
    var DescribeTargetGroupAttributesCommand = class extends command(_ep0, _mw0, "DescribeTargetGroupAttributes", DescribeTargetGroupAttributes$) {
    };
    var DescribeTargetGroupsCommand = class extends command(_ep0, _mw0, "DescribeTargetGroups", DescribeTargetGroups$) {
    };
    var DescribeTargetHealthCommand = class extends command(_ep0, _mw0, "DescribeTargetHealth", DescribeTargetHealth$) {
    };
    var DescribeTrustStoreAssociationsCommand = class extends command(_ep0, _mw0, "DescribeTrustStoreAssociations", DescribeTrustStoreAssociations$) {
    };
    var DescribeTrustStoreRevocationsCommand = class extends command(_ep0, _mw0, "DescribeTrustStoreRevocations", DescribeTrustStoreRevocations$) {
    };
    var DescribeTrustStoresCommand = class extends command(_ep0, _mw0, "DescribeTrustStores", DescribeTrustStores$) {
    };
    var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
    };
    var GetTrustStoreCaCertificatesBundleCommand = class extends command(_ep0, _mw0, "GetTrustStoreCaCertificatesBundle", GetTrustStoreCaCertificatesBundle$) {
    };
    var GetTrustStoreRevocationContentCommand = class extends command(_ep0, _mw0, "GetTrustStoreRevocationContent", GetTrustStoreRevocationContent$) {
    };
    var ModifyCapacityReservationCommand = class extends command(_ep0, _mw0, "ModifyCapacityReservation", ModifyCapacityReservation$) {
    };
    var ModifyIpPoolsCommand = class extends command(_ep0, _mw0, "ModifyIpPools", ModifyIpPools$) {
    };
    var ModifyListenerAttributesCommand = class extends command(_ep0, _mw0, "ModifyListenerAttributes", ModifyListenerAttributes$) {
    };
    var ModifyListenerCommand = class extends command(_ep0, _mw0, "ModifyListener", ModifyListener$) {
    };
    var ModifyLoadBalancerAttributesCommand = class extends command(_ep0, _mw0, "ModifyLoadBalancerAttributes", ModifyLoadBalancerAttributes$) {
    };
    var ModifyRuleCommand = class extends command(_ep0, _mw0, "ModifyRule", ModifyRule$) {
    };
    var ModifyTargetGroupAttributesCommand = class extends command(_ep0, _mw0, "ModifyTargetGroupAttributes", ModifyTargetGroupAttributes$) {
    };
    var ModifyTargetGroupCommand = class extends command(_ep0, _mw0, "ModifyTargetGroup", ModifyTargetGroup$) {
    };
    var ModifyTrustStoreCommand = class extends command(_ep0, _mw0, "ModifyTrustStore", ModifyTrustStore$) {
    };
    var RegisterTargetsCommand = class extends command(_ep0, _mw0, "RegisterTargets", RegisterTargets$) {
    };
    var RemoveListenerCertificatesCommand = class extends command(_ep0, _mw0, "RemoveListenerCertificates", RemoveListenerCertificates$) {
    };
    var RemoveTagsCommand = class extends command(_ep0, _mw0, "RemoveTags", RemoveTags$) {
    };
    var RemoveTrustStoreRevocationsCommand = class extends command(_ep0, _mw0, "RemoveTrustStoreRevocations", RemoveTrustStoreRevocations$) {
    };
    var SetIpAddressTypeCommand = class extends command(_ep0, _mw0, "SetIpAddressType", SetIpAddressType$) {
    };
    var SetRulePrioritiesCommand = class extends command(_ep0, _mw0, "SetRulePriorities", SetRulePriorities$) {
    };
    var SetSecurityGroupsCommand = class extends command(_ep0, _mw0, "SetSecurityGroups", SetSecurityGroups$) {
    };
    var SetSubnetsCommand = class extends command(_ep0, _mw0, "SetSubnets", SetSubnets$) {
    };
    var paginateDescribeAccountLimits = createPaginator(ElasticLoadBalancingV2Client, DescribeAccountLimitsCommand, "Marker", "NextMarker", "");
    var paginateDescribeListenerCertificates = createPaginator(ElasticLoadBalancingV2Client, DescribeListenerCertificatesCommand, "Marker", "NextMarker", "");
    var paginateDescribeListeners = createPaginator(ElasticLoadBalancingV2Client, DescribeListenersCommand, "Marker", "NextMarker", "");
    var paginateDescribeLoadBalancers = createPaginator(ElasticLoadBalancingV2Client, DescribeLoadBalancersCommand, "Marker", "NextMarker", "");
    var paginateDescribeRules = createPaginator(ElasticLoadBalancingV2Client, DescribeRulesCommand, "Marker", "NextMarker", "");
    var paginateDescribeTargetGroups = createPaginator(ElasticLoadBalancingV2Client, DescribeTargetGroupsCommand, "Marker", "NextMarker", "");
    var paginateDescribeTrustStoreAssociations = createPaginator(ElasticLoadBalancingV2Client, DescribeTrustStoreAssociationsCommand, "Marker", "NextMarker", "PageSize");
    var paginateDescribeTrustStoreRevocations = createPaginator(ElasticLoadBalancingV2Client, DescribeTrustStoreRevocationsCommand, "Marker", "NextMarker", "PageSize");
    var paginateDescribeTrustStores = createPaginator(ElasticLoadBalancingV2Client, DescribeTrustStoresCommand, "Marker", "NextMarker", "PageSize");
    var checkState$4 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeLoadBalancersCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.LoadBalancers);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.State.Code;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "active";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.LoadBalancers);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.State.Code;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "provisioning") {
              return { state: WaiterState.RETRY, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "LoadBalancerNotFoundException") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForLoadBalancerAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    };
    var waitUntilLoadBalancerAvailable = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
      return checkExceptions(result);
    };
    var checkState$3 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeLoadBalancersCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
      } catch (exception) {
        reason = exception;
        if (exception.name === "LoadBalancerNotFoundException") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForLoadBalancerExists = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    };
    var waitUntilLoadBalancerExists = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
      return checkExceptions(result);
    };
    var checkState$2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeLoadBalancersCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.LoadBalancers);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.State.Code;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "active";
          }
          if (allStringEq_5) {
            return { state: WaiterState.RETRY, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "LoadBalancerNotFoundException") {
          return { state: WaiterState.SUCCESS, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForLoadBalancersDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    };
    var waitUntilLoadBalancersDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
      return checkExceptions(result);
    };
    var checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTargetHealthCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.TargetHealthDescriptions);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.TargetHealth.State;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "unused";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "InvalidTargetException") {
          return { state: WaiterState.SUCCESS, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForTargetDeregistered = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    };
    var waitUntilTargetDeregistered = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
      return checkExceptions(result);
    };
    var checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeTargetHealthCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.TargetHealthDescriptions);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.TargetHealth.State;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "healthy";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "InvalidInstance") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForTargetInService = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilTargetInService = async (params, input) => {
      const serviceDefaults = { minDelay: 15, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
    var commands = {
      AddListenerCertificatesCommand,
      AddTagsCommand,
      AddTrustStoreRevocationsCommand,
      CreateListenerCommand,
      CreateLoadBalancerCommand,
      CreateRuleCommand,
      CreateTargetGroupCommand,
      CreateTrustStoreCommand,
      DeleteListenerCommand,
      DeleteLoadBalancerCommand,
      DeleteRuleCommand,
      DeleteSharedTrustStoreAssociationCommand,
      DeleteTargetGroupCommand,
      DeleteTrustStoreCommand,
      DeregisterTargetsCommand,
      DescribeAccountLimitsCommand,
      DescribeCapacityReservationCommand,
      DescribeListenerAttributesCommand,
      DescribeListenerCertificatesCommand,
      DescribeListenersCommand,
      DescribeLoadBalancerAttributesCommand,
      DescribeLoadBalancersCommand,
      DescribeRulesCommand,
      DescribeSSLPoliciesCommand,
      DescribeTagsCommand,
      DescribeTargetGroupAttributesCommand,
      DescribeTargetGroupsCommand,
      DescribeTargetHealthCommand,
      DescribeTrustStoreAssociationsCommand,
      DescribeTrustStoreRevocationsCommand,
      DescribeTrustStoresCommand,
      GetResourcePolicyCommand,
      GetTrustStoreCaCertificatesBundleCommand,
      GetTrustStoreRevocationContentCommand,
      ModifyCapacityReservationCommand,
      ModifyIpPoolsCommand,
      ModifyListenerCommand,
      ModifyListenerAttributesCommand,
      ModifyLoadBalancerAttributesCommand,
      ModifyRuleCommand,
      ModifyTargetGroupCommand,
      ModifyTargetGroupAttributesCommand,
      ModifyTrustStoreCommand,
      RegisterTargetsCommand,
      RemoveListenerCertificatesCommand,
      RemoveTagsCommand,
      RemoveTrustStoreRevocationsCommand,
      SetIpAddressTypeCommand,
      SetRulePrioritiesCommand,
      SetSecurityGroupsCommand,
      SetSubnetsCommand
    };
    var paginators = {
      paginateDescribeAccountLimits,
      paginateDescribeListenerCertificates,
      paginateDescribeListeners,
      paginateDescribeLoadBalancers,
      paginateDescribeRules,
      paginateDescribeTargetGroups,
      paginateDescribeTrustStoreAssociations,
      paginateDescribeTrustStoreRevocations,
      paginateDescribeTrustStores
    };
    var waiters = {
      waitUntilLoadBalancerAvailable,
      waitUntilLoadBalancerExists,
      waitUntilLoadBalancersDeleted,
      waitUntilTargetDeregistered,
      waitUntilTargetInService
    };
    var ElasticLoadBalancingV2 = class extends ElasticLoadBalancingV2Client {
    };
    createAggregatedClient(commands, ElasticLoadBalancingV2, { paginators, waiters });
    var AuthenticateCognitoActionConditionalBehaviorEnum = {
      ALLOW: "allow",
      AUTHENTICATE: "authenticate",
      DENY: "deny"
    };
    var AuthenticateOidcActionConditionalBehaviorEnum = {
      ALLOW: "allow",
      AUTHENTICATE: "authenticate",
      DENY: "deny"
    };
    var JwtValidationActionAdditionalClaimFormatEnum = {
      SINGLE_STRING: "single-string",
      SPACE_SEPARATED_VALUES: "space-separated-values",
      STRING_ARRAY: "string-array"
    };
    var RedirectActionStatusCodeEnum = {
      HTTP_301: "HTTP_301",
      HTTP_302: "HTTP_302"
    };
    var ActionTypeEnum = {
      AUTHENTICATE_COGNITO: "authenticate-cognito",
      AUTHENTICATE_OIDC: "authenticate-oidc",
      FIXED_RESPONSE: "fixed-response",
      FORWARD: "forward",
      JWT_VALIDATION: "jwt-validation",
      REDIRECT: "redirect"
    };
    var RevocationType = {
      CRL: "CRL"
    };
    var TargetAdministrativeOverrideReasonEnum = {
      INTERNAL_ERROR: "AdministrativeOverride.Unknown",
      NO_OVERRIDE_ENGAGED: "AdministrativeOverride.NoOverride",
      ZONAL_SHIFT_DELEGATED_TO_DNS: "AdministrativeOverride.ZonalShiftDelegatedToDns",
      ZONAL_SHIFT_ENGAGED: "AdministrativeOverride.ZonalShiftActive"
    };
    var TargetAdministrativeOverrideStateEnum = {
      NO_OVERRIDE: "no_override",
      UNKNOWN: "unknown",
      ZONAL_SHIFT_ACTIVE: "zonal_shift_active",
      ZONAL_SHIFT_DELEGATED_TO_DNS: "zonal_shift_delegated_to_dns"
    };
    var AdvertiseTrustStoreCaNamesEnum = {
      off: "off",
      on: "on"
    };
    var MitigationInEffectEnum = {
      NO: "no",
      YES: "yes"
    };
    var AnomalyResultEnum = {
      ANOMALOUS: "anomalous",
      NORMAL: "normal"
    };
    var CapacityReservationStateEnum = {
      FAILED: "failed",
      PENDING: "pending",
      PROVISIONED: "provisioned",
      REBALANCING: "rebalancing"
    };
    var TrustStoreAssociationStatusEnum = {
      ACTIVE: "active",
      REMOVED: "removed"
    };
    var ProtocolEnum = {
      GENEVE: "GENEVE",
      HTTP: "HTTP",
      HTTPS: "HTTPS",
      QUIC: "QUIC",
      TCP: "TCP",
      TCP_QUIC: "TCP_QUIC",
      TCP_UDP: "TCP_UDP",
      TLS: "TLS",
      UDP: "UDP"
    };
    var EnablePrefixForIpv6SourceNatEnum = {
      OFF: "off",
      ON: "on"
    };
    var IpAddressType = {
      DUALSTACK: "dualstack",
      DUALSTACK_WITHOUT_PUBLIC_IPV4: "dualstack-without-public-ipv4",
      IPV4: "ipv4"
    };
    var LoadBalancerSchemeEnum = {
      INTERNAL: "internal",
      INTERNET_FACING: "internet-facing"
    };
    var LoadBalancerTypeEnum = {
      APPLICATION: "application",
      GATEWAY: "gateway",
      NETWORK: "network"
    };
    var LoadBalancerStateEnum = {
      ACTIVE: "active",
      ACTIVE_IMPAIRED: "active_impaired",
      FAILED: "failed",
      PROVISIONING: "provisioning"
    };
    var SourceIpAddressTypeEnum = {
      IPV4: "ipv4",
      IPV6: "ipv6"
    };
    var TransformTypeEnum = {
      HOST_HEADER_REWRITE: "host-header-rewrite",
      URL_REWRITE: "url-rewrite"
    };
    var TargetGroupIpAddressTypeEnum = {
      IPV4: "ipv4",
      IPV6: "ipv6"
    };
    var TargetTypeEnum = {
      ALB: "alb",
      INSTANCE: "instance",
      IP: "ip",
      LAMBDA: "lambda"
    };
    var TrustStoreStatus = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING"
    };
    var DescribeTargetHealthInputIncludeEnum = {
      ALL: "All",
      ANOMALY: "AnomalyDetection"
    };
    var TargetHealthReasonEnum = {
      DEREGISTRATION_IN_PROGRESS: "Target.DeregistrationInProgress",
      FAILED_HEALTH_CHECKS: "Target.FailedHealthChecks",
      HEALTH_CHECK_DISABLED: "Target.HealthCheckDisabled",
      INITIAL_HEALTH_CHECKING: "Elb.InitialHealthChecking",
      INTERNAL_ERROR: "Elb.InternalError",
      INVALID_STATE: "Target.InvalidState",
      IP_UNUSABLE: "Target.IpUnusable",
      NOT_IN_USE: "Target.NotInUse",
      NOT_REGISTERED: "Target.NotRegistered",
      REGISTRATION_IN_PROGRESS: "Elb.RegistrationInProgress",
      RESPONSE_CODE_MISMATCH: "Target.ResponseCodeMismatch",
      TIMEOUT: "Target.Timeout"
    };
    var TargetHealthStateEnum = {
      DRAINING: "draining",
      HEALTHY: "healthy",
      INITIAL: "initial",
      UNAVAILABLE: "unavailable",
      UNHEALTHY: "unhealthy",
      UNHEALTHY_DRAINING: "unhealthy.draining",
      UNUSED: "unused"
    };
    var RemoveIpamPoolEnum = {
      ipv4: "ipv4"
    };
    var EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum = {
      off: "off",
      on: "on"
    };
    exports.ALPNPolicyNotSupportedException = ALPNPolicyNotSupportedException;
    exports.ALPNPolicyNotSupportedException$ = ALPNPolicyNotSupportedException$;
    exports.Action$ = Action$;
    exports.ActionTypeEnum = ActionTypeEnum;
    exports.AddListenerCertificates$ = AddListenerCertificates$;
    exports.AddListenerCertificatesCommand = AddListenerCertificatesCommand;
    exports.AddListenerCertificatesInput$ = AddListenerCertificatesInput$;
    exports.AddListenerCertificatesOutput$ = AddListenerCertificatesOutput$;
    exports.AddTags$ = AddTags$;
    exports.AddTagsCommand = AddTagsCommand;
    exports.AddTagsInput$ = AddTagsInput$;
    exports.AddTagsOutput$ = AddTagsOutput$;
    exports.AddTrustStoreRevocations$ = AddTrustStoreRevocations$;
    exports.AddTrustStoreRevocationsCommand = AddTrustStoreRevocationsCommand;
    exports.AddTrustStoreRevocationsInput$ = AddTrustStoreRevocationsInput$;
    exports.AddTrustStoreRevocationsOutput$ = AddTrustStoreRevocationsOutput$;
    exports.AdministrativeOverride$ = AdministrativeOverride$;
    exports.AdvertiseTrustStoreCaNamesEnum = AdvertiseTrustStoreCaNamesEnum;
    exports.AllocationIdNotFoundException = AllocationIdNotFoundException;
    exports.AllocationIdNotFoundException$ = AllocationIdNotFoundException$;
    exports.AnomalyDetection$ = AnomalyDetection$;
    exports.AnomalyResultEnum = AnomalyResultEnum;
    exports.AuthenticateCognitoActionConditionalBehaviorEnum = AuthenticateCognitoActionConditionalBehaviorEnum;
    exports.AuthenticateCognitoActionConfig$ = AuthenticateCognitoActionConfig$;
    exports.AuthenticateOidcActionConditionalBehaviorEnum = AuthenticateOidcActionConditionalBehaviorEnum;
    exports.AuthenticateOidcActionConfig$ = AuthenticateOidcActionConfig$;
    exports.AvailabilityZone$ = AvailabilityZone$;
    exports.AvailabilityZoneNotSupportedException = AvailabilityZoneNotSupportedException;
    exports.AvailabilityZoneNotSupportedException$ = AvailabilityZoneNotSupportedException$;
    exports.CaCertificatesBundleNotFoundException = CaCertificatesBundleNotFoundException;
    exports.CaCertificatesBundleNotFoundException$ = CaCertificatesBundleNotFoundException$;
    exports.CapacityDecreaseRequestsLimitExceededException = CapacityDecreaseRequestsLimitExceededException;
    exports.CapacityDecreaseRequestsLimitExceededException$ = CapacityDecreaseRequestsLimitExceededException$;
    exports.CapacityReservationPendingException = CapacityReservationPendingException;
    exports.CapacityReservationPendingException$ = CapacityReservationPendingException$;
    exports.CapacityReservationStateEnum = CapacityReservationStateEnum;
    exports.CapacityReservationStatus$ = CapacityReservationStatus$;
    exports.CapacityUnitsLimitExceededException = CapacityUnitsLimitExceededException;
    exports.CapacityUnitsLimitExceededException$ = CapacityUnitsLimitExceededException$;
    exports.Certificate$ = Certificate$;
    exports.CertificateNotFoundException = CertificateNotFoundException;
    exports.CertificateNotFoundException$ = CertificateNotFoundException$;
    exports.Cipher$ = Cipher$;
    exports.CreateListener$ = CreateListener$;
    exports.CreateListenerCommand = CreateListenerCommand;
    exports.CreateListenerInput$ = CreateListenerInput$;
    exports.CreateListenerOutput$ = CreateListenerOutput$;
    exports.CreateLoadBalancer$ = CreateLoadBalancer$;
    exports.CreateLoadBalancerCommand = CreateLoadBalancerCommand;
    exports.CreateLoadBalancerInput$ = CreateLoadBalancerInput$;
    exports.CreateLoadBalancerOutput$ = CreateLoadBalancerOutput$;
    exports.CreateRule$ = CreateRule$;
    exports.CreateRuleCommand = CreateRuleCommand;
    exports.CreateRuleInput$ = CreateRuleInput$;
    exports.CreateRuleOutput$ = CreateRuleOutput$;
    exports.CreateTargetGroup$ = CreateTargetGroup$;
    exports.CreateTargetGroupCommand = CreateTargetGroupCommand;
    exports.CreateTargetGroupInput$ = CreateTargetGroupInput$;
    exports.CreateTargetGroupOutput$ = CreateTargetGroupOutput$;
    exports.CreateTrustStore$ = CreateTrustStore$;
    exports.CreateTrustStoreCommand = CreateTrustStoreCommand;
    exports.CreateTrustStoreInput$ = CreateTrustStoreInput$;
    exports.CreateTrustStoreOutput$ = CreateTrustStoreOutput$;
    exports.DeleteAssociationSameAccountException = DeleteAssociationSameAccountException;
    exports.DeleteAssociationSameAccountException$ = DeleteAssociationSameAccountException$;
    exports.DeleteListener$ = DeleteListener$;
    exports.DeleteListenerCommand = DeleteListenerCommand;
    exports.DeleteListenerInput$ = DeleteListenerInput$;
    exports.DeleteListenerOutput$ = DeleteListenerOutput$;
    exports.DeleteLoadBalancer$ = DeleteLoadBalancer$;
    exports.DeleteLoadBalancerCommand = DeleteLoadBalancerCommand;
    exports.DeleteLoadBalancerInput$ = DeleteLoadBalancerInput$;
    exports.DeleteLoadBalancerOutput$ = DeleteLoadBalancerOutput$;
    exports.DeleteRule$ = DeleteRule$;
    exports.DeleteRuleCommand = DeleteRuleCommand;
    exports.DeleteRuleInput$ = DeleteRuleInput$;
    exports.DeleteRuleOutput$ = DeleteRuleOutput$;
    exports.DeleteSharedTrustStoreAssociation$ = DeleteSharedTrustStoreAssociation$;
    exports.DeleteSharedTrustStoreAssociationCommand = DeleteSharedTrustStoreAssociationCommand;
    exports.DeleteSharedTrustStoreAssociationInput$ = DeleteSharedTrustStoreAssociationInput$;
    exports.DeleteSharedTrustStoreAssociationOutput$ = DeleteSharedTrustStoreAssociationOutput$;
    exports.DeleteTargetGroup$ = DeleteTargetGroup$;
    exports.DeleteTargetGroupCommand = DeleteTargetGroupCommand;
    exports.DeleteTargetGroupInput$ = DeleteTargetGroupInput$;
    exports.DeleteTargetGroupOutput$ = DeleteTargetGroupOutput$;
    exports.DeleteTrustStore$ = DeleteTrustStore$;
    exports.DeleteTrustStoreCommand = DeleteTrustStoreCommand;
    exports.DeleteTrustStoreInput$ = DeleteTrustStoreInput$;
    exports.DeleteTrustStoreOutput$ = DeleteTrustStoreOutput$;
    exports.DeregisterTargets$ = DeregisterTargets$;
    exports.DeregisterTargetsCommand = DeregisterTargetsCommand;
    exports.DeregisterTargetsInput$ = DeregisterTargetsInput$;
    exports.DeregisterTargetsOutput$ = DeregisterTargetsOutput$;
    exports.DescribeAccountLimits$ = DescribeAccountLimits$;
    exports.DescribeAccountLimitsCommand = DescribeAccountLimitsCommand;
    exports.DescribeAccountLimitsInput$ = DescribeAccountLimitsInput$;
    exports.DescribeAccountLimitsOutput$ = DescribeAccountLimitsOutput$;
    exports.DescribeCapacityReservation$ = DescribeCapacityReservation$;
    exports.DescribeCapacityReservationCommand = DescribeCapacityReservationCommand;
    exports.DescribeCapacityReservationInput$ = DescribeCapacityReservationInput$;
    exports.DescribeCapacityReservationOutput$ = DescribeCapacityReservationOutput$;
    exports.DescribeListenerAttributes$ = DescribeListenerAttributes$;
    exports.DescribeListenerAttributesCommand = DescribeListenerAttributesCommand;
    exports.DescribeListenerAttributesInput$ = DescribeListenerAttributesInput$;
    exports.DescribeListenerAttributesOutput$ = DescribeListenerAttributesOutput$;
    exports.DescribeListenerCertificates$ = DescribeListenerCertificates$;
    exports.DescribeListenerCertificatesCommand = DescribeListenerCertificatesCommand;
    exports.DescribeListenerCertificatesInput$ = DescribeListenerCertificatesInput$;
    exports.DescribeListenerCertificatesOutput$ = DescribeListenerCertificatesOutput$;
    exports.DescribeListeners$ = DescribeListeners$;
    exports.DescribeListenersCommand = DescribeListenersCommand;
    exports.DescribeListenersInput$ = DescribeListenersInput$;
    exports.DescribeListenersOutput$ = DescribeListenersOutput$;
    exports.DescribeLoadBalancerAttributes$ = DescribeLoadBalancerAttributes$;
    exports.DescribeLoadBalancerAttributesCommand = DescribeLoadBalancerAttributesCommand;
    exports.DescribeLoadBalancerAttributesInput$ = DescribeLoadBalancerAttributesInput$;
    exports.DescribeLoadBalancerAttributesOutput$ = DescribeLoadBalancerAttributesOutput$;
    exports.DescribeLoadBalancers$ = DescribeLoadBalancers$;
    exports.DescribeLoadBalancersCommand = DescribeLoadBalancersCommand;
    exports.DescribeLoadBalancersInput$ = DescribeLoadBalancersInput$;
    exports.DescribeLoadBalancersOutput$ = DescribeLoadBalancersOutput$;
    exports.DescribeRules$ = DescribeRules$;
    exports.DescribeRulesCommand = DescribeRulesCommand;
    exports.DescribeRulesInput$ = DescribeRulesInput$;
    exports.DescribeRulesOutput$ = DescribeRulesOutput$;
    exports.DescribeSSLPolicies$ = DescribeSSLPolicies$;
    exports.DescribeSSLPoliciesCommand = DescribeSSLPoliciesCommand;
    exports.DescribeSSLPoliciesInput$ = DescribeSSLPoliciesInput$;
    exports.DescribeSSLPoliciesOutput$ = DescribeSSLPoliciesOutput$;
    exports.DescribeTags$ = DescribeTags$;
    exports.DescribeTagsCommand = DescribeTagsCommand;
    exports.DescribeTagsInput$ = DescribeTagsInput$;
    exports.DescribeTagsOutput$ = DescribeTagsOutput$;
    exports.DescribeTargetGroupAttributes$ = DescribeTargetGroupAttributes$;
    exports.DescribeTargetGroupAttributesCommand = DescribeTargetGroupAttributesCommand;
    exports.DescribeTargetGroupAttributesInput$ = DescribeTargetGroupAttributesInput$;
    exports.DescribeTargetGroupAttributesOutput$ = DescribeTargetGroupAttributesOutput$;
    exports.DescribeTargetGroups$ = DescribeTargetGroups$;
    exports.DescribeTargetGroupsCommand = DescribeTargetGroupsCommand;
    exports.DescribeTargetGroupsInput$ = DescribeTargetGroupsInput$;
    exports.DescribeTargetGroupsOutput$ = DescribeTargetGroupsOutput$;
    exports.DescribeTargetHealth$ = DescribeTargetHealth$;
    exports.DescribeTargetHealthCommand = DescribeTargetHealthCommand;
    exports.DescribeTargetHealthInput$ = DescribeTargetHealthInput$;
    exports.DescribeTargetHealthInputIncludeEnum = DescribeTargetHealthInputIncludeEnum;
    exports.DescribeTargetHealthOutput$ = DescribeTargetHealthOutput$;
    exports.DescribeTrustStoreAssociations$ = DescribeTrustStoreAssociations$;
    exports.DescribeTrustStoreAssociationsCommand = DescribeTrustStoreAssociationsCommand;
    exports.DescribeTrustStoreAssociationsInput$ = DescribeTrustStoreAssociationsInput$;
    exports.DescribeTrustStoreAssociationsOutput$ = DescribeTrustStoreAssociationsOutput$;
    exports.DescribeTrustStoreRevocation$ = DescribeTrustStoreRevocation$;
    exports.DescribeTrustStoreRevocations$ = DescribeTrustStoreRevocations$;
    exports.DescribeTrustStoreRevocationsCommand = DescribeTrustStoreRevocationsCommand;
    exports.DescribeTrustStoreRevocationsInput$ = DescribeTrustStoreRevocationsInput$;
    exports.DescribeTrustStoreRevocationsOutput$ = DescribeTrustStoreRevocationsOutput$;
    exports.DescribeTrustStores$ = DescribeTrustStores$;
    exports.DescribeTrustStoresCommand = DescribeTrustStoresCommand;
    exports.DescribeTrustStoresInput$ = DescribeTrustStoresInput$;
    exports.DescribeTrustStoresOutput$ = DescribeTrustStoresOutput$;
    exports.DuplicateListenerException = DuplicateListenerException;
    exports.DuplicateListenerException$ = DuplicateListenerException$;
    exports.DuplicateLoadBalancerNameException = DuplicateLoadBalancerNameException;
    exports.DuplicateLoadBalancerNameException$ = DuplicateLoadBalancerNameException$;
    exports.DuplicateTagKeysException = DuplicateTagKeysException;
    exports.DuplicateTagKeysException$ = DuplicateTagKeysException$;
    exports.DuplicateTargetGroupNameException = DuplicateTargetGroupNameException;
    exports.DuplicateTargetGroupNameException$ = DuplicateTargetGroupNameException$;
    exports.DuplicateTrustStoreNameException = DuplicateTrustStoreNameException;
    exports.DuplicateTrustStoreNameException$ = DuplicateTrustStoreNameException$;
    exports.ElasticLoadBalancingV2 = ElasticLoadBalancingV2;
    exports.ElasticLoadBalancingV2Client = ElasticLoadBalancingV2Client;
    exports.ElasticLoadBalancingV2ServiceException = ElasticLoadBalancingV2ServiceException;
    exports.ElasticLoadBalancingV2ServiceException$ = ElasticLoadBalancingV2ServiceException$;
    exports.EnablePrefixForIpv6SourceNatEnum = EnablePrefixForIpv6SourceNatEnum;
    exports.EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum = EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum;
    exports.FixedResponseActionConfig$ = FixedResponseActionConfig$;
    exports.ForwardActionConfig$ = ForwardActionConfig$;
    exports.GetResourcePolicy$ = GetResourcePolicy$;
    exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
    exports.GetResourcePolicyInput$ = GetResourcePolicyInput$;
    exports.GetResourcePolicyOutput$ = GetResourcePolicyOutput$;
    exports.GetTrustStoreCaCertificatesBundle$ = GetTrustStoreCaCertificatesBundle$;
    exports.GetTrustStoreCaCertificatesBundleCommand = GetTrustStoreCaCertificatesBundleCommand;
    exports.GetTrustStoreCaCertificatesBundleInput$ = GetTrustStoreCaCertificatesBundleInput$;
    exports.GetTrustStoreCaCertificatesBundleOutput$ = GetTrustStoreCaCertificatesBundleOutput$;
    exports.GetTrustStoreRevocationContent$ = GetTrustStoreRevocationContent$;
    exports.GetTrustStoreRevocationContentCommand = GetTrustStoreRevocationContentCommand;
    exports.GetTrustStoreRevocationContentInput$ = GetTrustStoreRevocationContentInput$;
    exports.GetTrustStoreRevocationContentOutput$ = GetTrustStoreRevocationContentOutput$;
    exports.HealthUnavailableException = HealthUnavailableException;
    exports.HealthUnavailableException$ = HealthUnavailableException$;
    exports.HostHeaderConditionConfig$ = HostHeaderConditionConfig$;
    exports.HostHeaderRewriteConfig$ = HostHeaderRewriteConfig$;
    exports.HttpHeaderConditionConfig$ = HttpHeaderConditionConfig$;
    exports.HttpRequestMethodConditionConfig$ = HttpRequestMethodConditionConfig$;
    exports.IncompatibleProtocolsException = IncompatibleProtocolsException;
    exports.IncompatibleProtocolsException$ = IncompatibleProtocolsException$;
    exports.InsufficientCapacityException = InsufficientCapacityException;
    exports.InsufficientCapacityException$ = InsufficientCapacityException$;
    exports.InvalidCaCertificatesBundleException = InvalidCaCertificatesBundleException;
    exports.InvalidCaCertificatesBundleException$ = InvalidCaCertificatesBundleException$;
    exports.InvalidConfigurationRequestException = InvalidConfigurationRequestException;
    exports.InvalidConfigurationRequestException$ = InvalidConfigurationRequestException$;
    exports.InvalidLoadBalancerActionException = InvalidLoadBalancerActionException;
    exports.InvalidLoadBalancerActionException$ = InvalidLoadBalancerActionException$;
    exports.InvalidRevocationContentException = InvalidRevocationContentException;
    exports.InvalidRevocationContentException$ = InvalidRevocationContentException$;
    exports.InvalidSchemeException = InvalidSchemeException;
    exports.InvalidSchemeException$ = InvalidSchemeException$;
    exports.InvalidSecurityGroupException = InvalidSecurityGroupException;
    exports.InvalidSecurityGroupException$ = InvalidSecurityGroupException$;
    exports.InvalidSubnetException = InvalidSubnetException;
    exports.InvalidSubnetException$ = InvalidSubnetException$;
    exports.InvalidTargetException = InvalidTargetException;
    exports.InvalidTargetException$ = InvalidTargetException$;
    exports.IpAddressType = IpAddressType;
    exports.IpamPools$ = IpamPools$;
    exports.JwtValidationActionAdditionalClaim$ = JwtValidationActionAdditionalClaim$;
    exports.JwtValidationActionAdditionalClaimFormatEnum = JwtValidationActionAdditionalClaimFormatEnum;
    exports.JwtValidationActionConfig$ = JwtValidationActionConfig$;
    exports.Limit$ = Limit$;
    exports.Listener$ = Listener$;
    exports.ListenerAttribute$ = ListenerAttribute$;
    exports.ListenerNotFoundException = ListenerNotFoundException;
    exports.ListenerNotFoundException$ = ListenerNotFoundException$;
    exports.LoadBalancer$ = LoadBalancer$;
    exports.LoadBalancerAddress$ = LoadBalancerAddress$;
    exports.LoadBalancerAttribute$ = LoadBalancerAttribute$;
    exports.LoadBalancerNotFoundException = LoadBalancerNotFoundException;
    exports.LoadBalancerNotFoundException$ = LoadBalancerNotFoundException$;
    exports.LoadBalancerSchemeEnum = LoadBalancerSchemeEnum;
    exports.LoadBalancerState$ = LoadBalancerState$;
    exports.LoadBalancerStateEnum = LoadBalancerStateEnum;
    exports.LoadBalancerTypeEnum = LoadBalancerTypeEnum;
    exports.Matcher$ = Matcher$;
    exports.MinimumLoadBalancerCapacity$ = MinimumLoadBalancerCapacity$;
    exports.MitigationInEffectEnum = MitigationInEffectEnum;
    exports.ModifyCapacityReservation$ = ModifyCapacityReservation$;
    exports.ModifyCapacityReservationCommand = ModifyCapacityReservationCommand;
    exports.ModifyCapacityReservationInput$ = ModifyCapacityReservationInput$;
    exports.ModifyCapacityReservationOutput$ = ModifyCapacityReservationOutput$;
    exports.ModifyIpPools$ = ModifyIpPools$;
    exports.ModifyIpPoolsCommand = ModifyIpPoolsCommand;
    exports.ModifyIpPoolsInput$ = ModifyIpPoolsInput$;
    exports.ModifyIpPoolsOutput$ = ModifyIpPoolsOutput$;
    exports.ModifyListener$ = ModifyListener$;
    exports.ModifyListenerAttributes$ = ModifyListenerAttributes$;
    exports.ModifyListenerAttributesCommand = ModifyListenerAttributesCommand;
    exports.ModifyListenerAttributesInput$ = ModifyListenerAttributesInput$;
    exports.ModifyListenerAttributesOutput$ = ModifyListenerAttributesOutput$;
    exports.ModifyListenerCommand = ModifyListenerCommand;
    exports.ModifyListenerInput$ = ModifyListenerInput$;
    exports.ModifyListenerOutput$ = ModifyListenerOutput$;
    exports.ModifyLoadBalancerAttributes$ = ModifyLoadBalancerAttributes$;
    exports.ModifyLoadBalancerAttributesCommand = ModifyLoadBalancerAttributesCommand;
    exports.ModifyLoadBalancerAttributesInput$ = ModifyLoadBalancerAttributesInput$;
    exports.ModifyLoadBalancerAttributesOutput$ = ModifyLoadBalancerAttributesOutput$;
    exports.ModifyRule$ = ModifyRule$;
    exports.ModifyRuleCommand = ModifyRuleCommand;
    exports.ModifyRuleInput$ = ModifyRuleInput$;
    exports.ModifyRuleOutput$ = ModifyRuleOutput$;
    exports.ModifyTargetGroup$ = ModifyTargetGroup$;
    exports.ModifyTargetGroupAttributes$ = ModifyTargetGroupAttributes$;
    exports.ModifyTargetGroupAttributesCommand = ModifyTargetGroupAttributesCommand;
    exports.ModifyTargetGroupAttributesInput$ = ModifyTargetGroupAttributesInput$;
    exports.ModifyTargetGroupAttributesOutput$ = ModifyTargetGroupAttributesOutput$;
    exports.ModifyTargetGroupCommand = ModifyTargetGroupCommand;
    exports.ModifyTargetGroupInput$ = ModifyTargetGroupInput$;
    exports.ModifyTargetGroupOutput$ = ModifyTargetGroupOutput$;
    exports.ModifyTrustStore$ = ModifyTrustStore$;
    exports.ModifyTrustStoreCommand = ModifyTrustStoreCommand;
    exports.ModifyTrustStoreInput$ = ModifyTrustStoreInput$;
    exports.ModifyTrustStoreOutput$ = ModifyTrustStoreOutput$;
    exports.MutualAuthenticationAttributes$ = MutualAuthenticationAttributes$;
    exports.OperationNotPermittedException = OperationNotPermittedException;
    exports.OperationNotPermittedException$ = OperationNotPermittedException$;
    exports.PathPatternConditionConfig$ = PathPatternConditionConfig$;
    exports.PriorRequestNotCompleteException = PriorRequestNotCompleteException;
    exports.PriorRequestNotCompleteException$ = PriorRequestNotCompleteException$;
    exports.PriorityInUseException = PriorityInUseException;
    exports.PriorityInUseException$ = PriorityInUseException$;
    exports.ProtocolEnum = ProtocolEnum;
    exports.QueryStringConditionConfig$ = QueryStringConditionConfig$;
    exports.QueryStringKeyValuePair$ = QueryStringKeyValuePair$;
    exports.RedirectActionConfig$ = RedirectActionConfig$;
    exports.RedirectActionStatusCodeEnum = RedirectActionStatusCodeEnum;
    exports.RegisterTargets$ = RegisterTargets$;
    exports.RegisterTargetsCommand = RegisterTargetsCommand;
    exports.RegisterTargetsInput$ = RegisterTargetsInput$;
    exports.RegisterTargetsOutput$ = RegisterTargetsOutput$;
    exports.RemoveIpamPoolEnum = RemoveIpamPoolEnum;
    exports.RemoveListenerCertificates$ = RemoveListenerCertificates$;
    exports.RemoveListenerCertificatesCommand = RemoveListenerCertificatesCommand;
    exports.RemoveListenerCertificatesInput$ = RemoveListenerCertificatesInput$;
    exports.RemoveListenerCertificatesOutput$ = RemoveListenerCertificatesOutput$;
    exports.RemoveTags$ = RemoveTags$;
    exports.RemoveTagsCommand = RemoveTagsCommand;
    exports.RemoveTagsInput$ = RemoveTagsInput$;
    exports.RemoveTagsOutput$ = RemoveTagsOutput$;
    exports.RemoveTrustStoreRevocations$ = RemoveTrustStoreRevocations$;
    exports.RemoveTrustStoreRevocationsCommand = RemoveTrustStoreRevocationsCommand;
    exports.RemoveTrustStoreRevocationsInput$ = RemoveTrustStoreRevocationsInput$;
    exports.RemoveTrustStoreRevocationsOutput$ = RemoveTrustStoreRevocationsOutput$;
    exports.ResourceInUseException = ResourceInUseException;
    exports.ResourceInUseException$ = ResourceInUseException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RevocationContent$ = RevocationContent$;
    exports.RevocationContentNotFoundException = RevocationContentNotFoundException;
    exports.RevocationContentNotFoundException$ = RevocationContentNotFoundException$;
    exports.RevocationIdNotFoundException = RevocationIdNotFoundException;
    exports.RevocationIdNotFoundException$ = RevocationIdNotFoundException$;
    exports.RevocationType = RevocationType;
    exports.RewriteConfig$ = RewriteConfig$;
    exports.Rule$ = Rule$;
    exports.RuleCondition$ = RuleCondition$;
    exports.RuleNotFoundException = RuleNotFoundException;
    exports.RuleNotFoundException$ = RuleNotFoundException$;
    exports.RulePriorityPair$ = RulePriorityPair$;
    exports.RuleTransform$ = RuleTransform$;
    exports.SSLPolicyNotFoundException = SSLPolicyNotFoundException;
    exports.SSLPolicyNotFoundException$ = SSLPolicyNotFoundException$;
    exports.SetIpAddressType$ = SetIpAddressType$;
    exports.SetIpAddressTypeCommand = SetIpAddressTypeCommand;
    exports.SetIpAddressTypeInput$ = SetIpAddressTypeInput$;
    exports.SetIpAddressTypeOutput$ = SetIpAddressTypeOutput$;
    exports.SetRulePriorities$ = SetRulePriorities$;
    exports.SetRulePrioritiesCommand = SetRulePrioritiesCommand;
    exports.SetRulePrioritiesInput$ = SetRulePrioritiesInput$;
    exports.SetRulePrioritiesOutput$ = SetRulePrioritiesOutput$;
    exports.SetSecurityGroups$ = SetSecurityGroups$;
    exports.SetSecurityGroupsCommand = SetSecurityGroupsCommand;
    exports.SetSecurityGroupsInput$ = SetSecurityGroupsInput$;
    exports.SetSecurityGroupsOutput$ = SetSecurityGroupsOutput$;
    exports.SetSubnets$ = SetSubnets$;
    exports.SetSubnetsCommand = SetSubnetsCommand;
    exports.SetSubnetsInput$ = SetSubnetsInput$;
    exports.SetSubnetsOutput$ = SetSubnetsOutput$;
    exports.SourceIpAddressTypeEnum = SourceIpAddressTypeEnum;
    exports.SourceIpConditionConfig$ = SourceIpConditionConfig$;
    exports.SslPolicy$ = SslPolicy$;
    exports.SubnetMapping$ = SubnetMapping$;
    exports.SubnetNotFoundException = SubnetNotFoundException;
    exports.SubnetNotFoundException$ = SubnetNotFoundException$;
    exports.Tag$ = Tag$;
    exports.TagDescription$ = TagDescription$;
    exports.TargetAdministrativeOverrideReasonEnum = TargetAdministrativeOverrideReasonEnum;
    exports.TargetAdministrativeOverrideStateEnum = TargetAdministrativeOverrideStateEnum;
    exports.TargetDescription$ = TargetDescription$;
    exports.TargetGroup$ = TargetGroup$;
    exports.TargetGroupAssociationLimitException = TargetGroupAssociationLimitException;
    exports.TargetGroupAssociationLimitException$ = TargetGroupAssociationLimitException$;
    exports.TargetGroupAttribute$ = TargetGroupAttribute$;
    exports.TargetGroupIpAddressTypeEnum = TargetGroupIpAddressTypeEnum;
    exports.TargetGroupNotFoundException = TargetGroupNotFoundException;
    exports.TargetGroupNotFoundException$ = TargetGroupNotFoundException$;
    exports.TargetGroupStickinessConfig$ = TargetGroupStickinessConfig$;
    exports.TargetGroupTuple$ = TargetGroupTuple$;
    exports.TargetHealth$ = TargetHealth$;
    exports.TargetHealthDescription$ = TargetHealthDescription$;
    exports.TargetHealthReasonEnum = TargetHealthReasonEnum;
    exports.TargetHealthStateEnum = TargetHealthStateEnum;
    exports.TargetTypeEnum = TargetTypeEnum;
    exports.TooManyActionsException = TooManyActionsException;
    exports.TooManyActionsException$ = TooManyActionsException$;
    exports.TooManyCertificatesException = TooManyCertificatesException;
    exports.TooManyCertificatesException$ = TooManyCertificatesException$;
    exports.TooManyListenersException = TooManyListenersException;
    exports.TooManyListenersException$ = TooManyListenersException$;
    exports.TooManyLoadBalancersException = TooManyLoadBalancersException;
    exports.TooManyLoadBalancersException$ = TooManyLoadBalancersException$;
    exports.TooManyRegistrationsForTargetIdException = TooManyRegistrationsForTargetIdException;
    exports.TooManyRegistrationsForTargetIdException$ = TooManyRegistrationsForTargetIdException$;
    exports.TooManyRulesException = TooManyRulesException;
    exports.TooManyRulesException$ = TooManyRulesException$;
    exports.TooManyTagsException = TooManyTagsException;
    exports.TooManyTagsException$ = TooManyTagsException$;
    exports.TooManyTargetGroupsException = TooManyTargetGroupsException;
    exports.TooManyTargetGroupsException$ = TooManyTargetGroupsException$;
    exports.TooManyTargetsException = TooManyTargetsException;
    exports.TooManyTargetsException$ = TooManyTargetsException$;
    exports.TooManyTrustStoreRevocationEntriesException = TooManyTrustStoreRevocationEntriesException;
    exports.TooManyTrustStoreRevocationEntriesException$ = TooManyTrustStoreRevocationEntriesException$;
    exports.TooManyTrustStoresException = TooManyTrustStoresException;
    exports.TooManyTrustStoresException$ = TooManyTrustStoresException$;
    exports.TooManyUniqueTargetGroupsPerLoadBalancerException = TooManyUniqueTargetGroupsPerLoadBalancerException;
    exports.TooManyUniqueTargetGroupsPerLoadBalancerException$ = TooManyUniqueTargetGroupsPerLoadBalancerException$;
    exports.TransformTypeEnum = TransformTypeEnum;
    exports.TrustStore$ = TrustStore$;
    exports.TrustStoreAssociation$ = TrustStoreAssociation$;
    exports.TrustStoreAssociationNotFoundException = TrustStoreAssociationNotFoundException;
    exports.TrustStoreAssociationNotFoundException$ = TrustStoreAssociationNotFoundException$;
    exports.TrustStoreAssociationStatusEnum = TrustStoreAssociationStatusEnum;
    exports.TrustStoreInUseException = TrustStoreInUseException;
    exports.TrustStoreInUseException$ = TrustStoreInUseException$;
    exports.TrustStoreNotFoundException = TrustStoreNotFoundException;
    exports.TrustStoreNotFoundException$ = TrustStoreNotFoundException$;
    exports.TrustStoreNotReadyException = TrustStoreNotReadyException;
    exports.TrustStoreNotReadyException$ = TrustStoreNotReadyException$;
    exports.TrustStoreRevocation$ = TrustStoreRevocation$;
    exports.TrustStoreStatus = TrustStoreStatus;
    exports.UnsupportedProtocolException = UnsupportedProtocolException;
    exports.UnsupportedProtocolException$ = UnsupportedProtocolException$;
    exports.UrlRewriteConfig$ = UrlRewriteConfig$;
    exports.ZonalCapacityReservationState$ = ZonalCapacityReservationState$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeAccountLimits = paginateDescribeAccountLimits;
    exports.paginateDescribeListenerCertificates = paginateDescribeListenerCertificates;
    exports.paginateDescribeListeners = paginateDescribeListeners;
    exports.paginateDescribeLoadBalancers = paginateDescribeLoadBalancers;
    exports.paginateDescribeRules = paginateDescribeRules;
    exports.paginateDescribeTargetGroups = paginateDescribeTargetGroups;
    exports.paginateDescribeTrustStoreAssociations = paginateDescribeTrustStoreAssociations;
    exports.paginateDescribeTrustStoreRevocations = paginateDescribeTrustStoreRevocations;
    exports.paginateDescribeTrustStores = paginateDescribeTrustStores;
    exports.waitForLoadBalancerAvailable = waitForLoadBalancerAvailable;
    exports.waitForLoadBalancerExists = waitForLoadBalancerExists;
    exports.waitForLoadBalancersDeleted = waitForLoadBalancersDeleted;
    exports.waitForTargetDeregistered = waitForTargetDeregistered;
    exports.waitForTargetInService = waitForTargetInService;
    exports.waitUntilLoadBalancerAvailable = waitUntilLoadBalancerAvailable;
    exports.waitUntilLoadBalancerExists = waitUntilLoadBalancerExists;
    exports.waitUntilLoadBalancersDeleted = waitUntilLoadBalancersDeleted;
    exports.waitUntilTargetDeregistered = waitUntilTargetDeregistered;
    exports.waitUntilTargetInService = waitUntilTargetInService;
  }
});

export {
  require_dist_cjs3 as require_dist_cjs
};
