import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/loading-state';
import { ApiError } from '../../../lib/api-error';
import { resetLinkQueryOptions, useResetPassword } from '../api/passwords';
import { accountsMessages as m } from '../messages';
import { DonePanel } from './done-panel';
import { isBadLink, LinkProblem } from './link-problem';
import { NewPasswordForm } from './new-password-form';

/** A new password from a reset link; a used or unknown link says so instead of a field error. */
export function PasswordResetForm({ token }: { token: string }) {
  const reset = useResetPassword(token);
  // Asked before the form, so a used link says so before anyone types a new password.
  const link = useQuery(resetLinkQueryOptions(token));
  if (reset.isSuccess) {
    return (
      <DonePanel title={m.resetDone}>
        <p>{m.resetDoneText}</p>
        <p>
          <Link to="/login" className="button">
            {m.signInLink}
          </Link>
        </p>
      </DonePanel>
    );
  }
  if (link.isPending) return <LoadingState label={m.resetLinkChecking} />;
  if (link.isError && isBadLink(link.error)) {
    return (
      <LinkProblem
        error={link.error}
        notFound={{ title: m.resetLinkInvalidTitle, text: m.resetLinkInvalid }}
        gone={{ title: m.resetLinkGoneTitle, text: m.resetLinkGone }}
        action={{ to: '/password-reset', label: m.resetAgain }}
      />
    );
  }
  // A 400 about the password is a field error; a 400 about the token (or 404/410) is a bad link.
  const badLink =
    reset.error instanceof ApiError &&
    isBadLink(reset.error) &&
    !reset.error.problem.errors?.some((error) => error.field === 'body.password');
  if (badLink) {
    return (
      <LinkProblem
        error={reset.error}
        notFound={{ title: m.resetLinkInvalidTitle, text: m.resetLinkInvalid }}
        gone={{ title: m.resetLinkGoneTitle, text: m.resetLinkGone }}
        action={{ to: '/password-reset', label: m.resetAgain }}
      />
    );
  }
  return (
    <>
      <p className="lead">{m.resetNewLead}</p>
      <NewPasswordForm
        idPrefix="reset"
        errorTitle={m.resetNewFailed}
        submitLabel={m.resetNewSubmit}
        pending={reset.isPending}
        onSubmit={(password, failed) => reset.mutate(password, { onError: failed })}
      />
    </>
  );
}
