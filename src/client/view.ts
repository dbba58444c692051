// The mission form's DOM: fills the page of sidebar.html with text, reads it, shows errors and results. Text only, never HTML.

import {
  type CalendarDate,
  calendarDateAt,
  dateOfDayNumber,
  dayNumber,
  toIsoDate,
} from '../core/dates/calendar';
import { formatDate, parseDateText, typeableDate } from '../core/dates/thaiDate';
import { type Lang, type MessageKey, message } from '../core/i18n/messages';
import { LIMITS } from '../core/log/mission';
import { STEP_KEYS } from '../core/log/vocabulary';
import {
  controlIds,
  type ErrorTarget,
  errorId,
  FORM_FIELDS,
  type FormField,
  type FormValues,
  firstControlInError,
  formatNumber,
  progressText,
  REQUIRED_FIELDS,
  type ShownError,
} from './form';
import { type FormKey, formMessage } from './formMessages';
import type { ConflictLine } from './records';
import type { ChangeSuccess, FormConfig, SubmitSuccess } from './server';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** About the longest kind name the 300 px list shows whole. */
const KIND_FITS = 30;

/** The longest text each field takes (src/core/log/mission.ts), checked as the person types. */
const LENGTH_LIMITS: Partial<Record<FormField, number>> = {
  title: LIMITS.line,
  counterpart: LIMITS.line,
  country: LIMITS.line,
  place: LIMITS.line,
  lead: LIMITS.line,
  evidence: LIMITS.evidence,
  notes: LIMITS.notes,
};

/** A readable day as ISO `2026-12-01`; anything else as typed, for the check to name and the field to keep. */
function isoOrAsTyped(text: string): string {
  const day = parseDateText(text);
  return day ? toIsoDate(day) : text;
}

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`Sidebar.html has no #${id}`);
  return element as T;
}

/** What a save answers that the result box shows: a new mission's or a correction's. */
type SavedFigures = Pick<
  ChangeSuccess,
  'count' | 'target' | 'points' | 'maxPoints' | 'fiscalYear' | 'message'
>;

