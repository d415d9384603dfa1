import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { API_SECURITY_HEADERS, apiSecurityHeaders } from '../../functions/api/security-headers';

describe('the API security headers', () => {
  it('are exactly what Hono’s secureHeaders sends with the API’s options', async () => {
    const reference = await new Hono()
      .use(apiSecurityHeaders())
      .get('/', (c) => c.body(null, 204))
      .request('/');
    const expected = [...reference.headers].filter(([name]) => name !== 'content-type');
    const ours = API_SECURITY_HEADERS.map(([name, value]) => [name.toLowerCase(), value]);
    expect(ours.sort()).toEqual(expected.sort());
  });
});
