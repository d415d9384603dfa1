import type { Answers } from '../../../functions/contract/answers';
import type { Lang } from '../../../functions/contract/request';
import type { ScreeningResponse } from '../../../functions/contract/result';

export interface ScreenRequest {
  peildatum: string;
  channel: 'citizen';
  /** The gemeente the person chose (CBS code); absent when they skipped the question. */
  region?: string;
  lang: Lang;
  sessionId: string;
  answers: Answers;
}

export type ScreenOutcome = { ok: true; data: ScreeningResponse } | { ok: false; offline: boolean };

/** POST /api/screen (docs/screening-api.md). Same-origin only; nothing else is ever called. */
export async function screen(request: ScreenRequest, signal?: AbortSignal): Promise<ScreenOutcome> {
  try {
    const response = await fetch('/api/screen', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal: signal ?? null,
    });
    if (!response.ok) return { ok: false, offline: false };
    return { ok: true, data: (await response.json()) as ScreeningResponse };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { ok: false, offline: typeof navigator !== 'undefined' && navigator.onLine === false };
  }
}
