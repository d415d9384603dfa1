import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningRequestSchema } from '../../../functions/contract/request';
import { type NonUseReason, PAGES, type RegulationId } from '../../../functions/rules/index';
import { nl } from '../../../web/src/content/nl';
import { respond } from '../../support/screen';
import { answerAll, type Person, startCheck } from './drive';
import { axe, type Harness, settled, startHarness } from './harness';
import { pensioner, selfEmployedCouple, singleParent, youthCareLeaver } from './households';

/**
 * Four people from the brief finish the flow on a 360×740 touch screen against the real
 * local server. Their results must be what the engine says for the answers the browser sent,
 * and their "no, I don't get this" must reach GET /api/stats.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

interface Case {
  name: string;
  lang: 'nl' | 'en';
  person: Person;
  /** The regulation they say they do not receive, and why. */
  nonUse: { regulation: RegulationId; reason: NonUseReason };
}

const CASES: Case[] = [
  {
    name: 'a pensioner with a small AOW who does not get AIO',
    lang: 'nl',
    person: pensioner,
    nonUse: { regulation: 'aio', reason: 'did-not-know' },
  },
  {
    name: 'a 19-year-old leaving youth care whose parents cannot support them',
    lang: 'en',
    person: youthCareLeaver,
    nonUse: { regulation: 'algemene-bijstand', reason: 'too-complicated' },
  },
  {
    name: 'a single parent who rents',
    lang: 'nl',
    person: singleParent,
    nonUse: { regulation: 'huurtoeslag', reason: 'fear-of-repayment' },
  },
  {
    name: 'a self-employed couple with children in childcare',
    lang: 'nl',
    person: selfEmployedCouple,
    nonUse: { regulation: 'kinderopvangtoeslag', reason: 'applied-refused' },
  },
];

describe('people finish the flow on a phone', () => {
  it.each(CASES)('$name', async ({ lang, person, nonUse }) => {
    const { page, problems, close } = await harness.open({ hasTouch: true, isMobile: true });
    const sent: ReturnType<typeof screeningRequestSchema.parse>[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/screen'))
        sent.push(screeningRequestSchema.parse(request.postDataJSON()));
    });
    const hashes: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) hashes.push(new URL(frame.url()).hash);
    });
    await page.goto(harness.url);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).tap();
      await page.getByRole('heading', { level: 1, name: 'Find out if you can get money' }).waitFor();
    }
    await startCheck(page, 'touch');
    const asked = await answerAll(page, person, 'touch');
    expect(asked.length).toBeGreaterThan(5);
    // The address only ever held a question id: no answers, no amounts.
    const allowed = /^(|#\/|#\/municipality|#\/check|#\/question(\/[A-Za-z0-9]+)?)$/;
    expect(hashes.filter((hash) => !allowed.test(hash))).toEqual([]);
    expect(hashes.some((hash) => /\d{3,}/.test(hash.replace('27Plus', '')))).toBe(false);

    await page.locator('main a[href="#/results"]').tap();
    await settled(page);
    await page.locator('.sw-card').first().waitFor();

    // What the browser sent is exactly the person's answers to the questions asked.
    expect(sent).toHaveLength(1);
    const request = sent[0];
    if (!request) throw new Error('no screening sent');
    expect(request.lang).toBe(lang);
    const fields = asked.flatMap((id) => PAGES.find((page) => page.id === id)?.fields ?? []);
    const expectedAnswers = Object.fromEntries(
      Object.entries(person.answers).filter(([key]) => fields.some((path) => path.split('.')[0] === key)),
    );
    expect({ ...request.answers, dontKnow: undefined }).toEqual({ ...expectedAnswers, dontKnow: undefined });
    expect(request.answers.dontKnow ?? []).toEqual(person.dontKnow ?? []);

    // The cards say what the engine says.
    const expected = respond(request.answers, { peildatum: request.peildatum ?? '', lang });
    const cards = await page.$$eval('.sw-card', (elements) =>
      elements.map((element) => ({
        regulation: element.getAttribute('data-regulation'),
        verdict: element.getAttribute('data-verdict'),
        monthly: element.getAttribute('data-monthly'),
        text: element.textContent ?? '',
      })),
    );
    expect(cards).toHaveLength(7);
    for (const result of expected.results) {
      const shown = cards.find((card) => card.regulation === result.regulation);
      expect(shown?.verdict, result.regulation).toBe(result.verdict);
      expect(shown?.monthly, result.regulation).toBe(String(result.estimate?.monthly ?? ''));
      for (const reason of result.reasons)
        expect(shown?.text.replace(/\s+/g, ' ')).toContain(reason.text.replace(/\s+/g, ' '));
    }
    const target = expected.results.find((result) => result.regulation === nonUse.regulation);
    expect(['likely', 'possibly']).toContain(target?.verdict);

    // "Do you already get this?" No, and why not: re-screened with the same sessionId.
    const card = page.locator(`.sw-card[data-regulation="${nonUse.regulation}"]`);
    const rescreen = page.waitForResponse(
      (response) => response.url().endsWith('/api/screen') && response.ok(),
    );
    await card.locator(`label[for="receiving-${nonUse.regulation}-false"]`).tap();
    await rescreen;
    const withReason = page.waitForResponse(
      (response) => response.url().endsWith('/api/screen') && response.ok(),
    );
    await card.locator(`label[for="reason-${nonUse.regulation}-${nonUse.reason}"]`).tap();
    await withReason;
    await card.locator('.sw-saved:not(:empty)').waitFor();
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((r) => r.sessionId)).size).toBe(1);
    expect(sent[2]?.answers.receiving).toEqual({ [nonUse.regulation]: false });
    expect(sent[2]?.answers.nonUseReasons).toEqual({ [nonUse.regulation]: nonUse.reason });

    // The signal reaches the statistics: a "no" row for that regulation, and the reason.
    const month = (request.peildatum ?? '').slice(0, 7);
    const rows = await pollStats(
      month,
      (row) => row.regulation === nonUse.regulation && row.receiving === 'no' && row.reason === nonUse.reason,
    );
    expect(rows.length).toBeGreaterThan(0);

    expect(problems).toEqual([]);
    await close();
  });
});

