import { useState } from 'react';
import { Link } from 'react-router';
import { useSubmission } from '../../api/get-submission';
import { submissionMessages as m } from '../../messages';
import { PassportSummary } from '../passport-summary';
import { PassportEditor } from './passport-editor';

/**
 * The editor for a practice the user may edit, a read-only passport otherwise. Reloading after a
 * conflict remounts the editor, so the form starts again from the latest saved revision.
 */
export function SubmissionEditor({ id }: { id: number }) {
  const { data: practice, refetch } = useSubmission(id);
  const [generation, setGeneration] = useState(0);
  if (!practice.canEdit) {
    return (
      <>
        <p className="notice">
          {m.readOnlyNote} <Link to={`/account/practices/${id}`}>{m.toView}</Link>
        </p>
        <PassportSummary practice={practice} />
      </>
    );
  }
  return (
    <PassportEditor
      key={generation}
      initial={practice}
      latest={practice}
      onReload={async () => {
        await refetch();
        setGeneration((n) => n + 1);
      }}
    />
  );
}
