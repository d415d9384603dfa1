import { type Answers, nextQuestion } from '../../functions/rules/index';

const get = (answers: Answers, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], answers);

/**
 * Answers every page nextQuestion() asks from `household`, as the web app does: the page's fields
 * from the household's answers, or its "I don't know" where the household lists it in `dontKnow`.
 * Returns the pages asked and the answers given.
 */
export function walkFlow(household: Answers, peildatum: string): { asked: string[]; answers: Answers } {
  const answers: Record<string, unknown> = {};
  const dontKnow: string[] = [];
  const given = () => ({ ...answers, ...(dontKnow.length ? { dontKnow } : {}) }) as Answers;
  const asked: string[] = [];
  for (let step = 0; step < 40; step++) {
    const page = nextQuestion(given(), peildatum);
    if (!page) return { asked, answers: given() };
    asked.push(page.id);
    if (page.dontKnow && household.dontKnow?.includes(page.dontKnow)) {
      dontKnow.push(page.dontKnow);
      continue;
    }
    for (const path of page.fields) {
      const value = get(household, path);
      if (value === undefined) continue;
      const keys = path.split('.');
      let node = answers;
      for (const key of keys.slice(0, -1)) {
        node[key] ??= {};
        node = node[key] as Record<string, unknown>;
      }
      node[keys[keys.length - 1] as string] = structuredClone(value);
    }
    if (page.fields.every((path) => get(answers as Answers, path) === undefined))
      throw new Error(`no answer for ${page.id}`);
  }
  throw new Error(`the flow did not end: ${asked.join(' → ')}`);
}
