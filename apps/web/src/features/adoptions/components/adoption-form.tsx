// Declaring (or updating) that a region adopts a practice: status, dates, how it goes, local
// results and a contact for colleagues. The API checks the rules; its field errors come back
// next to the fields and in the summary on top.
import { ADOPTION_STATUSES, type Adoption, adoptionStatusLabels } from '@registry/contracts/adoptions';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { useDeleteAdoption, useSaveAdoption } from '../api/save-adoption';
import { type FormState, fieldIdOf, initialState, toBody } from '../lib/form-state';
import { adoptionMessages as m } from '../messages';
import { ResultsFields } from './results-fields';

interface Props {
  practice: { slug: string; region: { code: string } };
  existing: Adoption | null;
  /** Moderators and admins declare on a region's behalf and choose it. */
  chooseRegion: boolean;
}

export function AdoptionForm({ practice, existing, chooseRegion }: Props) {
  const navigate = useNavigate();
  const [state, setState] = useState<FormState>(() => initialState(existing));
  const save = useSaveAdoption(existing);
  const remove = useDeleteAdoption();
  const regions = useQuery({ ...regionsQueryOptions(), enabled: chooseRegion && !existing });
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  const failure = save.error ?? remove.error;
  const { fields, summary } = failure
    ? problemErrors<string>(failure, fieldIdOf, m.networkError)
    : noFormErrors;
  // Messages by control id: the API's paths ("contact.email") become the controls' ids.
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const id = fieldIdOf(path);
    if (id && message) errors[id] ??= message;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...toBody(state), practiceSlug: practice.slug, regionCode: state.regionCode || undefined };
    save.mutate(body, {
      onSuccess: () => navigate(existing ? '/account/adoptions' : `/practices/${practice.slug}#adoptions`),
    });
  };

  const withdraw = () => {
    if (!existing || !window.confirm(m.withdrawConfirm)) return;
    remove.mutate(existing, { onSuccess: () => navigate('/account/adoptions') });
  };

  const field = (id: keyof FormState, hint?: string) =>
    controlProps(`adoption-${id}`, hint, errors[`adoption-${id}`]);
  const finished = state.status === 'implemented' || state.status === 'stopped';

  return (
    <form className="adoption-form" onSubmit={submit} noValidate>
      <ErrorSummary title={save.error ? m.saveFailed : m.withdrawFailed} errors={summary} />
      {chooseRegion && !existing ? (
        <FormField id="adoption-regionCode" label={m.regionLabel} error={errors['adoption-regionCode']}>
          <select
            className="select"
            {...field('regionCode')}
            value={state.regionCode}
            onChange={(e) => set('regionCode', e.target.value)}
          >
            <option value="">{m.regionPlaceholder}</option>
            {(regions.data?.items ?? [])
              .filter((r) => r.code !== practice.region.code)
              .map((r) => (
                <option key={r.code} value={r.code}>
                  {r.nameRu}
                </option>
              ))}
          </select>
        </FormField>
      ) : null}
      <FormField id="adoption-status" label={m.statusLabel} error={errors['adoption-status']}>
        <select
          className="select"
          {...field('status')}
          value={state.status}
          onChange={(e) => set('status', e.target.value as FormState['status'])}
        >
          {ADOPTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {adoptionStatusLabels[status]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="adoption-startedOn"
        label={m.startedOnLabel}
        hint={m.startedOnHint}
        error={errors['adoption-startedOn']}
      >
        <input
          type="date"
          className="input input--short"
          {...field('startedOn', m.startedOnHint)}
          value={state.startedOn}
          onChange={(e) => set('startedOn', e.target.value)}
        />
      </FormField>
      {finished || state.finishedOn ? (
        <FormField
          id="adoption-finishedOn"
          label={m.finishedOnLabel}
          hint={m.finishedOnHint}
          error={errors['adoption-finishedOn']}
        >
          <input
            type="date"
            className="input input--short"
            {...field('finishedOn', m.finishedOnHint)}
            value={state.finishedOn}
            onChange={(e) => set('finishedOn', e.target.value)}
          />
        </FormField>
      ) : null}
      <FormField
        id="adoption-narrative"
        label={m.narrativeLabel}
        hint={m.narrativeHint}
        error={errors['adoption-narrative']}
      >
        <textarea
          className="textarea"
          rows={5}
          {...field('narrative', m.narrativeHint)}
          value={state.narrative}
          onChange={(e) => set('narrative', e.target.value)}
        />
      </FormField>
      <ResultsFields rows={state.results} errors={errors} onChange={(rows) => set('results', rows)} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{m.contactLabel}</legend>
        <p className="hint">{m.contactHint}</p>
        {(
          [
            ['contactName', m.contactName, 'text', 'name'],
            ['contactEmail', m.contactEmail, 'email', 'email'],
            ['contactPhone', m.contactPhone, 'tel', 'tel'],
          ] as const
        ).map(([key, label, type, autoComplete]) => (
          <FormField key={key} id={`adoption-${key}`} label={label} error={errors[`adoption-${key}`]}>
            <input
              type={type}
              autoComplete={autoComplete}
              className="input input--wide"
              {...field(key)}
              value={state[key]}
              onChange={(e) => set(key, e.target.value)}
            />
          </FormField>
        ))}
      </fieldset>
      <div className="adoption-form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? m.saving : existing ? m.save : m.declare}
        </button>
        {existing ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={withdraw}
            disabled={remove.isPending}
          >
            {m.withdraw}
          </button>
        ) : null}
      </div>
    </form>
  );
}
