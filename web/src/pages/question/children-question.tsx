import { useState } from 'preact/hooks';
import { TextField } from '../../components/fields';
import { QuestionForm, useFieldErrors } from './question-form';
import type { KindProps } from './types';

const MAX_CHILDREN = 20;
const MAX_CHILD_AGE = 30;

const wholeNumber = (text: string, max: number): number | null =>
  /^\d+$/.test(text.trim()) && Number(text) <= max ? Number(text) : null;

/** How many children live at home, then each child's age. */
export function ChildrenQuestion(props: KindProps) {
  const { copy, content } = props;
  const stored = props.answers.children;
  const [count, setCount] = useState(stored ? String(stored.length) : '');
  const [ages, setAges] = useState<string[]>(stored ? stored.map((child) => String(child.age)) : []);
  const errors = useFieldErrors();
  const number = wholeNumber(count, MAX_CHILDREN);
  const shown = number ?? 0;

  const submit = () => {
    const found: Record<string, string> = {};
    if (number === null) found['q-children'] = content.errors.wholeNumber(0, MAX_CHILDREN);
    const parsed: number[] = [];
    for (let index = 0; index < shown; index++) {
      const age = wholeNumber(ages[index] ?? '', MAX_CHILD_AGE);
      if (age === null) found[`q-child-${index}`] = content.errors.age(0, MAX_CHILD_AGE);
      else parsed.push(age);
    }
    if (!errors.report(found)) return;
    props.onSubmit({ children: parsed.map((age) => ({ age })) });
  };

  return (
    <QuestionForm content={content} errors={errors} onSubmit={submit}>
      {props.heading(<label for="q-children">{copy.label}</label>, errors.failed)}
      <TextField
        id="q-children"
        label={content.flow.childrenCount}
        labelInHeading
        hint={copy.hint}
        error={errors.errors['q-children']}
        value={count}
        onInput={setCount}
        inputMode="numeric"
        width="short"
      />
      {Array.from({ length: shown }, (_, index) => (
        <TextField
          key={index}
          id={`q-child-${index}`}
          label={content.flow.childAge(index + 1)}
          error={errors.errors[`q-child-${index}`]}
          value={ages[index] ?? ''}
          onInput={(value) => setAges((list) => Object.assign([...list], { [index]: value }))}
          inputMode="numeric"
          suffix={content.flow.yearsSuffix}
          width="short"
        />
      ))}
      {props.actions}
    </QuestionForm>
  );
}
