import { Textbox } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Option {
  value: string;
  label: string;
  /** A second line, e.g. the label that matched in another language. */
  hint?: string;
}

interface TypeaheadProps {
  id?: string;
  /** What the listbox is for, for screen readers. */
  label: string;
  search: (q: string) => Promise<Option[]>;
  onSelect: (option: Option) => void;
  /** Shown in the box (the chosen option's label); typing starts a new search. */
  initialText?: string;
  /** Clear the box after a choice (for adding several, e.g. skills). */
  clearOnSelect?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A combobox with a list of suggestions (the WAI-ARIA 1.2 pattern): type, move with the arrow
 * keys, choose with Enter, close with Escape. Suggestions come from the API after a short pause.
 */
export function Typeahead(props: TypeaheadProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState(props.initialText ?? '');
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const request = useRef(0);

  useEffect(() => setText(props.initialText ?? ''), [props.initialText]);

  const runSearch = (q: string) => {
    const mine = ++request.current;
    if (q.trim().length < 2) {
      setOptions([]);
      setOpen(false);
      return;
    }
    setSearching(true);
    window.setTimeout(() => {
      if (mine !== request.current) return;
      props
        .search(q.trim())
        .then((found) => {
          if (mine !== request.current) return;
          setOptions(found);
          setOpen(true);
          setActive(found.length > 0 ? 0 : -1);
        })
        .catch(() => mine === request.current && setOptions([]))
        .finally(() => mine === request.current && setSearching(false));
    }, 200);
  };

  const choose = (option: Option) => {
    props.onSelect(option);
    setText(props.clearOnSelect ? '' : option.label);
    setOpen(false);
    setOptions([]);
    request.current++;
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="wt-typeahead">
      <Textbox
        id={props.id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={props['aria-describedby']}
        aria-invalid={props['aria-invalid']}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          runSearch(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && options.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % options.length);
          } else if (event.key === 'ArrowUp' && options.length > 0) {
            event.preventDefault();
            setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
          } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
            event.preventDefault();
            choose(options[active]);
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            setOpen(false);
          }
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={props.label} className="wt-typeahead__list" hidden={!open}>
        {open && options.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled className="wt-typeahead__option">
            {t('typeahead.none')}
          </li>
        ) : null}
        {options.map((option, i) => (
          <li
            key={option.value}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="wt-typeahead__option"
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.label}
            {option.hint ? <span className="wt-meta"> ({option.hint})</span> : null}
          </li>
        ))}
      </ul>
      <span className="wt-visually-hidden" role="status" aria-live="polite">
        {searching ? t('typeahead.searching') : open ? t('typeahead.count', { count: options.length }) : ''}
      </span>
    </div>
  );
}
