import { ArgumentMetadata, BadRequestException, Injectable, ValidationPipe } from '@nestjs/common';
import { inputProblems } from './input-limits';
import { nestedShapeProblems } from './nested-shape';

const CHECKED_SOURCES = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/**
 * The one validation step of every HTTP app: the input limits (depth, array length, control
 * characters, number range) and the nested shapes first, then class-validator with the DTO
 * (`whitelist`, `forbidNonWhitelisted`, `transform`). Each problem is a 400 naming its field.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CHECKED_SOURCES.has(metadata.type)) {
      const problems = inputProblems(value, metadata.data ?? metadata.type);
      if (problems.length === 0 && metadata.metatype && typeof value === 'object') {
        problems.push(...nestedShapeProblems(metadata.metatype, value));
      }
      if (problems.length > 0) throw new BadRequestException(problems);
    }
    return super.transform(value, metadata);
  }
}
