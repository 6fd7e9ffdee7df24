import { describe, expect, it } from 'vitest';
import type { PracticeEvent } from '../api/get-submission-history';
import { collapseEdits } from './history-timeline';

const event = (id: number, action: string, actorName: string, minute: number): PracticeEvent => ({
  id,
  at: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`,
  action,
  actorName,
  fromStatus: null,
  toStatus: null,
  comment: null,
  sectionComments: [],
  revision: id,
});

describe('history entries', () => {
  it('reads a run of one person’s saves as one entry, newest first, keeping status moves apart', () => {
    const entries = collapseEdits([
      event(1, 'create', 'Карина', 0),
      event(2, 'edit', 'Карина', 1),
      event(3, 'edit', 'Карина', 2),
      event(4, 'edit', 'Карина', 3),
      event(5, 'submit', 'Карина', 4),
      event(6, 'edit', 'Максим', 5),
      event(7, 'edit', 'Карина', 6),
    ]);
    expect(entries.map((e) => [e.action, e.actorName, e.count])).toEqual([
      ['edit', 'Карина', 1],
      ['edit', 'Максим', 1],
      ['submit', 'Карина', 1],
      ['edit', 'Карина', 3],
      ['create', 'Карина', 1],
    ]);
    expect(entries[3]?.at).toBe('2026-11-23T10:03:00.000Z');
  });
});
