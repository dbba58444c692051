// Property tests: whatever reaches submitMission through google.script.run, it answers and never writes a bad row.
import fc from 'fast-check';
import { calendarDateAt } from '../../src/core/dates/calendar';
import { LIMITS } from '../../src/core/log/mission';
import { KIND_KEYS, KINDS, STATUS_KEYS, STATUSES } from '../../src/core/log/vocabulary';
import {
  type Addon,
  asTransported,
  cleaned,
  expectEveryRowInShape,
  expectLikeRow,
  expectShowableRejection,
  expectSoundRow,
  HUGE,
  MISSION_FIELDS,
  type MissionField,
  nastyText,
  type SubmitAnswer,
  setUp,
  TABS,
  TEXT_FIELDS,
} from './support';

const FIELDS = MISSION_FIELDS;
type Field = MissionField;

const MISSING = Symbol('missing');

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a stored text must not hold.
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same, with the tabs and line breaks notes may keep.
const CONTROL_IN_NOTES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const isoDay = (date: Date, yearShift = 0) =>
  `${String(date.getUTCFullYear() + yearShift).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/**
 * A day a person could mean, C.E. or with its B.E. year: mostly up to today (a mission done), sometimes any day
 * from 1900 to 2399 (most of them too far ahead, refused).
 */
const plausibleDate = fc
  .tuple(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(), noInvalidDate: true }),
      },
      fc.date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2399-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
    ),
    fc.boolean(),
  )
  .map(([date, buddhist]) => isoDay(date, buddhist ? 543 : 0));

/** Text shaped like a date but anything inside: year 0000 to 9999, month 00 to 19, day 00 to 39. */
const dateShaped = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 9999 }),
      fc.constantFrom(0, 1, 50, 99, 1899, 1900, 2399, 2400, 2442, 2443, 2942, 2943, 9999),
    ),
    fc.integer({ min: 0, max: 19 }),
    fc.integer({ min: 0, max: 39 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

const links = fc
  .array(fc.webUrl({ validSchemes: ['http', 'https'] }), { minLength: 1, maxLength: 3 })
  .chain((urls) => fc.constantFrom(' ', ', ', '\n', ',').map((sep) => urls.join(sep)));

const badLinks = fc.constantFrom(
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'ftp://files.example/x',
  'http:/x',
  'https://',
  'mailto:a@b.example',
  'www.example.org',
);

const text = fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 60 }) }, nastyText);

/** What a well-meaning form sends, field by field (still hostile text in places: the schema is the judge). */
const usual: Record<Field, fc.Arbitrary<unknown>> = {
  id: fc.oneof(fc.uuid(), fc.constant(MISSING)),
  date: plausibleDate,
  kind: fc.constantFrom(...KIND_KEYS),
  title: text,
  counterpart: text,
  country: fc.oneof(text, fc.constant(MISSING)),
  place: fc.oneof(text, fc.constant(MISSING)),
  lead: fc.oneof(text, fc.constant(MISSING)),
  status: fc.constantFrom(...STATUS_KEYS),
  steps: fc.oneof(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.constant(MISSING)),
  evidence: fc.oneof(links, fc.constant(''), fc.constant(MISSING)),
  notes: fc.oneof(
    text,
    fc.string({ unit: fc.constantFrom('a', 'ก', '\n', '\r\n', '\t', ' '), maxLength: 40 }),
  ),
};

/** What a broken or hostile client might send instead, field by field. */
const unusual: Record<Field, fc.Arbitrary<unknown>> = {
  id: fc.oneof(nastyText, fc.stringMatching(/^[A-Za-z0-9-]{0,70}$/), fc.jsonValue()),
  date: fc.oneof(
    dateShaped,
    nastyText,
    fc.constantFrom('2025-1-15', '15/01/2025', ' 2025-01-15 ', '2025-02-29'),
  ),
  kind: fc.oneof(fc.constantFrom(...KINDS.flatMap((k) => [k.th, k.en, k.key.toUpperCase()])), nastyText),
  title: fc.oneof(nastyText, fc.constantFrom(...HUGE, '', '   ', '\u0001\u0002', '\u0000')),
  counterpart: fc.oneof(nastyText, fc.constantFrom('', '\u007f', '\t\r\n')),
  country: nastyText,
  place: nastyText,
  lead: nastyText,
  status: fc.oneof(fc.constantFrom(...STATUSES.flatMap((s) => [s.th, s.en, ` ${s.key}`])), nastyText),
  steps: fc.oneof(
    fc.array(fc.boolean(), { maxLength: 8 }),
    fc.array(fc.jsonValue(), { minLength: 5, maxLength: 5 }),
    fc.constantFrom('true', [1, 0, 1, 0, 1], [true, true, true, true, null]),
  ),
  evidence: fc.oneof(
    badLinks,
    nastyText,
    links.map((l) => `${l} javascript:alert(1)`),
  ),
  notes: nastyText,
};

/** Anything of the wrong type: numbers, booleans, null, arrays, objects. */
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);

const mutation = fc.tuple(
  fc.constantFrom(...FIELDS),
  fc.oneof(
    { weight: 3, arbitrary: fc.constant('unusual' as const) },
    { weight: 2, arbitrary: fc.constant('wrongType' as const) },
    { weight: 1, arbitrary: fc.constant('missing' as const) },
  ),
);

/** A submission: a usual one, with up to three fields made unusual, of the wrong type or missing, plus extra keys. */
const payload = fc
  .tuple(
    fc.record(usual),
    fc.array(mutation, { maxLength: 3 }),
    fc.record(unusual),
    fc.array(wrongType, { minLength: 3, maxLength: 3 }),
    fc.dictionary(
      fc.string({ maxLength: 12 }).filter((key) => !(FIELDS as readonly string[]).includes(key)),
      fc.jsonValue(),
      { maxKeys: 3 },
    ),
  )
  .map(([base, mutations, odd, wrong, extra]) => {
    const fields: Record<string, unknown> = { ...base };
    mutations.forEach(([field, how], i) => {
      fields[field] = how === 'unusual' ? odd[field] : how === 'wrongType' ? wrong[i] : MISSING;
    });
    const out: Record<string, unknown> = { ...extra };
    for (const [key, value] of Object.entries(fields)) if (value !== MISSING) out[key] = value;
    return out;
  });

/** Submits and checks the answer against the schema and the log; returns whether a row was written. */
function submitAndCheck(app: Addon, input: unknown, lang: 'th' | 'en'): void {
  const tab = TABS[lang].log;
  const rowsBefore = app.sheet(tab).getLastRow();
  const transported = asTransported(input);
  const expected = cleaned(transported, lang);
  let answer = app.call<SubmitAnswer>('submitMission', input);
  expect(answer).toBeInstanceOf(Object);
  if (!answer.ok && answer.likelyDuplicateOf !== undefined) {
    // A mission like one saved before: nothing written, the row named; saved once the person confirms.
    expect(expected).toBeDefined();
    expectLikeRow(app, answer.likelyDuplicateOf, expected!, lang);
    expect(app.sheet(tab).getLastRow()).toBe(rowsBefore);
    answer = app.call<SubmitAnswer>('submitMission', { ...(transported as object), confirmDuplicate: true });
  }
  if (!answer.ok) {
    expect(expected).toBeUndefined();
    expectShowableRejection(answer.errors);
    expect(app.sheet(tab).getLastRow()).toBe(rowsBefore);
    return;
  }
  expect(expected).toBeDefined();
  const mission = expected!;
  // What the schema keeps is what a row may hold: required text present, no control character, within limits.
  expect(mission.title).not.toBe('');
  expect(mission.counterpart).not.toBe('');
  for (const field of TEXT_FIELDS) {
    expect(mission[field]).not.toMatch(field === 'notes' ? CONTROL_IN_NOTES : CONTROL_IN_LINE);
    expect(mission[field].length).toBeLessThanOrEqual(field === 'notes' ? LIMITS.notes : LIMITS.line);
  }
  expect(Number.isInteger(answer.count)).toBe(true);
  expect(answer.count).toBeGreaterThanOrEqual(0);
  expect(answer.count).toBeLessThan(app.sheet(tab).getLastRow());
  expect(Number.isFinite(answer.points)).toBe(true);
  if (answer.duplicate) {
    expect(app.sheet(tab).getLastRow()).toBe(rowsBefore);
    return;
  }
  expect(answer.row).toBe(rowsBefore + 1);
  expect(app.sheet(tab).getLastRow()).toBe(rowsBefore + 1);
  expectSoundRow(app, answer.row, mission, answer.id, lang);
}

describe('submitMission given random payloads through google.script.run', () => {
  describe('with any JSON value at all', () => {
    it('answers { ok: false, errors } naming a field or the form, and writes nothing', () => {
      const app = setUp('en');
      fc.assert(
        fc.property(fc.jsonValue(), (input) => submitAndCheck(app, input, 'en')),
        { numRuns: 60 },
      );
      expectEveryRowInShape(app, 'en');
    });
  });

  describe('with fields valid, hostile, of the wrong type, missing or extra', () => {
    it.each(['th', 'en'] as const)(
      'either writes one sound row of exactly the cleaned text, or rejects naming the fields (%s)',
      (lang) => {
        const app = setUp(lang);
        fc.assert(
          fc.property(payload, (input) => submitAndCheck(app, input, lang)),
          { numRuns: 110 },
        );
        expectEveryRowInShape(app, lang);
        expect(app.sheet(TABS[lang].log).getLastRow()).toBeGreaterThan(20); // a fair share was accepted
      },
    );
  });

  describe('retried after lost responses', () => {
    it('writes one row per id however often and in whatever order the same missions are sent again', () => {
      const app = setUp('th');
      let run = 0;
      fc.assert(
        fc.property(fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 8 }), (sends) => {
          run += 1;
          const tab = TABS.th.log;
          const start = app.sheet(tab).getLastRow();
          const firstRow = new Map<number, number>();
          for (const which of sends) {
            const id = `run${run}-mission-${which}`;
            const answer = app.call<SubmitAnswer>('submitMission', {
              date: '2025-01-15',
              kind: 'speech',
              title: `Mission ${which}`,
              counterpart: `Paris ${run}-${which}`,
              status: 'done',
              id,
            });
            if (!answer.ok) throw new Error(`rejected: ${JSON.stringify(answer.errors)}`);
            const first = firstRow.get(which);
            expect(answer.duplicate).toBe(first !== undefined);
            if (first === undefined) firstRow.set(which, answer.row);
            else expect(answer.row).toBe(first);
            expect(answer.id).toBe(id);
          }
          expect(app.sheet(tab).getLastRow()).toBe(start + new Set(sends).size);
        }),
        { numRuns: 25 },
      );
    });
  });
});

describe('submitMission, on what these properties found', () => {
  // Regression: a required field of control characters alone passed the check and was stored blank.
  it('rejects a title or counterpart that is only control characters, and writes nothing', () => {
    const app = setUp('en');
    const answer = app.call<SubmitAnswer>('submitMission', {
      date: '2025-01-15',
      kind: 'speech',
      title: '\u0000\u0001',
      counterpart: '\u007f',
      status: 'done',
    });
    expect(answer).toEqual({
      ok: false,
      errors: { title: 'Title is required', counterpart: 'Counterpart is required' },
    });
    expect(app.sheet(TABS.en.log).getLastRow()).toBe(1);
  });

  it('rejects a title of zero-width characters alone, which would look blank in the log', () => {
    const app = setUp('en');
    const answer = app.call<SubmitAnswer>('submitMission', {
      date: '2025-01-15',
      kind: 'speech',
      title: '\u200b\u200b',
      counterpart: ' \ufeff ',
      status: 'done',
    });
    expect(answer).toEqual({
      ok: false,
      errors: { title: 'Title is required', counterpart: 'Counterpart is required' },
    });
    expect(app.sheet(TABS.en.log).getLastRow()).toBe(1);
  });

  // Regression: '0050-01-15' was written as 15 Jan 1950 (Sheets' two-digit years), and a B.E. year from 2943
  // gave a C.E. year from 2400, which a date cell reads back as B.E. (2400-01-01 counted as 1857).
  it.each(['0050-01-15', '1899-12-31', '2400-01-01', '2943-01-01', '9999-12-31'])(
    'rejects the date %s, which no date cell keeps as the day meant',
    (date) => {
      const app = setUp('en');
      const answer = app.call<SubmitAnswer>('submitMission', {
        date,
        kind: 'speech',
        title: 'T',
        counterpart: 'C',
        status: 'done',
      });
      expect(answer).toEqual({
        ok: false,
        errors: { date: 'The date must fall between the years 1900 and 2399 (B.E. 2443 to 2942)' },
      });
    },
  );

  it.each([
    ['1900-01-01', { year: 1900, month: 1, day: 1 }],
    ['2399-12-31', { year: 2399, month: 12, day: 31 }],
    ['2942-12-31', { year: 2399, month: 12, day: 31 }],
    ['2443-01-01', { year: 1900, month: 1, day: 1 }],
  ])(
    'keeps the date %s as that day (saved on the day after it, a done mission being in the past)',
    (date, day) => {
      const app = setUp('en');
      app.emu.setTime(Date.UTC(day.year, day.month - 1, day.day + 1, 5));
      const input = { date, kind: 'speech', title: 'T', counterpart: 'C', status: 'done' };
      const answer = app.call<SubmitAnswer>('submitMission', input);
      if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
      const mission = cleaned(input, 'en', calendarDateAt(app.emu.now()))!;
      expect(mission.date).toEqual(day);
      expectSoundRow(app, answer.row, mission, answer.id, 'en');
    },
  );
});
