// The mission schema shared by the sidebar and the server: what it accepts, cleans and rejects, per field.
import { validateMission } from '../../src/core/log/mission';

/** Today for the calendar checks: every date below is in the past. */
const TODAY = { year: 2026, month: 12, day: 1 };

const valid = {
  date: '2025-01-15',
  kind: 'courtesy_call',
  title: 'Courtesy call by the Mayor of Paris',
  counterpart: 'City of Paris',
  status: 'done',
};

describe('a submitted mission', () => {
  it('is accepted with its required fields and given the defaults of the others', () => {
    const result = validateMission(valid, 'en', TODAY);
    expect(result).toEqual({
      ok: true,
      mission: {
        id: undefined,
        date: { year: 2025, month: 1, day: 15 },
        kind: 'courtesy_call',
        title: 'Courtesy call by the Mayor of Paris',
        counterpart: 'City of Paris',
        country: '',
        place: '',
        lead: '',
        status: 'done',
        steps: [false, false, false, false, false],
        evidence: '',
        notes: '',
        confirmDuplicate: false,
      },
    });
  });

  it('keeps formula-looking text as text: the writer, not the schema, decides how it is stored', () => {
    for (const title of ['=1+1', '+SUM(A1)', '@x', '-2', '=IMPORTXML("http://x","//a")']) {
      const result = validateMission({ ...valid, title }, 'en', TODAY);
      expect(result.ok && result.mission.title).toBe(title);
    }
  });

  it('cleans white space and control characters, keeping line breaks in notes', () => {
    const result = validateMission(
      { ...valid, title: '  Reception \u0007 of\tthe delegation ', notes: 'line one\r\nline two\u0000' },
      'en',
      TODAY,
    );
    expect(result.ok && result.mission.title).toBe('Reception of the delegation');
    expect(result.ok && result.mission.notes).toBe('line one\nline two');
  });

  it('takes a date typed with a B.E. year as that day C.E.', () => {
    const result = validateMission({ ...valid, date: '2568-01-15' }, 'en', TODAY);
    expect(result.ok && result.mission.date).toEqual({ year: 2025, month: 1, day: 15 });
  });

  it('accepts several http(s) evidence links, one a line', () => {
    const result = validateMission(
      { ...valid, evidence: 'https://a.example/1, http://b.example/2' },
      'en',
      TODAY,
    );
    expect(result.ok && result.mission.evidence).toBe('https://a.example/1\nhttp://b.example/2');
  });

  describe('evidence typed as in a browser’s address bar', () => {
    const evidence = (text: string) => validateMission({ ...valid, evidence: text }, 'th', TODAY);

    it('takes an address without its scheme as https, as a browser would open it', () => {
      const result = evidence('www.bangkok.go.th/news/123 bangkok.go.th, https://example.org/a');
      expect(result.ok && result.mission.evidence).toBe(
        'https://www.bangkok.go.th/news/123\nhttps://bangkok.go.th\nhttps://example.org/a',
      );
    });

    it('still refuses another scheme and a word that is no address', () => {
      for (const text of [
        'ftp://files.example.org',
        'javascript:alert(1)',
        'mailto:a@b.org',
        'photos',
        'a.b',
      ]) {
        const result = evidence(text);
        expect([text, result.ok]).toEqual([text, false]);
      }
    });
  });

  describe('is rejected field by field', () => {
    it.each([
      [
        'date',
        { date: '2025-02-30' },
        'Enter a real date as day/month/year with a four-digit year, such as 15/1/2025 (a B.E. year such as 2568 works too)',
      ],
      [
        'date',
        { date: '15/1/68' },
        'Enter a real date as day/month/year with a four-digit year, such as 15/1/2025 (a B.E. year such as 2568 works too)',
      ],
      [
        'date',
        { date: '15 ม.ค. 68' },
        'Enter a real date as day/month/year with a four-digit year, such as 15/1/2025 (a B.E. year such as 2568 works too)',
      ],
      [
        'date',
        { date: '0015-01-15' },
        'The date must fall between the years 1900 and 2399 (B.E. 2443 to 2942)',
      ],
      [
        'date',
        { date: '2400-01-15' },
        'The date must fall between the years 1900 and 2399 (B.E. 2443 to 2942)',
      ],
      ['kind', { kind: 'party' }, 'Choose a kind from the list'],
      ['title', { title: '   ' }, 'Title is required'],
      ['title', { title: 'x'.repeat(201) }, 'Title is longer than 200 characters'],
      ['counterpart', { counterpart: undefined }, 'Counterpart is required'],
      ['status', { status: 'finished' }, 'Choose a status from the list'],
      ['steps', { steps: [true, false] }, 'The steps must be five checkboxes'],
      [
        'evidence',
        { evidence: 'javascript:alert(1)' },
        'Evidence must be a link starting with http:// or https://',
      ],
      [
        'evidence',
        { evidence: 'data:text/html,x' },
        'Evidence must be a link starting with http:// or https://',
      ],
      [
        'evidence',
        { evidence: 'https://ok.example vbscript:x' },
        'Evidence must be a link starting with http:// or https://',
      ],
      ['id', { id: '<script>' }, 'The mission ID is not valid'],
      ['title', { title: 42 }, 'Title must be text'],
    ])('%s: %p', (field, change, text) => {
      const result = validateMission({ ...valid, ...change }, 'en', TODAY);
      expect(result).toEqual({ ok: false, errors: { [field]: text } });
    });

    it('in Thai for a Thai user', () => {
      const result = validateMission({ ...valid, title: '', evidence: 'ftp://x' }, 'th', TODAY);
      expect(result).toEqual({
        ok: false,
        errors: {
          title: 'กรุณากรอกชื่อภารกิจ',
          evidence: 'หลักฐานต้องเป็นลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://',
        },
      });
    });

    it.each([null, 'a string', 42, [valid]])('and what is not a form at all (%p) says so', (input) => {
      expect(validateMission(input, 'en', TODAY)).toEqual({
        ok: false,
        errors: { form: 'What was sent is not a mission form' },
      });
    });
  });

  it.each([
    ['15/1/2568', { year: 2025, month: 1, day: 15 }],
    ['15/01/2025', { year: 2025, month: 1, day: 15 }],
    ['15 ม.ค. 2568', { year: 2025, month: 1, day: 15 }],
    ['๑๕/๑/๒๕๖๘', { year: 2025, month: 1, day: 15 }],
    ['2568-01-15', { year: 2025, month: 1, day: 15 }],
  ])(
    'takes the date typed as %p, as the log would read it, where a browser has no date picker',
    (date, day) => {
      const result = validateMission({ ...valid, date }, 'en', TODAY);
      expect(result.ok && result.mission.date).toEqual(day);
    },
  );

  it('says in Thai exactly what to type when the year has two digits', () => {
    expect(validateMission({ ...valid, date: '15/1/68' }, 'th', TODAY)).toEqual({
      ok: false,
      errors: { date: 'กรุณาใส่วันที่ที่มีอยู่จริง ในรูปแบบ วัน/เดือน/ปี พ.ศ. 4 หลัก เช่น 15/1/2568' },
    });
  });

  describe('is held to the calendar: today is 1 Dec 2026', () => {
    it('refuses a done mission dated after today, suggesting planned, in English and Thai', () => {
      const input = { ...valid, date: '2027-01-15', status: 'done' };
      expect(validateMission(input, 'en', TODAY)).toEqual({
        ok: false,
        errors: {
          date: 'A mission that is done cannot be dated after today (1 Dec 2026); if it is still to come, choose the status Planned',
        },
      });
      expect(validateMission(input, 'th', TODAY)).toEqual({
        ok: false,
        errors: {
          date: 'ภารกิจที่ดำเนินการแล้วลงวันที่หลังวันนี้ (1 ธ.ค. 2569) ไม่ได้ หากยังไม่ได้จัด ให้เลือกสถานะ วางแผน',
        },
      });
    });

    it('takes a done mission dated today and a planned one dated next month', () => {
      expect(validateMission({ ...valid, date: '2026-12-01' }, 'en', TODAY).ok).toBe(true);
      expect(validateMission({ ...valid, date: '2027-01-15', status: 'planned' }, 'en', TODAY).ok).toBe(true);
    });

    it.each([
      ['2030-06-01', 'planned'],
      ['2099-01-01', 'planned'],
      ['2027-12-02', 'cancelled'],
    ])('refuses %s (%s): more than a year ahead, whatever the status', (date, status) => {
      expect(validateMission({ ...valid, date, status }, 'en', TODAY)).toEqual({
        ok: false,
        errors: { date: 'The date must be no more than a year from today (by 1 Dec 2027)' },
      });
    });

    it('takes a planned mission exactly a year ahead, and counts a year from 29 February as 28 February', () => {
      expect(validateMission({ ...valid, date: '2027-12-01', status: 'planned' }, 'en', TODAY).ok).toBe(true);
      const leap = { year: 2028, month: 2, day: 29 };
      expect(validateMission({ ...valid, date: '2029-02-28', status: 'planned' }, 'en', leap).ok).toBe(true);
      expect(validateMission({ ...valid, date: '2029-03-01', status: 'planned' }, 'en', leap).ok).toBe(false);
    });
  });

  describe('text that shows nothing', () => {
    it.each([
      ['bidi embeddings and overrides', '\u202a\u202b\u202c\u202d\u202e'],
      ['bidi isolates', '\u2066\u2067\u2068\u2069'],
      ['the Hangul filler', '\u3164\u3164'],
      ['the blank Braille pattern', '\u2800'],
      ['a soft hyphen', '\u00ad'],
      ['a variation selector', '\ufe0f'],
      ['tag characters', '\u{e0041}\u{e0042}'],
      ['zero widths and white space', ' \u200b\u200d\u2060 \u00a0'],
    ])('is no title: %s alone', (_, title) => {
      expect(validateMission({ ...valid, title }, 'en', TODAY)).toEqual({
        ok: false,
        errors: { title: 'Title is required' },
      });
      expect(validateMission({ ...valid, counterpart: title }, 'th', TODAY)).toEqual({
        ok: false,
        errors: { counterpart: 'กรุณากรอกเมือง/องค์กรต่างประเทศ' },
      });
    });

    it('loses its bidi controls inside a single-line field, so what is stored reads as it shows', () => {
      const result = validateMission(
        { ...valid, title: 'Reception \u202eof the\u202c delegation', place: '\u2067City Hall\u2069' },
        'en',
        TODAY,
      );
      expect(result.ok && result.mission.title).toBe('Reception of the delegation');
      expect(result.ok && result.mission.place).toBe('City Hall');
    });

    it('replaces a lone surrogate with U+FFFD and keeps a pair (an emoji) whole', () => {
      const result = validateMission(
        { ...valid, title: 'Visit \ud83d of Tokyo \ud83c\uddef\ud83c\uddf5', notes: 'x\udc00y' },
        'en',
        TODAY,
      );
      expect(result.ok && result.mission.title).toBe('Visit \ufffd of Tokyo \ud83c\uddef\ud83c\uddf5');
      expect(result.ok && result.mission.notes).toBe('x\ufffdy');
    });
  });
});
