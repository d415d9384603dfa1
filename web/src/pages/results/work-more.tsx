import { useMemo, useState } from 'preact/hooks';
import { type Answers, incomeRiseEffects } from '../../../../functions/rules/index';
import type { Content } from '../../content';
import { formatMoney } from '../../lib/money';

/**
 * "What if I work more?": for €100, €250 and €500 more net income a month, what each regulation's
 * monthly amount becomes and what is left of the raise. Worked out on request, in the browser, with
 * the same engine: it sends nothing and counts nothing.
 */
export function WorkMoreSection({
  answers,
  peildatum,
  content,
}: {
  answers: Answers;
  peildatum: string;
  content: Content;
}) {
  const [shown, setShown] = useState(false);
  const copy = content.results.workMore;
  const money = (cents: number) => formatMoney(cents, content.locale);
  const effects = useMemo(
    () => (shown ? incomeRiseEffects(answers, { peildatum }) : null),
    [shown, answers, peildatum],
  );
  if (answers.netIncomeMonthly === undefined) return null;
  const bijstandFalls = effects?.some((effect) =>
    effect.changes.some((change) => change.regulation === 'algemene-bijstand' || change.regulation === 'aio'),
  );
  return (
    <section class="sw-work-more" aria-labelledby="work-more-title">
      <h2 class="utrecht-heading-2" id="work-more-title">
        {copy.title}
      </h2>
      <p class="utrecht-paragraph">{copy.intro}</p>
      {effects ? (
        <>
          {effects.map((effect) => (
            <div class="sw-work-more__step" key={effect.step}>
              {effect.changes.length ? (
                <table class="sw-work-more__table">
                  <caption>{copy.caption(money(effect.step))}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{copy.regulation}</th>
                      <th scope="col">{copy.now}</th>
                      <th scope="col">{copy.after}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {effect.changes.map((change) => (
                      <tr key={change.regulation}>
                        <th scope="row">{content.results.regulations[change.regulation]}</th>
                        <td>{money(change.before)}</td>
                        <td>{money(change.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p class="utrecht-paragraph">
                  <strong>{copy.caption(money(effect.step))}</strong>: {copy.nothingChanges}
                </p>
              )}
              <p class="utrecht-paragraph">
                {copy.kept(money(Math.max(0, effect.kept)), money(effect.step))}
              </p>
            </div>
          ))}
          {bijstandFalls && <p class="utrecht-paragraph">{copy.bijstandNote}</p>}
          <p class="utrecht-paragraph">
            {answers.grossIncomeYearly === undefined ? copy.noGross : copy.grossNote}
          </p>
        </>
      ) : (
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action sw-no-print"
          onClick={() => setShown(true)}
        >
          {copy.button}
        </button>
      )}
    </section>
  );
}
