import { FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { cloneElement, ReactElement, ReactNode } from 'react';
import { errorId } from '../forms/errors';

interface FieldProps {
  form: string;
  name: string;
  label: string;
  description?: string;
  errors?: string[];
  /** The control; gets id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
  extra?: ReactNode;
}

/**
 * A labelled form field with its description and the API's error next to it (the 400 names the
 * field; the message is announced and tied to the control with aria-describedby).
 */
export function Field({ form, name, label, description, errors, children, extra }: FieldProps) {
  const id = `${form}-${name}`;
  const invalid = !!errors && errors.length > 0;
  const describedBy = [description ? `${id}-description` : null, invalid ? errorId(form, name) : null]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField invalid={invalid} className={invalid ? 'wt-field--invalid' : undefined}>
      <p className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </p>
      {description ? (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      ) : null}
      {invalid ? (
        <p className="wt-error" id={errorId(form, name)} role="alert" data-field-error={name}>
          {errors.join(' ')}
        </p>
      ) : null}
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': invalid || undefined,
      })}
      {extra}
    </FormField>
  );
}

/** The errors that name no field of the form, above the form, announced. */
export function ErrorSummary({ title, messages }: { title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="utrecht-alert utrecht-alert--error" data-testid="form-errors">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
