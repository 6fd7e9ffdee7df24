// The multi-step passport editor: step list at the side, one step's fields, autosave status.
import type { ManagedPractice } from '@registry/contracts/submissions';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { submissionKeys } from '../../api/submission-keys';
import { updateSubmission } from '../../api/update-submission';
import { useAutosave } from '../../hooks/use-autosave';
import { EDITOR_STEPS } from '../../lib/steps';
import { submissionMessages as m } from '../../messages';
import { ReviewerComments } from '../reviewer-comments';
import { ConflictNotice } from './conflict-notice';
import { SaveStatusLine } from './save-status';
import { StepClassification } from './step-classification';
import { StepContacts } from './step-contacts';
import { StepOrganisation } from './step-organisation';
import { StepResults } from './step-results';
import { StepReview } from './step-review';
import { StepBasics, StepMethods, StepProblem } from './step-text';

interface PassportEditorProps {
  /** The practice as loaded when the editor opened: its values seed the form once. */
  initial: ManagedPractice;
  /** The latest known state (after each save): what is missing, which actions are allowed. */
  latest: ManagedPractice;
  onReload: () => Promise<unknown>;
}

export function PassportEditor({ initial, latest, onReload }: PassportEditorProps) {
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const stepIndex = Math.max(
    0,
    EDITOR_STEPS.findIndex((step) => step.id === searchParams.get('step')),
  );
  const step = EDITOR_STEPS[stepIndex] ?? EDITOR_STEPS[0];
  // A published passport is public: changes are saved (and versioned) only on request.
  const manual = initial.status === 'published' || initial.status === 'recommended';
  const form = useAutosave({
    manual,
    initial,
    save: (body) => updateSubmission(initial.id, body),
    onSaved: (practice) => queryClient.setQueryData(submissionKeys.detail(practice.id), practice),
  });
  const { flush } = form;

  // A step change saves what was typed on the previous step straight away (drafts only).
  useEffect(() => {
    if (step && !manual) void flush();
  }, [step, flush, manual]);

  if (!step) return null;
  const goTo = (index: number) => {
    const target = EDITOR_STEPS[index];
    if (target) setSearchParams({ step: target.id });
  };
  const conflict = form.status.kind === 'conflict';

  return (
    <div className="editor">
      <nav className="step-nav" aria-label={m.stepsLabel}>
        <ol className="step-nav__list">
          {EDITOR_STEPS.map((item, index) => (
            <li key={item.id} className="step-nav__item">
              <Link
                to={`?step=${item.id}`}
                className="step-nav__link"
                aria-current={index === stepIndex ? 'step' : undefined}
              >
                <span className="step-nav__number">{index + 1}</span> {item.title}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="editor__main">
        {initial.status === 'needs_revision' ? <ReviewerComments id={initial.id} /> : null}
        {conflict ? (
          <ConflictNotice
            conflict={form.editConflict}
            onResolve={(choices) => {
              form.resolve(choices);
              void queryClient.invalidateQueries({ queryKey: submissionKeys.detail(initial.id) });
            }}
            onReload={onReload}
          />
        ) : null}
        {manual ? (
          <div className="notice editor__publish">
            <p>{m.publishedEditNote}</p>
            <button
              type="button"
              className="button"
              disabled={form.status.kind !== 'pending' && form.status.kind !== 'error'}
              onClick={() => void flush()}
            >
              {m.publishChanges}
            </button>
          </div>
        ) : null}
        <SaveStatusLine status={form.status} />
        <form
          className="editor__form"
          aria-labelledby="step-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            goTo(stepIndex + 1);
          }}
        >
          <p className="caption">{m.stepOf(stepIndex + 1, EDITOR_STEPS.length)}</p>
          <h2 id="step-title" className="editor__step-title">
            {step.title}
          </h2>
          <fieldset className="editor__fields" disabled={conflict}>
            {step.id === 'basics' ? <StepBasics form={form} regionName={initial.regionName} /> : null}
            {step.id === 'problem' ? <StepProblem form={form} /> : null}
            {step.id === 'methods' ? <StepMethods form={form} /> : null}
            {step.id === 'results' ? <StepResults form={form} /> : null}
            {step.id === 'classification' ? <StepClassification form={form} /> : null}
            {step.id === 'organisation' ? <StepOrganisation form={form} /> : null}
            {step.id === 'contacts' ? <StepContacts form={form} /> : null}
            {step.id === 'review' ? <StepReview practice={latest} form={form} /> : null}
          </fieldset>
          <div className="editor__nav">
            {stepIndex > 0 ? (
              <button type="button" className="button button--secondary" onClick={() => goTo(stepIndex - 1)}>
                {m.back}
              </button>
            ) : null}
            {stepIndex < EDITOR_STEPS.length - 1 ? (
              <button type="submit" className="button">
                {m.next}
              </button>
            ) : null}
          </div>
        </form>
      </div>
    </div>
  );
}
