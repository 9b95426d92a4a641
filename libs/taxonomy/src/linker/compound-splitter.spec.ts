import { CompoundSplitter } from './compound-splitter';

const VOCABULARY = new Set([
  'heftruck',
  'chauffeur',
  'gabelstapler',
  'fahrer',
  'stapler',
  'wein',
  'bau',
  'techniker',
  'bautechniker',
  'verkaufer',
  'verkeer',
  'leider',
  'arbeit',
  'vermittler',
  'aan',
  'koper',
]);

const splitter = new CompoundSplitter({
  known: (word) => (VOCABULARY.has(word) ? word : null),
  linkingElements: ['s', 'en', 'e'],
  isStopword: (word) => word === 'aan',
});

describe('CompoundSplitter', () => {
  it.each([
    ['heftruckchauffeur', ['heftruck', 'chauffeur']],
    ['gabelstaplerfahrer', ['gabelstapler', 'fahrer']],
    ['weinbautechniker', ['wein', 'bau', 'techniker', 'bautechniker']],
    // Fugen-s: verkeer|s|leider, arbeit|s|vermittler
    ['verkeersleider', ['verkeer', 'leider']],
    ['arbeitsvermittler', ['arbeit', 'vermittler']],
    // An unknown modifier still yields the head, the word the compound is a kind of.
    ['trafikverkaufer', ['trafik', 'verkaufer']],
  ])('splits %p into %p', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });

  it.each([
    ['chauffeur', 'a known simple word'],
    ['aankoper', 'a function word is no modifier'],
    ['xyzzyplugh', 'no known head'],
    ['bauer', 'too short for two parts'],
  ])('leaves %p whole (%s)', (word) => {
    expect(splitter.split(word)).toEqual([]);
  });

  it('names the head of a compound', () => {
    expect(splitter.head('gabelstaplerfahrer')).toBe('fahrer');
    expect(splitter.head('chauffeur')).toBeNull();
  });
});
