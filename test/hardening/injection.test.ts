// Injection corpora: formulas, hostile links and HTML typed into the form stay inert text in the log, summary and sidebar.
import { formMessage } from '../../src/client/formMessages';
import { message } from '../../src/core/i18n/messages';
import { validateMission } from '../../src/core/log/mission';
import { FakeDocument } from '../client/fakeDom';
import { openSidebar } from './sidebar';
import {
  type Addon,
  expectSoundRow,
  FORMULA_TEXTS,
  HTML_TEXTS,
  type SubmitAnswer,
  setUp,
  submission,
  TABS,
  TEXT_FIELDS,
  TODAY,
} from './support';

/**
 * A submission with `text` in every text field. Texts that differ only in white space trim to one mission
 * entered twice (a likely duplicate), which the person has confirmed: injection is what is tested here.
 */
const everywhere = (text: string, extra: Record<string, unknown> = {}) =>
  submission({
    ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, text])),
    confirmDuplicate: true,
    ...extra,
  });

/** The line of a counted mission in the summary's list: its title, Thai date, …, and its row last. */
function countedLine(app: Addon, tab: string, row: number): unknown[] | undefined {
  return app.values(tab).find((cells) => cells[7] === row && /^\d{1,2} \S+ \d{4}$/.test(String(cells[1])));
}

/** The summary's formulas: only the layout's own (its functions, TODAY() and references), none built from user text. */
function summaryFormulas(app: Addon, tab: string): string[] {
  return app.sheet(tab).getDataRange().getFormulas().flat().filter(Boolean);
}
const LAYOUT_FORMULA = /^=(KR_[A-Z_]+\('[^']+'!A1:[A-Z]+, |TODAY\(\)$|IF\(|A\d+$)/;

describe('text that looks like a formula, typed in every text field', () => {
  const app = setUp('th');
  const stored: { text: string; row: number; title: string }[] = [];

  it.each(FORMULA_TEXTS)('is stored as text and read back as typed (trimmed): %j', (text) => {
    const input = everywhere(text);
    const answer = app.call<SubmitAnswer>('submitMission', input);
    if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
    const checked = validateMission(input, 'th', TODAY);
    if (!checked.ok) throw new Error('the schema rejects what the server took');
    const mission = checked.mission;
    // Only surrounding white space (the tab, the line breaks) is trimmed; the rest is exactly the text typed.
    for (const field of TEXT_FIELDS)
      expect(mission[field]).toBe(field === 'notes' ? text.trim() : text.replace(/\s+/g, ' ').trim());
    expectSoundRow(app, answer.row, mission, answer.id, 'th');
    const cells = app.sheet(TABS.th.log).getRange(answer.row, 4, 1, 5);
    expect(cells.getFormulas()[0]).toEqual(['', '', '', '', '']);
    expect(cells.getDisplayValues()[0]![0]).toBe(mission.title);
    stored.push({ text, row: answer.row, title: mission.title });
  });

  it('is shown as that text in the summary, whose formulas are the layout’s own, whatever the log holds', () => {
    app.menu('buildSummary');
    const summary = app.values(TABS.th.summary);
    for (const { row, title } of stored) {
      const line = countedLine(app, TABS.th.summary, row);
      expect(line).toBeDefined();
      expect(line![0]).toBe(title);
      expect(line![3]).toBe(title); // the counterpart
    }
    // The very formulas of a summary built over an empty log: none comes from what was typed.
    const empty = setUp('th');
    empty.menu('buildSummary');
    expect(summaryFormulas(app, TABS.th.summary)).toEqual(summaryFormulas(empty, TABS.th.summary));
    expect(summaryFormulas(app, TABS.th.summary).filter((formula) => !LAYOUT_FORMULA.test(formula))).toEqual(
      [],
    );
    expect(summary.flat().filter((cell) => cell === '#ERROR!' || cell === '#REF!')).toEqual([]);
  });

  it('does not change the count: each of them counted once', () => {
    const count = app.values(TABS.th.summary).find((cells) => String(cells[0]).startsWith('จำนวนภารกิจ'))![1];
    expect(count).toBe(stored.length);
  });
});

describe('evidence that is not an http(s) link', () => {
  const app = setUp('en');
  const EVIL = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'jAvAsCrIpT:alert(document.cookie)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'http:/x',
    'https://',
    'http://',
    'https:///path-without-host',
    '//evil.example/x',
    'file:///etc/passwd',
    '=HYPERLINK("http://evil.example","click")',
    'https://ok.example/a javascript:alert(1)',
    'https://ok.example/a,data:text/html,x',
  ];

  it.each(EVIL)('is rejected with the evidence error alone, and nothing is written: %j', (evidence) => {
    const before = app.sheet(TABS.en.log).getLastRow();
    const answer = app.call<SubmitAnswer>('submitMission', submission({ evidence }));
    expect(answer).toEqual({ ok: false, errors: { evidence: message('en', 'field.evidence') } });
    expect(app.sheet(TABS.en.log).getLastRow()).toBe(before);
  });

  it.each([
    'https://example.org/photos?id=1&x==2',
    'http://example.org/=cmd|calc',
    'https://example.org/a\nhttps://example.org/b',
  ])('is accepted when every link is http(s), and stored as text: %j', (evidence) => {
    const answer = app.call<SubmitAnswer>(
      'submitMission',
      submission({ title: `With ${evidence}`, evidence }),
    );
    if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
    const cell = app.sheet(TABS.en.log).getRange(answer.row, 15);
    expect(cell.getValue()).toBe(evidence);
    expect(cell.getFormula()).toBe('');
  });
});

