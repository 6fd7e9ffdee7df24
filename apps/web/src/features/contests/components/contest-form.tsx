import { awardLabels, type ContestSummary } from '@registry/contracts/contests';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSaveContest } from '../api/staff-contests';
import { ContestFormSchema, toLocalInput } from '../lib/contest-form-schema';
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

/** Title, dates and submission window of a contest: a new one, or `contest` to change. */
export function ContestForm({ contest }: { contest?: Omit<ContestSummary, 'nominationCount'> }) {
  const save = useSaveContest(contest?.id);
  const navigate = useNavigate();
  const { form, summary, submit, errorOf } = useContractForm(ContestFormSchema, {
    defaultValues: {
      title: contest?.title ?? '',
      slug: contest?.slug ?? '',
      description: contest?.description ?? '',
      startsOn: contest?.startsOn ?? '',
      endsOn: contest?.endsOn ?? '',
      submissionOpensAt: toLocalInput(contest?.submissionOpensAt) ?? '',
      submissionClosesAt: toLocalInput(contest?.submissionClosesAt) ?? '',
      winnerLabel: contest?.awardLabels.winner ?? awardLabels.winner,
      finalistLabel: contest?.awardLabels.finalist ?? awardLabels.finalist,
    },
    ids,
    offline: m.offline,
  });

  const onSubmit = submit((body, failed) => {
    if (save.isPending) return;
    save.mutate(body, {
      onSuccess: (saved) => navigate(`/account/contests/${saved.slug}`, { replace: Boolean(contest) }),
      onError: failed,
    });
  });

  const field = (name: keyof typeof ids, label: string, type = 'text') => (
    <TextField id={ids[name]} type={type} label={label} error={errorOf(name)} {...form.register(name)} />
  );

  return (
    <form className="account-form contest-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.saveFailed} errors={summary} />
      {field('title', m.fieldTitle)}
      {field('slug', m.fieldSlug)}
      <div className="form-group">
        <label className="form-label" htmlFor={ids.description}>
          {m.fieldDescription}
        </label>
        <textarea
          id={ids.description}
          className="input contest-textarea"
          rows={3}
          {...form.register('description')}
        />
      </div>
      <div className="contest-form__pair">
        {field('startsOn', m.fieldStartsOn, 'date')}
        {field('endsOn', m.fieldEndsOn, 'date')}
      </div>
      <div className="contest-form__pair">
        {field('submissionOpensAt', m.fieldOpensAt, 'datetime-local')}
        {field('submissionClosesAt', m.fieldClosesAt, 'datetime-local')}
      </div>
      <fieldset className="form-group">
        <legend className="form-label">{m.awardNamesLegend}</legend>
        <p className="hint">{m.awardNamesHint}</p>
        <div className="contest-form__pair">
          {field('winnerLabel', m.fieldWinnerLabel)}
          {field('finalistLabel', m.fieldFinalistLabel)}
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
