// build/Sidebar.html as HtmlService serves it: one self-contained page, and its script driving the form.
import vm from 'node:vm';
import { CONTROL_IDS, errorId, FORM_FIELDS } from '../../src/client/form';
import type { FormConfig, SubmitReply } from '../../src/client/server';
import { calendarDateAt } from '../../src/core/dates/calendar';
import { typeableDate } from '../../src/core/dates/thaiDate';
import type { MissionInput } from '../../src/core/log/mission';
import { COLUMNS, KINDS, STATUSES, STEP_KEYS } from '../../src/core/log/vocabulary';
import { answeredBy, fakeScriptRun, runSidebarScript, sidebarPage } from '../support/sidebarPage';
import { FakeDocument, type FakeElement } from './fakeDom';

const BUDGET = 80 * 1024; // BUDGETS['Sidebar.html'] in scripts/build.mjs

const { html, script, markup } = sidebarPage();

describe('build/Sidebar.html', () => {
  it(`stays within its budget of ${BUDGET / 1024} KB`, () => {
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(BUDGET);
  });

  it('is self-contained: no external script, style sheet, image or frame', () => {
    expect(markup).not.toMatch(/\s(src|href|srcset|action)\s*=/i);
    expect(markup).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(script.length).toBeGreaterThan(1000);
  });

  it('has one inline script that no `</script` inside it can end early, and it parses', () => {
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(() => new vm.Script(script)).not.toThrow();
  });

  it('never writes HTML from script: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('has a label for every control, with the ids browser tests find', () => {
    for (const id of CONTROL_IDS) {
      expect(markup).toMatch(new RegExp(`<label for="${id}"`));
      expect(markup).toMatch(new RegExp(`<(input|select|textarea)\\b[^>]*\\sid="${id}"`));
    }
    // Typed as text (B.E. 1/12/2569); the browser's calendar beside it only picks.
    expect(markup).toMatch(/<input type="text" id="field-date" name="date" inputmode="numeric"/);
    expect(markup).toMatch(/<input type="date" id="pick-date"/);
    expect(markup).toMatch(/<select id="field-kind"/);
    expect(markup).toMatch(/<select id="field-status"/);
    for (const step of STEP_KEYS)
      expect(markup).toMatch(new RegExp(`<input type="checkbox" id="field-${step}"`));
  });

  it('has the form, the button, the status region, the result panel and an error place per field', () => {
    expect(markup).toMatch(/<form id="mission-form"/);
    expect(markup).toMatch(/<button type="submit" id="submit"/);
    expect(markup).toMatch(/id="status"[^>]*role="status"[^>]*aria-live="polite"/);
    expect(markup).toMatch(/id="result"/);
    for (const target of [...FORM_FIELDS, 'form' as const])
      expect(markup).toContain(`id="${errorId(target)}"`);
  });
});

/** The form's configuration as getFormConfig() returns it (plain JSON). */
function formConfig(lang: 'th' | 'en'): FormConfig {
  return {
    lang,
    kinds: KINDS.map((kind) => ({ key: kind.key, label: kind[lang] })),
    statuses: STATUSES.map((status) => ({ key: status.key, label: status[lang] })),
    labels: Object.fromEntries(COLUMNS.map((column) => [column.key, column[lang]])) as FormConfig['labels'],
    problems: [],
    fiscalYear: 2568,
    fiscalYearStart: '2024-10-01',
    fiscalYearEnd: '2025-09-30',
    today: '2025-01-15',
    target: 10,
    ladder: [{ threshold: 2, points: 1 }],
    method: 'step',
    krName: 'Protocol missions',
  };
}

type ServerFunction = (...args: unknown[]) => unknown;

/** Runs the page's script against the fake DOM and a google.script.run whose answers the test sets. */
function openSidebar(lang: 'th' | 'en', functions: Record<string, ServerFunction>) {
  const doc = new FakeDocument(markup);
  const calls: { name: string; args: unknown[] }[] = [];
  runSidebarScript(script, doc, lang, fakeScriptRun(answeredBy(functions, calls)));
  const el = (id: string) => doc.getElementById(id) as FakeElement;
  return { doc, calls, el };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function fill(el: (id: string) => FakeElement, values: Record<string, string>) {
  for (const [field, value] of Object.entries(values)) el(`field-${field}`).value = value;
}

function success(input: MissionInput): SubmitReply {
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
  };
}

