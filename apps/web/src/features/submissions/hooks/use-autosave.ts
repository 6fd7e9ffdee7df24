// Saves the passport as it is typed: changed fields wait ~1.5 s of quiet (or a step change), are
// checked with the API's own zod rules, and only the valid ones are PATCHed with the revision they
// were based on. A stale revision (someone saved meanwhile, maybe the same person in another tab)
// stops saving: fields both sides changed are shown side by side and the person chooses per field
// (`resolve`); nothing they typed is dropped. Without the saved version in the answer, the editor
// can only reload.
import {
  type DraftPassport,
  type ManagedPractice,
  type StaleRevisionProblem,
  StaleRevisionProblemSchema,
} from '@registry/contracts/submissions';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-error';
import {
  type Choice,
  type ConflictField,
  conflictingFields,
  mergeChoices,
  sameValue,
  type Unsaved,
} from '../lib/conflict';
import { validateField } from '../lib/field-validation';
import type { PassportField } from '../lib/steps';
import { submissionMessages as m } from '../messages';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string }
  | { kind: 'conflict' };

export type FieldErrors = Partial<Record<PassportField, string>>;

/** What the editor shows after a stale save: who saved, and each field both sides changed. */
export interface EditConflict {
  savedBy: NonNullable<StaleRevisionProblem['current']>['savedBy'];
  fields: ConflictField[];
}

export type SaveDraft = (body: { revision: number; passport: DraftPassport }) => Promise<ManagedPractice>;

interface AutosaveOptions {
  initial: ManagedPractice;
  save: SaveDraft;
  onSaved?: (practice: ManagedPractice) => void;
  delayMs?: number;
  /**
   * Save only when asked (`flush`). For published practices: every save goes public at once and
   * keeps a version, so half-typed text must not be saved on a pause.
   */
  manual?: boolean;
}

/** The API's answer to a save based on an old revision. */
export function isStaleRevision(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    (error.problem.type.endsWith('/stale-revision') ||
      (error.problem.errors ?? []).some((e) => e.field === 'body.revision'))
  );
}

/** "body.passport.organisation.name" → "organisation". */
function fieldOf(path: string): PassportField {
  return path.replace(/^(body\.)?passport\./, '').split('.')[0] as PassportField;
}

