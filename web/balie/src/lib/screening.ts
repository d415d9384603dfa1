import type { Answers } from '../../../../functions/contract/answers';
import type { Lang } from '../../../../functions/contract/request';

/** The body of POST /api/screen for one counter visit (docs/screening-api.md). */
export interface CounterScreening {
  peildatum: string;
  channel: 'counter';
  region?: string;
  lang: Lang;
  sessionId: string;
  answers: Answers;
}

export function screeningBody(input: {
  peildatum: string;
  region: string | null;
  lang: Lang;
  sessionId: string;
  answers: Answers;
}): CounterScreening {
  return {
    peildatum: input.peildatum,
    channel: 'counter',
    ...(input.region && { region: input.region }),
    lang: input.lang,
    sessionId: input.sessionId,
    answers: input.answers,
  };
}

export type SendState = 'sending' | 'sent' | 'failed';

/**
 * Sends the visit's latest screening once the answers rest for `delayMs`. The results on screen come
 * from the engine in the browser; this call only counts the visit (one sessionId, so re-screening
 * replaces the earlier contribution instead of adding to it).
 */
export function createSender(options: {
  delayMs: number;
  onState: (state: SendState) => void;
  fetchImpl?: typeof fetch;
}) {
  const doFetch = options.fetchImpl ?? ((input, init) => fetch(input, init));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: CounterScreening | undefined;
  let lastSent = '';

  const send = async (body: CounterScreening) => {
    const json = JSON.stringify(body);
    if (json === lastSent) return;
    lastSent = json;
    options.onState('sending');
    try {
      const response = await doFetch('/api/screen', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: json,
        keepalive: true,
      });
      options.onState(response.ok ? 'sent' : 'failed');
    } catch {
      options.onState('failed');
    }
  };

  return {
    schedule(body: CounterScreening) {
      pending = body;
      clearTimeout(timer);
      timer = setTimeout(() => this.flush(), options.delayMs);
    },
    /** Sends what is waiting now (before "new visitor", or when the page is hidden). */
    flush(): Promise<void> {
      clearTimeout(timer);
      const body = pending;
      pending = undefined;
      return body ? send(body) : Promise.resolve();
    },
    cancel() {
      clearTimeout(timer);
      pending = undefined;
    },
  };
}
