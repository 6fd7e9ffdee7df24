// «Создать практику»: makes an empty draft and opens the editor. Moderators and admins choose
// the region first; a coordinator's practice belongs to their region.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api-error';
import { regionsQueryOptions } from '../../../lib/reference-queries';
import { useCreateSubmission } from '../api/create-submission';
import { submissionMessages as m } from '../messages';

export function CreatePractice({ chooseRegion }: { chooseRegion: boolean }) {
  const navigate = useNavigate();
  const create = useCreateSubmission();
  // Not suspending: only moderators and admins need the list.
  const regions = useQuery({ ...regionsQueryOptions(), enabled: chooseRegion });
  const [regionCode, setRegionCode] = useState('');
  const [regionError, setRegionError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chooseRegion && !regionCode) return setRegionError(true);
    setRegionError(false);
    create.mutate(chooseRegion ? regionCode : undefined, {
      onSuccess: (practice) => navigate(`/account/practices/${practice.id}/edit`),
    });
  };

  return (
    <form className="create-practice" onSubmit={submit} noValidate>
      {chooseRegion ? (
        <div className={regionError ? 'form-group form-group--error' : 'form-group'}>
          <label className="form-label" htmlFor="create-region">
            {m.createRegion}
          </label>
          {regionError ? (
            <p className="error-message" id="create-region-error">
              <span className="visually-hidden">{m.errorPrefix}</span> {m.createRegionPlaceholder}
            </p>
          ) : null}
          <select
            id="create-region"
            className="select"
            value={regionCode}
            aria-invalid={regionError ? true : undefined}
            aria-describedby={regionError ? 'create-region-error' : undefined}
            onChange={(event) => setRegionCode(event.target.value)}
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
