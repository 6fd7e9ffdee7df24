import { awardLabels, type ContestSummary } from '@registry/contracts/contests';
import { type FormEvent, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { useSaveContest } from '../api/staff-contests';
import { contestMessages as m } from '../messages';

const ids = {
  title: 'contest-title',
  slug: 'contest-slug',
  description: 'contest-description',
  startsOn: 'contest-starts',
  endsOn: 'contest-ends',
  submissionOpensAt: 'contest-opens',
  submissionClosesAt: 'contest-closes',
  winnerLabel: 'contest-winner-label',
  finalistLabel: 'contest-finalist-label',
};

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as the value of a datetime-local input, in the browser's time zone. */
function toLocalInput(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : value);

/** Title, dates and submission window of a contest: a new one, or `contest` to change. */
export function ContestForm({ contest }: { contest?: Omit<ContestSummary, 'nominationCount'> }) {
  const save = useSaveContest(contest?.id);
  const navigate = useNavigate();
  const errors = useMemo(
    () => (save.error ? problemErrors(save.error, ids, m.offline) : noFormErrors),
    [save.error],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    save.mutate(
      {
        title: text('title'),
        ...(text('slug') ? { slug: text('slug') } : {}),
        description: text('description'),
        startsOn: text('startsOn'),
        endsOn: text('endsOn'),
        submissionOpensAt: fromLocalInput(text('submissionOpensAt')),
        submissionClosesAt: fromLocalInput(text('submissionClosesAt')),
        winnerLabel: text('winnerLabel'),
        finalistLabel: text('finalistLabel'),
      },
      { onSuccess: (saved) => navigate(`/account/contests/${saved.slug}`, { replace: Boolean(contest) }) },
    );
  };

  const field = (name: keyof typeof ids, label: string, type = 'text', value?: string) => (
    <TextField
      id={ids[name]}
      name={name}
      type={type}
      label={label}
      defaultValue={value}
      error={errors.fields[name]}
    />
  );

  return (
    <form className="account-form contest-form" method="post" noValidate onSubmit={submit}>
      <ErrorSummary title={m.saveFailed} errors={errors.summary} />
      {field('title', m.fieldTitle, 'text', contest?.title)}
      {field('slug', m.fieldSlug, 'text', contest?.slug)}
      <div className="form-group">
        <label className="form-label" htmlFor={ids.description}>
          {m.fieldDescription}
        </label>
        <textarea
          id={ids.description}
          name="description"
          className="input contest-textarea"
          rows={3}
          defaultValue={contest?.description}
        />
      </div>
      <div className="contest-form__pair">
        {field('startsOn', m.fieldStartsOn, 'date', contest?.startsOn)}
        {field('endsOn', m.fieldEndsOn, 'date', contest?.endsOn)}
      </div>
      <div className="contest-form__pair">
        {field(
          'submissionOpensAt',
          m.fieldOpensAt,
          'datetime-local',
          toLocalInput(contest?.submissionOpensAt),
        )}
        {field(
          'submissionClosesAt',
          m.fieldClosesAt,
          'datetime-local',
          toLocalInput(contest?.submissionClosesAt),
        )}
      </div>
      <fieldset className="form-group">
        <legend className="form-label">{m.awardNamesLegend}</legend>
        <p className="hint">{m.awardNamesHint}</p>
        <div className="contest-form__pair">
          {field(
            'winnerLabel',
            m.fieldWinnerLabel,
            'text',
            contest?.awardLabels.winner ?? awardLabels.winner,
          )}
          {field(
            'finalistLabel',
            m.fieldFinalistLabel,
            'text',
            contest?.awardLabels.finalist ?? awardLabels.finalist,
          )}
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={save.isPending}>
        {contest ? m.save : m.create}
      </button>
      {save.isSuccess && contest ? (
        <p className="notice" role="status">
          {m.saved}
        </p>
      ) : null}
    </form>
  );
}
