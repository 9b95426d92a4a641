import { useTranslation } from 'react-i18next';
import { Option, Typeahead } from './Typeahead';

export interface Concept {
  uri: string;
  label: string;
}

interface ConceptListProps {
  id?: string;
  /** What the list holds (for the listbox and the chips' list). */
  label: string;
  value: Concept[];
  onChange: (next: Concept[]) => void;
  search: (q: string) => Promise<Option[]>;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** Several ESCO concepts chosen with a typeahead, shown as removable chips (labels, never URIs). */
export function ConceptList(props: ConceptListProps) {
  const { t } = useTranslation('components');
  return (
    <div>
      <Typeahead
        id={props.id}
        label={props.label}
        search={props.search}
        clearOnSelect
        aria-describedby={props['aria-describedby']}
        aria-invalid={props['aria-invalid']}
        onSelect={(o) => {
          if (props.value.some((c) => c.uri === o.value)) return;
          props.onChange([...props.value, { uri: o.value, label: o.label }]);
        }}
      />
      {props.value.length > 0 ? (
        <ul className="wt-chips" aria-label={props.label}>
          {props.value.map((concept) => (
            <li key={concept.uri} className="wt-chip">
              {concept.label}
              <button
                type="button"
                aria-label={t('conceptList.remove', { label: concept.label })}
                onClick={() => props.onChange(props.value.filter((c) => c.uri !== concept.uri))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
