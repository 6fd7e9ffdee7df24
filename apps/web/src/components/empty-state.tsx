import type { ReactNode } from 'react';

/** A section that has nothing to show yet: says so plainly instead of leaving a blank. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children ? <p>{children}</p> : null}
    </div>
  );
}