describe('the start page', () => {
  it('loads at most 35 KB of JavaScript (gzip) and nothing of the flow until it is started', async () => {
    const { firstLoad, budgetGzip } = harness.report;
    expect(firstLoad.jsGzip).toBeLessThanOrEqual(budgetGzip);
    expect(budgetGzip).toBe(35 * 1024);
    const { page, problems, close } = await harness.open();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(harness.url);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    const scripts = loaded.filter((path) => path.endsWith('.js')).map((path) => path.slice(1));
    expect(scripts.sort()).toEqual(firstLoad.files.filter((file) => file.endsWith('.js')).sort());
    expect(loaded.some((path) => path.startsWith('/api/'))).toBe(false);
    await page.locator('a.sw-start').click();
    await settled(page);
    expect(loaded.filter((path) => path.endsWith('.js')).length).toBeGreaterThan(scripts.length);
    expect(loaded.some((path) => path.startsWith('/api/'))).toBe(false); // the questions need no server
    expect(problems).toEqual([]);
    await close();
  });

  it('reads the question aloud with the browser’s own speech synthesis', async () => {
    const { page, problems, close } = await harness.open();
    await stubSpeech(page, ['nl-NL', 'en-GB']);
    await page.goto(`${harness.url}/#/question`);
    await settled(page);
    const heading = await page.locator('h1').textContent();
    await page.getByRole('button', { name: /Lees voor/ }).click();
    const said = await spokenSoFar(page);
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toContain(heading ?? '???');
    expect(said[0]?.lang).toBe('nl-NL');
    expect(said[0]?.voice).toBe('nl-NL');
    expect(problems).toEqual([]);
    await close();
  });

  it('at 360×740 reads every answer option and the help, and says so where there is no Dutch voice', async () => {
    for (const voices of [['nl-NL', 'en-GB'], ['en-US']]) {
      const { page, problems, close } = await harness.open({ viewport: { width: 360, height: 740 } });
      await stubSpeech(page, voices);
      await page.addInitScript(() => {
        if (!sessionStorage.getItem('sw.answers'))
          sessionStorage.setItem('sw.answers', JSON.stringify({ partner: false, age: 35 }));
      });
      await page.goto(`${harness.url}/#/question/housing`);
      await settled(page);
      const labels = await page
        .locator('main input[type=radio]')
        .evaluateAll((inputs) =>
          inputs.map(
            (input) => document.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '',
          ),
        );
      expect(labels.length).toBeGreaterThanOrEqual(3);
      if (voices.includes('nl-NL')) {
        await page.getByRole('button', { name: /Lees voor/ }).click();
        const said = await spokenSoFar(page);
        expect(said).toHaveLength(1);
        for (const label of labels) expect(said[0]?.text).toContain(label);
        for (const help of await page.locator('.sw-help__summary').allTextContents())
          expect(said[0]?.text).toContain(help.trim());
        expect(said[0]?.voice).toBe('nl-NL');
      } else {
        // No Dutch voice: a visible notice, no button, and nothing said by the English voice.
        const notice = page.getByText(nl.common.noVoice);
        await notice.waitFor();
        expect(await notice.isVisible()).toBe(true);
        expect(await page.getByRole('button', { name: /Lees voor/ }).count()).toBe(0);
        expect(await spokenSoFar(page)).toEqual([]);
      }
      expect(await axe(page), voices.join()).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    }
  }, 90_000);
});

/**
 * Stands in for the browser's speech synthesis (headless Chromium has no audio and maybe no
 * voices): the voices on offer, and a record of what the page asks it to say, and with which voice.
 */
async function stubSpeech(page: Page, voices: string[]) {
  await page.addInitScript((langs: string[]) => {
    const said: { text: string; lang: string; voice: string | undefined }[] = [];
    (window as unknown as { said: typeof said }).said = said;
    const list = langs.map((lang) => ({
      lang,
      name: lang,
      voiceURI: lang,
      default: false,
      localService: true,
    }));
    class Utterance {
      lang = '';
      rate = 1;
      voice: { lang: string } | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    window.speechSynthesis.getVoices = () => list as unknown as SpeechSynthesisVoice[];
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang });
    };
  }, voices);
}

const spokenSoFar = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { said: { text: string; lang: string; voice: string | undefined }[] }).said,
  );

type Row = Record<string, unknown>;

/** GET /api/stats with the ministry token until a matching row appears (the contract allows 5 s). */
async function pollStats(month: string, match: (row: Row) => boolean): Promise<Row[]> {
  const deadline = Date.now() + 6_000;
  for (;;) {
    const response = await fetch(`${harness.url}/api/stats?from=${month}&to=${month}&groupBy=reason`, {
      headers: { Authorization: `Bearer ${harness.statsToken}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { rows: Row[] };
    const found = body.rows.filter(match);
    if (found.length > 0 || Date.now() > deadline) return found;
    await new Promise((done) => setTimeout(done, 200));
  }
}
