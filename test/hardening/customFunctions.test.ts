// Property tests: KR_COUNT and KR_SCORE over any cells give a number (or points per cell) or a clear error, never NaN.
import fc from 'fast-check';
import { type FunctionEnv, krCount, krScore } from '../../src/core/customFunctions';
import type { Lang } from '../../src/core/i18n/messages';
import { mapHeader } from '../../src/core/log/cells';
import { COLUMNS, KINDS, STATUSES } from '../../src/core/log/vocabulary';
import { addon, nastyText } from './support';

const NOW = new Date('2025-03-01T05:00:00Z'); // in FY 2568
const env = (lang: Lang): FunctionEnv => ({ now: () => NOW, lang: () => lang });

const bangkokMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

/** Dates as Sheets hands them over: around FY 2568, typed with a B.E. year, far away, or invalid. */
const dateCell = fc.oneof(
  fc.date({ min: bangkokMidnight(2024, 9, 1), max: bangkokMidnight(2025, 11, 1), noInvalidDate: true }),
  fc.date({ min: bangkokMidnight(2567, 9, 1), max: bangkokMidnight(2568, 11, 1), noInvalidDate: true }),
  fc.date(), // any instant, Invalid Date included
  fc.constant(new Date(Number.NaN)),
);

const textDate = fc.constantFrom(
  '2025-01-15',
  '15/1/2568',
  '15/01/2025',
  '15 ม.ค. 2568',
  '15 มกราคม 2568',
  '๑๕ ม.ค. ๒๕๖๘',
  '31/02/2025',
  '2025-13-01',
  '0000-00-00',
);

/** Any value a cell of a log could hand a custom function, and some it could not (NaN, undefined). */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 3000 }),
  fc.double(),
  fc.boolean(),
  dateCell,
  textDate,
  nastyText.filter((text) => text.length < 1000),
  fc.constantFrom('#N/A', '#REF!', '#ERROR!', '#DIV/0!', '#VALUE!', '#NAME?'),
  fc.constantFrom('', null, undefined, ' '),
  fc.constantFrom(...STATUSES.flatMap((s) => [s.key, s.th, s.en, s.en.toUpperCase()])),
);

/** What a column usually holds, mixed with anything at all. */
const cellFor = (key: string): fc.Arbitrary<unknown> => {
  const usual: Record<string, fc.Arbitrary<unknown>> = {
    id: fc.constantFrom('id-1', 'id-2', 'ID-1', '', ' id-3 '),
    date: fc.oneof(dateCell, textDate),
    status: fc.constantFrom(...STATUSES.flatMap((s) => [s.key, s.th, s.en]), 'done', 'Done'),
    kind: fc.constantFrom(...KINDS.map((k) => k.th)),
    verified: fc.oneof(fc.boolean(), fc.constantFrom('TRUE', 'x', 'ใช่', 1, 0)),
  };
  return usual[key] ? fc.oneof({ weight: 3, arbitrary: usual[key] }, anyCell) : anyCell;
};

