import type { SaveStatus } from '../../hooks/use-autosave';
import { submissionMessages as m } from '../../messages';

const timeFormat = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit' });

function describe(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'pending':
      return m.unsavedChanges;
    case 'saving':
      return m.saving;
    case 'saved':
      return m.saved(timeFormat.format(status.at));
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
