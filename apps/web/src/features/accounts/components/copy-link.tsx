import { useState } from 'react';
import { accountsMessages as m } from '../messages';

/** A link shown in full (to read or select by hand) with a button that copies it. */
export function CopyLink({
  url,
  label,
  testId = 'invite-link',
}: {
  url: string;
  label: string;
  testId?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="copy-link">
      <p className="copy-link__label">{label}</p>
      <p>
        <code className="copy-link__url" data-testid={testId}>
          {url}
        </code>
      </p>
      <button type="button" className="button button--secondary" onClick={copy}>
        {m.copy}
      </button>
      <span className="copy-link__status" role="status">
        {state === 'copied' ? m.copied : state === 'failed' ? m.copyFailed : ''}
      </span>
    </div>
  );
}
