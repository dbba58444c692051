// The mission a person submits from the form: its zod/mini schema, shared by the sidebar and the server.
import * as z from 'zod/mini';
import { BUDDHIST_ERA_OFFSET, type CalendarDate, calendarDate, FIRST_BUDDHIST_YEAR } from './calendar';
import { type Lang, type MessageKey, message } from './messages';
import { columnLabel, KIND_KEYS, type KindKey, STATUS_KEYS, type StatusKey } from './vocabulary';

/** What `submitMission(input)` receives (SPEC §5): plain JSON, the date as text, kind and status as keys. */
export interface MissionInput {
  id?: string;
  date: string;
  kind: string;
  title: string;
  counterpart: string;
  country?: string;
  place?: string;
  lead?: string;
  status: string;
  steps?: boolean[];
  evidence?: string;
  notes?: string;
}

/** A mission the server may write: every field checked and cleaned. */
export interface Mission {
  readonly id: string | undefined;
  readonly date: CalendarDate;
  readonly kind: KindKey;
  readonly title: string;
  readonly counterpart: string;
  readonly country: string;
  readonly place: string;
  readonly lead: string;
  readonly status: StatusKey;
  readonly steps: readonly [boolean, boolean, boolean, boolean, boolean];
  readonly evidence: string;
  readonly notes: string;
}

export type MissionField = keyof MissionInput;
export type FieldErrors = Partial<Record<MissionField | 'form', string>>;
export type MissionValidation = { ok: true; mission: Mission } | { ok: false; errors: FieldErrors };

/** Limits that keep one row readable and well inside a cell's 50,000 characters. */
export const LIMITS = { line: 200, evidence: 2000, notes: 5000 } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID = /^[A-Za-z0-9-]{8,64}$/;
const LINK = /^https?:\/\/[^\s/?#<>"'`]+[^\s<>"'`]*$/i;
// C0 and C1 controls other than tab and line breaks: never wanted in a cell.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The first C.E. year a form date may have: earlier ones are typos (0025 for 2025) Sheets cannot keep as typed. */
const FIRST_FORM_YEAR = 1900;

/**
 * The date of the form: `YYYY-MM-DD`, a real day; a year typed in B.E. (≥ 2400) is taken as B.E. A day outside
 * C.E. 1900 … 2399 is `'outOfRange'`: a date cell of year 2400 or later is read back as B.E. (SPEC §3), and an
 * earlier one is a typo (0025 for 2025), so neither would count as the day written.
 */
export function readFormDate(text: string): CalendarDate | 'invalid' | 'outOfRange' {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return 'invalid';
  const typed = Number(match[1]);
  const year = typed >= FIRST_BUDDHIST_YEAR ? typed - BUDDHIST_ERA_OFFSET : typed;
  const date = calendarDate(year, Number(match[2]), Number(match[3]));
  if (!date) return 'invalid';
  return year < FIRST_FORM_YEAR || year >= FIRST_BUDDHIST_YEAR ? 'outOfRange' : date;
}

/** The form's date when it is one the log can keep (see readFormDate), else undefined. */
export function parseFormDate(text: string): CalendarDate | undefined {
  const date = readFormDate(text);
  return typeof date === 'object' ? date : undefined;
}

/** Every link of an evidence cell: separated by white space, commas or line breaks. */
export function evidenceLinks(text: string): string[] {
  return text.split(/[\s,]+/).filter((part) => part !== '');
}

function singleLine(text: string): string {
  return text.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}

function multiLine(text: string): string {
  return text.replace(CONTROLS, '').replace(/\r\n?/g, '\n').trim();
}

/** Characters that take no room on screen: a title of these alone is as empty as a blank one. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** A text as a reader will see it, for the required check: controls and invisible characters dropped, trimmed. */
function clean(text: string): string {
  return text.replace(CONTROLS, '').replace(INVISIBLE, '').trim();
}

function schemaFor(lang: Lang) {
  const say = (key: MessageKey, field?: MissionField, extra: Record<string, number> = {}) =>
    message(lang, key, { label: field ? columnLabel(field as never, lang) : '', ...extra });
  const text = (field: MissionField, max: number, required: boolean) => {
    const base = z.string({
      error: (issue) => say(issue.input === undefined ? 'field.required' : 'field.text', field),
    });
    const checks = [
      z.maxLength(max, say('field.tooLong', field, { max })),
      // Judged on the text as it will be stored: a title of control characters alone would be written blank.
      ...(required ? [z.refine<string>((value) => clean(value) !== '', say('field.required', field))] : []),
    ];
    return base.check(...checks);
  };
  return z.object(
    {
      id: z.optional(z.string().check(z.regex(ID, say('field.id')))),
      date: z.string({ error: say('field.date') }).check(
        z.refine((value) => readFormDate(value) !== 'invalid', say('field.date')),
        z.refine((value) => readFormDate(value) !== 'outOfRange', say('field.dateRange')),
      ),
      kind: z.enum(KIND_KEYS, say('field.kind')),
      title: text('title', LIMITS.line, true),
      counterpart: text('counterpart', LIMITS.line, true),
      country: z.optional(text('country', LIMITS.line, false)),
      place: z.optional(text('place', LIMITS.line, false)),
      lead: z.optional(text('lead', LIMITS.line, false)),
      status: z.enum(STATUS_KEYS, say('field.status')),
      steps: z.optional(
        z
          .array(z.boolean({ error: say('field.steps') }), say('field.steps'))
          .check(z.length(5, say('field.steps'))),
      ),
      evidence: z.optional(
        text('evidence', LIMITS.evidence, false).check(
          z.refine((value) => evidenceLinks(value).every((link) => LINK.test(link)), say('field.evidence')),
        ),
      ),
      notes: z.optional(text('notes', LIMITS.notes, false)),
    },
    say('field.input'),
  );
}

const schemas: Partial<Record<Lang, ReturnType<typeof schemaFor>>> = {};

/** The schema with its messages in one language (built once per language). */
export function missionSchema(lang: Lang) {
  schemas[lang] ??= schemaFor(lang);
  return schemas[lang];
}

/**
 * Checks a submitted mission: `{ ok: true, mission }` cleaned and typed, or `{ ok: false, errors }` with one
 * message per field in the user's language. Never throws, whatever it is given.
 */
export function validateMission(input: unknown, lang: Lang): MissionValidation {
  const parsed = missionSchema(lang).safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = (typeof issue.path[0] === 'string' ? issue.path[0] : 'form') as MissionField | 'form';
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const data = parsed.data;
  const steps = data.steps ?? [false, false, false, false, false];
  return {
    ok: true,
    mission: {
      id: data.id,
      date: parseFormDate(data.date)!,
      kind: data.kind,
      title: singleLine(data.title),
      counterpart: singleLine(data.counterpart),
      country: singleLine(data.country ?? ''),
      place: singleLine(data.place ?? ''),
      lead: singleLine(data.lead ?? ''),
      status: data.status,
      steps: [steps[0]!, steps[1]!, steps[2]!, steps[3]!, steps[4]!],
      evidence: evidenceLinks(data.evidence ?? '').join('\n'),
      notes: multiLine(data.notes ?? ''),
    },
  };
}
