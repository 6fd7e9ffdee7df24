import type { ManagedPractice } from '@registry/contracts/submissions';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { type SaveDraft, useAutosave } from './use-autosave';

const practice = (revision: number, passport: ManagedPractice['passport'] = {}): ManagedPractice => ({
  id: 7,
  status: 'draft',
  statusChangedAt: '2026-01-01T00:00:00.000Z',
  revision,
  regionCode: '72',
  regionName: 'Тюменская область',
  passport,
  missing: [],
  allowedActions: ['submit'],
  canEdit: true,
  canEditSlug: true,
  slugAuto: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then sends only the changed fields with the current revision', async () => {
    const save = vi.fn<SaveDraft>(async ({ revision }) => practice(revision + 1));
    const { result } = renderHook(() =>
      useAutosave({ initial: practice(3, { title: 'Старое название', problem: 'Проблема' }), save }),
    );

    act(() => result.current.change('title', 'Новое назв'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    act(() => result.current.change('title', 'Новое название практики'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ revision: 3, passport: { title: 'Новое название практики' } });
    expect(result.current.status.kind).toBe('saved');

    // The next save is based on the revision the server answered with.
    act(() => result.current.change('goals', 'Цели'));
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(save).toHaveBeenLastCalledWith({ revision: 4, passport: { goals: 'Цели' } });
  });

  it('holds back a field the shared schema rejects and explains it beside the field', async () => {
    const save = vi.fn<SaveDraft>(async ({ revision }) => practice(revision + 1));
    const { result } = renderHook(() => useAutosave({ initial: practice(1), save }));
    act(() => {
      result.current.change('summary', 'коротко');
      result.current.change('problem', 'Семьи не знают, куда обратиться');
    });
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(save).toHaveBeenCalledWith({
      revision: 1,
      passport: { problem: 'Семьи не знают, куда обратиться' },
    });
    expect(result.current.errors.summary).toBe('Не менее 20 символов');
  });

  it('stops saving after a stale revision (409) and reports the conflict', async () => {
    const save = vi.fn<SaveDraft>(async () => {
      throw new ApiError({
        type: '/problems/stale-revision',
        title: 'Конфликт',
        status: 409,
        errors: [{ field: 'body.revision', message: 'Текущая редакция: 5' }],
      });
    });
    const { result } = renderHook(() => useAutosave({ initial: practice(4), save }));
    act(() => result.current.change('goals', 'Цели'));
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(result.current.status.kind).toBe('conflict');

    act(() => result.current.change('goals', 'Другие цели'));
    await act(() => vi.advanceTimersByTimeAsync(5000));
    await act(() => result.current.flush());
    expect(save).toHaveBeenCalledTimes(1);
  });

  const staleAnswer = (revision: number, passport: ManagedPractice['passport'], self: boolean) =>
    new ApiError({
      type: '/problems/stale-revision',
      title: 'Конфликт',
      status: 409,
      errors: [{ field: 'body.revision', message: `Текущая редакция: ${revision}` }],
      current: {
        revision,
        savedBy: { name: 'Ольга Иванова', self, at: '2026-01-01T10:00:00.000Z' },
        passport,
      },
    } as ConstructorParameters<typeof ApiError>[0]);

  it('after a stale save names the fields both sides changed and saves the person’s choice on the new revision', async () => {
    let calls = 0;
    const save = vi.fn<SaveDraft>(async ({ revision, passport }) => {
      calls += 1;
      if (calls === 1)
        throw staleAnswer(
          6,
          { title: 'Название', goals: 'Цели из другой вкладки', problem: 'Новая проблема' },
          true,
        );
      return practice(revision + 1, { title: 'Название', problem: 'Новая проблема', ...passport });
    });
    const { result } = renderHook(() =>
      useAutosave({ initial: practice(5, { title: 'Название', goals: 'Цели' }), save }),
    );
    act(() => {
      result.current.change('goals', 'Мои цели');
      result.current.change('methods', 'Мои методы');
    });
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(result.current.status.kind).toBe('conflict');
    expect(result.current.editConflict).toEqual({
      savedBy: { name: 'Ольга Иванова', self: true, at: '2026-01-01T10:00:00.000Z' },
      fields: [{ field: 'goals', mine: 'Мои цели', saved: 'Цели из другой вкладки' }],
    });
    // What was typed stays on screen until the person chooses.
    expect(result.current.values.goals).toBe('Мои цели');

    await act(async () => result.current.resolve({ goals: 'mine' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenLastCalledWith({
      revision: 6,
      passport: { goals: 'Мои цели', methods: 'Мои методы' },
    });
    expect(result.current.values).toMatchObject({
      goals: 'Мои цели',
      methods: 'Мои методы',
      problem: 'Новая проблема',
    });
    expect(result.current.editConflict).toBeNull();
    expect(result.current.status.kind).toBe('saved');
  });

  it('taking the saved version of a field drops only that field’s unsaved text', async () => {
    let calls = 0;
    const save = vi.fn<SaveDraft>(async ({ revision, passport }) => {
      calls += 1;
      if (calls === 1) throw staleAnswer(3, { goals: 'Цели коллеги' }, false);
      return practice(revision + 1, { goals: 'Цели коллеги', ...passport });
    });
    const { result } = renderHook(() => useAutosave({ initial: practice(2, { goals: 'Цели' }), save }));
    act(() => {
      result.current.change('goals', 'Мои цели');
      result.current.change('partners', 'Мои партнёры');
    });
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(result.current.editConflict?.savedBy?.self).toBe(false);
    await act(async () => result.current.resolve({ goals: 'saved' }));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenLastCalledWith({ revision: 3, passport: { partners: 'Мои партнёры' } });
    expect(result.current.values).toMatchObject({ goals: 'Цели коллеги', partners: 'Мои партнёры' });
  });

  it('when the other save touched other fields only, continues by itself', async () => {
    let calls = 0;
    const save = vi.fn<SaveDraft>(async ({ revision, passport }) => {
      calls += 1;
      if (calls === 1) throw staleAnswer(9, { goals: 'Цели', problem: 'Проблема коллеги' }, false);
      return practice(revision + 1, { goals: 'Цели', problem: 'Проблема коллеги', ...passport });
    });
    const { result } = renderHook(() => useAutosave({ initial: practice(8, { goals: 'Цели' }), save }));
    act(() => result.current.change('methods', 'Мои методы'));
    await act(() => vi.advanceTimersByTimeAsync(1500));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.editConflict).toBeNull();
    expect(save).toHaveBeenLastCalledWith({ revision: 9, passport: { methods: 'Мои методы' } });
    expect(result.current.values).toMatchObject({ problem: 'Проблема коллеги', methods: 'Мои методы' });
  });

  it('in manual mode (a published practice) saves nothing until asked', async () => {
    const save = vi.fn<SaveDraft>(async ({ revision }) => practice(revision + 1));
    const { result, unmount } = renderHook(() => useAutosave({ initial: practice(2), save, manual: true }));
    act(() => result.current.change('goals', 'Новые цели'));
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status.kind).toBe('pending');

    await act(() => result.current.flush());
    expect(save).toHaveBeenCalledWith({ revision: 2, passport: { goals: 'Новые цели' } });
    expect(result.current.status.kind).toBe('saved');

    act(() => result.current.change('goals', 'Ещё раз'));
    unmount();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
