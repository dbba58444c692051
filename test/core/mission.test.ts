// The mission schema shared by the sidebar and the server: what it accepts, cleans and rejects, per field.
import { validateMission } from '../../src/core/mission';

const valid = {
  date: '2025-01-15',
  kind: 'courtesy_call',
  title: 'Courtesy call by the Mayor of Paris',
  counterpart: 'City of Paris',
  status: 'done',
};

describe('a submitted mission', () => {
  it('is accepted with its required fields and given the defaults of the others', () => {
    const result = validateMission(valid, 'en');
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
      },
    });
  });

  it('keeps formula-looking text as text: the writer, not the schema, decides how it is stored', () => {
    for (const title of ['=1+1', '+SUM(A1)', '@x', '-2', '=IMPORTXML("http://x","//a")']) {
      const result = validateMission({ ...valid, title }, 'en');
      expect(result.ok && result.mission.title).toBe(title);
    }
  });

  it('cleans white space and control characters, keeping line breaks in notes', () => {
    const result = validateMission(
      { ...valid, title: '  Reception \u0007 of\tthe delegation ', notes: 'line one\r\nline two\u0000' },
      'en',
    );
    expect(result.ok && result.mission.title).toBe('Reception of the delegation');
    expect(result.ok && result.mission.notes).toBe('line one\nline two');
  });

  it('takes a date typed with a B.E. year as that day C.E.', () => {
    const result = validateMission({ ...valid, date: '2568-01-15' }, 'en');
    expect(result.ok && result.mission.date).toEqual({ year: 2025, month: 1, day: 15 });
  });

  it('accepts several http(s) evidence links, one a line', () => {
    const result = validateMission({ ...valid, evidence: 'https://a.example/1, http://b.example/2' }, 'en');
    expect(result.ok && result.mission.evidence).toBe('https://a.example/1\nhttp://b.example/2');
  });

  describe('is rejected field by field', () => {
    it.each([
      ['date', { date: '2025-02-30' }, 'The date must be a real date written YYYY-MM-DD'],
      ['date', { date: '15/01/2025' }, 'The date must be a real date written YYYY-MM-DD'],
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
      const result = validateMission({ ...valid, ...change }, 'en');
      expect(result).toEqual({ ok: false, errors: { [field]: text } });
    });

    it('in Thai for a Thai user', () => {
      const result = validateMission({ ...valid, title: '', evidence: 'ftp://x' }, 'th');
      expect(result).toEqual({
        ok: false,
        errors: {
          title: 'กรุณากรอกชื่อภารกิจ',
          evidence: 'หลักฐานต้องเป็นลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://',
        },
      });
    });

    it.each([null, 'a string', 42, [valid]])('and what is not a form at all (%p) says so', (input) => {
      expect(validateMission(input, 'en')).toEqual({
        ok: false,
        errors: { form: 'What was sent is not a mission form' },
      });
    });
  });
});
