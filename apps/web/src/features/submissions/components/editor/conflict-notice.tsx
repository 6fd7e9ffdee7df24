import { useState } from 'react';
import { submissionMessages as m } from '../../messages';

/** Shown when someone else saved a newer revision: saving has stopped until the user reloads. */
export function ConflictNotice({ onReload }: { onReload: () => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{m.conflictTitle}</h2>
      <p>{m.conflictText}</p>
      <button
        type="button"
        className="button"
        disabled={loading}
        onClick={() => {
          setLoading(true);
          void onReload().finally(() => setLoading(false));
        }}
      >
        {m.conflictReload}
      </button>
    </div>
  );
}
