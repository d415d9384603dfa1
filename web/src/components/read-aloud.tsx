import { useEffect, useRef, useState } from 'preact/hooks';
import type { Content } from '../content';
import { nl } from '../content/nl';
import { canSpeak, speak, stopSpeaking, voiceFor, whenVoicesKnown } from '../lib/speech';

/** The page's text in a given language's copy: the page builds it, so it can build the Dutch too. */
export type SpokenText = (content: Content) => string;

/**
 * Reads the page aloud with the browser's own voice for the page's language. Where the browser has
 * no such voice (or no speech at all) it says so, in the page's language, and offers only one
 * thing: the page's Dutch text read by a Dutch voice. A text is never read by a voice of another
 * language (Turkish read out by a Dutch voice is not understandable).
 */
export function ReadAloud({ text, content }: { text: SpokenText; content: Content }) {
  const [speaking, setSpeaking] = useState<'page' | 'dutch' | null>(null);
  // The button shows from the first render (no pop-in); it gives way to the notice once the
  // browser's voices are known and none speaks the language.
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null | undefined>(() =>
    canSpeak() ? voiceFor(content.speechLang) : null,
  );
  // Pressed before the browser listed its voices: speak (or say there is no voice) once it has.
  const [asked, setAsked] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);
  const lang = content.speechLang;
  const done = () => setSpeaking(null);

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
      setSpeaking('page');
      speak(text(content), lang, voice, done);
    }
  }, [asked, voice, lang, text, content]);

  if (voice === null) {
    // Dutch is offered only for another language's page, and only with a Dutch voice.
    const dutchVoice = content.lang !== nl.lang && canSpeak() ? voiceFor(nl.speechLang) : null;
    const toggleDutch = () => {
      if (speaking) {
        stopSpeaking();
        return done();
      }
      if (!dutchVoice) return;
      setSpeaking('dutch');
      speak(text(nl), nl.speechLang, dutchVoice, done);
    };
    return (
      <div class="sw-read-aloud-none sw-no-print">
        <p class="utrecht-paragraph" ref={notice} tabIndex={-1} role={asked ? 'status' : undefined}>
          {content.common.noVoice}
        </p>
        {dutchVoice && (
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action sw-read-aloud sw-read-aloud--dutch"
            aria-pressed={speaking === 'dutch'}
            onClick={toggleDutch}
          >
            <span aria-hidden="true" class="sw-icon">
              {speaking ? '■' : '▶'}
            </span>{' '}
            {speaking ? content.common.stopReading : content.common.readInDutch}
          </button>
        )}
      </div>
    );
  }
  const toggle = () => {
    if (speaking) {
      stopSpeaking();
      return done();
    }
    const found = voice ?? voiceFor(lang);
    if (found === undefined) return setAsked(true);
    if (found === null) {
      setAsked(true);
      return setVoice(null);
    }
    setSpeaking('page');
    speak(text(content), lang, found, done);
  };
  return (
    <button
      type="button"
      class="utrecht-button utrecht-button--secondary-action sw-read-aloud sw-no-print"
      aria-pressed={speaking === 'page'}
      onClick={toggle}
    >
      <span aria-hidden="true" class="sw-icon">
        {speaking ? '■' : '▶'}
      </span>{' '}
      {speaking ? content.common.stopReading : content.common.readAloud}
    </button>
  );
}
