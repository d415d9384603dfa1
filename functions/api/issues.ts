import type * as z from 'zod';
import type { Issue } from './errors';

/** zod issues as the contract lists them: one per problem, by dotted path (`answers.age`). */
export function contractIssues(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue): Issue[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'Unknown field' }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}
