import { useEffect, useState } from 'preact/hooks';
import { type Content, isLangCode, LANGUAGES, type LangCode } from '../../../src/content';

/** The citizen app's copy for the languages the counter needs at once (screen, Dutch, visitor). */
export function useCitizenContent(langs: readonly string[]): Partial<Record<LangCode, Content>> {
  const [loaded, setLoaded] = useState<Partial<Record<LangCode, Content>>>({});
  const wanted = [...new Set(langs)].filter(isLangCode);
  const key = wanted.join(',');
  useEffect(() => {
    let live = true;
    for (const lang of wanted) {
      if (loaded[lang]) continue;
      void LANGUAGES[lang]
        .load()
        .then((content) => live && setLoaded((prev) => ({ ...prev, [lang]: content })));
    }
    return () => {
      live = false;
    };
  }, [key]);
  return loaded;
}

/** Visitor languages: those both the citizen copy and the counter's sheet headings have. */
export function visitorLanguages(counterLangs: readonly string[]): { code: LangCode; name: string }[] {
  return (Object.keys(LANGUAGES) as LangCode[])
    .filter((code) => counterLangs.includes(code))
    .map((code) => ({ code, name: LANGUAGES[code].name }));
}
