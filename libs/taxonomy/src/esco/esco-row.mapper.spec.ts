import { splitEscoLabels } from './esco-row.mapper';

describe('splitEscoLabels', () => {
  it.each([
    ['', []],
    ['lasser', ['lasser']],
    ['lasser\nlasster', ['lasser', 'lasster']],
    ['lasser\r\nlasster\r\n', ['lasser', 'lasster']],
    ['  lasser \n\n lasster  ', ['lasser', 'lasster']],
    ['lasser\nlasser', ['lasser']],
    // A pipe is part of a label here: only the language-skill collection uses " | " as separator.
    ['a | b', ['a | b']],
  ])('splits %p into %p', (field, labels) => {
    expect(splitEscoLabels(field)).toEqual(labels);
  });
});
