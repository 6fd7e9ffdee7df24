import { ApiError } from '../../../lib/api-error';
import { useUnsubscribe } from '../api/unsubscribe';
import { unsubscribeMessages as m } from '../messages';

/** One button that unsubscribes; the link alone changes nothing (previews and scanners open links). */
export function UnsubscribeConfirm({ token }: { token: string }) {
  const unsubscribe = useUnsubscribe(token);
  if (unsubscribe.isSuccess) {
    return (
      <div className="notice" role="status">
        <p>{m.done(unsubscribe.data.label)}</p>
        <p>{m.settingsHint}</p>
      </div>
    );
  }
  const invalid = unsubscribe.error instanceof ApiError && unsubscribe.error.status === 400;
  return (
    <>
      <p className="lead">{m.lead}</p>
      {unsubscribe.isError ? (
        <p className="error-message" role="alert">
          {invalid ? m.invalid : m.failed}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={unsubscribe.isPending || !token}
        onClick={() => unsubscribe.mutate()}
      >
        {m.confirm}
      </button>
    </>
  );
}
