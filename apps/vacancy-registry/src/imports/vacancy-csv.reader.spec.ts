import { CsvFileError, readVacancyCsv } from './vacancy-csv.reader';

const HEADER =
  'title,description,country,workPlace,hoursMin,hoursMax,languages,requiredSkills,jobcarving';

describe('readVacancyCsv', () => {
  it('types the cells and numbers the rows by their line', () => {
    const csv = `${HEADER}\nLasser,MIG lassen,NL,Hengelo,"24,5",32,nl:B1|de:A2,http://s/1 | http://s/2,ja\n\nKok,Koken,NL,Almelo,,,,,nee\n`;
    expect(readVacancyCsv(csv, 10)).toEqual([
      {
        line: 2,
        values: {
          title: 'Lasser',
          description: 'MIG lassen',
          country: 'NL',
          workPlace: 'Hengelo',
          hoursMin: 24.5,
          hoursMax: 32,
          languages: [
            { language: 'nl', level: 'B1' },
            { language: 'de', level: 'A2' },
          ],
          requiredSkills: ['http://s/1', 'http://s/2'],
          jobcarving: true,
        },
      },
      {
        line: 4,
        values: {
          title: 'Kok',
          description: 'Koken',
          country: 'NL',
          workPlace: 'Almelo',
          jobcarving: false,
        },
      },
    ]);
  });

  it('reads a semicolon-separated file with a BOM and column names in any case', () => {
    const csv = '\uFEFFTITLE;Description;country\r\nLasser;Lassen, ook MIG;DE\r\n';
    expect(readVacancyCsv(csv, 10)).toEqual([
      { line: 2, values: { title: 'Lasser', description: 'Lassen, ook MIG', country: 'DE' } },
    ]);
  });

  it('leaves unreadable cells as text for the validator to name', () => {
    const [row] = readVacancyCsv(`${HEADER}\nLasser,x,NL,Hengelo,veel,-3,duits,,misschien\n`, 10);
    expect(row.values).toMatchObject({
      hoursMin: 'veel',
      hoursMax: -3,
      languages: [{ language: 'duits' }],
      jobcarving: 'misschien',
    });
  });

  it('reports a row with the wrong number of fields by its line', () => {
    const rows = readVacancyCsv('title,description,country\nA,B,NL\nC,D\nE,F,NL,extra\n', 10);
    expect(rows.map((r) => [r.line, r.problem?.message ?? 'ok'])).toEqual([
      [2, 'ok'],
      [3, 'has 2 fields where the header has 3'],
      [4, 'has 4 fields where the header has 3'],
    ]);
  });

  it.each([
    ['', 'the file is empty: expected a header line'],
    ['title,description,country\n', 'the file has a header but no vacancies'],
    [
      'title,description,land\nA,B,NL\n',
      'column 3 "land" is not a known column; known columns: employerId, title,',
    ],
    ['title,title,description,country\nA,A,B,NL\n', 'column "title" appears twice in the header'],
    ['title,country\nA,NL\n', 'the header lacks the required column(s): description'],
    [
      'title,description,country\nA,B,NL\nC,"unclosed,NL\nE,F,NL\n',
      'the CSV cannot be read from line 3: a quoted field is never closed (a " is missing)',
    ],
    [
      'title,description,country\nA,"B"x,NL\n',
      'the CSV cannot be read from line 2: text follows a closing quote; write a quote inside a quoted field as ""',
    ],
    [
      'title,description,country\nA,B,NL\nC,D,NL\nE,F,NL\n',
      'the file has 3 vacancies; at most 2 per upload',
    ],
  ])('rejects the whole file %j', (csv, message) => {
    expect(() => readVacancyCsv(csv, 2)).toThrow(CsvFileError);
    expect(() => readVacancyCsv(csv, 2)).toThrow(message);
  });
});
