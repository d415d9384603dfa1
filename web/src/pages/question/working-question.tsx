import { useState } from 'preact/hooks';
import { RadioGroup } from '../../components/fields';
import { QuestionForm, useFieldErrors } from './question-form';
import type { KindProps } from './types';

/** Work or study, for the applicant and (when there is one) the partner: one page, two yes/no groups. */
export function WorkingQuestion(props: KindProps) {
  const { copy, content } = props;
  const stored = props.answers.working ?? {};
  const hasPartner = props.answers.partner === true;
  const [applicant, setApplicant] = useState(
    stored.applicant === undefined ? undefined : String(stored.applicant),
  );
  const [partner, setPartner] = useState(stored.partner === undefined ? undefined : String(stored.partner));
  const errors = useFieldErrors();
  const yesNo = [
    { value: 'true', label: content.common.yes },
    { value: 'false', label: content.common.no },
  ];

  const submit = () => {
    const found: Record<string, string> = {};
    if (applicant === undefined) found['q-working-applicant-true'] = content.errors.required;
    if (hasPartner && partner === undefined) found['q-working-partner-true'] = content.errors.required;
    if (!errors.report(found)) return;
    props.onSubmit({
      'working.applicant': applicant === 'true',
      'working.partner': hasPartner ? partner === 'true' : undefined,
    });
  };

  return (
    <QuestionForm content={content} errors={errors} onSubmit={submit}>
      {props.heading(copy.label, errors.failed)}
      {copy.hint && <p class="utrecht-paragraph">{copy.hint}</p>}
      <RadioGroup
        name="q-working-applicant"
        legend={content.flow.workingApplicant}
        error={errors.errors['q-working-applicant-true']}
        options={yesNo}
        value={applicant}
        onChange={setApplicant}
      />
      {hasPartner && (
        <RadioGroup
          name="q-working-partner"
          legend={content.flow.workingPartner}
          error={errors.errors['q-working-partner-true']}
          options={yesNo}
          value={partner}
          onChange={setPartner}
        />
      )}
      {props.actions}
    </QuestionForm>
  );
}
