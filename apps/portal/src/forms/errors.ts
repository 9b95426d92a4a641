import { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A 400's messages split by the field they name (`weeklyHours must be ...` names `weeklyHours`). */
export interface FormErrors {
  /** Per top-level field of the form: the API's sentences about it. */
  fields: Record<string, string[]>;
  /** What names no field of this form (and every other error, e.g. a 409 or a network failure). */
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/**
 * Sorts an error into the fields of a form. A message starting with a property path
 * (`requiredSkills.0.uri must ...`, `location.postcode ...`) belongs to that path's first segment
 * when the form has it; `knownFields` lists them.
 */
export function formErrors(
  error: unknown,
  knownFields: readonly string[],
  t: TFunction,
): FormErrors {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: [t('common:errors.network')] };
  }
  if (error.status !== 400 && error.status !== 422) {
    return {
      fields: {},
      general: [error.messages[0] ?? t('common:errors.status', { status: error.status })],
    };
  }
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const message of error.messages) {
    const path = /^([A-Za-z][\w]*)(?:[.[\]\w]*)\s/.exec(message)?.[1];
    const field = path && knownFields.includes(path) ? path : undefined;
    if (field) (fields[field] ??= []).push(message);
    else general.push(message);
  }
  if (error.messages.length === 0)
    general.push(t('common:errors.status', { status: error.status }));
  return { fields, general };
}

/** The id of a field's error message element (for `aria-describedby`). */
export const errorId = (form: string, field: string) => `${form}-${field}-error`;

/**
 * After a failed save: focus moves to the control of the first field the API named (in page
 * order), or to the error summary when it named none of them.
 */
export function focusFirstError(form: string, fields: readonly string[], errors: FormErrors): void {
  window.setTimeout(() => {
    const first = fields.find((f) => errors.fields[f]);
    const target = first
      ? document
          .getElementById(errorId(form, first))
          ?.parentElement?.querySelector<HTMLElement>('input, select, textarea')
      : document.querySelector<HTMLElement>('[data-testid="form-errors"]');
    target?.focus();
  }, 0);
}
