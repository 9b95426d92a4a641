import { Module } from '@nestjs/common';
import { TaxonomyController } from './http/taxonomy.controller';
import { TaxonomyRepository } from './store/taxonomy.repository';
import { TaxonomyService } from './store/taxonomy.service';

/** ESCO concepts, levels and linking for the other contexts. */
@Module({
  providers: [TaxonomyRepository, TaxonomyService],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}

/** The typeahead endpoints, for an HTTP app. */
@Module({
  imports: [TaxonomyModule],
  controllers: [TaxonomyController],
})
export class TaxonomyHttpModule {}
