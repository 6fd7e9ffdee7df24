import { type ReactNode, useEffect, useRef } from 'react';

/** GOV.UK confirmation panel; takes focus so screen readers announce the outcome. */
export function DonePanel({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="done-panel" ref={ref} tabIndex={-1} role="status">
      <h2 className="done-panel__title">{title}</h2>
      {children}
    </div>
  );
}
