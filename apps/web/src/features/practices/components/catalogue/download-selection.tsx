import { OPEN_DATA_FORMATS } from '@registry/contracts/open-data';
import { apiUrl } from '../../../../lib/api-client';
import type { PracticeListQuery } from '../../api/practice-keys';
import { practicesMessages as m } from '../../messages';

/**
 * «Скачать выборку»: the practices of the current filters (the same query as the list, all pages)
 * as CSV, XLSX or JSON. Plain links: the browser saves the file under the API's name.
 */
export function DownloadSelection({ query, total }: { query: PracticeListQuery; total: number | undefined }) {
  return (
    <p className="download-selection">
      <span className="download-selection__label">{m.downloadSelection}</span>{' '}
      {OPEN_DATA_FORMATS.map((format, i) => (
        <span key={format}>
          {i > 0 ? ', ' : ''}
          <a
            href={apiUrl(`/open-data/practices.${format}`, query)}
            download
            aria-label={m.downloadSelectionAs(format.toUpperCase(), total)}
          >
            {format.toUpperCase()}
          </a>
        </span>
      ))}
    </p>
  );
}
