import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/** A figure's 200: the DTO as JSON, or (`?format=csv`) its rows as a CSV text. */
export function ApiFigureResponse(dto: Type<unknown>): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(dto),
    ApiOkResponse({
      content: {
        'application/json': { schema: { $ref: getSchemaPath(dto) } },
        'text/csv': {
          schema: { type: 'string', description: 'The rows; suppressed counts read <5' },
        },
      },
    }),
  );
}
