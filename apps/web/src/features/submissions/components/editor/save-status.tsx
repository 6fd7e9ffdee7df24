import { formatTime } from '../../../../lib/format';
import type { SaveStatus } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';

function describe(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'pending':
      return m.unsavedChanges;
    case 'saving':
      return m.saving;
    case 'saved':
      return m.saved(formatTime(status.at));
    case 'error':
      return m.notSaved(status.message);
    case 'conflict':
      return m.notSaved(m.conflictStatus);
  }
}

/** The autosave line: «Сохранено в 14:02», «Сохранение…», «Не сохранено: …». */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const failed = status.kind === 'error' || status.kind === 'conflict';
  return (
    <p className={failed ? 'save-status save-status--error' : 'save-status'} role="status">
      {describe(status)}
    </p>
  );
}
