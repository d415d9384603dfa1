import {
  NON_USE_REASONS,
  type NonUseReason,
  type RegulationId,
} from '../../../../functions/contract/regulations';
import { RadioGroup } from '../../components/fields';
import type { Content } from '../../content';

interface Props {
  regulation: RegulationId;
  receiving: boolean | undefined;
  reason: NonUseReason | undefined;
  notice: 'pending' | 'saved' | 'failed' | null;
  content: Content;
  onReceiving: (value: boolean) => void;
  onReason: (value: NonUseReason) => void;
}

/** "Do you already get this?" and, for a no, the optional "why not?": the non-use signal. */
export function NonUse({ regulation, receiving, reason, notice, content, onReceiving, onReason }: Props) {
  const copy = content.results;
  return (
    <div class="sw-non-use sw-no-print">
      <RadioGroup
        name={`receiving-${regulation}`}
        legend={copy.receivingQuestion}
        options={[
          { value: 'true', label: content.common.yes },
          { value: 'false', label: content.common.no },
        ]}
        value={receiving === undefined ? undefined : String(receiving)}
        onChange={(value) => onReceiving(value === 'true')}
      />
      {receiving === false && (
        <RadioGroup
          name={`reason-${regulation}`}
          legend={copy.reasonQuestion}
          hint={copy.reasonOptional}
          options={NON_USE_REASONS.map((value) => ({ value, label: copy.nonUseReasons[value] }))}
          value={reason}
          onChange={(value) => onReason(value as NonUseReason)}
        />
      )}
      <p class={notice === 'failed' ? 'sw-saved sw-saved--failed' : 'sw-saved'} role="status">
        {notice === 'saved' ? copy.receivingSaved : notice === 'failed' ? copy.receivingFailed : ''}
      </p>
    </div>
  );
}
