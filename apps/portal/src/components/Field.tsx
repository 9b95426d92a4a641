import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
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

const describedBy = (...ids: Array<string | false | undefined>) =>
  ids.filter(Boolean).join(' ') || undefined;

/**
 * The API's message about one field, announced; `aria-describedby` of the control names its id
 * ({@link errorId}), and a form's focus moves to the control beside it.
 */
export function FieldError({
  form,
  name,
  errors,
}: {
  form: string;
  name: string;
  errors?: string[];
}) {
  if (!errors || errors.length === 0) return null;
  return (
    <p className="wt-error" id={errorId(form, name)} role="alert" data-field-error={name}>
      {errors.join(' ')}
    </p>
  );
}

/**
 * A labelled form field with its description and the API's error next to it (the 400 names the
 * field; the message is announced and tied to the control with aria-describedby).
 */
export function Field({ form, name, label, description, errors, children, extra }: FieldProps) {
  const id = `${form}-${name}`;
  const invalid = !!errors && errors.length > 0;
  return (
    <FormField invalid={invalid} className={invalid ? 'wt-field--invalid' : undefined}>
      <p className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </p>
      {description ? (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      ) : null}
      <FieldError form={form} name={name} errors={errors} />
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy(
          description && `${id}-description`,
          invalid && errorId(form, name),
        ),
        'aria-invalid': invalid || undefined,
        invalid: invalid || undefined,
      })}
      {extra}
    </FormField>
  );
}

interface FieldGroupProps {
  form: string;
  /** The field the API names for the whole group (`homeLocation`, `languages`). */
  name: string;
  legend: string;
  description?: string;
  errors?: string[];
  children: ReactNode;
}

/**
 * Several controls that the API judges as one field: a fieldset with its legend, a description,
 * and the API's error about the group, both tied to the fieldset with aria-describedby.
 */
export function FieldGroup({ form, name, legend, description, errors, children }: FieldGroupProps) {
  const id = `${form}-${name}`;
  const invalid = !!errors && errors.length > 0;
  return (
    <Fieldset
      invalid={invalid || undefined}
      aria-describedby={describedBy(
        description && `${id}-description`,
        invalid && errorId(form, name),
      )}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? (
        <Paragraph className="wt-meta" id={`${id}-description`}>
          {description}
        </Paragraph>
      ) : null}
      <FieldError form={form} name={name} errors={errors} />
      {children}
    </Fieldset>
  );
}

interface CheckboxFieldProps {
  form: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: string[];
}

/** A checkbox with its label after it, and the API's error about it underneath. */
export function CheckboxField({
  form,
  name,
  label,
  checked,
  onChange,
  errors,
}: CheckboxFieldProps) {
  const id = `${form}-${name}`;
  const invalid = !!errors && errors.length > 0;
  return (
    <div className={invalid ? 'wt-field--invalid' : undefined}>
      <Checkbox
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={invalid ? errorId(form, name) : undefined}
        aria-invalid={invalid || undefined}
      />{' '}
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
      <FieldError form={form} name={name} errors={errors} />
    </div>
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