/** The page of the mission form, found by the stable ids of sidebar.html. */
export class SidebarView {
  readonly form: HTMLFormElement;
  private readonly fields: HTMLFieldSetElement;
  private readonly submitButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly context: HTMLElement;
  private readonly result: HTMLElement;
  private retryButton: HTMLButtonElement | undefined;
  private saveAnywayButton: HTMLButtonElement | undefined;
  private lang: Lang;
  private krName = '';
  private kinds: FormConfig['kinds'] = [];
  private undoHandler: (() => void) | undefined;
  private rebaseHandler: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    lang: Lang,
  ) {
    this.lang = lang;
    this.form = byId(doc, 'mission-form');
    this.fields = byId(doc, 'fields');
    this.submitButton = byId(doc, 'submit');
    this.status = byId(doc, 'status');
    this.context = byId(doc, 'context');
    this.result = byId(doc, 'result');
    // One listener each, calling whatever the last save or conflict offered.
    byId(doc, 'undo').addEventListener('click', () => this.undoHandler?.());
    byId(doc, 'conflict-rebase').addEventListener('click', () => this.rebaseHandler?.());
  }

  private say(key: FormKey | MessageKey, params?: Record<string, string | number>): string {
    return key.startsWith('form.')
      ? formMessage(this.lang, key as FormKey, params)
      : message(this.lang, key as MessageKey, params);
  }

  control<T extends Control = Control>(id: string): T {
    return byId<T>(this.doc, id);
  }

  private setLanguage(lang: Lang): void {
    this.lang = lang;
    this.doc.documentElement.lang = lang;
    this.doc.title = this.say('sidebar.title');
  }

  showLoading(): void {
    this.setLanguage(this.lang);
    this.status.textContent = this.say('form.loading');
  }

  /** The form could not be loaded: say why and offer to try again. */
  showLoadFailure(detail: string, retry: () => void): void {
    this.status.textContent = this.say('form.loadFailed', { error: detail });
    if (!this.retryButton) {
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.id = 'retry';
      button.addEventListener('click', () => {
        button.remove();
        this.retryButton = undefined;
        retry();
      });
      this.status.after(button);
      this.retryButton = button;
    }
    this.retryButton.textContent = this.say('form.retry');
  }

  /** Writes every text of the form in the user's language, fills the lists and shows an empty form. */
  render(config: FormConfig): void {
    this.setLanguage(config.lang);
    this.krName = config.krName;
    this.showContext(config.fiscalYear, config.target);
    this.showProblems(config.problems);
    byId(this.doc, 'required-note').textContent = this.say('form.requiredNote');
    for (const field of FORM_FIELDS) {
      if (field !== 'steps') this.labelOf(`field-${field}`).textContent = config.labels[field];
    }
    STEP_KEYS.forEach((step, i) => {
      this.labelOf(`field-${step}`).textContent = config.labels[step];
      byId(this.doc, `hint-${step}`).textContent = this.say(`form.step${i + 1}` as FormKey);
    });
    byId(this.doc, 'legend-steps').textContent = this.say('form.steps');
    this.control('pick-date').setAttribute('title', message(this.lang, 'field.datePick'));
    byId(this.doc, 'hint-evidence').textContent = this.say('form.evidenceHint');
    byId(this.doc, 'result-heading').textContent = this.say('form.lastSaved');
    this.fillOptions('field-kind', [{ key: '', label: this.say('form.choose') }, ...config.kinds]);
    this.fillOptions('field-status', config.statuses);
    for (const field of REQUIRED_FIELDS) this.markRequired(field);
    this.submitButton.textContent = this.say('form.save');
    this.clearErrors();
    this.status.textContent = '';
    this.form.hidden = false;
    this.kinds = config.kinds;
    // Ready to type: the first field has the focus, not the page.
    this.control('field-date').focus();
  }

  /**
   * Under the date field, the day typed as people read it (1 ธ.ค. 2569); while it is no date yet, how to type
   * one. The calendar beside it opens on the same day.
   */
  showDateHint(): void {
    const day = parseDateText(this.control('field-date').value);
    byId(this.doc, 'hint-date').textContent = day
      ? formatDate(day, this.lang)
      : message(this.lang, 'field.dateHint', {
          example: typeableDate(calendarDateAt(new Date()), this.lang),
        });
    this.control('pick-date').value = day ? toIsoDate(day) : '';
  }

  /** The day chosen in the calendar, written in the field as the person would type it. */
  takePickedDate(): void {
    const day = parseDateText(this.control('pick-date').value);
    if (day) this.writeDate(day);
  }

  /** Up and down arrows in the date field: the day before or after, as a date input does. */
  stepDate(event: KeyboardEvent): void {
    const step = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    const day = step ? parseDateText(this.control('field-date').value) : undefined;
    if (!day) return;
    event.preventDefault();
    this.writeDate(dateOfDayNumber(dayNumber(day) + step));
  }

  /** A day put in the date field for the person (picked or stepped): as they would type it, its hint, no error. */
  private writeDate(day: CalendarDate): void {
    this.control('field-date').value = typeableDate(day, this.lang);
    this.clearError('date');
    this.showDateHint();
  }

  /** A kind's whole name under its list when the 300 px list cuts it. */
  showKindHint(): void {
    const key = this.control('field-kind').value;
    const label = this.kinds.find((kind) => kind.key === key)?.label ?? '';
    byId(this.doc, 'hint-kind').textContent = label.length > KIND_FITS ? label : '';
  }

  /** Says as soon as a text runs over its limit, with the message the save would give. */
  checkLength(field: FormField, labels: FormConfig['labels']): void {
    const max = LENGTH_LIMITS[field];
    if (max === undefined) return;
    const length = this.control(`field-${field}`).value.trim().length;
    if (length > max)
      this.setError(field, this.say('field.tooLong', { label: labels[field as 'title'], max }));
  }

  /** What is wrong in the spreadsheet (Settings, a second log), as a list above the form; nothing when all is well. */
  private showProblems(problems: readonly string[]): void {
    const box = byId(this.doc, 'problems');
    box.hidden = problems.length === 0;
    byId(this.doc, 'problems-heading').textContent = this.say('form.problems');
    byId(this.doc, 'problems-list').replaceChildren(
      ...problems.map((problem) => {
        const item = this.doc.createElement('li');
        item.textContent = problem;
        return item;
      }),
    );
  }

  /** The KR name, the fiscal year and its target, above the form. */
  private showContext(fiscalYear: number, target: number): void {
    const year = this.say('form.context', { fiscalYear, target: formatNumber(target) });
    this.context.textContent = this.krName.trim() ? `${this.krName.trim()} · ${year}` : year;
  }

  private labelOf(controlId: string): HTMLLabelElement {
    const label = this.doc.querySelector<HTMLLabelElement>(`label[for="${controlId}"]`);
    if (!label) throw new Error(`Sidebar.html has no label for #${controlId}`);
    return label;
  }

  private fillOptions(id: string, options: readonly { key: string; label: string }[]): void {
    const select = this.control<HTMLSelectElement>(id);
    select.replaceChildren(
      ...options.map(({ key, label }) => {
        const option = this.doc.createElement('option');
        option.value = key;
        option.textContent = label;
        return option;
      }),
    );
  }

  private markRequired(field: FormField): void {
    for (const id of controlIds(field)) this.control(id).setAttribute('aria-required', 'true');
    const label = this.labelOf(controlIds(field)[0]!);
    if (label.nextElementSibling?.classList.contains('required')) return;
    // Outside the label, so the label's text stays the column header; aria-required tells screen readers.
    const star = this.doc.createElement('span');
    star.className = 'required';
    star.setAttribute('aria-hidden', 'true');
    star.textContent = '*';
    label.after(star);
  }

  readValues(): FormValues {
    const value = (field: FormField) => this.control(`field-${field}`).value;
    return {
      date: isoOrAsTyped(value('date')),
      kind: value('kind'),
      title: value('title'),
      counterpart: value('counterpart'),
      country: value('country'),
      place: value('place'),
      lead: value('lead'),
      status: value('status'),
      steps: controlIds('steps').map((id) => this.control<HTMLInputElement>(id).checked),
      evidence: value('evidence'),
      notes: value('notes'),
    };
  }

  writeValues(values: FormValues): void {
    this.writeControls(values);
    this.showDateHint();
    this.showKindHint();
  }

  private writeControls(values: FormValues): void {
    for (const field of FORM_FIELDS) {
      if (field === 'steps') {
        controlIds('steps').forEach((id, i) => {
          this.control<HTMLInputElement>(id).checked = values.steps[i] === true;
        });
      } else if (field === 'date') {
        // The form's values carry ISO days (what submitMission takes); the field shows them as typed, 1/12/2569.
        const day = parseDateText(values.date);
        this.control('field-date').value = day ? typeableDate(day, this.lang) : values.date;
      } else {
        this.control(`field-${field}`).value = values[field];
      }
    }
  }

  /** While a mission is on its way: the button and the fields are disabled and the status says so. */
  setSending(sending: boolean): void {
    this.submitButton.disabled = sending;
    this.fields.disabled = sending;
    this.form.setAttribute('aria-busy', String(sending));
    if (sending) this.status.textContent = this.say('form.saving');
  }

  /**
   * Every error beside its field (aria-invalid, aria-describedby), a summary in the status, focus on the first.
   * With `saveAnyway` (the mission looks like another row), a button beside the form's error saves it all the same.
   */
  showErrors(shown: readonly ShownError[], saveAnyway?: () => void): void {
    this.clearErrors();
    // The card of the mission saved before is not about this one: it goes, so the error stands alone.
    this.result.hidden = true;
    for (const error of shown) this.setError(error.target, error.message);
    const inFields = shown.filter((error) => error.target !== 'form').length;
    const formError = shown.find((error) => error.target === 'form');
    this.status.textContent =
      inFields > 0 ? this.say('form.invalid', { count: inFields }) : (formError?.message ?? '');
    if (saveAnyway) {
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.id = 'save-anyway';
      button.className = 'action secondary';
      button.textContent = this.say('form.saveAnyway');
      button.addEventListener('click', () => {
        this.removeSaveAnyway();
        saveAnyway();
      });
      byId(this.doc, errorId('form')).after(button);
      this.saveAnywayButton = button;
      button.focus();
      return;
    }
    const first = firstControlInError(shown);
    (first ? this.control(first) : this.submitButton).focus();
  }

  private removeSaveAnyway(): void {
    this.saveAnywayButton?.remove();
    this.saveAnywayButton = undefined;
  }

  private setError(target: ErrorTarget, text: string): void {
    byId(this.doc, errorId(target)).textContent = text;
    if (target === 'form') return;
    for (const id of controlIds(target)) {
      const control = this.control(id);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', this.describedBy(id, errorId(target)));
    }
  }

  /** Removes the error of one field, as soon as the user changes it. */
  clearError(target: ErrorTarget): void {
    byId(this.doc, errorId(target)).textContent = '';
    if (target === 'form') return;
    for (const id of controlIds(target)) {
      const control = this.control(id);
      control.removeAttribute('aria-invalid');
      const hints = this.describedBy(id);
      if (hints) control.setAttribute('aria-describedby', hints);
      else control.removeAttribute('aria-describedby');
    }
  }

  clearErrors(): void {
    for (const field of FORM_FIELDS) this.clearError(field);
    this.clearError('form');
    this.removeSaveAnyway();
  }

  /** The hint of a control (evidence, each step) followed by its error, if any. */
  private describedBy(controlId: string, error?: string): string {
    const hint = controlId.replace(/^field-/, 'hint-');
    return [this.doc.getElementById(hint) ? hint : undefined, error].filter(Boolean).join(' ');
  }

  /** The field an event happened in, for clearing its error as the user corrects it. */
  fieldOf(target: EventTarget | null): FormField | undefined {
    const id = (target as HTMLElement | null)?.id ?? '';
    return FORM_FIELDS.find((field) => controlIds(field).includes(id));
  }

  /** The two views, as tabs: the form and the list of missions. */
  showTabs(): void {
    byId(this.doc, 'tab-new').textContent = this.say('form.tabNew');
    byId(this.doc, 'tab-list').textContent = this.say('form.tabList');
    byId(this.doc, 'tab-list').hidden = false;
    byId(this.doc, 'tabs').hidden = false;
    byId(this.doc, 'edit-cancel').textContent = this.say('form.stopEditing');
    byId(this.doc, 'conflict-heading').textContent = this.say('form.changedMeanwhile');
    byId(this.doc, 'conflict-rebase').textContent = this.say('form.rebase');
    byId(this.doc, 'undo').textContent = this.say('form.undo');
  }

  selectTab(tab: 'new' | 'list'): void {
    byId(this.doc, 'tab-new').setAttribute('aria-selected', String(tab === 'new'));
    byId(this.doc, 'tab-list').setAttribute('aria-selected', String(tab === 'list'));
    this.form.hidden = tab !== 'new';
    byId(this.doc, 'list-panel').hidden = tab !== 'list';
  }

  /** The form for a new mission, or for the mission of a row being corrected (a banner says which). */
  setEditing(row: number | undefined): void {
    byId(this.doc, 'edit-banner').hidden = row === undefined;
    byId(this.doc, 'edit-heading').textContent = row === undefined ? '' : this.say('form.editing', { row });
    byId(this.doc, 'tab-new').textContent = this.say(row === undefined ? 'form.tabNew' : 'form.edit');
    this.submitButton.textContent = this.say(row === undefined ? 'form.save' : 'form.saveChanges');
    this.hideConflict();
  }

  /** What someone else changed since the row was opened, and the offer to keep one's changes on top of it. */
  showConflict(lines: readonly ConflictLine[], labels: FormConfig['labels'], rebase: () => void): void {
    const box = byId(this.doc, 'conflict');
    byId(this.doc, 'conflict-list').replaceChildren(
      ...lines.map((line) => {
        const item = this.doc.createElement('li');
        const field = line.field === 'steps' ? this.say('form.steps') : labels[line.field];
        item.textContent = this.say('form.changeLine', { field, opened: line.opened, now: line.now });
        return item;
      }),
    );
    this.rebaseHandler = rebase;
    box.hidden = false;
  }

  hideConflict(): void {
    byId(this.doc, 'conflict').hidden = true;
  }

  /** A correction saved: what it was, the server's words and the count and points; Undo while it can be undone. */
  showChanged(title: string, result: SavedFigures, undo?: () => void): void {
    this.showResult(title, result);
    this.offerUndo(undo);
  }

  /** What was saved, the server's words, and the count and points it leaves, above the form and in the status. */
  private showResult(title: string, result: SavedFigures): void {
    this.clearErrors();
    byId(this.doc, 'result-title').textContent = title;
    byId(this.doc, 'result-message').textContent = result.message;
    const progress = progressText(result, this.lang);
    byId(this.doc, 'result-progress').textContent = progress;
    this.showContext(result.fiscalYear, result.target);
    this.result.hidden = false;
    this.status.textContent = `${result.message} · ${progress}`;
  }

  /** The Undo button of the last save, or none. */
  offerUndo(undo?: () => void): void {
    byId(this.doc, 'undo').hidden = undo === undefined;
    this.undoHandler = undo;
  }

  focusFirstField(): void {
    this.control('field-date').focus();
  }

  /** A message in the status line (read out by screen readers). */
  announce(text: string): void {
    this.status.textContent = text;
  }

  /** What was recorded, with the new count and points; then an empty form for the next mission. */
  showSaved(title: string, result: SubmitSuccess, next: FormValues): void {
    this.showResult(title, result);
    this.offerUndo();
    this.writeValues(next);
    this.control('field-date').focus();
  }
}
