// The mission form without its DOM: its fields and ids, what it sends, where each error goes, and one submission.
import type { CalendarDate } from '../core/dates/calendar';
import { type Lang, message } from '../core/i18n/messages';
import { type FieldErrors, MISSION_FIELDS, type MissionInput, validateMission } from '../core/log/mission';
import { STEP_KEYS } from '../core/log/vocabulary';
import { formMessage } from './formMessages';
import { ServerUnavailableError, type SubmitReply, type SubmitSuccess } from './server';

/** The form's fields in the order they appear: the order errors are read in and the first one gets focus. */
export const FORM_FIELDS = MISSION_FIELDS;

export type FormField = (typeof FORM_FIELDS)[number];
/** Where an error shows: a field, or the form as a whole (busy, network, an id the user cannot fix). */
export type ErrorTarget = FormField | 'form';

/** The fields the schema requires (src/core/log/mission.ts): marked with * and aria-required. */
export const REQUIRED_FIELDS: readonly FormField[] = ['date', 'kind', 'title', 'counterpart', 'status'];

export const STEP_COUNT = STEP_KEYS.length;

/** The ids of the controls of a field: one each, and the five checkboxes for the steps. */
export function controlIds(field: FormField): string[] {
  return field === 'steps' ? STEP_KEYS.map((step) => `field-${step}`) : [`field-${field}`];
}

/** Every control id of the form, in order (what browser tests and the build test look for). */
export const CONTROL_IDS: readonly string[] = FORM_FIELDS.flatMap(controlIds);

export function errorId(target: ErrorTarget): string {
  return `error-${target}`;
}

/** What the controls hold, as read from the page: text as typed, the five checkboxes as booleans. */
export interface FormValues {
  date: string;
  kind: string;
  title: string;
  counterpart: string;
  country: string;
  place: string;
  lead: string;
  status: string;
  steps: readonly boolean[];
  evidence: string;
  notes: string;
}

/** The values of an empty form: today's date, status done, nothing else. */
export function blankValues(today: string): FormValues {
  return {
    date: today,
    kind: '',
    title: '',
    counterpart: '',
    country: '',
    place: '',
    lead: '',
    status: 'done',
    steps: Array.from({ length: STEP_COUNT }, () => false),
    evidence: '',
    notes: '',
  };
}

/** The mission to send: text trimmed, exactly five steps, the mission's id. */
export function missionInputOf(values: FormValues, id: string): MissionInput {
  return {
    id,
    date: values.date.trim(),
    kind: values.kind.trim(),
    title: values.title.trim(),
    counterpart: values.counterpart.trim(),
    country: values.country.trim(),
    place: values.place.trim(),
    lead: values.lead.trim(),
    status: values.status.trim(),
    steps: Array.from({ length: STEP_COUNT }, (_, i) => values.steps[i] === true),
    evidence: values.evidence.trim(),
    notes: values.notes.trim(),
  };
}

export interface ShownError {
  target: ErrorTarget;
  message: string;
}

/**
 * The errors of a submission (the client's or the server's) in the order of the form, each where it shows:
 * a field's beside the field, anything else (`form`, the id, a key the form does not know) at the form.
 */
export function errorsToShow(errors: FieldErrors | Partial<Record<string, string>>): ShownError[] {
  const byField = errors as Partial<Record<string, string>>;
  const shown: ShownError[] = [];
  for (const field of FORM_FIELDS) {
    const text = byField[field];
    if (text) shown.push({ target: field, message: text });
  }
  const known: readonly string[] = FORM_FIELDS;
  const rest = Object.keys(byField)
    .filter((key) => !known.includes(key) && byField[key])
    .sort((a, b) => (a === 'form' ? -1 : b === 'form' ? 1 : 0))
    .map((key) => byField[key]!);
  if (rest.length > 0) shown.push({ target: 'form', message: [...new Set(rest)].join(' ') });
  return shown;
}

