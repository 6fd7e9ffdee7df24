// Earlier passports of a published practice: each edit kept the one it replaced, and each can
// be opened to show which fields changed in the next one (or in the current passport).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import {
  evidenceLevelsQueryOptions,
  targetGroupsQueryOptions,
  themesQueryOptions,
} from '../../../lib/reference-queries';
import { useVersionDiff } from '../api/get-version-diff';
import { type PracticeVersionSummary, useVersions } from '../api/list-versions';
import { describeValue } from '../lib/describe-change';
import { fieldLabels, type PassportField } from '../lib/steps';
import { submissionMessages as m } from '../messages';

/** Codes of themes, target groups and evidence levels read as their Russian names. */
function useCodeNames(): (field: string, value: unknown) => unknown {
  const themes = useQuery(themesQueryOptions()).data?.items ?? [];
  const groups = useQuery(targetGroupsQueryOptions()).data?.items ?? [];
  const levels = useQuery(evidenceLevelsQueryOptions()).data?.items ?? [];
  const names = new Map<string, string>();
  for (const item of [...themes, ...groups, ...levels]) names.set(item.code, item.nameRu);
  return (field, value) => {
    if (field === 'themeCodes' || field === 'targetGroupCodes')
      return Array.isArray(value) ? value.map((code) => names.get(String(code)) ?? code) : value;
    if (field === 'evidenceLevel' && typeof value === 'string') return names.get(value) ?? value;
    return value;
  };
}

function VersionChanges({ id, version }: { id: number; version: number }) {
  const { data, isPending, isError } = useVersionDiff(id, version, true);
  const named = useCodeNames();
  if (isPending) return <p className="muted">{m.versionLoading}</p>;
  if (isError) return <p role="alert">{m.versionFailed}</p>;
  if (data.changes.length === 0) return <p>{m.versionNoChanges}</p>;
  return (
    <table className="table version-diff">
      <caption className="table__caption">
        {data.to === 'current' ? m.versionToCurrent(version) : m.versionToNext(version, data.to)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{m.versionField}</th>
          <th scope="col">{m.versionBefore}</th>
          <th scope="col">{m.versionAfter}</th>
        </tr>
      </thead>
      <tbody>
        {data.changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{fieldLabels[change.field as PassportField] ?? change.field}</th>
            <td className="version-diff__before">{describeValue(named(change.field, change.before))}</td>
            <td className="version-diff__after">{describeValue(named(change.field, change.after))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VersionItem({ id, version }: { id: number; version: PracticeVersionSummary }) {
  // The diff is fetched the first time the reader opens the entry.
  const [opened, setOpened] = useState(false);
  return (
    <li>
      <details className="details" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
        <summary>
          {m.versionTitle(version.number)} · {formatDateTime(version.createdAt)} ·{' '}
          {m.historyBy(version.createdByName)}
        </summary>
        {opened ? <VersionChanges id={id} version={version.number} /> : null}
      </details>
    </li>
  );
}

/** The list of earlier versions, newest first; empty until a published passport is edited. */
export function VersionHistory({ id }: { id: number }) {
  const { data: versions } = useVersions(id);
  if (versions.length === 0) return <p>{m.versionsEmpty}</p>;
  return (
    <ul className="version-list">
      {[...versions].reverse().map((version) => (
        <VersionItem key={version.number} id={id} version={version} />
      ))}
    </ul>
  );
}
