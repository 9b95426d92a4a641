import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JOB_SEEKERS_ENTITIES } from './job-seekers.entities';
import { JobSeekerRepository } from './job-seeker.repository';

/** The context's own tables; not exported from the barrel, so other contexts cannot import it. */
@Module({
  imports: [TypeOrmModule.forFeature([...JOB_SEEKERS_ENTITIES])],
  providers: [JobSeekerRepository],
  exports: [JobSeekerRepository],
})
export class JobSeekerPersistenceModule {}
