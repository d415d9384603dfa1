// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../../web/src/components/read-aloud';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';

/** jsdom has no speech synthesis; this stands in for the browser's own, recording what it is asked to say. */
const spoken: { text: string; lang: string }[] = [];
class Utterance {
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

beforeEach(() => {
  spoken.length = 0;
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('speechSynthesis', {
    speak: (utterance: Utterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
    cancel: () => undefined,
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('read aloud', () => {
  it('reads the given text in the language’s voice, and can be stopped', async () => {
    render(<ReadAloud text={() => 'Hoe oud bent u?'} content={nl} />);
    const button = await screen.findByRole('button', { name: /Lees voor/ });
    fireEvent.click(button);
    expect(spoken).toEqual([{ text: 'Hoe oud bent u?', lang: 'nl-NL' }]);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toMatch(nl.common.stopReading);
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('uses an English voice for English copy', async () => {
    render(<ReadAloud text={() => 'How old are you?'} content={en} />);
    fireEvent.click(await screen.findByRole('button', { name: /Read aloud/ }));
    expect(spoken[0]?.lang).toBe('en-GB');
  });

  it('is not shown where the browser cannot speak', () => {
    vi.unstubAllGlobals();
    render(<ReadAloud text={() => 'x'} content={nl} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
