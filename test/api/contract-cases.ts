import { expect } from 'vitest';
import { LANGUAGES } from '../../functions/contract/request';
import { REGULATION_IDS } from '../../functions/rules/index';
import { adult, respond } from '../support/screen';

/**
 * Every row of the contract (docs/screening-api.md) as a request and what must come back. The same
 * cases run through `app.request()` (app.test.ts) and over HTTP against the real local server
 * (http.test.ts).
 */
export interface ContractCase {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  /** The error code, for error responses. */
  code?: string;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are JSON, checked field by field
  check?: (body: any, res: Response) => void;
}

export type Send = (
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string },
) => Promise<Response>;

export const TOKEN = 'contract-test-token-0123456789';
const json = { 'content-type': 'application/json' };
const screen = (body: unknown, headers: Record<string, string> = json) => ({
  method: 'POST',
  path: '/api/screen',
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const example = {
  peildatum: '2026-11-24',
  channel: 'citizen',
  region: 'GM0363',
  lang: 'nl',
  sessionId: '3f0c5d0e-8a51-4c3e-9d8e-3b7b4f1f2a10',
  answers: { age: 34, partner: false, netIncomeMonthly: 90000 },
};
const single = { ...adult, specialCosts: false };
// biome-ignore lint/suspicious/noExplicitAny: an error body, checked by the caller
const issuePaths = (body: any) => body.error.issues.map((i: { path: string }) => i.path);

export const CONTRACT_CASES: ContractCase[] = [
  {
    name: 'screen: the contract example answers for all seven regulations, in order',
    ...screen(example),
    status: 200,
    check: (body) => {
      expect(body.peildatum).toBe('2026-11-24');
      expect(body.parameters).toEqual({ validFrom: expect.any(String), stale: false });
      expect(body.results.map((r: { regulation: string }) => r.regulation)).toEqual([...REGULATION_IDS]);
      for (const r of body.results) {
        expect(['likely', 'possibly', 'unlikely', 'unknown']).toContain(r.verdict);
        if (r.estimate !== null) expect(Number.isInteger(r.estimate.monthly)).toBe(true);
        for (const reason of r.reasons) {
          expect(reason).toEqual(
            expect.objectContaining({ code: expect.any(String), text: expect.any(String) }),
          );
          expect(Array.isArray(reason.sources)).toBe(true);
        }
        expect(Array.isArray(r.missing)).toBe(true);
        expect(r.receiving).toBeNull();
        expect(r.nonUse).toBe(false);
        expect(['gemeente', 'svb', 'toeslagen']).toContain(r.apply.by);
        expect(r.apply.url).toMatch(/^https:\/\//);
      }
    },
  },
  {
    name: 'screen: only answers are required; peildatum defaults to today in Europe/Amsterdam',
    ...screen({ answers: {} }),
    status: 200,
    check: (body) => {
      expect(body.peildatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(body.results).toHaveLength(7);
      expect(body.results.every((r: { verdict: string }) => r.verdict !== 'likely')).toBe(true);
    },
  },
  {
    name: 'screen: nonUse is true where likely or possibly and receiving is false',
    ...screen({
      peildatum: '2026-11-24',
      answers: { ...single, receiving: { zorgtoeslag: false, huurtoeslag: true } },
    }),
    status: 200,
    check: (body) => {
      const zt = body.results.find((r: { regulation: string }) => r.regulation === 'zorgtoeslag');
      expect(zt.receiving).toBe(false);
      expect(zt.nonUse).toBe(['likely', 'possibly'].includes(zt.verdict));
      expect(zt.verdict).toBe('likely');
      const ht = body.results.find((r: { regulation: string }) => r.regulation === 'huurtoeslag');
      expect(ht.receiving).toBe(true);
      expect(ht.nonUse).toBe(false);
    },
  },
  {
    name: 'screen: lang en gives English texts',
    ...screen({ peildatum: '2026-11-24', lang: 'en', answers: single }),
    status: 200,
    check: (body) => {
      const texts = body.results.flatMap((r: { reasons: { text: string }[] }) =>
        r.reasons.map((x) => x.text),
      );
      expect(texts.join(' ')).toMatch(/ the | you/i);
    },
  },
  ...LANGUAGE_CASES(),
  {
    name: 'screen: answers that do not apply are accepted and ignored',
    ...screen({ answers: { housing: 'own', rent: 50_000, partner: false, working: { partner: true } } }),
    status: 200,
  },
  {
    name: "screen: a don't-know answer gives an estimate range",
    ...screen({
      peildatum: '2026-11-24',
      answers: { ...single, netIncomeMonthly: undefined, dontKnow: ['netIncomeMonthly'] },
    }),
    status: 200,
  },
  {
    name: 'screen: application/json with a charset is JSON',
    ...screen(example, { 'content-type': 'Application/JSON; charset=utf-8' }),
    status: 200,
  },
  {
    name: 'screen 400: malformed JSON',
    ...screen('{"answers": {'),
    status: 400,
    code: 'invalid_request',
    check: (body) => expect(body.error.issues).toEqual([{ path: '', message: expect.any(String) }]),
  },
  {
    name: 'screen 400: a body that is not an object',
    ...screen('[1,2]'),
    status: 400,
    code: 'invalid_request',
  },
  {
    name: 'screen 400: answers missing',
    ...screen({ channel: 'citizen' }),
    status: 400,
    code: 'invalid_request',
    check: (body) => expect(issuePaths(body)).toEqual(['answers']),
  },
  {
    name: 'screen 400: every problem listed by path (unknown field, wrong type, out of range)',
    ...screen({ extra: 1, answers: { age: 121, partner: 'yes', shoeSize: 44, children: [{ age: 31 }] } }),
    status: 400,
    code: 'invalid_request',
    check: (body) =>
      expect(issuePaths(body).sort()).toEqual(
        ['answers.age', 'answers.children.0.age', 'answers.partner', 'answers.shoeSize', 'extra'].sort(),
      ),
  },
  {
    name: 'screen 400: a well-formed region that is no gemeente (GM0001), and nothing counted',
    ...screen({ region: 'GM0001', answers: {} }),
    status: 400,
    code: 'invalid_request',
    check: (body) => expect(issuePaths(body)).toEqual(['region']),
  },
  {
    name: 'screen 400: wrong channel, region, lang and sessionId',
    ...screen({ channel: 'web', region: 'GM363', lang: 'de', sessionId: 'abc', answers: {} }),
    status: 400,
    code: 'invalid_request',
    check: (body) => expect(issuePaths(body).sort()).toEqual(['channel', 'lang', 'region', 'sessionId']),
  },
  {
    name: 'screen 400: money must be whole cents, not negative where the contract says ≥ 0',
    ...screen({ answers: { netIncomeMonthly: 100.5, rent: -1 } }),
    status: 400,
    code: 'invalid_request',
    check: (body) => expect(issuePaths(body).sort()).toEqual(['answers.netIncomeMonthly', 'answers.rent']),
  },
  {
    name: 'screen 400: an impossible date',
    ...screen({ peildatum: '2026-02-30', answers: {} }),
    status: 400,
    code: 'invalid_request',
    check: (body) => expect(issuePaths(body)).toEqual(['peildatum']),
  },
  {
    name: 'screen 422: a peildatum before 2026-01-01',
    ...screen({ peildatum: '2025-12-31', answers: {} }),
    status: 422,
    code: 'unsupported_peildatum',
  },
  {
    name: 'screen 413: a body over 16 KiB',
    ...screen(`{"answers":{}${' '.repeat(16 * 1024)}}`),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'screen: a body of exactly 16 KiB is taken',
    ...screen(`{"answers":{}${' '.repeat(16 * 1024 - 15)}}`),
    status: 200,
  },
  {
    name: 'screen 415: not application/json',
    ...screen(example, { 'content-type': 'text/plain' }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'screen 415: form-encoded',
    ...screen('answers=1', { 'content-type': 'application/x-www-form-urlencoded' }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'screen 405: GET on /api/screen',
    method: 'GET',
    path: '/api/screen',
    status: 405,
    code: 'method_not_allowed',
    check: (_body, res) => expect(res.headers.get('allow')).toBe('POST'),
  },
  {
    name: 'rules: every parameter with value, unit, validity and source',
    method: 'GET',
    path: '/api/rules',
    status: 200,
    check: (body) => {
      expect(body.parameters.length).toBeGreaterThan(10);
      for (const p of body.parameters) {
        expect(p).toEqual(expect.objectContaining({ id: expect.any(String), unit: expect.any(String) }));
        for (const v of p.values) {
          expect(v).toEqual(
            expect.objectContaining({
              validFrom: expect.any(String),
              knownUntil: expect.any(String),
              verification: expect.any(String),
            }),
          );
          expect(v.source).toEqual(
            expect.objectContaining({ title: expect.any(String), url: expect.any(String) }),
          );
          expect(v).toHaveProperty('value');
        }
      }
    },
  },
  { name: 'rules 405: POST', ...screen({}), path: '/api/rules', status: 405, code: 'method_not_allowed' },
  {
    name: 'health: ok while the store answers',
    method: 'GET',
    path: '/api/health',
    status: 200,
    check: (body) => expect(body).toEqual({ status: 'ok' }),
  },
  {
    name: '404: an unknown path under /api/',
    method: 'GET',
    path: '/api/nothing-here',
    status: 404,
    code: 'not_found',
  },
  { name: '404: /api itself', method: 'GET', path: '/api', status: 404, code: 'not_found' },
  {
    name: '405: DELETE on /api/stats',
    method: 'DELETE',
    path: '/api/stats',
    status: 405,
    code: 'method_not_allowed',
  },
  {
    name: 'stats 401: without a token',
    method: 'GET',
    path: '/api/stats?from=2026-11&to=2026-11',
    status: 401,
    code: 'unauthorized',
    check: (body) => expect(JSON.stringify(body)).not.toMatch(/rows|screenings/),
  },
  {
    name: 'stats 401: a wrong token',
    method: 'GET',
    path: '/api/stats?from=2026-11&to=2026-11',
    headers: { authorization: `Bearer ${TOKEN}x` },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'stats 401: the token as Basic auth',
    method: 'GET',
    path: '/api/stats?from=2026-11&to=2026-11',
    headers: { authorization: `Basic ${TOKEN}` },
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'stats 401: a bad query without a token reveals nothing (401, not 400)',
    method: 'GET',
    path: '/api/stats?from=bad',
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'stats: JSON with from, to, minCellSize and rows',
    method: 'GET',
    path: '/api/stats?from=2026-11&to=2026-11',
    headers: { authorization: `Bearer ${TOKEN}` },
    status: 200,
    check: (body) => {
      expect(body).toEqual({
        from: '2026-11',
        to: '2026-11',
        period: '2026-11',
        minCellSize: 10,
        withheld: expect.any(Boolean),
        rows: expect.any(Array),
      });
    },
  },
  {
    name: 'stats: CSV',
    method: 'GET',
    path: '/api/stats?from=2026-11&to=2026-11&format=csv&groupBy=region,ageBand',
    headers: { authorization: `Bearer ${TOKEN}` },
    status: 200,
    check: (body, res) => {
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(String(body).split('\n')[0]).toBe(
        'month,regulation,channel,verdict,receiving,region,ageBand,screenings,suppressed',
      );
    },
  },
  ...[
    ['from=2026-11', 'to'],
    ['from=2026-13&to=2026-14', 'from'],
    ['from=2026-11&to=2026-10', 'to'],
    ['from=2024-01&to=2027-01', 'to'],
    ['from=2026-01&to=2026-02', 'to'], // not a declared period: two months
    ['from=2026-02&to=2026-04', 'to'], // three months, not a calendar quarter
    ['from=2025-01&to=2026-12', 'to'], // two years
    ['from=2026-11&to=2026-11&groupBy=income', 'groupBy'],
    ['from=2026-11&to=2026-11&groupBy=region,region', 'groupBy'],
    ['from=2026-11&to=2026-11&groupBy=region,ageBand,household', 'groupBy'], // not a declared table
    ['from=2026-11&to=2026-11&format=xml', 'format'],
    ['from=2026-11&to=2026-11&month=2026-11', 'month'],
  ].map(
    ([query, path]): ContractCase => ({
      name: `stats 400: ${query}`,
      method: 'GET',
      path: `/api/stats?${query}`,
      headers: { authorization: `Bearer ${TOKEN}` },
      status: 400,
      code: 'invalid_request',
      check: (body) => expect(issuePaths(body)).toContain(path),
    }),
  ),
  ...[
    ['from=2026-04&to=2026-06', '2026-Q2'],
    ['from=2026-07&to=2026-12', '2026-H2'],
    ['from=2026-01&to=2026-12', '2026'],
  ].map(
    ([query, period]): ContractCase => ({
      name: `stats: a declared period, ${query}`,
      method: 'GET',
      path: `/api/stats?${query}`,
      headers: { authorization: `Bearer ${TOKEN}` },
      status: 200,
      check: (body) => expect(body).toMatchObject({ period }),
    }),
  ),
];

/** Runs one case and checks the status, the error body and the headers every response carries. */
export async function runCase(send: Send, c: ContractCase): Promise<void> {
  const init: { headers?: Record<string, string>; body?: string } = {};
  if (c.headers) init.headers = { ...c.headers, origin: 'https://elsewhere.example' };
  else init.headers = { origin: 'https://elsewhere.example' };
  if (c.body !== undefined) init.body = c.body;
  const res = await send(c.method, c.path, init);
  const text = await res.text();
  expect(res.status, `${c.name}: ${text.slice(0, 300)}`).toBe(c.status);
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
  expect(res.headers.get('x-request-id')).toBeTruthy();
  expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/);
  const isJson = res.headers.get('content-type')?.startsWith('application/json');
  const body = isJson ? JSON.parse(text) : text;
  if (c.code) {
    expect(body).toEqual({ error: { code: c.code, message: expect.any(String), issues: expect.any(Array) } });
  }
  c.check?.(body, res);
}

/** Letters each language uses and Dutch and English do not: a text in the language, not a copy. */
const SCRIPT: Record<string, RegExp> = {
  tr: /[ğışİçö]/,
  ar: /[\u0600-\u06ff]/,
  pl: /[ąćęłńóśźż]|wniosek/i, // the short apply texts ("Wniosek w SVB") have no Polish letter
  uk: /[\u0400-\u04ff]/,
};
const NOT_FILLED = /undefined|NaN|\[object/;
const LRI = '\u2066';
const PDI = '\u2069';

function LANGUAGE_CASES(): ContractCase[] {
  const body = { peildatum: '2026-11-24', answers: { ...single, netIncomeMonthly: 90_000, assets: 100_000 } };
  const dutch = respond(body.answers, { peildatum: body.peildatum, lang: 'nl' });
  const added = LANGUAGES.filter((lang) => lang !== 'nl' && lang !== 'en');
  const unregistered = ['de', 'fr', 'es'].filter((code) => !(LANGUAGES as readonly string[]).includes(code));
  return [
    ...added.map(
      (lang): ContractCase => ({
        name: `screen: lang ${lang} gives texts in ${lang}, with the same codes and values as nl`,
        ...screen({ ...body, lang }),
        status: 200,
        check: (res) => {
          // biome-ignore lint/suspicious/noExplicitAny: response JSON
          const results: any[] = res.results;
          expect(results.map((r) => r.reasons.map((x: { code: string }) => x.code))).toEqual(
            dutch.results.map((r) => r.reasons.map((x) => x.code)),
          );
          const texts = results.flatMap((r) => [
            r.apply.text,
            ...r.reasons.map((x: { text: string }) => x.text),
            ...r.thresholds.map((x: { text: string }) => x.text),
          ]);
          expect(results.some((r) => r.thresholds.length > 0)).toBe(true);
          for (const text of texts) {
            expect(text).not.toMatch(NOT_FILLED);
            expect(text.trim().length).toBeGreaterThan(0);
          }
          const script = SCRIPT[lang];
          if (script) expect(texts.filter((text) => script.test(text)).length).toBe(texts.length);
          if (lang === 'ar') {
            // Every euro amount sits inside a left-to-right isolate, so RTL text does not reorder it.
            for (const text of texts)
              for (const at of [...text.matchAll(/€/g)].map((m) => m.index ?? 0)) {
                expect(text.lastIndexOf(LRI, at)).toBeGreaterThan(text.lastIndexOf(PDI, at));
                expect(text.indexOf(PDI, at)).toBeGreaterThan(at);
              }
          }
        },
      }),
    ),
    ...[...unregistered, 'TR', 'tr-TR', ''].map(
      (lang): ContractCase => ({
        name: `screen 400: lang "${lang}" is not a registered language`,
        ...screen({ ...body, lang }),
        status: 400,
        code: 'invalid_request',
        check: (res) => expect(issuePaths(res)).toEqual(['lang']),
      }),
    ),
  ];
}
