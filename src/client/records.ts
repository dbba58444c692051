// Correcting a mission from the sidebar, without its DOM: a listed mission as form values, what an edit changed,
// what someone else changed meanwhile, one save (an edit, a status, a verification) and the undo of the last one.
import type { CalendarDate } from '../core/dates/calendar';
import { formatDate, parseDateText } from '../core/dates/thaiDate';
import type { Lang } from '../core/i18n/messages';
import { type FieldErrors, type MissionInput, validateMission } from '../core/log/mission';
import { fieldsOfItem, type MissionItem } from '../core/log/missionRecords';
import {
  errorsToShow,
  FORM_FIELDS,
  type FormField,
  type FormValues,
  failureMessage,
  missionInputOf,
  type ShownError,
} from './form';
import type { ChangeReply, ChangeSuccess } from './server';

export type { MissionItem };

/** How many missions a page of the list holds: the sidebar asks for the next page when the person wants it. */
export const PAGE_SIZE = 50;

/** A listed mission as the form shows it. */
export const valuesOfItem: (item: MissionItem) => FormValues = fieldsOfItem;

/** The mission's fields as they are sent (trimmed), for comparing two versions of it. */
function sent(values: FormValues): MissionInput {
  return missionInputOf(values, '');
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose value differs between two versions of a mission, in the order of the form. */
export function changedFields(before: FormValues, after: FormValues): FormField[] {
  const [a, b] = [sent(before), sent(after)];
  return FORM_FIELDS.filter((field) => !same(a[field], b[field]));
}

/** Only the fields that changed, as updateMission takes them. */
export function changesOf(before: FormValues, after: FormValues): Partial<MissionInput> {
  const now = sent(after);
  return Object.fromEntries(changedFields(before, after).map((field) => [field, now[field]]));
}

/** One field's value as a person reads it: labels for keys, a Thai or English date, the steps ticked. */
export function shownValue(
  field: FormField,
  values: FormValues,
  lang: Lang,
  labelOf: (field: 'kind' | 'status', key: string) => string,
): string {
  if (field === 'steps') {
    const ticked = values.steps.flatMap((on, i) => (on ? [String(i + 1)] : []));
    return ticked.length ? ticked.join(', ') : '–';
  }
  const value = values[field].trim();
  if (field === 'kind' || field === 'status') return labelOf(field, value);
  if (field === 'date') {
    const date = parseDateText(value);
    return date ? formatDate(date, lang) : value;
  }
  return value;
}

export interface ConflictLine {
  readonly field: FormField;
  readonly opened: string;
  readonly now: string;
}

/** What someone else changed in the row since it was opened: each field, as it was and as it is now. */
export function conflictLines(
  opened: MissionItem,
  current: MissionItem,
  lang: Lang,
  labelOf: (field: 'kind' | 'status', key: string) => string,
): ConflictLine[] {
  const [a, b] = [valuesOfItem(opened), valuesOfItem(current)];
  return changedFields(a, b).map((field) => ({
    field,
    opened: shownValue(field, a, lang, labelOf),
    now: shownValue(field, b, lang, labelOf),
  }));
}

/**
 * The form after a conflict, when the person keeps their work: the row as it is now, with each field they
 * changed set to what they typed (their change wins where both changed the same field: it is what they see).
 */
export function rebase(opened: MissionItem, typed: FormValues, current: MissionItem): FormValues {
  const mine = changedFields(valuesOfItem(opened), typed);
  const next = valuesOfItem(current);
  const result: Record<string, unknown> = { ...next };
  for (const field of mine) result[field] = typed[field];
  return result as unknown as FormValues;
}

export type SaveOutcome =
  | { ok: true; result: ChangeSuccess; undo?: () => Promise<ChangeReply> }
  | { ok: false; errors: ShownError[]; current?: MissionItem };

export interface EditorOptions {
  lang: Lang;
  update: (id: string, changes: Partial<MissionInput>, version: string) => Promise<ChangeReply>;
  verify: (id: string, verified: boolean) => Promise<ChangeReply>;
  today: () => CalendarDate;
  onBusy?: (busy: boolean) => void;
}

export interface Editor {
  readonly busy: boolean;
  /** Saves what changed in the form since `opened` was listed (undefined while another save is under way). */
  save(opened: MissionItem, values: FormValues): Promise<SaveOutcome | undefined>;
  /** One click from the list: planned → done, or → cancelled. */
  setStatus(mission: MissionItem, status: string): Promise<SaveOutcome | undefined>;
  verify(mission: MissionItem, verified: boolean): Promise<SaveOutcome | undefined>;
  /** Undoes the last save of this sidebar; undefined when there is none (or it was undone already). */
  undoLast(): Promise<SaveOutcome | undefined>;
  readonly canUndo: boolean;
}

/**
 * The saves of one sidebar, one at a time. Each is checked with the submission's schema before it is sent; a
 * success remembers how to undo it: the fields as they were, sent with the row's new version, so an undo after
 * someone else's change is refused as a conflict rather than wiping their work.
 */
export function createEditor(options: EditorOptions): Editor {
  let busy = false;
  let last: (() => Promise<ChangeReply>) | undefined;
  const failed = (errors: FieldErrors | Partial<Record<string, string>>, current?: MissionItem) => ({
    ok: false as const,
    errors: errorsToShow(errors),
    ...(current ? { current } : {}),
  });

  async function send(
    call: () => Promise<ChangeReply>,
    undoOf: (result: ChangeSuccess) => (() => Promise<ChangeReply>) | undefined,
  ): Promise<SaveOutcome | undefined> {
    if (busy) return undefined;
    busy = true;
    options.onBusy?.(true);
    try {
      const reply = await call();
      if (!reply.ok) return failed(reply.errors, reply.current);
      const undo = undoOf(reply);
      last = undo;
      return { ok: true, result: reply, ...(undo ? { undo } : {}) };
    } catch (error) {
      return failed({ form: failureMessage(error, options.lang) });
    } finally {
      busy = false;
      options.onBusy?.(false);
    }
  }

  function change(opened: MissionItem, values: FormValues) {
    const before = valuesOfItem(opened);
    const changes = changesOf(before, values);
    // The row's id is not checked: one typed by hand in the grid (not a UUID) is still the row's id.
    const { id: _id, ...input } = missionInputOf(values, '');
    const checked = validateMission(input, options.lang, options.today());
    if (!checked.ok) return Promise.resolve(failed(checked.errors));
    return send(
      () => options.update(opened.id, changes, opened.version),
      (result) => {
        const back = changesOf(values, before);
        if (Object.keys(back).length === 0) return undefined;
        return () => options.update(opened.id, back, result.version);
      },
    );
  }

  return {
    get busy() {
      return busy;
    },
    get canUndo() {
      return last !== undefined;
    },
    save: change,
    setStatus: (mission, status) => change(mission, { ...valuesOfItem(mission), status }),
    verify: (mission, verified) =>
      send(
        () => options.verify(mission.id, verified),
        () => () => options.verify(mission.id, mission.verified),
      ),
    async undoLast() {
      const undo = last;
      if (!undo) return undefined;
      const outcome = await send(undo, () => undefined);
      // A failed undo stays available (busy, a network error): the person may try again.
      if (outcome && !outcome.ok) last = undo;
      return outcome;
    },
  };
}
