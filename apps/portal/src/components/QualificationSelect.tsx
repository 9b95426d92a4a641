import { Select, SelectOption } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { qualifications, Qualification } from '../api/taxonomy';

interface QualificationSelectProps {
  id?: string;
  value: string;
  onChange: (code: string) => void;
  /** The first option's text ("no minimum", "not known"). */
  emptyLabel: string;
  /** Which qualifications to offer; the vacancy form leaves out those below EQF 1. */
  include?: (q: Qualification) => boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export const useQualifications = () =>
  useQuery({
    queryKey: ['portal', 'qualifications'],
    queryFn: qualifications,
    staleTime: Infinity,
  });

/** The qualification of a code, once the list has loaded (for its EQF level). */
export function useQualification(code: string): Qualification | undefined {
  return useQualifications().data?.find((q) => q.code === code);
}

/**
 * The NLQF/DQR picker: the engine's qualifications grouped by framework, each with its EQF level,
 * in the page's language. Generic: vacancy minimum and job seeker's highest qualification alike.
 */
export function QualificationSelect(props: QualificationSelectProps) {
  const { t, i18n } = useTranslation('components');
  const quals = useQualifications();
  const lang = (i18n.language === 'de' || i18n.language === 'en' ? i18n.language : 'nl') as
    'nl' | 'de' | 'en';
  const options = useMemo(
    () => (quals.data ?? []).filter((q) => (props.include ? props.include(q) : true)),
    [quals.data, props.include],
  );
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      aria-describedby={props['aria-describedby']}
      aria-invalid={props['aria-invalid']}
    >
      <SelectOption value="">{props.emptyLabel}</SelectOption>
      {(['NL', 'DE'] as const).map((country) => (
        <optgroup key={country} label={t(`qualificationPicker.framework.${country}`)}>
          {options
            .filter((q) => q.country === country)
            .map((q) => (
              <SelectOption key={q.code} value={q.code}>
                {t('qualificationPicker.option', { name: q.names[lang], eqf: q.eqf })}
              </SelectOption>
            ))}
        </optgroup>
      ))}
    </Select>
  );
}
