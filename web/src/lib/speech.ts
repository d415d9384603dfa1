/** Read text aloud with the browser's own speech synthesis: no external service, nothing leaves the device. */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/** "nl-NL", "nl_BE", "NL" → "nl": voices are matched on the language, not the region. */
function primary(tag: string): string {
  return tag.replace('_', '-').split('-')[0]?.toLowerCase() ?? '';
}

/**
 * A voice that speaks `lang`: the exact tag first, then any region of the same language.
 * Null when the browser has none, so Dutch is never read out by an English (or any other) voice.
 * `undefined` while the browser has not listed its voices yet (Chromium lists them late).
 */
export function voiceFor(lang: string): SpeechSynthesisVoice | null | undefined {
  if (!canSpeak() || typeof window.speechSynthesis.getVoices !== 'function') return null;
  const voices = window.speechSynthesis.getVoices();
  if (voices.length === 0) return undefined;
  const exact = voices.find((voice) => voice.lang.replace('_', '-').toLowerCase() === lang.toLowerCase());
  return exact ?? voices.find((voice) => primary(voice.lang) === primary(lang)) ?? null;
}

/** Calls back once the browser has listed its voices, or after `wait` ms when it lists none. */
export function whenVoicesKnown(done: () => void, wait = 1500): () => void {
  if (!canSpeak()) {
    done();
    return () => undefined;
  }
  const synth = window.speechSynthesis;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    synth.removeEventListener?.('voiceschanged', finish);
    done();
  };
  const timer = setTimeout(finish, wait);
  synth.addEventListener?.('voiceschanged', finish);
  return () => {
    finished = true;
    clearTimeout(timer);
    synth.removeEventListener?.('voiceschanged', finish);
  };
}

/** Speaks `text` with `voice` only; there is no fallback to the browser's default voice. */
export function speak(text: string, lang: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  if (!canSpeak()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = lang;
  utterance.rate = 0.9;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