export function useAutosave({
  initial,
  save,
  onSaved,
  delayMs = AUTOSAVE_DELAY_MS,
  manual = false,
}: AutosaveOptions) {
  const [values, setValues] = useState<DraftPassport>(initial.passport);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [editConflict, setEditConflict] = useState<EditConflict | null>(null);
  const revision = useRef(initial.revision);
  // The passport as this editor last knew it saved, the values on screen, and the fields typed
  // since they were last saved (held-back invalid ones included).
  const base = useRef<DraftPassport>(initial.passport);
  const current = useRef<DraftPassport>(initial.passport);
  const dirty = useRef(new Set<PassportField>());
  const stale = useRef<{ revision: number; saved: DraftPassport; unsaved: Unsaved } | null>(null);
  const pending = useRef(new Map<PassportField, unknown>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const conflict = useRef(false);
  const callbacks = useRef({ save, onSaved });
  useEffect(() => {
    callbacks.current = { save, onSaved };
  });

  const sendPending = useCallback(async () => {
    if (conflict.current || pending.current.size === 0) return;
    const batch = new Map(pending.current);
    pending.current.clear();
    const passport: Record<string, unknown> = {};
    const invalid: FieldErrors = {};
    for (const [field, value] of batch) {
      const problem = validateField(field, value);
      if (problem) invalid[field] = problem;
      else passport[field] = value;
    }
    setErrors((previous) => {
      const next = { ...previous };
      for (const field of batch.keys()) {
        if (invalid[field]) next[field] = invalid[field];
        else delete next[field];
      }
      return next;
    });
    const heldBack = Object.keys(invalid).length > 0;
    if (Object.keys(passport).length === 0) {
      if (heldBack) setStatus({ kind: 'error', message: m.fixErrors });
      return;
    }
    setStatus({ kind: 'saving' });
    const putBack = () => {
      for (const [field, value] of Object.entries(passport) as [PassportField, unknown][]) {
        if (!pending.current.has(field)) pending.current.set(field, value);
      }
    };
    try {
      const saved = await callbacks.current.save({ revision: revision.current, passport });
      revision.current = saved.revision;
      base.current = saved.passport;
      for (const [field, value] of Object.entries(passport) as [PassportField, unknown][]) {
        if (sameValue(current.current[field], value)) dirty.current.delete(field);
      }
      callbacks.current.onSaved?.(saved);
      if (pending.current.size > 0) setStatus({ kind: 'pending' });
      else if (heldBack) setStatus({ kind: 'error', message: m.fixErrors });
      else setStatus({ kind: 'saved', at: new Date() });
    } catch (error) {
      if (isStaleRevision(error)) {
        conflict.current = true;
        clearTimeout(timer.current);
        pending.current.clear();
        const answer = StaleRevisionProblemSchema.safeParse((error as ApiError).problem);
        const latest = answer.success ? answer.data.current : undefined;
        if (!latest) {
          setStatus({ kind: 'conflict' });
          return;
        }
        const unsaved: Unsaved = Object.fromEntries(
          [...dirty.current].map((field) => [field, current.current[field]]),
        );
        stale.current = { revision: latest.revision, saved: latest.passport, unsaved };
        const fields = conflictingFields(base.current, latest.passport, unsaved);
        if (fields.length === 0) {
          // Nobody else touched what this person changed: continue from the saved version.
          resolveRef.current({});
          return;
        }
        setEditConflict({ savedBy: latest.savedBy, fields });
        setStatus({ kind: 'conflict' });
        return;
      }
      const fieldProblems =
        error instanceof ApiError && error.status === 400 ? error.problem.errors : undefined;
      if (fieldProblems?.length) {
        const serverErrors: FieldErrors = {};
        for (const problem of fieldProblems) serverErrors[fieldOf(problem.field)] = problem.message;
        setErrors((previous) => ({ ...previous, ...serverErrors }));
        setStatus({ kind: 'error', message: m.fixErrors });
        return;
      }
      putBack();
      setStatus({ kind: 'error', message: error instanceof ApiError ? error.message : m.networkError });
    }
  }, []);

  /** Saves whatever is waiting now; saves run one after another, never two at once. */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    queue.current = queue.current.then(sendPending);
    return queue.current;
  }, [sendPending]);

  /** Continues after a stale save with the person's choice per conflicting field. */
  const resolve = useCallback(
    (choices: Partial<Record<PassportField, Choice>>) => {
      const latest = stale.current;
      if (!latest) return;
      const merged = mergeChoices(base.current, latest.saved, latest.unsaved, choices);
      stale.current = null;
      conflict.current = false;
      revision.current = latest.revision;
      base.current = latest.saved;
      current.current = merged.values;
      setValues(merged.values);
      setEditConflict(null);
      dirty.current = new Set(Object.keys(merged.toSave) as PassportField[]);
      pending.current = new Map(Object.entries(merged.toSave) as [PassportField, unknown][]);
      if (pending.current.size === 0) setStatus({ kind: 'idle' });
      else if (manual) setStatus({ kind: 'pending' });
      else void flush();
    },
    [flush, manual],
  );
  const resolveRef = useRef(resolve);
  useEffect(() => {
    resolveRef.current = resolve;
  });

  const change = useCallback(
    <F extends PassportField>(field: F, value: DraftPassport[F]) => {
      setValues((previous) => ({ ...previous, [field]: value }));
      current.current = { ...current.current, [field]: value };
      if (conflict.current) return;
      dirty.current.add(field);
      pending.current.set(field, value);
      setStatus({ kind: 'pending' });
      clearTimeout(timer.current);
      if (!manual) timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs, manual],
  );

  // Leaving the editor saves what is still waiting rather than dropping it (drafts only).
  useEffect(() => () => void (manual ? undefined : flush()), [flush, manual]);

  return {
    values,
    errors,
    status,
    /** The fields to choose between after a stale save (null when there is nothing to choose). */
    editConflict,
    resolve,
    change,
    flush,
    /** The revision the next save is based on (the latest one this editor saved). */
    revision: () => revision.current,
  };
}

export type AutosaveForm = ReturnType<typeof useAutosave>;
