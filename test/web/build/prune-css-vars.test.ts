import { describe, expect, it } from 'vitest';
import { pruneCssVariables } from '../../../web/build/prune-css-vars';

describe('pruneCssVariables', () => {
  it('keeps tokens read by real properties, directly or through other tokens, and drops the rest', () => {
    const css = `.t{--a:red;--b:var(--a);--c:blue;--d:var(--c);--e:1px}.x{color:var(--b);border:var(--e) solid}`;
    expect(pruneCssVariables(css)).toBe(
      '.t{--a:red;--b:var(--a);--e:1px}.x{color:var(--b);border:var(--e) solid}',
    );
  });

  it('keeps fallbacks inside var() and tokens used only in fallbacks', () => {
    const css = '.t{--a:1px;--b:2px;--z:3px}.x{margin:var(--missing, var(--a)) var(--b,4px)}';
    expect(pruneCssVariables(css)).toBe(
      '.t{--a:1px;--b:2px;}.x{margin:var(--missing, var(--a)) var(--b,4px)}',
    );
  });

  it('leaves CSS without custom properties alone', () => {
    const css = '@media print{.a{display:none}}.b{color:#000}';
    expect(pruneCssVariables(css)).toBe(css);
  });
});

describe('pruneCssVariables with values that hold ; { } in strings', () => {
  it('removes a whole data: URL token and keeps the rules after it intact', () => {
    const css = `.t{--icon:url("data:image/svg+xml;utf8,<svg style='a:b;c:d'>{x}</svg>");--size:24px}.r{inline-size:var(--size)}`;
    expect(pruneCssVariables(css)).toBe('.t{}.r{inline-size:var(--size)}'.replace('{}', '{--size:24px}'));
  });

  it('keeps a used data: URL token whole', () => {
    const css = `.t{--icon:url("data:a;b");}.r{background:var(--icon)}`;
    expect(pruneCssVariables(css)).toBe(css);
  });
});
