import type { StaffMaterial } from '@registry/contracts/materials';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorSummary } from '../../../components/error-summary';
import { SectionBoundary } from '../../../components/section-boundary';
import { problemErrors } from '../../../lib/form-errors';
import { formatCount } from '../../../lib/format';
import { useRemoveMaterial, useSubmissionMaterials } from '../api/submission-materials';
import { materialMessages as m } from '../messages';
import { MaterialMeta } from './material-meta';
import { MaterialUploadForm } from './material-upload-form';

function MaterialsList({ practiceId }: { practiceId: number }) {
  const { data } = useSubmissionMaterials(practiceId);
  const remove = useRemoveMaterial(practiceId);
  const [confirming, setConfirming] = useState<StaffMaterial | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      {error ? (
        <ErrorSummary title={m.uploadFailed} errors={problemErrors(error, {}, m.offline).summary} />
      ) : null}
      {data.items.length === 0 ? <p className="hint">{m.editorNone}</p> : null}
      <ul className="materials-list">
        {data.items.map((material) => (
          <li key={material.id} className={material.removedAt ? 'material material--removed' : 'material'}>
            <a className="material__link" href={material.url} download={material.fileName}>
              {material.title}
            </a>
            <MaterialMeta material={material} />
            <span className="material__meta">
              {material.fileName}
              {material.removedAt ? ` · ${m.removed}` : ''}
              {material.versionNumbers.length
                ? ` · ${m.inVersions(material.versionNumbers.map((n) => formatCount(n)).join(', '))}`
                : ''}
            </span>
            {data.canEdit && !material.removedAt ? (
              <button
                type="button"
                className="button button--secondary"
                aria-label={m.removeLabel(material.title)}
                onClick={() => setConfirming(material)}
              >
                {m.remove}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {data.canEdit ? <MaterialUploadForm practiceId={practiceId} /> : <p className="hint">{m.readOnly}</p>}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? m.confirmRemove(confirming.title) : ''}
        confirmLabel={m.remove}
        destructive
        pending={remove.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          setError(null);
          remove.mutate(confirming.id, {
            onSuccess: () => setConfirming(null),
            onError: (e) => {
              setConfirming(null);
              setError(e);
            },
          });
        }}
      >
        <p>{m.confirmRemoveHint}</p>
      </ConfirmDialog>
    </>
  );
}

/** «Материалы» of the passport editor: the files, their removal and the upload form. */
export function MaterialsEditor({ practiceId }: { practiceId: number }) {
  return (
    <section className="materials-editor" aria-labelledby="materials-editor-title">
      <h2 id="materials-editor-title">{m.editorTitle}</h2>
      <p className="hint">{m.editorIntro}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <MaterialsList practiceId={practiceId} />
      </SectionBoundary>
    </section>
  );
}
