import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { headerPolicies } from './security-headers';
import { spaFallbackCode } from './spa-fallback';

export interface SiteDistributionProps {
  bucket: IBucket;
  /** Page apps beside the citizen app (web/dist/<page>/index.html), for the SPA fallback. */
  pages: string[];
  /** Host name of the API origin (the HTTP API's execute-api domain). */
  apiDomainName: string;
  /** ARN of a CLOUDFRONT-scope web ACL (created in us-east-1), if any. */
  webAclArn?: string;
  domain?: { name: string; certificateArn: string };
}

/** One domain for the web app and its API, so the browser never makes a cross-origin call. */
export class SiteDistribution extends Construct {
  readonly distribution: Distribution;
  readonly spaFallback: EdgeFunction;

  constructor(scope: Construct, id: string, props: SiteDistributionProps) {
    super(scope, id);
    const headers = headerPolicies(this);
    const site = S3BucketOrigin.withOriginAccessControl(props.bucket);
    this.spaFallback = new EdgeFunction(this, 'SpaFallback', {
      comment: 'App routes get index.html; files and /api/* are untouched',
      code: FunctionCode.fromInline(spaFallbackCode(props.pages)),
      runtime: FunctionRuntime.JS_2_0,
    });
    const api = new HttpOrigin(props.apiDomainName, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });

    const apiBehaviour: BehaviorOptions = {
      origin: api,
      // A redirect would drop a POST body: plain HTTP gets a 403 instead.
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      // Every viewer header (Authorization included, as caching is off) but Host, which the
      // HTTP API needs to be its own name.
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: headers.api,
    };

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Steunwijzer: web app and /api',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Europe and North America edges: the audience is in the Netherlands.
      priceClass: PriceClass.PRICE_CLASS_100,
      webAclId: props.webAclArn,
      ...(props.domain && {
        domainNames: [props.domain.name],
        certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      }),
      defaultBehavior: {
        origin: site,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        // index.html must never be stale after a deploy; it is small, so fetching it is cheap.
        cachePolicy: CachePolicy.CACHING_DISABLED,
        responseHeadersPolicy: headers.page,
        functionAssociations: [{ function: this.spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/assets/*': {
          origin: site,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: headers.assets,
          compress: true,
        },
        '/api/*': apiBehaviour,
        // `/api` itself is the API's too (its 404), as on the local server.
        '/api': apiBehaviour,
      },
    });
  }
}
