import { canonicalKey, keysOfName, placeKey, splitQualifier } from './place-name.util';

describe('placeKey', () => {
  it.each([
    ['Enschede', 'enschede'],
    ['  ENSCHEDE ', 'enschede'],
    ["'s-Hertogenbosch", 's hertogenbosch'],
    ['’s Hertogenbosch', 's hertogenbosch'],
    ['s-Hertogenbosch', 's hertogenbosch'],
    ['Münster', 'munster'],
    ['Schüttorf', 'schuttorf'],
    ['Straße', 'strasse'],
    ['Westerhaar-Vriezenveensewijk', 'westerhaar vriezenveensewijk'],
    ['Hengelo (Ov.)', 'hengelo ov'],
    ['Zoëlen', 'zoelen'],
    ['IJsselmuiden', 'ijsselmuiden'],
  ])('%j -> %j', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });
});

describe('keysOfName', () => {
  it.each([
    ['Münster', ['munster', 'muenster']],
    ['Osnabrück', ['osnabruck', 'osnabrueck']],
    ['Enschede', ['enschede']],
    ["'s-Gravenhage", ['den haag']],
    ['Den Bosch', ['s hertogenbosch']],
    ['Hof van Twente', ['goor']],
  ])('%j -> %j', (name, keys) => {
    expect(keysOfName(name)).toEqual(keys);
  });
});

describe('canonicalKey', () => {
  it('maps a known variant and leaves anything else alone', () => {
    expect(canonicalKey('the hague')).toBe('den haag');
    expect(canonicalKey('enschede')).toBe('enschede');
  });
});

describe('splitQualifier', () => {
  it.each([
    ['Hengelo (Ov.)', { key: 'hengelo ov', base: 'hengelo', qualifier: 'ov', droppable: true }],
    [
      'Münster/Westf.',
      { key: 'munster westf', base: 'munster', qualifier: 'westf', droppable: true },
    ],
    [
      'Goor, Overijssel',
      { key: 'goor overijssel', base: 'goor', qualifier: 'overijssel', droppable: true },
    ],
    ['Den Ham', { key: 'den ham', base: 'den', qualifier: 'ham', droppable: false }],
    ['Enschede', { key: 'enschede' }],
  ])('%j', (name, expected) => {
    expect(splitQualifier(name)).toEqual(expected);
  });
});
