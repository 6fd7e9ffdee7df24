import { type MouseEvent, useEffect, useRef } from 'react';

export interface SummaryError {
  /** The id of the field the error is about; omitted for an error about the whole form. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  errors: SummaryError[];
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  // Focus the field itself rather than follow the #hash: the router would treat that as a move.
  event.preventDefault();
  const field = document.getElementById(fieldId);
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary: at the top of a form that failed, it takes focus (so screen readers read
 * it and keyboard users start there) and links each field error to its field.
 */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A new set of errors (a new failed submit) takes focus again.
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}:${error.message}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId as string)}>
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