/** A header in Thai or English, its columns in any order, some renamed or dropped, with extra columns. */
const header = fc
  .tuple(
    fc.shuffledSubarray([...COLUMNS], { minLength: 0 }),
    fc.constantFrom<Lang>('th', 'en'),
    fc.array(fc.constantFrom('Extra', 'หมายเหตุอื่น', '', 'Date ', ' STATUS'), { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([columns, lang, extras, keepRequired]) => {
    const chosen = keepRequired
      ? [
          ...columns,
          ...COLUMNS.filter((c) => (c.key === 'date' || c.key === 'status') && !columns.includes(c)),
        ]
      : columns;
    return {
      keys: [...chosen.map((c) => c.key as string), ...extras.map(() => 'extra')],
      titles: [...chosen.map((c) => c[lang]), ...extras],
    };
  });

/** A mission log as a range hands it over: a header, then up to 25 rows of cells fitting that header. */
const missionLog = header.chain(({ keys, titles }) =>
  fc
    .array(fc.tuple(...keys.map((key) => cellFor(key))), { maxLength: 25 })
    .map((rows) => [titles as unknown[], ...rows.map((row) => [...row])]),
);

const hasRequiredColumns = (grid: unknown[][]) => {
  const titles = (grid[0] ?? []).map((t) => String(t).trim().toLowerCase());
  const has = (key: string) => {
    const c = COLUMNS.find((col) => col.key === key)!;
    return titles.includes(c.th.toLowerCase()) || titles.includes(c.en.toLowerCase());
  };
  return has('date') && has('status');
};

const fiscalYearArg = fc.oneof(
  fc.constantFrom(undefined, '', 2568, 2025, '2568', ' 2025 ', 2567.5, 0, -1, 99999, 'next year', true),
  fc.integer(),
  fc.double(),
);
const booleanArg = fc.oneof(
  fc.constantFrom(undefined, '', true, false, 'TRUE', 'false', 1, 0, 'yes', 2),
  anyCell,
);

/** The outcome of a call: its value, or the message of the Error it threw (anything else thrown fails). */
function outcome(call: () => unknown): { value: unknown } | { error: string } {
  try {
    return { value: call() };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return { error: (error as Error).message };
  }
}

const isPoints = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

describe('KR_COUNT (the pure function) given random cells', () => {
  it('returns a whole number from 0 to the number of data rows, or throws an Error naming KR_COUNT', () => {
    fc.assert(
      fc.property(
        missionLog,
        fiscalYearArg,
        booleanArg,
        fc.constantFrom<Lang>('th', 'en'),
        (log, year, verified, lang) => {
          const result = outcome(() => krCount(env(lang), log, year, verified));
          if ('error' in result) {
            expect(result.error).toContain('KR_COUNT');
            return;
          }
          expect(hasRequiredColumns(log)).toBe(true);
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(log.length - 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws a message naming the missing column when the header lacks the date or the status', () => {
    fc.assert(
      fc.property(
        missionLog.filter((log) => !hasRequiredColumns(log)),
        fc.constantFrom<Lang>('th', 'en'),
        (log, lang) => {
          const result = outcome(() => krCount(env(lang), log, 2568));
          expect(result).toEqual({ error: expect.stringContaining('KR_COUNT') });
          const missing = ['date', 'status'].map((key) => COLUMNS.find((c) => c.key === key)![lang]);
          expect(missing.some((title) => (result as { error: string }).error.includes(title))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts the same whatever the order of the rows, with blank rows added, and never fewer without "verified only"', () => {
    fc.assert(
      fc.property(
        missionLog.filter(hasRequiredColumns),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.nat({ max: 3 }),
        (log, seed, blanks) => {
          const [head, ...rows] = log;
          const shuffled = [...rows]
            .map((row, i) => ({ row, key: (i * 2654435761 + seed) % 1000003 }))
            .sort((a, b) => a.key - b.key)
            .map(({ row }) => row);
          const blank = head!.map(() => '');
          const moved = [head!, ...shuffled, ...Array.from({ length: blanks }, () => blank)];
          const all = krCount(env('en'), log, 2568);
          expect(krCount(env('en'), moved, 2568)).toBe(all);
          if (mapHeader(head!).verified === undefined) {
            // Counting verified missions of a log that cannot say which are verified: an error, never 0.
            expect(() => krCount(env('en'), log, 2568, true)).toThrow(/no Verified column/);
          } else {
            expect(krCount(env('en'), log, 2568, true)).toBeLessThanOrEqual(all);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** A ladder as a person might type one in two columns, header or not, sound or broken. */
const ladderArg = fc.oneof(
  fc.constant(undefined),
  fc.constant([
    ['Threshold', 'Points'],
    [2, 1],
    [4, 2],
    [6, 3],
  ]),
  fc
    .array(fc.tuple(fc.oneof(fc.nat({ max: 20 }), anyCell), fc.oneof(fc.nat({ max: 5 }), anyCell)), {
      maxLength: 6,
    })
    .map((rows) => rows.map((row) => [...row])),
  anyCell,
);
const methodArg = fc.oneof(
  fc.constantFrom(undefined, '', 'step', 'linear', 'LINEAR', 'เชิงเส้น', 'curve'),
  anyCell,
);
const countsArg = fc.oneof(
  anyCell,
  fc.array(fc.array(anyCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).map((rows) => {
    const width = rows[0]!.length;
    return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  }),
  fc.array(fc.array(fc.oneof(fc.nat({ max: 12 }), fc.constant('')), { minLength: 1, maxLength: 2 }), {
    minLength: 1,
    maxLength: 4,
  }),
  missionLog,
);

describe('KR_SCORE (the pure function) given random cells', () => {
  it('returns points (a range of points and blanks for a range, a blank for a blank), or throws an Error naming KR_SCORE', () => {
    fc.assert(
      fc.property(
        countsArg,
        ladderArg,
        methodArg,
        fc.constantFrom<Lang>('th', 'en'),
        (value, ladder, method, lang) => {
          const result = outcome(() => krScore(env(lang), value, ladder, method));
          if ('error' in result) {
            expect(result.error).toContain('KR_SCORE');
            return;
          }
          const points = result.value;
          if (
            Array.isArray(value) &&
            value.every(Array.isArray) &&
            !hasRequiredColumns(value as unknown[][])
          ) {
            expect(Array.isArray(points)).toBe(true);
            const grid = points as unknown[][];
            expect(grid.map((row) => row.length)).toEqual((value as unknown[][]).map((row) => row.length));
            for (const cell of grid.flat()) expect(cell === '' || isPoints(cell)).toBe(true);
          } else if (value === '' || value === null) {
            expect(points).toBe(''); // a blank cell gets a blank, as each blank of a range does
          } else {
            expect(isPoints(points)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never gives more than the top of the ladder, nor less for a higher count', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 30 }),
        fc.nat({ max: 30 }),
        fc.constantFrom('step', 'linear'),
        (a, b, method) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const pLow = krScore(env('en'), low, undefined, method) as number;
          const pHigh = krScore(env('en'), high, undefined, method) as number;
          expect(pLow).toBeLessThanOrEqual(pHigh);
          expect(pHigh).toBeLessThanOrEqual(5);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** A value as setValues takes it: formulas as text (their results land in the cell), the rest as they are. */
const writableCell = fc.oneof(
  { weight: 6, arbitrary: anyCell },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=1/0',
      '=NA()',
      '=1+1',
      '=DATE(2025,1,15)',
      '="done"',
      '=TRUE',
      '=REF_NOPE()',
    ),
  },
);

describe('KR_COUNT and KR_SCORE as formula cells of the bundle, over a log of random cells', () => {
  const app = addon({ locale: 'en_US' });
  // The sheet's today is the pure functions' (NOW): a done mission after it does not count in either.
  app.emu.setTime(NOW);
  const log = app.ss.insertSheet('Log');
  const out = app.ss.insertSheet('Out');
  const ENGLISH = COLUMNS.map((c) => c.en);

  it('show a number no greater than the rows (the pure count of what getValues reads), or #ERROR! naming the function', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(writableCell, { minLength: ENGLISH.length, maxLength: ENGLISH.length }), {
          maxLength: 12,
        }),
        fc.constantFrom(
          ...['Date', 'Status', 'Title'].map((drop) => ENGLISH.map((t) => (t === drop ? `${t}?` : t))),
        ),
        fc.boolean(),
        (rows, renamed, intact) => {
          const head = intact ? ENGLISH : renamed;
          log.clear();
          out.clear();
          log.getRange(1, 1, 1, head.length).setValues([head]);
          if (rows.length > 0) {
            if (log.getMaxRows() < rows.length + 1)
              log.insertRowsAfter(log.getMaxRows(), rows.length + 1 - log.getMaxRows());
            log.getRange(2, 1, rows.length, head.length).setValues(rows);
          }
          out.getRange('A1').setValue('=KR_COUNT(Log!A1:S13, 2568)');
          out.getRange('B1').setValue('=KR_SCORE(Log!A1:S13)');
          out.getRange('C1').setValue('=KR_SCORE(A1, , "linear")');
          const [count, score, linear] = out.getRange('A1:C1').getValues()[0]!;
          const read = log.getRange(1, 1, 13, 19).getValues();
          const expected = outcome(() => krCount(env('en'), read, 2568));
          if ('error' in expected) {
            expect(count).toBe('#ERROR!');
            expect(app.emu.cellError("'Out'!A1")).toBe(expected.error);
            expect(expected.error).toContain('KR_COUNT');
            expect(score).toBe('#ERROR!');
            expect(app.emu.cellError("'Out'!B1")).toContain('KR_SCORE');
            return;
          }
          expect(count).toBe(expected.value);
          expect(count as number).toBeLessThanOrEqual(rows.length);
          expect(isPoints(score)).toBe(true);
          expect(isPoints(linear)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the emulator, when a spilled custom function stops spilling', () => {
  // Regression: a spill once blocked kept reporting #REF! after the function threw or returned one value.
  const app = addon({ locale: 'en_US' });
  const sheet = app.ss.insertSheet('Spill');

  it('shows the error the function now throws, not the old #REF!', () => {
    sheet.getRange('B1:B2').setValues([[4], [6]]);
    sheet.getRange('A2').setValue('in the way');
    sheet.getRange('A1').setValue('=KR_SCORE(B1:B2)');
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
    sheet.getRange('B1').setValue('many');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(app.emu.cellError("'Spill'!A1")).toContain('KR_SCORE');
  });

  it('shows the one value the function now returns', () => {
    sheet.getRange('B1').setValue(4);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
    sheet.getRange('A1').setValue('=KR_SCORE(B2)');
    expect(sheet.getRange('A1').getValue()).toBe(3);
    expect(app.emu.cellError("'Spill'!A1")).toBeNull();
  });
});

describe('the emulator, given a date cell at the far end of what a Date can hold', () => {
  // Regression: reading such a cell into a custom function threw "RangeError: Invalid time value" inside the
  // formula engine, and the cell showed a wrong #REF!.
  it('reads it back as written, and KR_COUNT counts it as outside the fiscal year', () => {
    const app = addon({ locale: 'en_US' });
    const sheet = app.ss.insertSheet('Far');
    const last = new Date(8.64e15 - 3_600_000);
    sheet.getRange(1, 1, 2, 2).setValues([
      ['Date', 'Status'],
      [last, 'done'],
    ]);
    sheet.getRange('C1').setValue('=KR_COUNT(A1:B2, 2568)');
    expect((sheet.getRange('A2').getValue() as Date).getTime()).toBe(last.getTime());
    expect(sheet.getRange('C1').getValue()).toBe(0);
  });
});
