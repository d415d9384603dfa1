import { describe, expect, it } from 'vitest';
import { screeningRequestSchema } from '../../functions/contract/request';
import { evaluate } from '../../functions/rules/index';
import { rulesVersion } from '../../functions/rules/rules-version';
import { cellName, itemKey, parseCellName, parseItemKey } from '../../functions/stats/cells';
import { ageBand, household, monthOf } from '../../functions/stats/dimensions';
import { screeningSignal } from '../../functions/stats/signal';
import { respond } from '../support/screen';

describe('dimensions', () => {
  it('puts ages in the documented bands', () => {
    expect([17, 18, 20, 21, 26, 27, 66, 67, 120].map(ageBand)).toEqual([
      '0-17',
      '18-20',
      '18-20',
      '21-26',
      '21-26',
      '27-66',
      '27-66',
      '67-plus',
      '67-plus',
    ]);
    expect(ageBand(undefined)).toBeNull();
  });

  it('derives the household type once partner and children are answered', () => {
    expect(household({ partner: false, children: [] })).toBe('single');
    expect(household({ partner: false, children: [{ age: 3 }] })).toBe('single-parent');
    expect(household({ partner: true, children: [] })).toBe('couple');
    expect(household({ partner: true, children: [{ age: 3 }] })).toBe('couple-with-children');
    expect(household({ partner: true })).toBeNull();
    expect(household({ children: [] })).toBeNull();
  });

  it('takes the statistics month in Europe/Amsterdam', () => {
    expect(monthOf(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(monthOf(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06');
    expect(monthOf(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07');
  });
});

describe('the signal of a screening', () => {
  const request = screeningRequestSchema.parse({
    channel: 'counter',
    region: 'GM0363',
    answers: {
      age: 30,
      partner: false,
      children: [],
      receiving: { zorgtoeslag: false, huurtoeslag: true },
      nonUseReasons: { zorgtoeslag: 'too-complicated', huurtoeslag: 'shame' },
    },
  });
  const s = screeningSignal(
    request,
    respond(request.answers, { peildatum: '2026-11-24' }),
    new Date('2026-11-24T10:00Z'),
  );

  it('keeps dimensions and verdicts only, with a reason only where the household does not receive', () => {
    expect(s.dims).toEqual({
      month: '2026-11',
      channel: 'counter',
      region: 'GM0363',
      ageBand: '27-66',
      household: 'single',
      rulesVersion: rulesVersion('2026-11-24'),
    });
    expect(s.cells).toHaveLength(7);
    expect(s.cells.find((c) => c.regulation === 'zorgtoeslag')).toMatchObject({
      receiving: 'no',
      reason: 'too-complicated',
    });
    expect(s.cells.find((c) => c.regulation === 'huurtoeslag')).toMatchObject({
      receiving: 'yes',
      reason: null,
    });
    expect(s.cells.find((c) => c.regulation === 'aio')).toMatchObject({
      receiving: 'unanswered',
      reason: null,
    });
    expect(Object.keys(s).sort()).toEqual(['at', 'cells', 'dims']); // nothing of the answers
  });

  it('round-trips through the stored names', () => {
    for (const c of s.cells) {
      expect(parseCellName(cellName(c))).toEqual(c);
    }
    expect(parseItemKey('ch=citizen#rg=-#ab=18-20#hh=-#new=x')).toEqual({
      channel: 'citizen',
      region: null,
      ageBand: '18-20',
      household: null,
      rulesVersion: null, // a counter from before the rules version was kept
    });
    expect(parseItemKey(itemKey({ ...s.dims, rulesVersion: '2026-07-01.0000abcd' }))).toMatchObject({
      rulesVersion: '2026-07-01.0000abcd',
    });
  });

  it('keeps the rules version the screening was evaluated with, from its peildatum', () => {
    expect(s.dims.rulesVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  });
});
