// The mission a person submits from the form: its zod/mini schema, shared by the sidebar and the server.
import * as z from 'zod/mini';
import { type CalendarDate, calendarDate, dayNumber } from '../dates/calendar';
import { formatDate, readDateText } from '../dates/thaiDate';
import { type Lang, type MessageKey, message } from '../i18n/messages';
import { columnLabel, KIND_KEYS, type KindKey, STATUS_KEYS, type StatusKey } from './vocabulary';

/** What `submitMission(input)` receives (docs/server-functions.md): plain JSON, the date as text, kind and status as keys. */
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
  /** The person saw that it looks like another row (same date, kind and counterpart) and saves it anyway. */
  confirmDuplicate?: boolean;
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
  readonly confirmDuplicate: boolean;
}

export type MissionField = keyof MissionInput;

/**
 * The fields a mission's form sets, in the order the form shows them (and its errors are read in): what a
 * submission sends besides its id, and all an edit may change (docs/server-functions.md).
 */
export const MISSION_FIELDS = [
  'date',
  'kind',
  'title',
  'counterpart',
  'country',
  'place',
  'lead',
  'status',
  'steps',
  'evidence',
  'notes',
] as const satisfies readonly MissionField[];
export type FieldErrors = Partial<Record<MissionField | 'form', string>>;
export type MissionValidation = { ok: true; mission: Mission } | { ok: false; errors: FieldErrors };

/** Limits that keep one row readable and well inside a cell's 50,000 characters. */
export const LIMITS = { line: 200, evidence: 2000, notes: 5000 } as const;

const ID = /^[A-Za-z0-9-]{8,64}$/;
const LINK = /^https?:\/\/[^\s/?#<>"'`]+[^\s<>"'`]*$/i;
// C0 and C1 controls other than tab and line breaks: never wanted in a cell.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * The date of the form: what the date picker sends (`YYYY-MM-DD`) or any date text the log accepts (docs/counting.md:
 * `15/1/2568`, `15 ม.ค. 2568`, Thai digits), for a browser without a picker where it is typed. A year at or above
 * 2400 is B.E. A day outside C.E. 1900 … 2399 is `'outOfRange'`: a date cell of year 2400 or later is read back
 * as B.E., and an earlier one is a typo (0025 for 2025), so neither would count as the day written.
 */
export function readFormDate(text: string): CalendarDate | 'invalid' | 'outOfRange' {
  return readDateText(text);
}

/** The form's date when it is one the log can keep (see readFormDate), else undefined. */
export function parseFormDate(text: string): CalendarDate | undefined {
  const date = readFormDate(text);
  return typeof date === 'object' ? date : undefined;
}

// A web address typed without its scheme, as people copy it from a browser's bar: www.bangkok.go.th/news/123.
const BARE_DOMAIN = /^(?![a-z][a-z0-9+.-]*:)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/**
 * Every link of an evidence cell: separated by white space, commas or line breaks; an address without a scheme
 * gets `https://` (what a browser would open), anything with another scheme stays as it is, to be refused.
 */
export function evidenceLinks(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .map((part) => (BARE_DOMAIN.test(part) ? `https://${part}` : part));
}

// Bidirectional controls: an override inside a title makes it read backwards on screen, unlike what is stored.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A surrogate without its pair is not a character: Sheets and JSON would each mangle it their own way.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROLS, '');
}

function singleLine(text: string): string {
  return wellFormed(text).replace(BIDI, '').replace(/\s+/g, ' ').trim();
}

function multiLine(text: string): string {
  return wellFormed(text).replace(/\r\n?/g, '\n').trim();
}

/**
 * Characters that take no room on screen: those Unicode marks Default_Ignorable (zero widths, joiners, the soft
 * hyphen, variation selectors, bidi controls, tag characters, the Hangul fillers) and the blank Braille pattern.
 * A title of these alone is as empty as a blank one.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u2800\u3164]/gu;

/** A text as a reader will see it, for the required check: controls and invisible characters dropped, trimmed. */
function clean(text: string): string {
  return wellFormed(text).replace(INVISIBLE, '').trim();
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
      confirmDuplicate: z.optional(z.boolean({ error: say('field.input') })),
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

/** The latest day a mission may be dated: a year from today (28 February for a 29th). */
function latestDate(today: CalendarDate): CalendarDate {
  return (
    calendarDate(today.year + 1, today.month, today.day) ?? {
      year: today.year + 1,
      month: today.month,
      day: 28,
    }
  );
}

/**
 * What the calendar allows a mission's date (docs/server-functions.md): a done mission has taken place, so it is not dated after
 * today (a planned one may be); no mission is dated more than a year ahead, a typo of the year most likely.
 */
function dateOnCalendar(input: unknown, lang: Lang, today: CalendarDate): string | undefined {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const date = typeof fields.date === 'string' ? parseFormDate(fields.date) : undefined;
  if (!date) return undefined;
  const latest = latestDate(today);
  if (dayNumber(date) > dayNumber(latest))
    return message(lang, 'field.dateTooFar', { limit: formatDate(latest, lang) });
  if (fields.status === 'done' && dayNumber(date) > dayNumber(today)) {
    return message(lang, 'field.dateFuture', { today: formatDate(today, lang) });
  }
  return undefined;
}

/**
 * Checks a submitted mission against the schema and the calendar (`today`, as the spreadsheet reads it):
 * `{ ok: true, mission }` cleaned and typed, or `{ ok: false, errors }` with one message per field in the
 * user's language. Never throws, whatever it is given.
 */
export function validateMission(input: unknown, lang: Lang, today: CalendarDate): MissionValidation {
  const parsed = missionSchema(lang).safeParse(input);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (typeof issue.path[0] === 'string' ? issue.path[0] : 'form') as MissionField | 'form';
      errors[field] ??= issue.message;
    }
  }
  const calendar = errors.date ? undefined : dateOnCalendar(input, lang, today);
  if (calendar) errors.date = calendar;
  if (!parsed.success || calendar) return { ok: false, errors };
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
      confirmDuplicate: data.confirmDuplicate === true,
    },
  };
}
