import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../functions/rules/index';
import type { ParamDef } from '../../../functions/rules/params/define';
import { stripParamText, stripParamTextPlugin } from '../../../web/build/strip-param-text';
import { households } from '../../support/households';

const DATA = join(import.meta.dirname, '../../../functions/rules/params/data');
const huurtoeslag = join(DATA, 'huurtoeslag.json');

type Hook = (code: string, id: string) => { code: string } | null;
const transform = stripParamTextPlugin().transform as Hook;

describe('stripParamText (the web bundle’s parameter data)', () => {
  it('drops description, quote and note at every level and keeps everything else', () => {
    const json = JSON.stringify({
      description: 'file',
      parameters: [
        {
          id: 'a.b',
          description: 'param',
          unit: 'cents',
          law: { bwb: 'BWBR0015703', law: 'Participatiewet', article: '34', lid: '3' },
          note: 'param note',
          values: [
            {
              validFrom: '2030-01-01',
              knownUntil: '2030-12-31',
              value: 1,
              source: 'DERIVED',
              verification: 'DER',
              quote: 'q',
              note: 'n',
              indexationPending: true,
            },
          ],
        },
      ],
    });
    expect(JSON.parse(stripParamText(json))).toEqual({
      parameters: [
        {
          id: 'a.b',
          unit: 'cents',
          law: { bwb: 'BWBR0015703', law: 'Participatiewet', article: '34', lid: '3' },
          values: [
            {
              validFrom: '2030-01-01',
              knownUntil: '2030-12-31',
              value: 1,
              source: 'DERIVED',
              verification: 'DER',
              indexationPending: true,
            },
          ],
        },
      ],
    });
  });

  it('the plugin transforms the data files only', () => {
    const code = readFileSync(huurtoeslag, 'utf8');
    const out = transform(code, huurtoeslag);
    expect(out?.code).not.toMatch(/"(quote|note|description)"/);
    expect(JSON.parse(out?.code ?? '{}').parameters).toHaveLength(JSON.parse(code).parameters.length);
    expect(transform('{"note":"kept"}', join(DATA, '../supported-from.json'))).toBeNull();
    expect(transform('{"note":"kept"}', '/work/web/src/content/whatever.json')).toBeNull();
  });

  it('the engine answers the same with the stripped data (the browser’s), on three peildatums', () => {
    const stripped = readdirSync(DATA)
      .filter((name) => name.endsWith('.json'))
      .flatMap(
        (name) =>
          JSON.parse(stripParamText(readFileSync(join(DATA, name), 'utf8')))
            .parameters as ParamDef<unknown>[],
      );
    for (const peildatum of ['2026-03-01', '2026-09-01', '2027-03-01'])
      for (const answers of households(40, 13))
        expect(evaluate(answers, { peildatum, parameters: stripped })).toEqual(
          evaluate(answers, { peildatum }),
        );
  });
});
