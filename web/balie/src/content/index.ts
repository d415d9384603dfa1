import { ar } from './ar';
import { en } from './en';
import { nl } from './nl';
import { pl } from './pl';
import { tr } from './tr';
import type { CounterContent } from './types';
import { uk } from './uk';

/**
 * The counter's languages. A new one is a file of type CounterContent plus a line here; the
 * visitor languages on the handover sheet are those the citizen app's content also has.
 */
export const COUNTER_CONTENT = { nl, en, tr, ar, pl, uk } satisfies Record<string, CounterContent>;
export type CounterLang = keyof typeof COUNTER_CONTENT;

export function isCounterLang(value: unknown): value is CounterLang {
  return typeof value === 'string' && Object.hasOwn(COUNTER_CONTENT, value);
}

export type { CounterContent, GroupId } from './types';
