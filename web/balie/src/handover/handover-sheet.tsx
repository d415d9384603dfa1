import type { ComponentChildren } from 'preact';
import type { RegulationId } from '../../../../functions/contract/regulations';
import type { RegulationResult } from '../../../../functions/contract/result';
import { localRoute } from '../../../../functions/local-routes/index';
import { routeTopics } from '../../../../functions/local-routes/topics';
import type { Content, Fact } from '../../../src/content/types';
import { formatDate } from '../../../src/lib/peildatum';
import type { CounterContent } from '../content';
import { asksReceiving } from '../results/receiving';
import { amountText } from '../results/results-panel';
import { SheetRoute } from './sheet-route';

/** One language of the sheet: the counter's headings and the citizen app's copy in that language. */
export interface SheetLanguage {
  copy: CounterContent;
  citizen: Content;
}

interface Props {
  results: readonly RegulationResult[];
  receiving: Partial<Record<RegulationId, boolean>>;
  peildatum: string;
  /** The counter's gemeente (CBS code), or null when the device has none set. */
  region: string | null;
  /** Dutch first; the visitor's language beside it (absent when the visitor reads Dutch). */
  languages: SheetLanguage[];
}

/** What goes on the sheet: likely or possible entitlements the visitor does not already receive. */
export function sheetResults(
  results: readonly RegulationResult[],
  receiving: Props['receiving'],
): RegulationResult[] {
  return results.filter((result) => asksReceiving(result) && receiving[result.regulation] !== true);
}

/** Renders the same element once per language, side by side (one column per language). */
function Pair({
  languages,
  as: Tag = 'div',
  class: className,
  render,
}: {
  languages: SheetLanguage[];
  as?: 'div' | 'h2' | 'h3' | 'h4';
  class?: string;
  render: (language: SheetLanguage) => ComponentChildren;
}) {
  const Cell = Tag === 'div' ? 'div' : 'span';
  return (
    <Tag class={`pair pair--${languages.length}${className ? ` ${className}` : ''}`}>
      {languages.map((language) => (
        // Each column in its own direction: Arabic right to left beside the Dutch (print too).
        <Cell
          key={language.copy.lang}
          class="pair__cell"
          lang={language.citizen.lang}
          dir={language.citizen.dir}
        >
          {render(language)}
        </Cell>
      ))}
    </Tag>
  );
}

function Facts({ facts }: { facts: Fact[] }) {
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <li key={fact.text}>{fact.text}</li>
      ))}
    </ul>
  );
}

/** The handover sheet: bilingual, printable on A4 in black and white (see styles.css, @media print). */
export function HandoverSheet({ results, receiving, peildatum, region, languages }: Props) {
  const items = sheetResults(results, receiving);
  const route = region ? localRoute(region, peildatum) : null;
  const helpFacts = (language: SheetLanguage) => {
    const seen = new Map<string, Fact>();
    for (const item of items)
      for (const fact of language.citizen.nextSteps[item.regulation].help) seen.set(fact.text, fact);
    return [...seen.values()];
  };
  return (
    <div class="sheet" data-languages={languages.map((l) => l.citizen.lang).join(' ')}>
      <Pair languages={languages} as="h2" class="sheet__title" render={({ copy }) => copy.sheet.title} />
      {route && (
        <Pair
          languages={languages}
          class="sheet__gemeente"
          render={({ copy }) => (
            <p data-region={route.code}>
              <strong>{copy.sheet.gemeente(route.name)}</strong>
            </p>
          )}
        />
      )}
      <Pair languages={languages} render={({ copy }) => <p>{copy.sheet.intro}</p>} />
      {items.length === 0 && <Pair languages={languages} render={({ copy }) => <p>{copy.sheet.none}</p>} />}
      {items.map((result) => {
        const id = result.regulation;
        return (
          <article class="sheet__item" key={id} data-regulation={id}>
            <Pair languages={languages} as="h3" render={({ citizen }) => citizen.results.regulations[id]} />
            <Pair
              languages={languages}
              render={({ citizen }) => (
                <p>
                  <strong>{citizen.results.verdicts[result.verdict].label}</strong>
                  {amountText(result, citizen) && (
                    <>
                      <br />
                      {amountText(result, citizen)}
                    </>
                  )}
                </p>
              )}
            />
            <Pair
              languages={languages}
              render={({ copy, citizen }) => (
                <>
                  <h4>{copy.sheet.where}</h4>
                  <p>
                    {citizen.results.applyAt[result.apply.by]}
                    <br />
                    <span class="url" dir="ltr">
                      {result.apply.url}
                    </span>
                  </p>
                  <h4>{copy.sheet.how}</h4>
                  <Facts facts={citizen.nextSteps[id].apply} />
                  {citizen.nextSteps[id].documents.length > 0 && (
                    <>
                      <h4>{copy.sheet.documents}</h4>
                      <Facts facts={citizen.nextSteps[id].documents} />
                    </>
                  )}
                  {citizen.nextSteps[id].deadlines.length > 0 && (
                    <>
                      <h4>{copy.sheet.deadlines}</h4>
                      <Facts facts={citizen.nextSteps[id].deadlines} />
                    </>
                  )}
                </>
              )}
            />
          </article>
        );
      })}
      {items.length > 0 && (
        <div class="sheet__item sheet__checklist">
          <Pair languages={languages} as="h3" render={({ copy }) => copy.sheet.checklist} />
          <Pair
            languages={languages}
            render={({ copy, citizen }) => (
              <ul class="checklist">
                {items.map((result) => (
                  <li key={result.regulation}>
                    {copy.sheet.checkApply(citizen.results.regulations[result.regulation])}
                  </li>
                ))}
                <li>{copy.sheet.checkDocuments}</li>
              </ul>
            )}
          />
          <Pair languages={languages} as="h3" render={({ copy }) => copy.sheet.help} />
          <Pair languages={languages} render={(language) => <Facts facts={helpFacts(language)} />} />
        </div>
      )}
      {route && (
        <div class="sheet__item sheet__local" data-region={route.code} data-local={String(route.local)}>
          <Pair
            languages={languages}
            as="h3"
            render={({ citizen }) => citizen.localRoute.title(route.name)}
          />
          <Pair
            languages={languages}
            render={({ citizen }) => (
              <SheetRoute route={route} topics={routeTopics(items)} citizen={citizen} />
            )}
          />
        </div>
      )}
      <Pair
        languages={languages}
        class="sheet__foot"
        render={({ copy, citizen }) => (
          <p>
            {copy.sheet.date(formatDate(peildatum, citizen.locale))} {copy.sheet.disclaimer}
          </p>
        )}
      />
    </div>
  );
}
