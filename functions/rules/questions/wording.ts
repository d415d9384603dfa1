import type { Answers } from '../../contract/answers';
import { EvalContext } from '../engine/context';
import { aowStatus } from '../engine/household';
import { SUPPORTED_FROM } from '../params';

/**
 * Which wording the income questions take: `earn` ("Hoeveel verdient u", "How much do you earn"),
 * or `receive` ("Hoeveel ontvangt u", "How much do you receive") where the household's income is
 * mostly AOW and pension, so "earn" would not fit: the applicant, or the partner, has (or may have:
 * whole years only) reached the AOW age on the peildatum (AOW art. 7a). Policy stays here; the web only
 * picks the copy variant by this value.
 */
export type IncomeWording = 'earn' | 'receive';

export function incomeWording(answers: Answers, peildatum: string): IncomeWording {
  if (peildatum < SUPPORTED_FROM) return 'earn';
  const ctx = new EvalContext(peildatum);
  const ages = [answers.age, answers.partner === true ? answers.partnerAge : undefined];
  return ages.some((age) => age !== undefined && aowStatus(age, ctx) !== 'no') ? 'receive' : 'earn';
}
