import { BadRequestException } from '@nestjs/common';
import { nestedFieldsOf, StrictValidationPipe } from '@wt/bootstrap';
import { getMetadataStorage } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type Constructor = new () => object;

/** Every `.dto.ts` under apps/, loaded so their classes register their validation metadata. */
function loadAllDtos(): void {
  const root = join(__dirname, '..', 'apps');
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (entry.endsWith('.dto.ts')) require(join(root, entry));
  }
}

function dtoClasses(): Constructor[] {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<Constructor, unknown[]>;
  };
  return [...storage.validationMetadatas.keys()].filter((target) => typeof target === 'function');
}

async function problemsOf(dto: Constructor, body: object): Promise<string[]> {
  try {
    await new StrictValidationPipe().transform(body, { type: 'body', metatype: dto });
    return [];
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return (error.getResponse() as { message: string[] }).message;
  }
}

describe('every DTO: a nested field of the wrong shape is a 400 naming it (issue 11, finding 2-3)', () => {
  loadAllDtos();
  const cases = dtoClasses().flatMap((dto) =>
    nestedFieldsOf(dto).map((field) => [`${dto.name}.${field.property}`, dto, field] as const),
  );

  it('finds the nested fields of the apps (consent, profile, identity, vacancy, ...)', () => {
    const names = cases.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'ConsentDto.seeker',
        'ConsentDto.coach',
        'ProfileFieldsDto.hoursPerWeek',
        'ProfileFieldsDto.languages',
        'CreateJobSeekerDto.identity',
        'IdentityDto.clientReference',
        'CreateVacancyDto.languages',
      ]),
    );
  });

  it.each(cases)('%s', async (_name, dto, field) => {
    const wrong = field.list ? { [field.property]: [[]] } : { [field.property]: [{}] };
    const message = field.list
      ? `${field.property}.0 must be an object, not an array`
      : `${field.property} must be an object, not an array`;
    expect(await problemsOf(dto, wrong)).toContain(message);
    if (field.list) {
      expect(await problemsOf(dto, { [field.property]: {} })).toContain(
        `${field.property} must be an array of objects`,
      );
    }
  });
});
