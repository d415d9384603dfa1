import { describe, expect, it } from 'vitest';
import { type Answers, nextQuestion } from '../../../functions/rules/index';
import { adult } from '../../support/screen';

const PEILDATUM = '2026-11-24';
const next = (answers: Answers) => nextQuestion(answers, PEILDATUM)?.id ?? null;

/** Walks the flow answering from `person` until no page is left; returns the pages' ids and their other fields. */
function walk(person: Answers): string[] {
  const answers: Record<string, unknown> = {};
  const asked: string[] = [];
  for (let step = 0; step < 40; step++) {
    const question = nextQuestion(answers as Answers, PEILDATUM);
    if (!question) return asked;
    asked.push(question.id, ...question.fields.filter((path) => path !== question.id));
    for (const path of question.fields) {
      const [root] = path.split('.');
      answers[root as string] = (person as Record<string, unknown>)[root as string] ?? defaultFor(path);
    }
  }
  throw new Error(`flow did not end: ${asked.join(' → ')}`);
}
const defaultFor = (path: string) =>
  path.startsWith('working') ? { applicant: false, partner: false } : false;

describe('next question — start', () => {
  it('asks first what every regulation needs: partner', () => {
    expect(next({})).toBe('partner');
  });
  it('then age', () => {
    expect(next({ partner: false })).toBe('age');
  });
  it('returns null when every regulation is decided', () => {
    expect(next(adult)).toBeNull();
  });
});

describe('next question — partnerAge', () => {
  it('is asked with a partner', () => {
    expect(walk({ ...adult, partner: true, partnerAge: 40 })).toContain('partnerAge');
  });
  it('is never asked without one', () => {
    expect(walk(adult)).not.toContain('partnerAge');
  });
});

describe('next question — partnerSelfEmployed', () => {
  it('is asked for a couple where bijstand is open (a self-employed partner makes it possibly)', () => {
    expect(walk({ ...adult, partner: true, partnerAge: 40 })).toContain('partnerSelfEmployed');
  });
  it('is never asked without a partner', () => {
    expect(walk(adult)).not.toContain('partnerSelfEmployed');
  });
});

describe('next question — studentFinance', () => {
  it('is asked under 27, on one page with self-employment', () => {
    expect(
      nextQuestion({ ...adult, age: 22, selfEmployed: undefined, studentFinance: undefined }, PEILDATUM)
        ?.fields,
    ).toEqual(['selfEmployed', 'studentFinance']);
    expect(walk({ ...adult, age: 22 })).toContain('studentFinance');
  });
  it('is asked from 27 too, where bijstand is open (art. 15 lid 1 makes it possibly), on the same page', () => {
    expect(walk({ ...adult, age: 27 })).toContain('studentFinance');
  });
  it('is not asked where bijstand is decided before', () => {
    expect(walk({ ...adult, age: 27, netIncomeMonthly: 500_000 })).not.toContain('studentFinance');
  });
});

describe('next question — parentsCannotSupport', () => {
  it('is asked of a single 18–20 year old', () => {
    expect(walk({ ...adult, age: 19 })).toContain('parentsCannotSupport');
  });
  it('is not asked from 21', () => {
    expect(walk({ ...adult, age: 21 })).not.toContain('parentsCannotSupport');
  });
});

describe('next question — housing costs', () => {
  it('rent and selfContainedHome are asked of renters', () => {
    const asked = walk({ ...adult, housing: 'rent' });
    expect(asked).toContain('rent');
    expect(asked).toContain('selfContainedHome');
  });
  it('are not asked of home-owners, who are asked their home equity instead', () => {
    const asked = walk({ ...adult, housing: 'own', homeEquity: 0 });
    expect(asked).not.toContain('rent');
    expect(asked).toContain('homeEquity');
  });
});

describe('next question — pensioners', () => {
  it('a single 70-year-old is not asked about studies, self-employment, childcare or work', () => {
    const asked = walk({ ...adult, age: 70 });
    for (const id of ['studentFinance', 'selfEmployed', 'childcare', 'working', 'parentsCannotSupport']) {
      expect(asked).not.toContain(id);
    }
    expect(asked).toContain('netIncomeMonthly');
  });
});

describe('next question — children and childcare', () => {
  it('childcare and work are not asked without children', () => {
    const asked = walk({ ...adult, children: [] });
    expect(asked).not.toContain('childcare');
    expect(asked).not.toContain('working');
  });
  it('are asked of parents', () => {
    const asked = walk({ ...adult, children: [{ age: 3 }], childcare: [], working: { applicant: true } });
    expect(asked).toContain('childcare');
  });
});

describe('next question — dontKnow', () => {
  it('a question answered with "I don\'t know" is not asked again', () => {
    const asked: string[] = [];
    const answers: Answers = { partner: false, age: 40, dontKnow: ['assets'] };
    for (let i = 0; i < 30; i++) {
      const question = nextQuestion(answers, PEILDATUM);
      if (!question) break;
      asked.push(question.id);
      for (const path of question.fields) {
        const root = path.split('.')[0] as string;
        Object.assign(answers, { [root]: (adult as Record<string, unknown>)[root] ?? false });
      }
    }
    expect(asked).not.toContain('assets');
  });
});

describe('next question — flow length', () => {
  it('a typical renter finishes in at most 20 questions', () => {
    expect(walk({ ...adult, rent: 70000, grossIncomeYearly: 1800000 }).length).toBeLessThanOrEqual(20);
  });
});
