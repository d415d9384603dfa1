import { useEffect, useRef, useState } from 'preact/hooks';
import type { Content } from '../content';
import { canSpeak, speak, stopSpeaking, voiceFor, whenVoicesKnown } from '../lib/speech';

/**
 * Reads the given text aloud with the browser's own voice for the page's language. Where the
 * browser has no such voice (or no speech at all) it says so, and offers no other voice: Dutch
 * read out by an English voice is not understandable.
 */
export function ReadAloud({ text, content }: { text: () => string; content: Content }) {
  const [speaking, setSpeaking] = useState(false);
  // The button shows from the first render (no pop-in); it gives way to the notice once the
  // browser's voices are known and none speaks the language.
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null | undefined>(() =>
    canSpeak() ? voiceFor(content.speechLang) : null,
  );
  // Pressed before the browser listed its voices: speak (or say there is no voice) once it has.
  const [asked, setAsked] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);
  const lang = content.speechLang;

  useEffect(() => {
    setVoice(canSpeak() ? voiceFor(lang) : null);
    if (!canSpeak()) return;
    return whenVoicesKnown(() => setVoice(voiceFor(lang) ?? null));
  }, [lang]);
  useEffect(() => stopSpeaking, []);
  useEffect(() => {
    if (!asked || voice === undefined) return;
    // Pressed and found no voice: the focus goes to the notice rather than being lost.
    if (voice === null) notice.current?.focus();
    else {
      setAsked(false);
      setSpeaking(true);
      speak(text(), lang, voice, () => setSpeaking(false));
    }
  }, [asked, voice, lang, text]);

  if (voice === null) {
    return (
      <p
        class="utrecht-paragraph sw-read-aloud-none sw-no-print"
        ref={notice}
        tabIndex={-1}
        role={asked ? 'status' : undefined}
      >
        {content.common.noVoice}
      </p>
    );
  }
  const toggle = () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    const found = voice ?? voiceFor(lang);
    if (found === undefined) return setAsked(true);
    if (found === null) {
      setAsked(true);
      return setVoice(null);
    }
    setSpeaking(true);
    speak(text(), lang, found, () => setSpeaking(false));
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