/** The id of the control that gets focus after a failed submission: the first field in error, else none. */
export function firstControlInError(shown: readonly ShownError[]): string | undefined {
  const first = shown.find((error) => error.target !== 'form');
  return first ? controlIds(first.target as FormField)[0] : undefined;
}

/** What went wrong when a call failed (a network error, an exception on the server), in the user's words. */
export function errorDetail(error: unknown, lang: Lang): string {
  if (error instanceof ServerUnavailableError) return formMessage(lang, 'form.noServer');
  // google.script.run hands the failure handler an Error; duck-typed, as it may come from another realm.
  const text =
    typeof error === 'string'
      ? error
      : typeof (error as { message?: unknown } | null)?.message === 'string'
        ? (error as { message: string }).message
        : '';
  return text.trim().replace(/[.。]+$/, '') || formMessage(lang, 'form.unknownError');
}

/** The form-level error of a submission whose call failed: the data typed is kept, and the message says so. */
export function failureMessage(error: unknown, lang: Lang): string {
  return message(lang, 'submit.failed', { error: errorDetail(error, lang) });
}

/** A count or points as the sidebar shows them: whole numbers as they are, linear points to two decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** "7 / 10 missions · 3 / 5 points". */
export function progressText(
  result: Pick<SubmitSuccess, 'count' | 'target' | 'points' | 'maxPoints'>,
  lang: Lang,
): string {
  return formMessage(lang, 'form.progress', {
    count: formatNumber(result.count),
    target: formatNumber(result.target),
    points: formatNumber(result.points),
    maxPoints: formatNumber(result.maxPoints),
  });
}

export type SubmitOutcome =
  | { ok: true; input: MissionInput; result: SubmitSuccess }
  | {
      ok: false;
      input: MissionInput;
      errors: ShownError[];
      /** The row the mission looks like: the person may save it anyway (submit with confirmDuplicate). */
      likelyDuplicateOf?: number;
    };

export interface SubmitterOptions {
  lang: Lang;
  send: (input: MissionInput) => Promise<SubmitReply>;
  newId: () => string;
  /** Today as the sidebar's clock reads it, for the same calendar checks as the server. */
  today: () => CalendarDate;
  /** Told when a mission starts and stops being sent (after it passed the checks). */
  onBusy?: (busy: boolean) => void;
}

export interface Submitter {
  /** The id of the mission being typed: kept through failures, replaced after a success. */
  readonly id: string;
  readonly busy: boolean;
  /**
   * Validates, sends, and reports the outcome; undefined when a submission is already under way. With
   * `confirmDuplicate`, a mission that looks like another row is saved all the same.
   */
  submit(values: FormValues, confirmDuplicate?: boolean): Promise<SubmitOutcome | undefined>;
}

/**
 * One mission at a time: checked with the same schema as the server before it is sent, sent with the id made
 * for it, and that id kept until the server has recorded the mission, so a retry after a lost answer cannot
 * add a second row.
 */
export function createSubmitter(options: SubmitterOptions): Submitter {
  let id = options.newId();
  let busy = false;
  const failed = (
    input: MissionInput,
    errors: FieldErrors | Partial<Record<string, string>>,
    likelyDuplicateOf?: number,
  ) => ({
    ok: false as const,
    input,
    errors: errorsToShow(errors),
    ...(likelyDuplicateOf === undefined ? {} : { likelyDuplicateOf }),
  });
  return {
    get id() {
      return id;
    },
    get busy() {
      return busy;
    },
    async submit(values, confirmDuplicate = false) {
      if (busy) return undefined;
      const input = {
        ...missionInputOf(values, id),
        ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
      };
      const checked = validateMission(input, options.lang, options.today());
      if (!checked.ok) return failed(input, checked.errors);
      busy = true;
      options.onBusy?.(true);
      try {
        const reply = await options.send(input);
        if (!reply.ok) return failed(input, reply.errors, reply.likelyDuplicateOf);
        id = options.newId();
        return { ok: true, input, result: reply };
      } catch (error) {
        return failed(input, { form: failureMessage(error, options.lang) });
      } finally {
        busy = false;
        options.onBusy?.(false);
      }
    },
  };
}
