import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TaxonomyController } from './http/taxonomy.controller';
import { TaxonomyRepository } from './store/taxonomy.repository';
import { TaxonomyService } from './store/taxonomy.service';

/** ESCO concepts, levels and linking for the other contexts. */
@Module({
  providers: [TaxonomyRepository, TaxonomyService],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}

/** The typeahead endpoints, for an HTTP app; it builds the linker index as the app starts. */
@Module({
  imports: [TaxonomyModule],
  controllers: [TaxonomyController],
})
export class TaxonomyHttpModule implements OnApplicationBootstrap {
  constructor(private readonly taxonomy: TaxonomyService) {}

  onApplicationBootstrap(): void {
    this.taxonomy.warmUp();
  }
}
