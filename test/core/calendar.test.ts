// Thai fiscal years in Bangkok time, the Buddhist era, and Thai dates read and written with our own month table.
import {
  calendarDateAt,
  currentFiscalYear,
  dateOfDayNumber,
  fiscalMonths,
  fiscalYearBE,
  fiscalYearOf,
  fiscalYearRange,
} from '../../src/core/dates/calendar';
import {
  formatThaiDate,
  parseDateText,
  policyTrackingMonth,
  readDateCell,
} from '../../src/core/dates/thaiDate';

/** An instant given as Bangkok wall-clock time. */
const bangkok = (iso: string) => new Date(`${iso}+07:00`);
const fyAt = (iso: string) => fiscalYearOf(calendarDateAt(bangkok(iso)));

describe('the fiscal year', () => {
  describe('at its boundaries in Bangkok time', () => {
    it('puts 30 September 2024 in FY 2567', () => expect(fyAt('2024-09-30T12:00:00')).toBe(2567));
    it('puts 1 October 2024 in FY 2568', () => expect(fyAt('2024-10-01T00:00:00')).toBe(2568));
    it('puts 30 September 2025 at 23:59 in FY 2568', () => expect(fyAt('2025-09-30T23:59:00')).toBe(2568));
    it('puts 1 October 2025 at 00:00 in FY 2569', () => expect(fyAt('2025-10-01T00:00:00')).toBe(2569));
    it('reads the instant in Bangkok, not in UTC: 30 Sep 2025 17:30 UTC is already 1 October', () => {
      expect(fiscalYearOf(calendarDateAt(new Date('2025-09-30T17:30:00Z')))).toBe(2569);
      expect(currentFiscalYear(new Date('2025-09-30T16:59:00Z'))).toBe(2568);
    });
  });

  it('runs FY 2568 from 1 October 2024 to 30 September 2025', () => {
    expect(fiscalYearRange(2568)).toEqual({
      start: { year: 2024, month: 10, day: 1 },
      end: { year: 2025, month: 9, day: 30 },
    });
  });

  it('lists its months October first', () => {
    const months = fiscalMonths(2568);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ year: 2024, month: 10 });
    expect(months[3]).toEqual({ year: 2025, month: 1 });
    expect(months[11]).toEqual({ year: 2025, month: 9 });
  });

  it('takes a year of 2400 or more as B.E. and below as C.E.', () => {
    expect(fiscalYearBE(2568)).toBe(2568);
    expect(fiscalYearBE(2025)).toBe(2568);
    expect(fiscalYearBE(2568.5)).toBeUndefined();
    expect(fiscalYearBE(68)).toBeUndefined();
  });
});

describe('Thai dates', () => {
  describe('written', () => {
    it('short: 1 ต.ค. 2567', () =>
      expect(formatThaiDate({ year: 2024, month: 10, day: 1 })).toBe('1 ต.ค. 2567'));
    it('long: 1 ตุลาคม 2567', () =>
      expect(formatThaiDate({ year: 2024, month: 10, day: 1 }, 'long')).toBe('1 ตุลาคม 2567'));
    it('as a Policy Tracking column: ต.ค.67', () => {
      expect(policyTrackingMonth(2024, 10)).toBe('ต.ค.67');
      expect(policyTrackingMonth(2025, 9)).toBe('ก.ย.68');
    });
  });

  describe('read from text', () => {
    const jan15 = { year: 2025, month: 1, day: 15 };
    it.each([
      ['2025-01-15', jan15],
      ['2568-01-15', jan15],
      ['15/1/2568', jan15],
      ['15/01/2025', jan15],
      ['15 ม.ค. 2568', jan15],
      ['15 มกราคม 2568', jan15],
      ['15 ม.ค.2568', jan15],
      ['15 มค 2568', jan15],
      ['  15 มกราคม พ.ศ. 2568 ', jan15],
      ['๑๕ ม.ค. ๒๕๖๘', jan15],
      ['29/2/2567', { year: 2024, month: 2, day: 29 }],
      ['1 ต.ค. 2567', { year: 2024, month: 10, day: 1 }],
    ])('reads %s', (text, date) => {
      expect(parseDateText(text)).toEqual(date);
    });

    it.each([
      '15-01-2025',
      '01/15/2025',
      '2025/01/15',
      'Jan 15, 2025',
      '15 Jan 2025',
      '31/4/2568',
      '29/2/2568',
      '2025-13-01',
      '15 ม.ค. 68',
      '15 มกรา 2568',
      'tomorrow',
      '45678',
    ])('rejects %s', (text) => {
      expect(parseDateText(text)).toBeUndefined();
    });
  });

  describe('read from a date cell', () => {
    it('reads a date cell in Bangkok time', () => {
      expect(readDateCell(bangkok('2025-01-15T00:00:00'))).toEqual({
        kind: 'date',
        date: { year: 2025, month: 1, day: 15 },
      });
    });
    it('reads a date cell typed in B.E. (year 2568) as 2025', () => {
      const typedInBE = bangkok('2568-01-15T00:00:00');
      expect(readDateCell(typedInBE)).toEqual({ kind: 'date', date: { year: 2025, month: 1, day: 15 } });
      const reading = readDateCell(typedInBE);
      expect(reading.kind === 'date' && fiscalYearOf(reading.date)).toBe(2568);
    });
    it('treats empty cells as blank and numbers or booleans as invalid', () => {
      expect(readDateCell('')).toEqual({ kind: 'blank' });
      expect(readDateCell('   ')).toEqual({ kind: 'blank' });
      expect(readDateCell(45678)).toEqual({ kind: 'invalid', text: '45678' });
      expect(readDateCell(true)).toEqual({ kind: 'invalid', text: 'true' });
      expect(readDateCell(new Date(Number.NaN)).kind).toBe('invalid');
    });
  });
});

describe('calendar arithmetic', () => {
  it('gives the same day as the JS Date for every day from 1900 to 2600', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2600, 11, 31) / 86_400_000;
    for (let days = first; days <= last; days++) {
      const date = new Date(days * 86_400_000);
      const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      const actual = dateOfDayNumber(days);
      if (actual.year !== expected.year || actual.month !== expected.month || actual.day !== expected.day) {
        expect(actual).toEqual(expected);
      }
    }
    expect(dateOfDayNumber(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(dateOfDayNumber(Date.UTC(2024, 1, 29) / 86_400_000)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
