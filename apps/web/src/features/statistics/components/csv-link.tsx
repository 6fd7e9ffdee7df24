import type { StatisticsTable } from '@registry/contracts/statistics';
import { statisticsMessages as m } from '../messages';

/** A plain download link: the browser saves the API's CSV under its content-disposition name. */
export function CsvLink({ table, what }: { table: StatisticsTable; what: string }) {
  return (
    <p className="csv-link">
      <a href={`/api/statistics/${table}.csv`} download aria-label={m.downloadCsvOf(what)}>
        {m.downloadCsv}
      </a>
    </p>
  );
}