describe('the sidebar page, run against a fake DOM', () => {
  it('labels every field with its mission-log column header and fills the lists', async () => {
    const { doc, el } = openSidebar('th', { getFormConfig: () => formConfig('th') });
    expect(el('mission-form').hidden).toBe(true);
    expect(el('status').textContent).toBe('กำลังเปิดแบบฟอร์ม…');
    await settle();
    expect(el('mission-form').hidden).toBe(false);
    expect(doc.documentElement.lang).toBe('th');
    for (const column of COLUMNS.filter((c) => CONTROL_IDS.includes(`field-${c.key}`))) {
      expect(doc.querySelector(`label[for="field-${column.key}"]`)!.textContent).toBe(column.th);
    }
    expect(el('submit').textContent).toBe('บันทึก');
    expect(el('field-kind').children.map((option) => option.value)).toEqual(['', ...KINDS.map((k) => k.key)]);
    expect(el('field-status').children.map((option) => option.textContent)).toEqual(
      STATUSES.map((s) => s.th),
    );
    expect(el('field-date').value).toBe('15/1/2568');
    expect(el('field-status').value).toBe('done');
    expect(el('field-title').getAttribute('aria-required')).toBe('true');
    expect(el('field-country').getAttribute('aria-required')).toBeNull();
  });

  it('speaks English to an English-locale user', async () => {
    const { el } = openSidebar('en', { getFormConfig: () => formConfig('en') });
    await settle();
    expect(el('submit').textContent).toBe('Save');
    expect(el('context').textContent).toBe('Protocol missions · Fiscal year 2568 · target 10 missions');
  });

  it('shows the client check errors beside their fields, focuses the first, and sends nothing', async () => {
    const { doc, calls, el } = openSidebar('en', { getFormConfig: () => formConfig('en') });
    await settle();
    fill(el, { kind: 'speech', title: '<img src=x onerror=alert(1)>', evidence: 'javascript:alert(1)' });
    el('mission-form').dispatch('submit');
    await settle();
    expect(calls.map((call) => call.name)).toEqual(['getFormConfig']);
    expect(el('error-counterpart').textContent).toBe('Counterpart is required');
    expect(el('field-counterpart').getAttribute('aria-invalid')).toBe('true');
    expect(el('field-counterpart').getAttribute('aria-describedby')).toBe('error-counterpart');
    expect(el('field-evidence').getAttribute('aria-describedby')).toBe('hint-evidence error-evidence');
    expect(doc.activeElement).toBe(el('field-counterpart'));
    expect(el('status').textContent).toBe('Not saved yet: 2 to correct, marked below');
    expect(el('field-title').value).toBe('<img src=x onerror=alert(1)>');

    el('field-counterpart').value = 'City of Paris';
    el('mission-form').dispatch('input', el('field-counterpart'));
    expect(el('error-counterpart').textContent).toBe('');
    expect(el('field-counterpart').getAttribute('aria-invalid')).toBeNull();
    expect(el('error-evidence').textContent).not.toBe('');
  });

  it('keeps everything typed after a network error and retries with the same id', async () => {
    let attempt = 0;
    const { calls, el } = openSidebar('en', {
      getFormConfig: () => formConfig('en'),
      submitMission: (input) => {
        attempt += 1;
        if (attempt === 1) throw new Error('NetworkError: Connection failure due to HTTP 0');
        return success(input as MissionInput);
      },
    });
    await settle();
    fill(el, { kind: 'courtesy_call', title: ' Courtesy call ', counterpart: 'City of Paris', notes: 'n' });
    el('field-step2').checked = true;

    el('mission-form').dispatch('submit');
    expect(el('submit').disabled).toBe(true);
    expect(el('status').textContent).toBe('Saving…');
    await settle();
    expect(el('submit').disabled).toBe(false);
    expect(el('error-form').textContent).toBe(
      'Could not save: NetworkError: Connection failure due to HTTP 0. What you typed is kept.',
    );
    expect(el('field-title').value).toBe(' Courtesy call ');
    expect(el('field-step2').checked).toBe(true);
    expect(el('field-kind').value).toBe('courtesy_call');

    el('mission-form').dispatch('submit');
    await settle();
    const sent = calls
      .filter((call) => call.name === 'submitMission')
      .map((call) => call.args[0] as MissionInput);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[0]).toMatchObject({ title: 'Courtesy call', steps: [false, true, false, false, false] });
    expect(sent[0]!.id).toMatch(/^[0-9a-f-]{36}$/);

    expect(el('result').hidden).toBe(false);
    expect(el('result-title').textContent).toBe('Courtesy call');
    expect(el('result-message').textContent).toBe('Mission recorded (row 8)');
    expect(el('result-progress').textContent).toBe('7 / 10 missions · 3 / 5 points');
    expect(el('error-form').textContent).toBe('');
    expect(el('field-title').value).toBe('');
    expect(el('field-kind').value).toBe('');
    expect(el('field-step2').checked).toBe(false);
    // After a save the date is today in Bangkok by the computer's clock, not the day the sidebar opened.
    expect(el('field-date').value).toBe(typeableDate(calendarDateAt(new Date()), 'en'));
    expect(el('field-status').value).toBe('done');

    fill(el, { kind: 'speech', title: 'Next', counterpart: 'Tokyo' });
    el('mission-form').dispatch('submit');
    await settle();
    const third = calls.filter((call) => call.name === 'submitMission')[2]!.args[0] as MissionInput;
    expect(third.id).not.toBe(sent[0]!.id);
  });

  it('opens with the focus in the first field, and shows the chosen day and a long kind in full under their fields', async () => {
    const { doc, el } = openSidebar('th', { getFormConfig: () => formConfig('th') });
    await settle();
    expect(doc.activeElement?.id).toBe('field-date');
    el('field-date').value = '2026-12-01';
    el('mission-form').dispatch('change', el('field-date'));
    expect(el('hint-date').textContent).toBe('1 ธ.ค. 2569');
    el('field-kind').value = 'reception';
    el('mission-form').dispatch('change', el('field-kind'));
    expect(el('hint-kind').textContent).toBe('การต้อนรับผู้นำเมือง/คณะผู้แทนต่างประเทศ');
    el('field-kind').value = 'speech';
    el('mission-form').dispatch('change', el('field-kind'));
    expect(el('hint-kind').textContent).toBe('');
  });

  it('takes the date typed in B.E. as a Thai user writes it, picked from the calendar, or stepped with the arrows, and sends it as ISO', async () => {
    const { calls, el } = openSidebar('th', { getFormConfig: () => formConfig('th') });
    await settle();
    el('field-date').value = '';
    el('mission-form').dispatch('input', el('field-date'));
    const example = typeableDate(calendarDateAt(new Date()), 'th');
    expect(el('hint-date').textContent).toBe(`พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น ${example} หรือเลือกจากปฏิทิน`);
    expect(el('pick-date').getAttribute('title')).toBe('เลือกวันที่จากปฏิทิน');

    el('field-date').value = '20/11/2569';
    el('mission-form').dispatch('input', el('field-date'));
    expect(el('hint-date').textContent).toBe('20 พ.ย. 2569');
    // The calendar opens on the day typed.
    expect(el('pick-date').value).toBe('2026-11-20');
    const up = el('field-date').dispatch('keydown', el('field-date'), { key: 'ArrowUp' });
    expect(up.defaultPrevented).toBe(true);
    expect(el('field-date').value).toBe('21/11/2569');
    el('field-date').dispatch('keydown', el('field-date'), { key: 'ArrowDown' });
    el('field-date').dispatch('keydown', el('field-date'), { key: 'ArrowDown' });
    expect(el('field-date').value).toBe('19/11/2569');
    expect(el('hint-date').textContent).toBe('19 พ.ย. 2569');

    el('pick-date').value = '2026-11-05';
    el('pick-date').dispatch('change');
    expect(el('field-date').value).toBe('5/11/2569');
    expect(el('hint-date').textContent).toBe('5 พ.ย. 2569');

    fill(el, { kind: 'speech', title: 'Speech', counterpart: 'Tokyo' });
    el('mission-form').dispatch('submit');
    await settle();
    const sent = calls.find((call) => call.name === 'submitMission')!.args[0] as MissionInput;
    expect(sent.date).toBe('2026-11-05');
  });

  it('keeps a date it cannot read as typed and says which format to type', async () => {
    const { calls, el } = openSidebar('th', { getFormConfig: () => formConfig('th') });
    await settle();
    fill(el, { kind: 'speech', title: 'Speech', counterpart: 'Tokyo' });
    el('field-date').value = '5/11/69';
    el('mission-form').dispatch('input', el('field-date'));
    expect(el('hint-date').textContent).toMatch(/^พิมพ์ วัน\/เดือน\/ปี พ\.ศ\./);
    el('mission-form').dispatch('submit');
    await settle();
    expect(calls.map((call) => call.name)).toEqual(['getFormConfig']);
    expect(el('error-date').textContent).toBe('กรุณาใส่วันที่ที่มีอยู่จริง ในรูปแบบ วัน/เดือน/ปี พ.ศ. 4 หลัก เช่น 15/1/2568');
    expect(el('field-date').value).toBe('5/11/69');
  });

  it('says a title is too long as it is typed, keeping every character', async () => {
    const { calls, el } = openSidebar('en', { getFormConfig: () => formConfig('en') });
    await settle();
    const long = 'x'.repeat(201);
    el('field-title').value = long;
    el('mission-form').dispatch('input', el('field-title'));
    expect(el('error-title').textContent).toBe('Title is longer than 200 characters');
    expect(el('field-title').value).toBe(long);
    el('field-title').value = long.slice(1);
    el('mission-form').dispatch('input', el('field-title'));
    expect(el('error-title').textContent).toBe('');
    expect(calls.map((call) => call.name)).toEqual(['getFormConfig']);
  });

  it('takes away the card of the mission saved before when the next one fails', async () => {
    let attempt = 0;
    const { el } = openSidebar('en', {
      getFormConfig: () => formConfig('en'),
      submitMission: (input) => {
        attempt += 1;
        if (attempt === 2) return { ok: false, errors: { form: 'Someone else is saving right now.' } };
        return success(input as MissionInput);
      },
    });
    await settle();
    fill(el, { kind: 'speech', title: 'First', counterpart: 'Tokyo' });
    el('mission-form').dispatch('submit');
    await settle();
    expect(el('result').hidden).toBe(false);
    fill(el, { kind: 'speech', title: 'Second', counterpart: 'Osaka' });
    el('mission-form').dispatch('submit');
    await settle();
    expect(el('error-form').textContent).toBe('Someone else is saving right now.');
    expect(el('result').hidden).toBe(true);
  });

  it('shows the server errors: a field one beside its field, busy at the form', async () => {
    const replies: SubmitReply[] = [
      { ok: false, errors: { title: 'Title is longer than 200 characters' } },
      { ok: false, errors: { form: 'Someone else is saving right now.' } },
    ];
    const { doc, el } = openSidebar('en', {
      getFormConfig: () => formConfig('en'),
      submitMission: () => replies.shift(),
    });
    await settle();
    fill(el, { kind: 'speech', title: 'T', counterpart: 'C' });
    el('mission-form').dispatch('submit');
    await settle();
    expect(el('error-title').textContent).toBe('Title is longer than 200 characters');
    expect(doc.activeElement).toBe(el('field-title'));
    el('mission-form').dispatch('submit');
    await settle();
    expect(el('error-title').textContent).toBe('');
    expect(el('error-form').textContent).toBe('Someone else is saving right now.');
    expect(el('status').textContent).toBe('Someone else is saving right now.');
    expect(doc.activeElement).toBe(el('submit'));
    expect(el('field-title').value).toBe('T');
  });

  it('says when the form cannot be loaded, and tries again on request', async () => {
    let fail = true;
    const { el } = openSidebar('en', {
      getFormConfig: () => {
        if (fail) throw new Error('Exception: You do not have permission');
        return formConfig('en');
      },
    });
    await settle();
    expect(el('status').textContent).toBe('Could not open the form: Exception: You do not have permission');
    expect(el('mission-form').hidden).toBe(true);
    fail = false;
    el('retry').click();
    await settle();
    expect(el('mission-form').hidden).toBe(false);
    expect(el('retry')).toBeNull();
  });
});
