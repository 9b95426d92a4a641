import { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Pages past this are refused: deep offsets cost the database and no reader pages that far. */
export const MAX_PAGE = 100_000;

/** `?page=2&pageSize=20` on every list endpoint: 1-based pages of at most 100 items. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export function pageOf(query: PageQueryDto): PageRequest {
  return { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE };
}

/** What a list endpoint answers: one page of items, and how many there are in all. */
export interface PageEnvelope<T> extends PageRequest {
  items: T[];
  total: number;
}

/**
 * The envelope of every list endpoint, `{items, page, pageSize, total}`, as a base class: a page
 * DTO extends `PagedResponse(ItemDto)`, so the document names it and types its items.
 */
export function PagedResponse<T>(item: ClassType<T>) {
  abstract class Paged implements PageEnvelope<T> {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
    page: number;

    @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, example: 20 })
    pageSize: number;

    @ApiProperty({ type: 'integer', minimum: 0, description: 'items on all pages' })
    total: number;
  }
  return Paged;
}
