import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VACANCIES_ENTITIES } from '../entities/vacancies.entities';
import { EmployerRepository } from './employer.repository';
import { VacancyRepository } from './vacancy.repository';

/** The context's own tables; not exported from the barrel, so other contexts cannot import it. */
@Module({
  imports: [TypeOrmModule.forFeature([...VACANCIES_ENTITIES])],
  providers: [VacancyRepository, EmployerRepository],
  exports: [TypeOrmModule, VacancyRepository, EmployerRepository],
})
export class VacancyPersistenceModule {}
