// Declaring (or updating) that a region adopts a practice: status, dates, how it goes, local
// results and a contact for colleagues. The contract's schema checks the fields before anything
// is sent; the API checks its own rules (a finish date only for a finished adoption…). Either
// way the messages come next to the fields and in the summary on top.
import { ADOPTION_STATUSES, type Adoption, adoptionStatusLabels } from '@registry/contracts/adoptions';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { problemErrors } from '../../../lib/form-errors';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { useContractForm } from '../../../lib/use-contract-form';
import { useDeleteAdoption, useSaveAdoption } from '../api/save-adoption';
import { AdoptionFormSchema, type AdoptionFormValues, fieldIdOf, initialValues } from '../lib/form-state';
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
  const { form, summary, submit, errorOf } = useContractForm(AdoptionFormSchema, {
    defaultValues: initialValues(existing),
    ids: fieldIdOf,
    offline: m.networkError,
  });
  const { register, control } = form;
  // Withdrawing fails in its own words, under its own title.
  const [withdrawFailure, setWithdrawFailure] = useState<SummaryError[]>([]);
  const save = useSaveAdoption(existing);
  const remove = useDeleteAdoption();
  const regions = useQuery({ ...regionsQueryOptions(), enabled: chooseRegion && !existing });
  const [status, finishedOn] = useWatch({ control, name: ['status', 'finishedOn'] });

  const onSubmit = submit(({ regionCode, ...fields }, failed) => {
    setWithdrawFailure([]);
    save.mutate(
      { ...fields, practiceSlug: practice.slug, regionCode: regionCode || undefined },
      {
        onSuccess: () => navigate(existing ? '/account/adoptions' : `/practices/${practice.slug}#adoptions`),
        onError: failed,
      },
    );
  });

  const withdraw = () => {
    if (!existing || !window.confirm(m.withdrawConfirm)) return;
    remove.mutate(existing, {
      onSuccess: () => navigate('/account/adoptions'),
      onError: (error) => setWithdrawFailure(problemErrors(error, fieldIdOf, m.networkError).summary),
    });
  };

  const field = (name: keyof AdoptionFormValues, hint?: string) =>
    controlProps(`adoption-${name}`, hint, errorOf(name));
  const finished = status === 'implemented' || status === 'stopped';

  return (
    <form className="adoption-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary
        title={withdrawFailure.length > 0 ? m.withdrawFailed : m.saveFailed}
        errors={withdrawFailure.length > 0 ? withdrawFailure : summary}
      />
      {chooseRegion && !existing ? (
        <FormField id="adoption-regionCode" label={m.regionLabel} error={errorOf('regionCode')}>
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
      <FormField id="adoption-status" label={m.statusLabel} error={errorOf('status')}>
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
        error={errorOf('startedOn')}
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
          error={errorOf('finishedOn')}
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
        error={errorOf('narrative')}
      >
        <textarea
          className="textarea"
          rows={5}
          {...field('narrative', m.narrativeHint)}
          {...register('narrative')}
        />
      </FormField>
      <ResultsFields control={control} register={register} errors={form.formState.errors} />
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
          const error = errorOf(`contact.${key}`);
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
