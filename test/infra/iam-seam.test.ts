import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_ONLY_COMMANDS, STATS_TABLE_ACTIONS } from '../../infra/constructs/stats-table';
import { REPO_ROOT } from '../../infra/create-app';

// IAM is not checked by the local store, so a DynamoDB call the stack does not grant would first fail
// in production. This keeps the grant and the code together: every DynamoDB command the functions
// send must be granted, or be one the adapter documents as local-only.
function dynamoCommandsIn(dir: string): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    if (!source.includes('@aws-sdk/client-dynamodb')) continue;
    for (const [, name] of source.matchAll(/new (\w+)Command\(/g)) found.add(name as string);
  }
  return found;
}

describe('DynamoDB permissions and the code that uses them', () => {
  it('grants every DynamoDB command that functions/api and functions/stats send on AWS', () => {
    const used = new Set([
      ...dynamoCommandsIn(join(REPO_ROOT, 'functions/stats')),
      ...dynamoCommandsIn(join(REPO_ROOT, 'functions/api')),
    ]);
    const granted = STATS_TABLE_ACTIONS.map((action) => action.replace('dynamodb:', ''));
    const local: readonly string[] = LOCAL_ONLY_COMMANDS;
    const ungranted = [...used].filter((name) => !granted.includes(name) && !local.includes(name));
    expect(ungranted).toEqual([]);
  });
});
