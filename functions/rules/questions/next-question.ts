import type { Answers } from '../../contract/answers';
import type { CodedResult } from '../../contract/result';
import { evaluate } from '../engine/evaluate';
import { PAGES, type Page } from './catalogue';

/**
 * The most useful unanswered page: among the earliest stage with any page still needed, the one
 * the most still-undecided regulations need (their `missing`), ties broken by catalogue order.
 * When no regulation needs anything more, a page whose `probe` answers would change a verdict
 * (an answer the rules do not require but that decides something); null when there is none.
 */
export function nextQuestion(answers: Answers, peildatum: string): Page | null {
  const { results } = evaluate(answers, { peildatum });
  const need = new Map<Page, number>();
  const dontKnow = new Set<string>(answers.dontKnow ?? []);
  for (const result of results) {
    if (result.verdict !== 'unknown' && result.verdict !== 'possibly') continue;
    const counted = new Set<Page>();
    for (const path of result.missing) {
      if (dontKnow.has(path)) continue;
      const page = PAGES.find((candidate) => candidate.fields.includes(path));
      if (!page || counted.has(page) || isAnswered(answers, path)) continue;
      counted.add(page);
      need.set(page, (need.get(page) ?? 0) + 1);
    }
  }
  let best: Page | null = null;
  let bestCount = 0;
  for (const page of PAGES) {
    const count = need.get(page) ?? 0;
    if (count === 0) continue;
    if (!best || page.stage < best.stage || (page.stage === best.stage && count > bestCount)) {
      best = page;
      bestCount = count;
    }
  }
  return best ?? deciding(answers, peildatum, results);
}

/** The first page with a probe that would change a verdict, when it is neither answered nor "I don't know". */
function deciding(answers: Answers, peildatum: string, results: CodedResult[]): Page | null {
  const dontKnow = new Set<string>(answers.dontKnow ?? []);
  for (const page of PAGES) {
    if (!page.probe) continue;
    if (page.fields.some((path) => isAnswered(answers, path) || dontKnow.has(path))) continue;
    for (const probe of page.probe) {
      const probed = evaluate({ ...answers, ...probe }, { peildatum }).results;
      if (probed.some((result, index) => result.verdict !== results[index]?.verdict)) return page;
    }
  }
  return null;
}

function isAnswered(answers: Answers, path: string): boolean {
  let value: unknown = answers;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value !== undefined;
}