describe('HTML and script typed in every text field', () => {
  const app = setUp('th');

  it.each(HTML_TEXTS)('is read back as that text from the log and the summary: %j', (html) => {
    app.menu('buildSummary');
    const answer = app.call<SubmitAnswer>('submitMission', everywhere(html));
    if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
    const checked = validateMission(everywhere(html), 'th', TODAY);
    if (!checked.ok) throw new Error('the schema rejects what the server took');
    expectSoundRow(app, answer.row, checked.mission, answer.id, 'th');
    // The live summary lists the mission at once, as text.
    const line = countedLine(app, TABS.th.summary, answer.row);
    expect(line?.[0]).toBe(html);
    expect(line?.[3]).toBe(html);
    expect(summaryFormulas(app, TABS.th.summary).filter((formula) => !LAYOUT_FORMULA.test(formula))).toEqual(
      [],
    );
  });

  describe('in the sidebar, saved through the real server', () => {
    it('would be caught: the fake DOM records any HTML written', () => {
      const doc = new FakeDocument('<p id="result-title"></p>');
      doc.getElementById('result-title')!.innerHTML = HTML_TEXTS[0]!;
      doc.write('<b>x</b>');
      expect(doc.htmlWrites.map((write) => write.via)).toEqual(['innerHTML', 'document.write']);
    });

    it.each(HTML_TEXTS)(
      'is shown as text in the result panel, and no HTML is ever written: %j',
      async (html) => {
        const sidebar = await openSidebar(app);
        sidebar.fill({
          date: '2025-01-15',
          kind: 'speech',
          title: html,
          counterpart: html,
          country: html,
          place: html,
          lead: html,
          notes: html,
        });
        await sidebar.submit();
        expect(sidebar.calls).toEqual(['getFormConfig', 'submitMission']);
        expect(sidebar.el('result').hidden).toBe(false);
        expect(sidebar.el('result-title').textContent).toBe(html);
        expect(sidebar.el('result-title').children).toEqual([]);
        expect(sidebar.el('result-message').textContent).toMatch(/^บันทึกภารกิจแล้ว \(แถว \d+\)$/);
        expect(sidebar.el('error-form').textContent).toBe('');
        expect(sidebar.doc.htmlWrites).toEqual([]);
        const log = app.values(TABS.th.log);
        expect(log.at(-1)![3]).toBe(html);
      },
    );

    it('shows a KR name of HTML from the Settings tab as text above the form', async () => {
      const settings = app.sheet(TABS.th.settings);
      const row = settings
        .getDataRange()
        .getValues()
        .findIndex((cells) => cells[0] === 'ชื่อ KR');
      settings.getRange(row + 1, 2).setValue(`'${HTML_TEXTS[0]}`);
      const sidebar = await openSidebar(app);
      const year = formMessage('th', 'form.context', { fiscalYear: 2568, target: '10' });
      expect(sidebar.el('context').textContent).toBe(`${HTML_TEXTS[0]} · ${year}`);
      expect(sidebar.doc.htmlWrites).toEqual([]);
      app.menu('buildSummary');
      expect(app.values(TABS.th.summary)[0]![0]).toBe(HTML_TEXTS[0]);
      // The title is the value KR_TITLE returns: the formula reads Settings, it does not hold the name.
      expect(app.sheet(TABS.th.summary).getRange('A1').getFormula()).toMatch(/^=KR_TITLE\('ตั้งค่า'!A1:B, /);
    });

    it('shows the server’s “busy” answer as text at the form, keeping the HTML typed in the fields', async () => {
      const sidebar = await openSidebar(app, 'en');
      // Past the client's own check (it trims and sends the same schema), only the server can object: busy.
      app.emu.lock.busy = true;
      sidebar.fill({
        date: '2025-01-15',
        kind: 'speech',
        title: HTML_TEXTS[1]!,
        counterpart: HTML_TEXTS[2]!,
      });
      await sidebar.submit();
      app.emu.lock.busy = false;
      expect(sidebar.el('error-form').textContent).toBe(message('th', 'submit.busy'));
      expect(sidebar.el('field-title').value).toBe(HTML_TEXTS[1]);
      expect(sidebar.el('field-counterpart').value).toBe(HTML_TEXTS[2]);
      expect(sidebar.doc.htmlWrites).toEqual([]);
    });
  });
});
