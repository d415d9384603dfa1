import { QUESTIONS, type Question } from '../../../../functions/rules/index';
import type { QuestionId } from '../../../src/content/types';
import type { CounterContent, GroupId } from '../content';
import { type Drafts, entryCount } from './drafts';
import { errorText, fieldId, SelectField, TextField } from './fields';
import type { FieldError } from './to-answers';

/** Integer questions answered in whole years. */
const YEARS = new Set(['age', 'partnerAge']);

/** The screen's order of groups: who, their situation, money, then home and children. */
export const GROUP_ORDER: readonly GroupId[] = [
  'household',
  'situation',
  'income',
  'assets',
  'housing',
  'children',
];

interface Props {
  copy: CounterContent;
  drafts: Drafts;
  errors: Record<string, FieldError>;
  /** Question id → names of the regulations still waiting for it. */
  needed: Partial<Record<string, string[]>>;
  onValue: (path: string, value: string) => void;
  onDontKnow: (path: string, dontKnow: boolean) => void;
}

/** Every question of the engine's catalogue on one screen, grouped as the catalogue groups them. */
export function CounterForm(props: Props) {
  const { copy } = props;
  return (
    <form
      class="counter-form"
      aria-labelledby="form-title"
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      <h2 id="form-title">{copy.formTitle}</h2>
      {GROUP_ORDER.map((group) => (
        <fieldset key={group} class="group" id={`group-${group}`}>
          <legend>{copy.groups[group]}</legend>
          {QUESTIONS.filter((q) => q.group === group).map((question) => (
            <QuestionField key={question.id} question={question} {...props} />
          ))}
        </fieldset>
      ))}
    </form>
  );
}

function QuestionField({
  question,
  copy,
  drafts,
  errors,
  needed,
  onValue,
  onDontKnow,
}: Props & { question: Question }) {
  const id = question.id as QuestionId;
  const field = copy.questions[id];
  const values = drafts.values;
  const neededText = needed[id]?.length ? copy.fields.neededFor(needed[id].join(', ')) : undefined;
  const error = (path: string) => (errors[path] ? errorText(errors[path], copy) : undefined);
  const yesNo = [
    { value: 'true', label: copy.fields.yes },
    { value: 'false', label: copy.fields.no },
  ];

  switch (question.kind) {
    case 'boolean':
      return (
        <SelectField
          path={id}
          label={field.label}
          help={field.help}
          needed={neededText}
          value={values[id] ?? ''}
          options={yesNo}
          unanswered={copy.fields.unanswered}
          onChange={(value) => onValue(id, value)}
        />
      );
    case 'choice':
      return (
        <SelectField
          path={id}
          label={field.label}
          help={field.help}
          needed={neededText}
          value={values[id] ?? ''}
          options={(question.options ?? []).map((value) => ({
            value,
            label: field.options?.[value] ?? value,
          }))}
          unanswered={copy.fields.unanswered}
          onChange={(value) => onValue(id, value)}
        />
      );
    case 'integer':
    case 'money': {
      const dontKnowPath = question.dontKnow;
      const isDontKnow = dontKnowPath ? drafts.dontKnow.includes(dontKnowPath) : false;
      const money = question.kind === 'money';
      return (
        <TextField
          path={id}
          label={field.label}
          help={field.help}
          needed={neededText}
          error={isDontKnow ? undefined : error(id)}
          value={isDontKnow ? '' : (values[id] ?? '')}
          disabled={isDontKnow}
          money={money}
          prefix={money ? copy.fields.euro : undefined}
          suffix={
            money && question.period
              ? copy.fields.period[question.period]
              : YEARS.has(id)
                ? copy.fields.years
                : undefined
          }
          onInput={(value) => onValue(id, value)}
          after={
            dontKnowPath && (
              <label class="dont-know">
                <input
                  type="checkbox"
                  id={`${fieldId(id)}-dont-know`}
                  checked={isDontKnow}
                  onChange={(event) => onDontKnow(dontKnowPath, event.currentTarget.checked)}
                />
                {copy.fields.dontKnow}
              </label>
            )
          }
        />
      );
    }
    case 'working':
      return (
        <div class="compound">
          <SelectField
            path="working.applicant"
            label={copy.fields.workingApplicant}
            help={field.help}
            needed={neededText}
            value={values['working.applicant'] ?? ''}
            options={yesNo}
            unanswered={copy.fields.unanswered}
            onChange={(value) => onValue('working.applicant', value)}
          />
          <SelectField
            path="working.partner"
            label={copy.fields.workingPartner}
            value={values['working.partner'] ?? ''}
            options={yesNo}
            unanswered={copy.fields.unanswered}
            onChange={(value) => onValue('working.partner', value)}
          />
        </div>
      );
    case 'children':
      return (
        <div class="compound">
          <TextField
            path={id}
            label={field.label}
            help={field.help}
            needed={neededText}
            error={error(id)}
            value={values[id] ?? ''}
            onInput={(value) => onValue(id, value)}
          />
          {Array.from({ length: entryCount(drafts, id) }, (_, i) => (
            <TextField
              key={i}
              path={`${id}.${i}.age`}
              label={copy.fields.childAge(i + 1)}
              error={error(`${id}.${i}.age`)}
              value={values[`${id}.${i}.age`] ?? ''}
              suffix={copy.fields.years}
              onInput={(value) => onValue(`${id}.${i}.age`, value)}
            />
          ))}
        </div>
      );
    case 'childcare':
      return (
        <div class="compound">
          <TextField
            path={id}
            label={copy.fields.childcareCount}
            help={field.label}
            needed={neededText}
            error={error(id)}
            value={values[id] ?? ''}
            onInput={(value) => onValue(id, value)}
          />
          {Array.from({ length: entryCount(drafts, id) }, (_, i) => (
            <fieldset key={i} class="entry">
              <legend>{copy.fields.childcareChild(i + 1)}</legend>
              <SelectField
                path={`${id}.${i}.type`}
                label={copy.fields.childcareType}
                value={values[`${id}.${i}.type`] ?? ''}
                options={(['dagopvang', 'bso', 'gastouder'] as const).map((value) => ({
                  value,
                  label: copy.fields.childcareTypes[value],
                }))}
                unanswered={copy.fields.unanswered}
                onChange={(value) => onValue(`${id}.${i}.type`, value)}
              />
              <TextField
                path={`${id}.${i}.hoursPerMonth`}
                label={copy.fields.childcareHours}
                error={error(`${id}.${i}.hoursPerMonth`)}
                value={values[`${id}.${i}.hoursPerMonth`] ?? ''}
                onInput={(value) => onValue(`${id}.${i}.hoursPerMonth`, value)}
              />
              <TextField
                path={`${id}.${i}.hourlyRate`}
                label={copy.fields.childcareRate}
                error={error(`${id}.${i}.hourlyRate`)}
                value={values[`${id}.${i}.hourlyRate`] ?? ''}
                money
                prefix={copy.fields.euro}
                onInput={(value) => onValue(`${id}.${i}.hourlyRate`, value)}
              />
            </fieldset>
          ))}
        </div>
      );
  }
}
