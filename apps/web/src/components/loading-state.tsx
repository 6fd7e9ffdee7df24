import { stateMessages } from './messages';

/** A purely decorative spinner; the text next to it is what assistive tech reads. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** Placeholder for a section whose data is on its way; announced politely by screen readers. */
export function LoadingState({ label = stateMessages.loading }: { label?: string }) {
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
