// The list of a fiscal year's missions in the sidebar: the year, the search box, a page of missions at a time,
// each with what it is, whether it counts and why not, and its actions. Text only, never HTML.
import { formatDate, parseDateText } from '../core/dates/thaiDate';
import { type FormKey, formMessage } from './formMessages';
import type { MissionItem } from './records';
import type { FormConfig } from './server';

export type ItemAction = 'edit' | 'done' | 'cancelled' | 'verify' | 'unverify';

export interface ListPage {
  readonly fiscalYear: number;
  readonly query: string;
  readonly total: number;
  readonly missions: readonly MissionItem[];
  readonly canVerify: boolean;
}

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`Sidebar.html has no #${id}`);
  return element as T;
}

/** The actions a mission offers: edit and the one-click statuses to anyone, Verify/Unverify to reviewers. */
export function actionsOf(mission: MissionItem, canVerify: boolean): ItemAction[] {
  if (mission.id === '') return [];
  const actions: ItemAction[] = ['edit'];
  if (mission.status === 'planned') actions.push('done');
  if (mission.status !== 'cancelled') actions.push('cancelled');
  if (canVerify) actions.push(mission.verified ? 'unverify' : 'verify');
  return actions;
}

const ACTION_TEXT: Record<ItemAction, FormKey> = {
  edit: 'form.edit',
  done: 'form.markDone',
  cancelled: 'form.markCancelled',
  verify: 'form.verify',
  unverify: 'form.unverify',
};

export class ListView {
  readonly panel: HTMLElement;
  readonly year: HTMLSelectElement;
  readonly search: HTMLInputElement;
  readonly more: HTMLButtonElement;
  private readonly items: HTMLElement;
  private readonly summary: HTMLElement;
  private config: FormConfig | undefined;

  constructor(private readonly doc: Document) {
    this.panel = byId(doc, 'list-panel');
    this.year = byId(doc, 'list-year');
    this.search = byId(doc, 'list-search');
    this.more = byId(doc, 'list-more');
    this.items = byId(doc, 'list-items');
    this.summary = byId(doc, 'list-summary');
  }

  private say(key: FormKey, params?: Record<string, string | number>): string {
    return formMessage(this.config?.lang ?? 'th', key, params);
  }

  /** The labels, and the fiscal years to choose from: three before the current one and the next. */
  render(config: FormConfig): void {
    this.config = config;
    const label = (id: string) => this.doc.querySelector<HTMLLabelElement>(`label[for="${id}"]`)!;
    label('list-year').textContent = this.say('form.listYear');
    label('list-search').textContent = this.say('form.listSearch');
    this.search.placeholder = this.say('form.listSearch');
    this.more.textContent = this.say('form.listMore');
    const years = [1, 0, -1, -2, -3].map((delta) => config.fiscalYear + delta);
    this.year.replaceChildren(
      ...years.map((year) => {
        const option = this.doc.createElement('option');
        option.value = String(year);
        option.textContent = String(year);
        return option;
      }),
    );
    this.year.value = String(config.fiscalYear);
  }

  showLoading(): void {
    this.summary.textContent = this.say('form.listLoading');
  }

  showFailure(detail: string): void {
    this.summary.textContent = this.say('form.listFailed', { error: detail });
  }

  /** A page of missions, replacing the list or added under it (Show more). */
  show(page: ListPage, append: boolean, act: (mission: MissionItem, action: ItemAction) => void): void {
    const start = append ? this.items.children.length : 0;
    const rows = page.missions.map((mission, i) => this.item(mission, start + i, page.canVerify, act));
    if (append) this.items.append(...rows);
    else this.items.replaceChildren(...rows);
    const shown = start + rows.length;
    this.summary.textContent =
      page.total === 0
        ? page.query.trim()
          ? this.say('form.listNoMatch', { query: page.query.trim(), fiscalYear: page.fiscalYear })
          : this.say('form.listEmpty', { fiscalYear: page.fiscalYear })
        : this.say('form.listShown', { shown, total: page.total });
    this.more.hidden = shown >= page.total;
  }

  /** A message under one mission: what its one-click action did, or why it was refused. */
  tell(index: number, text: string): void {
    const line = this.doc.getElementById(`item-message-${index}`);
    if (line) line.textContent = text;
  }

  private line(className: string, text: string, id?: string): HTMLElement {
    const p = this.doc.createElement('p');
    p.className = className;
    p.textContent = text;
    if (id) p.id = id;
    return p;
  }

  private item(
    mission: MissionItem,
    index: number,
    canVerify: boolean,
    act: (mission: MissionItem, action: ItemAction) => void,
  ): HTMLElement {
    const config = this.config!;
    const lang = config.lang;
    const labelOf = (list: readonly { key: string; label: string }[], key: string) =>
      list.find((entry) => entry.key === key)?.label ?? key;
    const day = parseDateText(mission.date);
    const meta = [
      day ? formatDate(day, lang) : mission.date || '–',
      labelOf(config.kinds, mission.kind),
      labelOf(config.statuses, mission.status),
      this.say('form.row', { row: mission.row }),
    ].join(' · ');
    const li = this.doc.createElement('li');
    li.id = `mission-${index}`;
    const title = this.line('item-title', mission.title || '–');
    if (mission.mine) {
      const mine = this.doc.createElement('span');
      mine.className = 'mine';
      mine.textContent = this.say('form.mine');
      title.append(mine);
    }
    const parts = [this.line('meta', meta), title];
    if (mission.counterpart) parts.push(this.line('meta', mission.counterpart));
    parts.push(
      mission.counts
        ? this.line('why counts', `✓ ${this.say('form.counts')}`)
        : this.line('why not-counted', this.say('form.notCounted', { reason: mission.reason ?? '' })),
    );
    if (mission.verified) {
      parts.push(
        this.line(
          'meta',
          mission.verifiedBy
            ? this.say('form.verifiedBy', { by: mission.verifiedBy })
            : this.say('form.verifiedByHand'),
        ),
      );
    }
    const actions = actionsOf(mission, canVerify);
    if (mission.id === '') parts.push(this.line('hint', this.say('form.noId')));
    if (actions.length > 0) {
      const bar = this.doc.createElement('div');
      bar.className = 'item-actions';
      bar.append(
        ...actions.map((action) => {
          const button = this.doc.createElement('button');
          button.type = 'button';
          button.id = `${action}-${index}`;
          button.textContent = this.say(ACTION_TEXT[action]);
          // Each list has many "Edit" buttons: a screen reader hears which mission each one is for.
          button.setAttribute('aria-label', `${button.textContent}: ${mission.title}`);
          button.addEventListener('click', () => act(mission, action));
          return button;
        }),
      );
      parts.push(bar);
    }
    parts.push(this.line('error', '', `item-message-${index}`));
    li.append(...parts);
    return li;
  }
}
