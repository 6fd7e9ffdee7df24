// The one confirmation for irreversible or public steps: publishing contest results, disabling an
// account, rejecting a practice. A native modal <dialog>: the rest of the page is inert while it
// is open, focus moves into it (the first field marked data-autofocus, else its heading), Escape
// or «Отмена» cancels, and focus returns to the button that opened it.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { dialogMessages as m } from './messages';

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
  destructive = false,
}: {
  open: boolean;
  title: string;
  /** What happens, said plainly; may hold fields (a reason) and an error summary. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  destructive?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>('[data-autofocus]');
      (first ?? dialog.querySelector<HTMLElement>('h2'))?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      opener.current?.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: the parent decides, so that its state and the dialog never disagree.
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title" tabIndex={-1}>
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      <div className="button-row dialog__actions">
        <button
          type="button"
          className={destructive ? 'button button--warning' : 'button'}
          disabled={pending}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" disabled={pending} onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </dialog>
  );
}
