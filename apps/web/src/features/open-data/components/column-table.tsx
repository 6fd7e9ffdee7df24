import type { DictionaryColumn } from '@registry/contracts/open-data';
import { openDataMessages as m } from '../messages';

/** Long lists (89 regions) fold behind a <details>; short ones show at once. */
const FOLD_AFTER = 6;

function AllowedValues({ values }: { values: DictionaryColumn['allowedValues'] }) {
  if (!values) return <>{m.anyValue}</>;
  const list = (
    <ul className="dictionary__values">
      {values.map((value) => (
        <li key={value.code}>
          <code>{value.code}</code> — {value.labelRu}
        </li>
      ))}
    </ul>
  );
  if (values.length <= FOLD_AFTER) return list;
  return (
    <details>
      <summary>{m.showValues(values.length)}</summary>
      {list}
    </details>
  );
}

/** One table of the field dictionary: every column with its meaning, type and allowed values. */
export function ColumnTable({ caption, columns }: { caption: string; columns: DictionaryColumn[] }) {
  return (
    <div className="dictionary">
      <table className="dictionary__table">
        <caption className="dictionary__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.key}</th>
            <th scope="col">{m.columns.title}</th>
            <th scope="col">{m.columns.type}</th>
            <th scope="col">{m.columns.description}</th>
            <th scope="col">{m.columns.allowed}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.key}>
              <th scope="row" data-label={m.columns.key}>
                <code>{column.key}</code>
              </th>
              <td data-label={m.columns.title}>{column.titleRu}</td>
              <td data-label={m.columns.type}>
                {m.types[column.type]}
                {column.nullable ? `, ${m.nullable}` : ''}
              </td>
              <td data-label={m.columns.description}>{column.descriptionRu}</td>
              <td data-label={m.columns.allowed}>
                <AllowedValues values={column.allowedValues} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
