// The mission form without its DOM: what it sends, where errors show, and how one mission keeps its id.

import {
  blankValues,
  CONTROL_IDS,
  createSubmitter,
  errorDetail,
  errorsToShow,
  type FormValues,
  failureMessage,
  firstControlInError,
  formatNumber,
  missionInputOf,
  progressText,
} from '../../src/client/form';
import { ServerUnavailableError, type SubmitReply, type SubmitSuccess } from '../../src/client/server';
import type { MissionInput } from '../../src/core/log/mission';

/** Today for the form's calendar checks: the missions below are dated before it. */
const TODAY = { year: 2026, month: 12, day: 1 };

const typed: FormValues = {
  ...blankValues('2025-01-15'),
  kind: 'courtesy_call',
  title: '  Courtesy call by the Mayor of Paris ',
  counterpart: 'City of Paris\t',
  country: ' France ',
  steps: [true, false, true, false, false],
  evidence: '\nhttps://example.org/a https://example.org/b\n',
  notes: '  line one\nline two  ',
};

function success(input: MissionInput, extra: Partial<SubmitSuccess> = {}): SubmitSuccess {
  return {
    ok: true,
    id: input.id!,
    row: 8,
    count: 7,
    points: 3,
    target: 10,
    maxPoints: 5,
    fiscalYear: 2568,
    counts: true,
    duplicate: false,
    message: 'Mission recorded (row 8)',
    ...extra,
  };
}

function ids(...list: string[]) {
  let next = 0;
  return () => list[next++] ?? `id-${next}`;
}

