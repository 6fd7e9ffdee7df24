import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { useGlossary } from '../api/glossary';
import { glossaryMessages as m } from '../messages';
import { GlossaryForm } from './glossary-form';

/** The glossary as a table; «Изменить» opens the entry in the form below, which otherwise adds one. */
export function GlossaryEditor() {
  const { data } = useGlossary();
  const [editingId, setEditingId] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const editing = data.items.find((entry) => entry.id === editingId) ?? null;
  return (
    <>
      <p className="glossary-status" role="status">
        {status}
      </p>
      {data.items.length === 0 ? (
        <EmptyState title={m.empty} />
      ) : (
        <table className="table glossary-table">
          <caption className="visually-hidden">{m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.termColumn}</th>
              <th scope="col">{m.expansionsColumn}</th>
              <th scope="col">{m.synonymsColumn}</th>
              <th scope="col">
                <span className="visually-hidden">{m.actionsColumn}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{entry.term}</th>
                <td data-label={m.expansionsColumn}>{entry.expansions.join('; ')}</td>
                <td data-label={m.synonymsColumn}>{entry.synonyms.join('; ')}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={m.editLabel(entry.term)}
                    onClick={() => {
                      setStatus('');
                      setEditingId(entry.id);
                    }}
                  >
                    {m.edit}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <GlossaryForm
        // A fresh form for each entry (and for a new one), so fields never carry over.
        key={editing?.id ?? 'new'}
        entry={editing}
        onCancel={() => setEditingId(null)}
        onDone={(message) => {
          setEditingId(null);
          setStatus(message);
        }}
      />
    </>
  );
}
