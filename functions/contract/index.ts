/**
 * The contract module (docs/screening-api.md): the shapes the API, the web apps and the tests share,
 * as zod schemas and types. The web imports rules only through this module and functions/rules/index.ts,
 * and nothing of functions/api or functions/stats (test/contract/imports.test.ts). Web code imports the
 * file it needs (answers.ts, result.ts, …) rather than this index: answers.ts and request.ts carry zod,
 * the others are zod-free or types only.
 */
export * from './answers';
export * from './law-url';
export * from './regulations';
export * from './request';
export * from './response';
export type * from './result';
export * from './statistics';
