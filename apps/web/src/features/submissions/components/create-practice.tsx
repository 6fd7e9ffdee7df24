// «Создать практику»: makes an empty draft and opens the editor. Moderators and admins choose
// the region first; a coordinator's practice belongs to their region.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api-error';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { useContractForm } from '../../../lib/use-contract-form';
import { useCreateSubmission } from '../api/create-submission';
import { createPracticeFormSchema } from '../lib/submission-form-schemas';
import { submissionMessages as m } from '../messages';

export function CreatePractice({ chooseRegion }: { chooseRegion: boolean }) {
  const navigate = useNavigate();
  const create = useCreateSubmission();
  // Not suspending: only moderators and admins need the list.
  const regions = useQuery({ ...regionsQueryOptions(), enabled: chooseRegion });
  const schema = useMemo(() => createPracticeFormSchema(chooseRegion), [chooseRegion]);
  // No error summary: one field at most, and a failed request is said below the button.
  const { form, submit, errorOf } = useContractForm(schema, {
    defaultValues: { regionCode: '' },
    ids: { regionCode: 'create-region' },
    offline: m.networkError,
  });
  const onSubmit = submit(({ regionCode }) =>
    create.mutate(regionCode, {
      onSuccess: (practice) => navigate(`/account/practices/${practice.id}/edit`),
    }),
  );
  const regionError = errorOf('regionCode');

  return (
    <form className="create-practice" onSubmit={onSubmit} noValidate>
      {chooseRegion ? (
        <div className={regionError ? 'form-group form-group--error' : 'form-group'}>
          <label className="form-label" htmlFor="create-region">
            {m.createRegion}
          </label>
          {regionError ? (
            <p className="error-message" id="create-region-error">
              <span className="visually-hidden">{m.errorPrefix}</span> {regionError}
            </p>
          ) : null}
          <select
            id="create-region"
            className="select"
            aria-invalid={regionError ? true : undefined}
            aria-describedby={regionError ? 'create-region-error' : undefined}
            {...form.register('regionCode')}
          >
            <option value="">{m.createRegionPlaceholder}</option>
            {(regions.data?.items ?? []).map((region) => (
              <option key={region.code} value={region.code}>
                {region.nameRu}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? m.creating : m.create}
      </button>
      {create.error ? (
        <p className="error-message" role="alert">
          {m.createFailed}: {create.error instanceof ApiError ? create.error.message : m.networkError}
        </p>
      ) : null}
    </form>
  );
}
