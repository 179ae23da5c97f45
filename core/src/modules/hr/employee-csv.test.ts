import { describe, expect, it } from 'vitest';
import { parseEmployeeCsv, suggestEmployeeMapping } from './employee-csv';

describe('reading an employee CSV', () => {
  it('reads a spreadsheet export with quoted fields and the headers people write', () => {
    const csv = '\uFEFFFull name,Work email,Job title,Department,Manager email,Start date,Phone\n'
      + 'Ada Lovelace,ADA@example.com,CEO,Board,,2020-01-06,+44 20 7946 0000\n'
      + '"Hopper, Grace",grace@example.com,"CTO, engineering",Engineering,ada@example.com,2021-03-01,\n';
    const { rows, errors } = parseEmployeeCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([
      { line: 2, name: 'Ada Lovelace', workEmail: 'ada@example.com', jobTitle: 'CEO', team: 'Board', managerEmail: null, startDate: '2020-01-06', phone: '+44 20 7946 0000' },
      { line: 3, name: 'Hopper, Grace', jobTitle: 'CTO, engineering', managerEmail: 'ada@example.com' },
    ]);
  });

  it('reports each bad row by its line and keeps the good ones', () => {
    const csv = 'name;email;start date\nAda;ada@example.com;2020-01-06\n;nobody@example.com;2020-01-06\nKen;not-an-email;2020-01-06\nLinus;linus@example.com;06/01/2020\nAda Again;ada@example.com;2022-01-01\n';
    const { rows, errors } = parseEmployeeCsv(csv);
    expect(rows.map((row) => row.name)).toEqual(['Ada']);
    expect(errors).toEqual([
      { line: 3, message: 'Give the employee’s name.' },
      { line: 4, message: 'Enter a valid work email, like name@company.com.' },
      { line: 5, message: 'Give the start date as a date, like 2026-03-31.' },
      { line: 6, message: 'ada@example.com is already on line 2.' },
    ]);
  });

  it('refuses a file without the columns it needs, and one that is not CSV', () => {
    expect(parseEmployeeCsv('name,phone\nAda,123\n').errors).toEqual([{ line: 1, message: 'The header row needs the columns Work email, Start date.' }]);
    expect(parseEmployeeCsv('name,email,start date\n"Ada,ada@example.com,2020-01-01\n').errors[0]?.message).toMatch(/not a CSV we can read/);
  });

  it('suggests a mapping from the headers and reads a file through a mapping given by hand', () => {
    expect(suggestEmployeeMapping(['Full name', 'E-mail', 'Email', 'Department', 'Shoe size'])).toEqual({
      'Full name': 'name', 'E-mail': 'ignore', Email: 'workEmail', Department: 'team', 'Shoe size': 'ignore',
    });
    const csv = 'Nom,Courriel,Arrivée\nMarie Curie,marie@example.com,2021-09-01\n';
    const mapped = parseEmployeeCsv(csv, { Nom: 'name', Courriel: 'workEmail', 'Arrivée': 'startDate' });
    expect(mapped).toMatchObject({ columns: ['Nom', 'Courriel', 'Arrivée'], errors: [], rows: [{ line: 2, name: 'Marie Curie', workEmail: 'marie@example.com', startDate: '2021-09-01' }] });
    expect(parseEmployeeCsv(csv, { Surname: 'name' }).errors).toEqual([{ line: 1, message: 'The mapping names a column the file does not have: Surname.' }]);
    expect(parseEmployeeCsv('Name,Name,Email,Start date\n', undefined).errors[0]?.message).toBe('Two columns have the same header; rename one.');
  });
});
