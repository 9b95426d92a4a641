export * from './qualification.types';
export * from './nlqf-qualifications.data';
export * from './dqr-qualifications.data';
export * from './qualification-level.util';
export * from './cefr-level.util';
export * from './driving-licence';
