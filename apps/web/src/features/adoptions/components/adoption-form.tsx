// Declaring (or updating) that a region adopts a practice: status, dates, how it goes, local
// results and a contact for colleagues. The contract's schema checks the fields before anything
// is sent; the API checks its own rules (a finish date only for a finished adoption…). Either
// way the messages come next to the fields and in the summary on top.
import { zodResolver } from '@hookform/resolvers/zod';
import { ADOPTION_STATUSES, type Adoption, adoptionStatusLabels } from '@registry/contracts/adoptions';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { get, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { applyProblem, summaryOf } from '../../../lib/contract-form';
import { problemErrors } from '../../../lib/form-errors';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { useDeleteAdoption, useSaveAdoption } from '../api/save-adoption';
import {
  type AdoptionFormOutput,
  AdoptionFormSchema,
  type AdoptionFormValues,
  fieldIdOf,
  initialValues,
} from '../lib/form-state';
import { adoptionMessages as m } from '../messages';
import { ResultsFields } from './results-fields';

interface Props {
  practice: { slug: string; region: { code: string } };
  existing: Adoption | null;
  /** Moderators and admins declare on a region's behalf and choose it. */
  chooseRegion: boolean;
}

type Failure = { action: 'save' | 'withdraw'; lines: SummaryError[] } | null;

export function AdoptionForm({ practice, existing, chooseRegion }: Props) {
  const navigate = useNavigate();
  const form = useForm<AdoptionFormValues, unknown, AdoptionFormOutput>({
    resolver: zodResolver(AdoptionFormSchema),
    defaultValues: initialValues(existing),
    // Messages change only when the form is sent again, as the summary does.
    reValidateMode: 'onSubmit',
  });
  const { register, control, formState, setError, handleSubmit } = form;
  const errors = formState.errors;
  // One array per failed attempt: the summary takes focus when it gets a new one.
  const [failure, setFailure] = useState<Failure>(null);
  const save = useSaveAdoption(existing);
  const remove = useDeleteAdoption();
  const regions = useQuery({ ...regionsQueryOptions(), enabled: chooseRegion && !existing });
  const [status, finishedOn] = useWatch({ control, name: ['status', 'finishedOn'] });

  const submit = handleSubmit(
    ({ regionCode, ...fields }) => {
      setFailure(null);
      save.mutate(
        { ...fields, practiceSlug: practice.slug, regionCode: regionCode || undefined },
        {
          onSuccess: () =>
            navigate(existing ? '/account/adoptions' : `/practices/${practice.slug}#adoptions`),
          onError: (error) =>
            setFailure({ action: 'save', lines: applyProblem(setError, error, fieldIdOf, m.networkError) }),
        },
      );
    },
    (invalid) => setFailure({ action: 'save', lines: summaryOf(invalid, fieldIdOf) }),
  );

  const withdraw = () => {
    if (!existing || !window.confirm(m.withdrawConfirm)) return;
    remove.mutate(existing, {
      onSuccess: () => navigate('/account/adoptions'),
      onError: (error) =>
        setFailure({ action: 'withdraw', lines: problemErrors(error, fieldIdOf, m.networkError).summary }),
    });
  };

  const messageOf = (name: string): string | undefined => get(errors, `${name}.message`);
  const field = (name: keyof AdoptionFormValues, hint?: string) =>
    controlProps(`adoption-${name}`, hint, messageOf(name));
  const finished = status === 'implemented' || status === 'stopped';

  return (
    <form className="adoption-form" onSubmit={submit} noValidate>
      <ErrorSummary
        title={failure?.action === 'withdraw' ? m.withdrawFailed : m.saveFailed}
        errors={failure?.lines ?? []}
      />
      {chooseRegion && !existing ? (
        <FormField id="adoption-regionCode" label={m.regionLabel} error={messageOf('regionCode')}>
          <select className="select" {...field('regionCode')} {...register('regionCode')}>
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
      <FormField id="adoption-status" label={m.statusLabel} error={messageOf('status')}>
        <select className="select" {...field('status')} {...register('status')}>
          {ADOPTION_STATUSES.map((option) => (
            <option key={option} value={option}>
              {adoptionStatusLabels[option]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="adoption-startedOn"
        label={m.startedOnLabel}
        hint={m.startedOnHint}
        error={messageOf('startedOn')}
      >
        <input
          type="date"
          className="input input--short"
          {...field('startedOn', m.startedOnHint)}
          {...register('startedOn')}
        />
      </FormField>
      {finished || finishedOn ? (
        <FormField
          id="adoption-finishedOn"
          label={m.finishedOnLabel}
          hint={m.finishedOnHint}
          error={messageOf('finishedOn')}
        >
          <input
            type="date"
            className="input input--short"
            {...field('finishedOn', m.finishedOnHint)}
            {...register('finishedOn')}
          />
        </FormField>
      ) : null}
      <FormField
        id="adoption-narrative"
        label={m.narrativeLabel}
        hint={m.narrativeHint}
        error={messageOf('narrative')}
      >
        <textarea
          className="textarea"
          rows={5}
          {...field('narrative', m.narrativeHint)}
          {...register('narrative')}
        />
      </FormField>
      <ResultsFields control={control} register={register} errors={errors} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{m.contactLabel}</legend>
        <p className="hint">{m.contactHint}</p>
        {(
          [
            ['name', 'contactName', m.contactName, 'text', 'name'],
            ['email', 'contactEmail', m.contactEmail, 'email', 'email'],
            ['phone', 'contactPhone', m.contactPhone, 'tel', 'tel'],
          ] as const
        ).map(([key, idSuffix, label, type, autoComplete]) => {
          const id = `adoption-${idSuffix}`;
          const error = messageOf(`contact.${key}`);
          return (
            <FormField key={key} id={id} label={label} error={error}>
              <input
                type={type}
                autoComplete={autoComplete}
                className="input input--wide"
                {...controlProps(id, null, error)}
                {...register(`contact.${key}`)}
              />
            </FormField>
          );
        })}
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
