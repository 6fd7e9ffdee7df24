import { MATERIAL_KINDS, materialKindLabels } from '@registry/contracts/materials';
import { useState } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useUploadMaterial } from '../api/submission-materials';
import { MaterialFormSchema, type MaterialFormValues } from '../lib/material-form-schema';
import { materialMessages as m } from '../messages';

const ids = { title: 'material-title', kind: 'material-kind', file: 'material-file' };

/** Attaches one file with its title and type; the server checks the content and names the file if it refuses. */
export function MaterialUploadForm({ practiceId }: { practiceId: number }) {
  const upload = useUploadMaterial(practiceId);
  const [done, setDone] = useState<string | null>(null);
  const { form, summary, submit, errorOf } = useContractForm(MaterialFormSchema, {
    defaultValues: { title: '', kind: 'guide', file: undefined } as MaterialFormValues,
    ids,
    offline: m.offline,
  });
  const onSubmit = submit((body, failed) => {
    if (upload.isPending) return;
    setDone(null);
    upload.mutate(body, {
      onSuccess: (material) => {
        form.reset();
        setDone(m.uploaded(material.fileName));
      },
      onError: failed,
    });
  });
  return (
    <form className="account-form material-form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={m.uploadFailed} errors={summary} />
      <TextField id={ids.title} label={m.title} error={errorOf('title')} {...form.register('title')} />
      <FormField id={ids.kind} label={m.kind} error={errorOf('kind')}>
        <select
          className="input select"
          {...controlProps(ids.kind, null, errorOf('kind'))}
          {...form.register('kind')}
        >
          {MATERIAL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {materialKindLabels[kind]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={ids.file} label={m.file} hint={m.fileHint} error={errorOf('file')}>
        <input
          type="file"
          className="file-input"
          accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp"
          {...controlProps(ids.file, m.fileHint, errorOf('file'))}
          {...form.register('file')}
        />
      </FormField>
      <button type="submit" className="button" disabled={upload.isPending}>
        {upload.isPending ? m.uploading : m.upload}
      </button>
      {done ? (
        <p className="material-form__done" role="status">
          {done}
        </p>
      ) : null}
    </form>
  );
}
