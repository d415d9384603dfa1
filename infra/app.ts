import { Annotations } from 'aws-cdk-lib';
import { createApp } from './create-app';

// Entry for the CDK CLI (cdk.json: `npx tsx infra/app.ts`).
const { app, stack } = createApp();
if (!stack.site.deployment) {
  Annotations.of(stack).addWarningV2(
    'steunwijzer:no-web-build',
    'web/dist is missing: the site bucket gets no content. Run `npm run build:web` first (npm run deploy does).',
  );
}
app.synth();
