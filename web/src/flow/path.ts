import { type Answers, evaluate, nextQuestion, PAGES, type Page } from '../../../functions/rules/index';

/**
 * The visit's path through the questions, derived and never stored: replay the engine's
 * nextQuestion from empty answers, taking each stored answer as it is asked. So the path
 * always follows the current answers, a changed answer keeps the later ones, and answers
 * that no longer matter are neither shown nor sent.
 */
export interface FlowState {
  /** Questions answered so far, in asking order. */
  asked: Page[];
  /** The next question to ask, or null when every regulation is decided. */
  current: Page | null;
  /** Only the answers on the path: what is shown on the check page and sent to the API. */
  answers: Answers;
}

export function flowState(answers: Answers, peildatum: string): FlowState {
  const onPath: Answers = {};
  const asked: Page[] = [];
  for (let step = 0; step <= PAGES.length; step++) {
    const question = nextQuestion(onPath, peildatum);
    if (!question) return { asked, current: null, answers: onPath };
    if (asked.includes(question) || !isAnswered(answers, question)) {
      return { asked, current: question, answers: onPath };
    }
    copyAnswer(answers, onPath, question);
    asked.push(question);
  }
  return { asked, current: null, answers: onPath };
}

/** About how many questions are still to come: those the undecided regulations still miss. */
export function remainingEstimate(state: FlowState, peildatum: string): number {
  if (!state.current) return 0;
  const { results } = evaluate(state.answers, { peildatum });
  const dontKnow = new Set<string>(state.answers.dontKnow ?? []);
  const needed = new Set<Page>([state.current]);
  for (const result of results) {
    if (result.verdict !== 'unknown' && result.verdict !== 'possibly') continue;
    for (const path of result.missing) {
      const question = PAGES.find((candidate) => candidate.fields.includes(path));
      if (question && !dontKnow.has(path) && getPath(state.answers, path) === undefined) needed.add(question);
    }
  }
  return needed.size;
}

export function isAnswered(answers: Answers, question: Page): boolean {
  return (
    question.fields.some((path) => getPath(answers, path) !== undefined) || isDontKnow(answers, question)
  );
}

export function isDontKnow(answers: Answers, question: Page): boolean {
  return question.dontKnow !== undefined && (answers.dontKnow ?? []).includes(question.dontKnow);
}

/** Sets a question's fields (dotted paths) and clears its "I don't know". */
export function withAnswer(answers: Answers, question: Page, values: Record<string, unknown>): Answers {
  let next: Answers = structuredClone(answers);
  for (const path of question.fields) next = setPath(next, path, values[path]);
  if (question.dontKnow) next = withoutDontKnow(next, question.dontKnow);
  return next;
}

/** Records "I don't know" for a question and removes any value it had. */
export function withDontKnow(answers: Answers, question: Page): Answers {
  if (!question.dontKnow) return answers;
  let next: Answers = structuredClone(answers);
  for (const path of question.fields) next = setPath(next, path, undefined);
  const list = new Set(next.dontKnow ?? []);
  list.add(question.dontKnow);
  next.dontKnow = [...list];
  return next;
}

function withoutDontKnow(answers: Answers, path: string): Answers {
  const { dontKnow = [], ...rest } = answers;
  const list = dontKnow.filter((item) => item !== path);
  return list.length === 0 ? rest : { ...rest, dontKnow: list };
}

function copyAnswer(from: Answers, to: Answers, question: Page): void {
  for (const path of question.fields) {
    const value = getPath(from, path);
    if (value !== undefined) Object.assign(to, setPath(to, path, structuredClone(value)));
  }
  if (isDontKnow(from, question) && question.dontKnow) {
    to.dontKnow = [...(to.dontKnow ?? []), question.dontKnow];
  }
}

export function getPath(answers: Answers, path: string): unknown {
  let value: unknown = answers;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function setPath(answers: Answers, path: string, value: unknown): Answers {
  const keys = path.split('.');
  const root: Record<string, unknown> = { ...answers };
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    node[key] = child && typeof child === 'object' ? { ...(child as object) } : {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root as Answers;
}
