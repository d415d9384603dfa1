import { en } from './en';
import { nl } from './nl';
import type { DashboardContent } from './types';

export const DASHBOARD_CONTENT = { nl, en } satisfies Record<string, DashboardContent>;
export type DashboardLang = keyof typeof DASHBOARD_CONTENT;

export function isDashboardLang(value: unknown): value is DashboardLang {
  return typeof value === 'string' && Object.hasOwn(DASHBOARD_CONTENT, value);
}

export type { DashboardContent, Dimension } from './types';
