import type { Help as HelpCopy } from '../content/types';

/** Plain-language help for a hard term, folded away until asked for. */
export function Help({ help }: { help: HelpCopy }) {
  return (
    <details class="sw-help">
      <summary class="sw-help__summary">{help.title}</summary>
      <div class="sw-help__body">
        {help.body.map((paragraph) => (
          <p class="utrecht-paragraph" key={paragraph}>
            {paragraph}
          </p>
        ))}
      </div>
    </details>
  );
}
