import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { logGroup } from './log-group';

export interface SiteBucketProps {
  /** The built web app (`web/dist`); when absent the bucket is created empty. */
  webDist: string | undefined;
}

/** The built web app in a private bucket that only CloudFront (through OAC) can read. */
export class SiteBucket extends Construct {
  readonly bucket: Bucket;
  readonly deployment: BucketDeployment | undefined;

  constructor(scope: Construct, id: string, props: SiteBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [
        // Old versions are only a short-term undo for a bad deploy.
        {
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      // Kept on `cdk destroy` (README: empty and delete it by hand). Auto-deletion would need a
      // CDK custom-resource function whose logs never expire.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (props.webDist) {
      this.deployment = new BucketDeployment(this, 'Deploy', {
        // The build's size report is for developers, not for visitors.
        sources: [Source.asset(props.webDist, { exclude: ['bundle-report.json'] })],
        destinationBucket: this.bucket,
        // Keep earlier hashed assets: a tab opened before the deploy may still ask for them.
        prune: false,
        memoryLimit: 512,
        logGroup: logGroup(this, 'DeployLogs'),
      });
    }
  }
}
