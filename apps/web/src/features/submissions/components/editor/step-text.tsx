// Steps 1–3: the passport's words — name and summary, problem and goals, how it works.
import type { AutosaveForm } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';
import { TextArea, TextInput } from './fields';

const SUMMARY_MAX = 500;

export function StepBasics({ form, regionName }: { form: AutosaveForm; regionName: string }) {
  const { values, errors, change } = form;
  const summary = values.summary ?? '';
  const left = SUMMARY_MAX - summary.length;
  return (
    <>
      <TextInput
        id="field-title"
        label={m.titleLabel}
        value={values.title ?? ''}
        error={errors.title}
        wide
        onChange={(value) => change('title', value)}
      />
      <TextArea
        id="field-summary"
        label={m.summaryLabel}
        hint={
          <>
            <span>{m.summaryHint}</span>{' '}
            <span className={left < 0 ? 'counter counter--over' : 'counter'} aria-live="polite">
              {m.charsLeft(left)}
            </span>
          </>
        }
        value={summary}
        rows={4}
        error={errors.summary}
        onChange={(value) => change('summary', value)}
      />
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.regionLabel}</dt>
          <dd>{regionName}</dd>
        </div>
      </dl>
    </>
  );
}

export function StepProblem({ form }: { form: AutosaveForm }) {
  const { values, errors, change } = form;
  return (
    <>
      <TextArea
        id="field-problem"
        label={m.problemLabel}
        hint={m.problemHint}
        value={values.problem ?? ''}
        error={errors.problem}
        onChange={(value) => change('problem', value)}
      />
      <TextArea
        id="field-goals"
        label={m.goalsLabel}
        value={values.goals ?? ''}
        error={errors.goals}
        onChange={(value) => change('goals', value)}
      />
    </>
  );
}

export function StepMethods({ form }: { form: AutosaveForm }) {
  const { values, errors, change } = form;
  return (
    <TextArea
      id="field-methods"
      label={m.methodsLabel}
      hint={m.methodsHint}
      value={values.methods ?? ''}
      rows={12}
      error={errors.methods}
      onChange={(value) => change('methods', value)}
    />
  );
}
