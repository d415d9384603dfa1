// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../../functions/rules/index';
import { ReadAloud } from '../../../web/src/components/read-aloud';
import { ar } from '../../../web/src/content/ar';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import { pl } from '../../../web/src/content/pl';
import { tr } from '../../../web/src/content/tr';
import { uk } from '../../../web/src/content/uk';
import { flowState } from '../../../web/src/flow/path';
import { QuestionPage } from '../../../web/src/pages/question-page';
import { answerPage, renter, workingParents } from '../../support/flow-people';

/** jsdom has no speech synthesis; this stands in for the browser's own, recording what it is asked to say. */
const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
let voices: { lang: string; name: string }[] = [];
class Utterance {
  lang = '';
  rate = 1;
  voice: { name: string } | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

function stubSpeech() {
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('speechSynthesis', {
    speak: (utterance: Utterance) =>
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name }),
    cancel: () => undefined,
    getVoices: () => voices,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  });
}

beforeEach(() => {
  spoken.length = 0;
  voices = [
    { lang: 'nl-NL', name: 'Dutch' },
    { lang: 'en-GB', name: 'English' },
  ];
  stubSpeech();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('read aloud', () => {
  it('reads the given text in the language’s voice, and can be stopped', async () => {
    render(<ReadAloud text={() => 'Hoe oud bent u?'} content={nl} />);
    const button = await screen.findByRole('button', { name: /Lees voor/ });
    fireEvent.click(button);
    expect(spoken).toEqual([{ text: 'Hoe oud bent u?', lang: 'nl-NL', voice: 'Dutch' }]);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toMatch(nl.common.stopReading);
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('uses an English voice for English copy', async () => {
    render(<ReadAloud text={() => 'How old are you?'} content={en} />);
    fireEvent.click(await screen.findByRole('button', { name: /Read aloud/ }));
    expect(spoken[0]).toMatchObject({ lang: 'en-GB', voice: 'English' });
  });

  it('takes a voice of the same language in another region (nl-BE for nl-NL)', async () => {
    voices = [
      { lang: 'en-US', name: 'English' },
      { lang: 'nl_BE', name: 'Flemish' },
    ];
    render(<ReadAloud text={() => 'Hoe oud bent u?'} content={nl} />);
    fireEvent.click(await screen.findByRole('button', { name: /Lees voor/ }));
    expect(spoken[0]).toMatchObject({ lang: 'nl-NL', voice: 'Flemish' });
  });

  it('says so, and offers no other voice, where the browser has no voice for the language', () => {
    voices = [{ lang: 'en-US', name: 'English' }];
    render(<ReadAloud text={() => 'Hoe oud bent u?'} content={nl} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(nl.common.noVoice)).toBeTruthy();
    expect(spoken).toEqual([]);
  });

  it('decides once the browser has listed its voices: none after the wait means the notice', () => {
    vi.useFakeTimers();
    voices = [];
    render(<ReadAloud text={() => 'x'} content={nl} />);
    const button = screen.getByRole('button', { name: /Lees voor/ });
    fireEvent.click(button); // pressed early: nothing is said by a wrong voice
    expect(spoken).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    const notice = screen.getByText(nl.common.noVoice);
    expect(notice.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(notice);
    expect(spoken).toEqual([]);
  });

  it('uses a Turkish voice for Turkish copy, and an Arabic one (any region) for Arabic', async () => {
    voices = [...voices, { lang: 'tr-TR', name: 'Turkish' }, { lang: 'ar-SA', name: 'Arabic' }];
    render(<ReadAloud text={(c) => c.start.title} content={tr} />);
    fireEvent.click(await screen.findByRole('button', { name: /Sesli oku/ }));
    expect(spoken[0]).toEqual({ text: tr.start.title, lang: 'tr-TR', voice: 'Turkish' });
    cleanup();
    render(<ReadAloud text={(c) => c.start.title} content={ar} />);
    fireEvent.click(await screen.findByRole('button', { name: ar.common.readAloud }));
    expect(spoken[1]).toEqual({ text: ar.start.title, lang: 'ar', voice: 'Arabic' });
  });

  it.each([
    ['tr', tr],
    ['ar', ar],
    ['pl', pl],
    ['uk', uk],
  ] as const)(
    '%s without its voice: says so in the language and offers Dutch, read only in Dutch',
    (_code, content) => {
      render(<ReadAloud text={(c) => c.start.title} content={content} />);
      expect(screen.getByText(content.common.noVoice)).toBeTruthy();
      expect(screen.queryByRole('button', { name: content.common.readAloud })).toBeNull();
      const dutch = screen.getByRole('button', { name: content.common.readInDutch });
      fireEvent.click(dutch);
      // The Dutch text with the Dutch voice: never the page's own text with a Dutch voice.
      expect(spoken).toEqual([{ text: nl.start.title, lang: 'nl-NL', voice: 'Dutch' }]);
      expect(dutch.getAttribute('aria-pressed')).toBe('true');
      fireEvent.click(dutch);
      expect(dutch.getAttribute('aria-pressed')).toBe('false');
    },
  );

  it('offers no Dutch either when the browser has no Dutch voice: only the notice', () => {
    voices = [{ lang: 'en-GB', name: 'English' }];
    render(<ReadAloud text={(c) => c.start.title} content={tr} />);
    expect(screen.getByText(tr.common.noVoice)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(spoken).toEqual([]);
  });

  it('never gives a Turkish text to any voice but a Turkish one', async () => {
    for (const list of [
      [{ lang: 'nl-NL', name: 'Dutch' }],
      [
        { lang: 'nl-NL', name: 'Dutch' },
        { lang: 'tr-TR', name: 'Turkish' },
      ],
      [],
    ]) {
      voices = list;
      render(<ReadAloud text={(c) => c.start.title} content={tr} />);
      for (const button of screen.queryAllByRole('button')) fireEvent.click(button);
      cleanup();
    }
    for (const said of spoken)
      expect(said.text === tr.start.title ? said.voice : 'Turkish', said.text).toBe('Turkish');
    expect(spoken.some((said) => said.voice === 'Turkish')).toBe(true);
  });

  it('says so where the browser cannot speak at all', () => {
    vi.unstubAllGlobals();
    render(<ReadAloud text={() => 'x'} content={nl} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(nl.common.noVoice)).toBeTruthy();
  });
});

const PEILDATUM = '2026-11-24';
const people: Record<string, Answers> = {
  'a single renter': renter,
  'parents who both work': workingParents,
};

describe('read aloud on every question page', () => {
  beforeEach(() => voices.push({ lang: 'tr-TR', name: 'Turkish' }, { lang: 'ar', name: 'Arabic' }));
  for (const [name, person] of Object.entries(people))
    for (const content of [nl, en, tr, ar])
      it(`reads the question, its hint, every option and the help (${name}, ${content.lang})`, () => {
        let answers: Answers = {};
        let pages = 0;
        for (let step = 0; step < 40; step++) {
          const { current } = flowState(answers, PEILDATUM);
          if (!current) break;
          sessionStorage.setItem('sw.answers', JSON.stringify(answers));
          window.location.hash = `#/question/${current.id}`;
          spoken.length = 0;
          render(<QuestionPage content={content} peildatum={PEILDATUM} id={current.id} fromCheck={false} />);
          fireEvent.click(screen.getByRole('button', { name: content.common.readAloud }));
          expect(spoken).toHaveLength(1);
          const said = spoken[0]?.text ?? '';
          const onScreen = [
            document.querySelector('h1')?.textContent,
            ...[...document.querySelectorAll('input[type=radio]')].map(
              (input) => document.querySelector(`label[for="${input.id}"]`)?.textContent,
            ),
            ...[...document.querySelectorAll('legend, .sw-help summary, select option')]
              .map((e) => e.textContent)
              .filter((text) => text !== '—'),
            ...[...document.querySelectorAll('button.sw-dont-know, .sw-actions button')]
              .map((e) => e.textContent)
              .filter((text) => text !== content.common.next),
          ];
          for (const text of onScreen) expect(said, current.id).toContain(text?.trim());
          cleanup();
          pages++;
          answers = answerPage(answers, current, person);
        }
        expect(pages).toBeGreaterThan(5);
      });
});