describe('the mission form', () => {
  describe('reading what was typed', () => {
    it('trims every text, keeps inner line breaks, sends the id and exactly five steps', () => {
      expect(missionInputOf(typed, 'mission-id-1')).toEqual({
        id: 'mission-id-1',
        date: '2025-01-15',
        kind: 'courtesy_call',
        title: 'Courtesy call by the Mayor of Paris',
        counterpart: 'City of Paris',
        country: 'France',
        place: '',
        lead: '',
        status: 'done',
        steps: [true, false, true, false, false],
        evidence: 'https://example.org/a https://example.org/b',
        notes: 'line one\nline two',
      });
    });

    it('turns missing or extra checkboxes into five booleans', () => {
      expect(missionInputOf({ ...typed, steps: [true] }, 'x').steps).toEqual([
        true,
        false,
        false,
        false,
        false,
      ]);
      expect(missionInputOf({ ...typed, steps: Array(7).fill(true) }, 'x').steps).toEqual(
        Array(5).fill(true),
      );
    });

    it('starts empty with today and status done', () => {
      const blank = blankValues('2025-02-01');
      expect(blank.date).toBe('2025-02-01');
      expect(blank.status).toBe('done');
      expect(blank.kind).toBe('');
      expect(blank.steps).toEqual([false, false, false, false, false]);
    });

    it('has one control id per field, the steps as five checkboxes', () => {
      expect(CONTROL_IDS).toEqual([
        'field-date',
        'field-kind',
        'field-title',
        'field-counterpart',
        'field-country',
        'field-place',
        'field-lead',
        'field-status',
        'field-step1',
        'field-step2',
        'field-step3',
        'field-step4',
        'field-step5',
        'field-evidence',
        'field-notes',
      ]);
    });
  });

  describe('showing errors', () => {
    it('lists field errors in the order of the form, whatever order they came in', () => {
      const shown = errorsToShow({ notes: 'n', title: 't', date: 'd' });
      expect(shown.map((error) => error.target)).toEqual(['date', 'title', 'notes']);
    });

    it('shows form-level errors, the id and unknown keys at the form, the form one first', () => {
      expect(errorsToShow({ id: 'bad id', form: 'busy', title: 't' })).toEqual([
        { target: 'title', message: 't' },
        { target: 'form', message: 'busy bad id' },
      ]);
      expect(errorsToShow({ surprise: 'odd' })).toEqual([{ target: 'form', message: 'odd' }]);
    });

    it('moves focus to the first field in error, the first checkbox for the steps, none for a form error', () => {
      expect(firstControlInError(errorsToShow({ evidence: 'e', counterpart: 'c' }))).toBe(
        'field-counterpart',
      );
      expect(firstControlInError(errorsToShow({ steps: 's' }))).toBe('field-step1');
      expect(firstControlInError(errorsToShow({ form: 'busy' }))).toBeUndefined();
    });

    it('says a failed call kept what was typed, in Thai and English', () => {
      expect(failureMessage(new Error('NetworkError: Connection failure due to HTTP 0.'), 'en')).toBe(
        'Could not save: NetworkError: Connection failure due to HTTP 0. What you typed is kept.',
      );
      expect(failureMessage(new Error('timeout'), 'th')).toBe('บันทึกไม่สำเร็จ: timeout ข้อมูลที่กรอกไว้ยังอยู่ครบ');
    });

    it('names the cause of odd failures: no google.script.run, a string, nothing at all', () => {
      expect(errorDetail(new ServerUnavailableError(), 'en')).toMatch(/open the form from Extensions/);
      expect(errorDetail('Exception: boom', 'en')).toBe('Exception: boom');
      expect(errorDetail({ message: 'from another realm' }, 'en')).toBe('from another realm');
      expect(errorDetail(undefined, 'en')).toBe('an unknown error');
      expect(errorDetail(new Error(''), 'th')).toBe('เกิดข้อผิดพลาดที่ไม่ทราบสาเหตุ');
    });
  });

  describe('after a mission is recorded', () => {
    it('shows the count and the points against the target and the maximum', () => {
      const result = success({ ...missionInputOf(typed, 'abcdefgh') });
      expect(progressText(result, 'en')).toBe('7 / 10 missions · 3 / 5 points');
      expect(progressText({ ...result, count: 9, points: 4.5 }, 'th')).toBe('9 / 10 ครั้ง · 4.5 / 5 คะแนน');
    });

    it('rounds linear points to two decimals', () => {
      expect(formatNumber(10 / 3)).toBe('3.33');
      expect(formatNumber(4)).toBe('4');
    });
  });

  describe('a submission', () => {
    it('sends a valid mission once with its id, then makes a new id for the next one', async () => {
      const send = jest.fn(async (input: MissionInput): Promise<SubmitReply> => success(input));
      const submitter = createSubmitter({
        lang: 'en',
        today: () => TODAY,
        send,
        newId: ids('first-mission', 'second-mission'),
      });
      expect(submitter.id).toBe('first-mission');
      const outcome = await submitter.submit(typed);
      expect(send).toHaveBeenCalledTimes(1);
      expect(send.mock.calls[0]![0]).toEqual(missionInputOf(typed, 'first-mission'));
      expect(outcome).toMatchObject({ ok: true, input: { title: 'Courtesy call by the Mayor of Paris' } });
      expect(submitter.id).toBe('second-mission');
    });

    it('checks with the shared schema first and sends nothing that fails it', async () => {
      const send = jest.fn();
      const submitter = createSubmitter({
        lang: 'en',
        today: () => TODAY,
        send,
        newId: ids('first-mission'),
      });
      const outcome = await submitter.submit({
        ...typed,
        title: '   ',
        kind: '',
        evidence: 'ftp://x',
      });
      expect(send).not.toHaveBeenCalled();
      expect(outcome).toMatchObject({
        ok: false,
        errors: [
          { target: 'kind', message: 'Choose a kind from the list' },
          { target: 'title', message: 'Title is required' },
          { target: 'evidence', message: 'Evidence must be a link starting with http:// or https://' },
        ],
      });
      expect(submitter.id).toBe('first-mission');
    });

    it('speaks the user language in its checks', async () => {
      const submitter = createSubmitter({
        lang: 'th',
        today: () => TODAY,
        send: jest.fn(),
        newId: ids('first-mission'),
      });
      const outcome = await submitter.submit({ ...typed, counterpart: '' });
      expect(outcome).toMatchObject({
        ok: false,
        errors: [{ target: 'counterpart', message: 'กรุณากรอกเมือง/องค์กรต่างประเทศ' }],
      });
    });

    it('retries with the same id after a network error, and keeps what was typed', async () => {
      const send = jest
        .fn<Promise<SubmitReply>, [MissionInput]>()
        .mockRejectedValueOnce(new Error('NetworkError: Connection failure due to HTTP 0'))
        .mockImplementationOnce(async (input) => success(input));
      const submitter = createSubmitter({
        lang: 'en',
        today: () => TODAY,
        send,
        newId: ids('first-mission', 'second-mission'),
      });
      const failed = await submitter.submit(typed);
      expect(failed).toMatchObject({ ok: false, errors: [{ target: 'form' }] });
      expect(failed!.input).toEqual(missionInputOf(typed, 'first-mission'));
      expect(submitter.id).toBe('first-mission');
      await submitter.submit(typed);
      expect(send.mock.calls.map(([input]) => input.id)).toEqual(['first-mission', 'first-mission']);
      expect(submitter.id).toBe('second-mission');
    });

    it('keeps the id when the server refuses (busy, or its own checks)', async () => {
      const send = jest.fn(
        async (): Promise<SubmitReply> => ({ ok: false, errors: { form: 'busy, try again' } }),
      );
      const submitter = createSubmitter({
        lang: 'en',
        today: () => TODAY,
        send,
        newId: ids('first-mission', 'second-mission'),
      });
      expect(await submitter.submit(typed)).toMatchObject({
        ok: false,
        errors: [{ target: 'form', message: 'busy, try again' }],
      });
      expect(submitter.id).toBe('first-mission');
    });

    it('ignores a second submit while the first is on its way, and says when it is busy', async () => {
      let answer: (reply: SubmitReply) => void = () => undefined;
      const send = jest.fn(() => new Promise<SubmitReply>((resolve) => (answer = resolve)));
      const busy: boolean[] = [];
      const submitter = createSubmitter({
        lang: 'en',
        today: () => TODAY,
        send,
        newId: ids('first-mission', 'second-mission'),
        onBusy: (state) => busy.push(state),
      });
      const first = submitter.submit(typed);
      expect(submitter.busy).toBe(true);
      expect(await submitter.submit(typed)).toBeUndefined();
      answer(success(missionInputOf(typed, 'first-mission')));
      expect(await first).toMatchObject({ ok: true });
      expect(send).toHaveBeenCalledTimes(1);
      expect(busy).toEqual([true, false]);
      expect(submitter.busy).toBe(false);
    });

    it('does not report busy for a mission that fails the checks (nothing is sent)', async () => {
      const busy: boolean[] = [];
      const submitter = createSubmitter({
        lang: 'en',
        today: () => TODAY,
        send: jest.fn(),
        newId: ids('first-mission'),
        onBusy: (state) => busy.push(state),
      });
      await submitter.submit({ ...typed, date: '2025-02-30' });
      expect(busy).toEqual([]);
    });

    it('treats a malformed answer as a failure, keeping the id', async () => {
      const send = jest.fn(async () => null as unknown as SubmitReply);
      const submitter = createSubmitter({
        lang: 'en',
        today: () => TODAY,
        send,
        newId: ids('first-mission', 'second-mission'),
      });
      expect(await submitter.submit(typed)).toMatchObject({ ok: false, errors: [{ target: 'form' }] });
      expect(submitter.id).toBe('first-mission');
    });
  });
});
