import { gemeenteName } from '../../../functions/regions/gemeenten';
import type { Content } from '../content';
import { routeHash } from '../lib/router';
import { loadRegion } from '../lib/session';

/** The gemeente answer as a row of the answers list (check page, "your answers"); optional link to change it. */
export function MunicipalityRow({
  content,
  peildatum,
  change,
}: {
  content: Content;
  peildatum: string;
  change: boolean;
}) {
  const copy = content.municipality;
  const region = loadRegion();
  const name = region ? gemeenteName(region, peildatum) : null;
  return (
    <div class="sw-summary__row" data-region={region ?? ''}>
      <dt class="sw-summary__key">{copy.summaryLabel}</dt>
      <dd class="sw-summary__value">{name ?? copy.skipped}</dd>
      {change && (
        <dd class="sw-summary__action sw-no-print">
          <a class="utrecht-link" href={routeHash({ page: 'municipality', fromCheck: true })}>
            {content.check.change(copy.summaryLabel)}
          </a>
        </dd>
      )}
    </div>
  );
}
