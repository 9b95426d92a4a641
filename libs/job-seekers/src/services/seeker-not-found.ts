import { NotFoundException } from '@nestjs/common';

/** Also the answer outside the caller's caseload: such a seeker does not exist for them. */
export function seekerNotFound(id: string): NotFoundException {
  return new NotFoundException(`job seeker ${id} not found`);
}
