import { useEffect, useState } from 'preact/hooks';
import type { Content } from '../content';
import { canSpeak, speak, stopSpeaking } from '../lib/speech';

/** Reads the given text aloud with the browser's own voice; hidden where the browser has none. */
export function ReadAloud({ text, content }: { text: () => string; content: Content }) {
  const [speaking, setSpeaking] = useState(false);
  // Known at first render, so the button does not pop in later and shift the page.
  const [available] = useState(canSpeak);
  useEffect(() => stopSpeaking, []);
  if (!available) return null;
  const toggle = () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    setSpeaking(true);
    speak(text(), content.speechLang, () => setSpeaking(false));
  };
  return (
    <button
      type="button"
      class="utrecht-button utrecht-button--secondary-action sw-read-aloud sw-no-print"
      aria-pressed={speaking}
      onClick={toggle}
    >
      <span aria-hidden="true" class="sw-icon">
        {speaking ? '■' : '▶'}
      </span>{' '}
      {speaking ? content.common.stopReading : content.common.readAloud}
    </button>
  );
}
