import { type Material, materialFormatLabels, materialKindLabels } from '@registry/contracts/materials';
import { formatFileSize } from '../../../lib/format';
import { materialMessages as m } from '../messages';

/** «Методическое пособие · PDF, 2,4 МБ» under a material's title. */
export function MaterialMeta({ material }: { material: Material }) {
  return (
    <span className="material__meta">
      {materialKindLabels[material.kind]} ·{' '}
      {m.formatAndSize(materialFormatLabels[material.format], formatFileSize(material.sizeBytes))}
    </span>
  );
}
