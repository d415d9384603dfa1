import type { RegulationResult } from '../contract/result';
import type { Topic } from './schema';

/** The regulations the gemeente decides, and the topic of the local routes that says how to apply. */
const APPLY_TOPIC = { 'algemene-bijstand': 'bijstand', 'bijzondere-bijstand': 'bijzondereBijstand' } as const;

/**
 * The topics to show beside a result: how to apply for each regulation the gemeente decides that
 * is open (likely or possibly), then the free help that is there for everyone.
 */
export function routeTopics(results: readonly Pick<RegulationResult, 'regulation' | 'verdict'>[]): Topic[] {
  const open = new Set(
    results.filter((r) => r.verdict === 'likely' || r.verdict === 'possibly').map((r) => r.regulation),
  );
  const apply = Object.entries(APPLY_TOPIC)
    .filter(([regulation]) => open.has(regulation as keyof typeof APPLY_TOPIC))
    .map(([, topic]) => topic);
  return [...apply, 'clientondersteuning', 'schuldhulp', 'formHelp'];
}
