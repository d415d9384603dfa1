import { Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStack } from './fixture';

const built = buildStack();
afterAll(() => built.fixture.cleanup());

const findings = (stack: Stack) =>
  new AwsSolutionsChecks(undefined, { verbose: true })
    .validateScope(stack)
    .violations.map(
      (v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );

/** Every acknowledgment recorded anywhere in the tree, as [construct path, rule id, reason]. */
function acknowledgments(stack: Stack): [string, string, string][] {
  return stack.node
    .findAll()
    .flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) =>
          Object.entries(m.data as Record<string, string>).map(([id, reason]) => [c.node.path, id, reason]),
        ),
    ) as [string, string, string][];
}

describe('cdk-nag AwsSolutionsChecks', () => {
  it('finds nothing unacknowledged in the stack: no error, no warning', () => {
    expect(findings(built.stack)).toEqual([]);
  });

  it('gives every acknowledgment a reason of at least a sentence', () => {
    const acks = acknowledgments(built.stack);
    expect(acks.length).toBeGreaterThan(0);
    for (const [path, id, reason] of acks) {
      expect(id, path).toMatch(/AwsSolutions-/);
      expect(reason.length, `${path} ${id}`).toBeGreaterThanOrEqual(40);
    }
  });

  it('does report findings when there are some (the check is live)', () => {
    const bare = new Stack(undefined, 'Bare');
    new Bucket(bare, 'Plain');
    expect(findings(bare).join('\n')).toMatch(/AwsSolutions-S10/);
  });
});
