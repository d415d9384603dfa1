import { Match } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { webSecurityHeaders } from '../../functions/api/security-headers';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CONTENT_SECURITY_POLICY,
} from '../../infra/constructs/security-headers';
import { spaFallbackCode } from '../../infra/constructs/spa-fallback';
import { buildStack, type Cfn, logicalId, resourcesOf, SYNTH_TIMEOUT } from './fixture';

const built = buildStack();
const { template, stack } = built;
afterAll(() => built.fixture.cleanup());

const distribution: Cfn = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0];
const config = distribution.Properties.DistributionConfig;
const behaviour = (path: string): Cfn => config.CacheBehaviors.find((b: Cfn) => b.PathPattern === path);
const policy = (id: string): Cfn => template.toJSON().Resources[id].Properties.ResponseHeadersPolicyConfig;
const policyOf = (b: Cfn): Cfn => policy(b.ResponseHeadersPolicyId.Ref);

describe('site bucket', () => {
  it('is private, encrypted, versioned and owner-enforced', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
  });

  it('denies plain HTTP and lets only this distribution read objects (OAC)', () => {
    const [, bucketPolicy] = resourcesOf(template, 'AWS::S3::BucketPolicy')[0] ?? [];
    const statements: Cfn[] = bucketPolicy.Properties.PolicyDocument.Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const read = statements.find((s) => s.Principal?.Service === 'cloudfront.amazonaws.com');
    expect(read.Action).toBe('s3:GetObject');
    expect(JSON.stringify(read.Condition)).toContain(logicalId(stack.cdn.distribution));
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
    expect(template.findResources('AWS::CloudFront::CloudFrontOriginAccessIdentity')).toEqual({});
  });
});

describe('CloudFront behaviours', () => {
  it('serves the app with no cache, the SPA fallback function and HTTPS redirect', () => {
    const d = config.DefaultCacheBehavior;
    expect(d.CachePolicyId).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
    expect(d.ViewerProtocolPolicy).toBe('redirect-to-https');
    const fallback = logicalId(stack.cdn.spaFallback);
    expect(d.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fallback, 'FunctionARN'] } },
    ]);
    template.hasResourceProperties('AWS::CloudFront::Function', {
      // The fixture's web build has one page app beside the citizen app: balie.
      FunctionCode: spaFallbackCode(['balie']),
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
    });
    expect(config.DefaultRootObject).toBe('index.html');
    expect(policyOf(d).CustomHeadersConfig.Items).toContainEqual({
      Header: 'Cache-Control',
      Value: CACHE_REVALIDATE,
      Override: true,
    });
  });

  it('caches hashed assets for a year', () => {
    const assets = behaviour('/assets/*');
    expect(assets.CachePolicyId).toBe(CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
    expect(assets.FunctionAssociations).toBeUndefined();
    expect(policyOf(assets).CustomHeadersConfig.Items).toContainEqual({
      Header: 'Cache-Control',
      Value: CACHE_IMMUTABLE,
      Override: true,
    });
  });

  it.each(['/api/*', '/api'])(
    'sends %s to the HTTP API uncached, every method, all viewer headers but Host, HTTPS only',
    (path) => {
      const api = behaviour(path);
      expect(api.CachePolicyId).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
      expect(api.OriginRequestPolicyId).toBe(
        OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
      );
      expect(api.AllowedMethods).toEqual(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']);
      expect(api.ViewerProtocolPolicy).toBe('https-only');
      expect(api.FunctionAssociations).toBeUndefined();
      const origin = config.Origins.find((o: Cfn) => o.Id === api.TargetOriginId);
      expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only' });
      expect(JSON.stringify(origin.DomainName)).toContain(logicalId(stack.api.httpApi));
      expect(JSON.stringify(origin.DomainName)).toContain('.execute-api.');
    },
  );

  it('maps no error responses, so an API 404 is never turned into index.html', () => {
    expect(config.CustomErrorResponses).toBeUndefined();
  });
});

describe('response headers', () => {
  it('sets a strict same-origin CSP with no third-party origin', () => {
    const csp = policyOf(config.DefaultCacheBehavior).SecurityHeadersConfig.ContentSecurityPolicy;
    expect(csp).toEqual({ ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('is the very policy the local server sends, so the browser tests run under it', async () => {
    const local = new Hono().use(webSecurityHeaders()).get('/', (c) => c.text(''));
    const res = await local.request('/');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sets HSTS, nosniff, DENY framing and a referrer policy on every behaviour', () => {
    for (const b of [config.DefaultCacheBehavior, behaviour('/assets/*'), behaviour('/api/*')]) {
      const h = policyOf(b).SecurityHeadersConfig;
      expect(h.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
      expect(h.StrictTransportSecurity.IncludeSubdomains).toBe(true);
      expect(h.ContentTypeOptions).toBeDefined();
      expect(h.FrameOptions.FrameOption).toBe('DENY');
      expect(h.ReferrerPolicy.ReferrerPolicy).toBe('no-referrer');
    }
  });

  it("lets the API's own headers stand and sets no cache header on /api/*", () => {
    const api = policyOf(behaviour('/api/*'));
    expect(api.SecurityHeadersConfig.ContentSecurityPolicy.Override).toBe(false);
    expect(api.CustomHeadersConfig.Items.map((i: Cfn) => i.Header)).not.toContain('Cache-Control');
  });
});

describe('web deployment', { timeout: SYNTH_TIMEOUT }, () => {
  it('copies the web build into the bucket without pruning older hashed assets', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: logicalId(stack.site.bucket) },
      Prune: false,
    });
  });

  it('is left out when there is no web build', () => {
    const bare = buildStack({ web: false });
    expect(bare.template.findResources('Custom::CDKBucketDeployment')).toEqual({});
    expect(Object.keys(bare.template.findResources('AWS::CloudFront::Distribution'))).toHaveLength(1);
    bare.fixture.cleanup();
  });
});
