import type { FieldError, VacancyInput } from '@wt/vacancies';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CreateVacancyDto } from '../vacancies/vacancy-request.dto';

/** The same checks as `POST /vacancies`, for one row of an upload, with every problem named. */
export function validateVacancyRow(
  values: unknown,
): { input: VacancyInput & { publish?: boolean } } | { errors: FieldError[] } {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return { errors: [{ field: 'row', message: 'must be a JSON object with the vacancy fields' }] };
  }
  const dto = plainToInstance(CreateVacancyDto, values);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) return { errors: flatten(errors) };
  return { input: dto };
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: withoutProperty(message, error.property),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** `hoursMin must not be less than 0` -> `must not be less than 0` (the field is named apart). */
function withoutProperty(message: string, property: string): string {
  for (const lead of [`${property} `, `property ${property} `]) {
    if (message.startsWith(lead)) return message.slice(lead.length);
  }
  return message;
}
