import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FieldGroup } from './Field';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
/** The languages the engine matches on (ISO 639-1). */
export const WORK_LANGUAGES = ['nl', 'de', 'en', 'pl', 'tr', 'ar'] as const;

export interface LanguageEntry {
  language: string;
  level: CefrLevel;
}

interface LanguagesFieldProps {
  form: string;
  legend: string;
  /** The add button's text ("add a language requirement", "add a language"). */
  addLabel: string;
  value: LanguageEntry[];
  onChange: (value: LanguageEntry[]) => void;
  /** The language a new row starts with. */
  newLanguage: string;
  description?: string;
  /** The API's messages about `languages`. */
  errors?: string[];
}

/**
 * Languages with their CEFR level, one row each (language, level, remove) and a button to add
 * one. Generic: a vacancy's requirements and a job seeker's languages alike; the API judges them
 * as one field, `languages`.
 */
export function LanguagesField(props: LanguagesFieldProps) {
  const { t } = useTranslation('components');
  const { form, value, onChange } = props;
  const change = (index: number, entry: Partial<LanguageEntry>) =>
    onChange(value.map((l, i) => (i === index ? { ...l, ...entry } : l)));
  return (
    <FieldGroup
      form={form}
      name="languages"
      legend={props.legend}
      description={props.description}
      errors={props.errors}
    >
      {value.map((entry, index) => (
        <div className="wt-row" key={index}>
          <div>
            <FormLabel htmlFor={`${form}-language-${index}`}>
              {t('languagesField.language', { n: index + 1 })}
            </FormLabel>
            <Select
              id={`${form}-language-${index}`}
              value={entry.language}
              onChange={(e) => change(index, { language: e.target.value })}
            >
              {WORK_LANGUAGES.map((l) => (
                <SelectOption key={l} value={l}>
                  {t(`common:languages.${l}`)}
                </SelectOption>
              ))}
            </Select>
          </div>
          <div>
            <FormLabel htmlFor={`${form}-level-${index}`}>
              {t('languagesField.level', { n: index + 1 })}
            </FormLabel>
            <Select
              id={`${form}-level-${index}`}
              value={entry.level}
              onChange={(e) => change(index, { level: e.target.value as CefrLevel })}
            >
              {CEFR_LEVELS.map((level) => (
                <SelectOption key={level} value={level}>
                  {t(`common:cefr.${level}`)}
                </SelectOption>
              ))}
            </Select>
          </div>
          <div>
            <Button
              appearance="subtle-button"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t('languagesField.remove', { n: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <Button
        appearance="secondary-action-button"
        data-action="add-language"
        onClick={() => onChange([...value, { language: props.newLanguage, level: 'B1' }])}
      >
        {props.addLabel}
      </Button>
    </FieldGroup>
  );
}
