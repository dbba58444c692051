// The sidebar's entry: loads the form's configuration from the server, then wires the form to submitMission and
// the list of missions to listMissions, updateMission and verifyMission.
import { calendarDateAt, toIsoDate } from '../core/dates/calendar';
import { languageOf } from '../core/i18n/messages';
import { blankValues, createSubmitter, errorDetail, type ShownError } from './form';
import { formMessage } from './formMessages';
import { type ItemAction, ListView } from './listView';
import { newMissionId } from './missionId';
import {
  conflictLines,
  createEditor,
  type MissionItem,
  PAGE_SIZE,
  rebase,
  type SaveOutcome,
  valuesOfItem,
} from './records';
import { type FormConfig, server } from './server';
import { SidebarView } from './view';

/**
 * Today in Bangkok by this computer's clock: the server's `today` is right when the sidebar opens, but a
 * sidebar left open past midnight must offer the new day to the next mission.
 */
function today(): string {
  return toIsoDate(calendarDateAt(new Date()));
}

/** The list of missions and the corrections made from it: one save at a time, the last one undoable. */
function wireList(view: SidebarView, config: FormConfig, saveNew: () => void): void {
  const list = new ListView(document);
  const labelOf = (field: 'kind' | 'status', key: string) =>
    (field === 'kind' ? config.kinds : config.statuses).find((entry) => entry.key === key)?.label ?? key;
  const editor = createEditor({
    lang: config.lang,
    update: (id, changes, version) => server.updateMission(id, changes, version),
    verify: (id, verified) => server.verifyMission(id, verified),
    today: () => calendarDateAt(new Date()),
    onBusy: (busy) => view.setSending(busy),
  });
  const state = { fiscalYear: config.fiscalYear, query: '', loaded: [] as MissionItem[], asked: 0 };
  /** The mission in the form, as it was when opened; undefined while the form is for a new mission. */
  let editing: MissionItem | undefined;
  /** A new mission half typed when an edit began: it comes back when the edit ends. */
  let draft = view.readValues();

  const load = (more = false) => {
    const asked = ++state.asked;
    list.showLoading();
    const offset = more ? state.loaded.length : 0;
    const options = { fiscalYear: state.fiscalYear, query: state.query, offset, limit: PAGE_SIZE };
    server.listMissions(options).then(
      (reply) => {
        // An answer to an older question (the search was typed on meanwhile) is dropped.
        if (asked !== state.asked) return;
        if (!reply.ok) return list.showFailure(reply.errors.form);
        state.loaded = more ? [...state.loaded, ...reply.missions] : [...reply.missions];
        const page = { ...reply, query: state.query };
        list.show(page, more, act);
      },
      (error: unknown) => {
        if (asked === state.asked) list.showFailure(errorDetail(error, config.lang));
      },
    );
  };

  const problem = (errors: readonly ShownError[]) => errors.map((error) => error.message).join(' ');

  const saved = (title: string, outcome: Extract<SaveOutcome, { ok: true }>) => {
    view.showChanged(title, outcome.result, outcome.undo ? () => undo(title) : undefined);
    load();
  };

  const undo = (title: string) =>
    void editor.undoLast().then((outcome) => {
      if (!outcome) return;
      if (!outcome.ok) {
        view.announce(problem(outcome.errors));
        if (outcome.current) load();
        return;
      }
      const message = `${formMessage(config.lang, 'form.undone')} · ${outcome.result.message}`;
      view.showChanged(title, { ...outcome.result, message });
      load();
    });

  const startEdit = (mission: MissionItem) => {
    if (!editing) draft = view.readValues();
    editing = mission;
    view.clearErrors();
    view.writeValues(valuesOfItem(mission));
    view.setEditing(mission.row);
    view.selectTab('new');
    view.focusFirstField();
  };

  const stopEdit = () => {
    editing = undefined;
    view.clearErrors();
    view.writeValues(draft);
    view.setEditing(undefined);
  };

  const act = (mission: MissionItem, action: ItemAction) => {
    if (action === 'edit') return startEdit(mission);
    const index = state.loaded.indexOf(mission);
    const run =
      action === 'verify' || action === 'unverify'
        ? editor.verify(mission, action === 'verify')
        : editor.setStatus(mission, action);
    void run.then((outcome) => {
      if (!outcome) return;
      if (outcome.ok) return saved(mission.title, outcome);
      list.tell(index, problem(outcome.errors));
      view.announce(problem(outcome.errors));
      // Someone changed the row meanwhile: the list shows it as it is now, the status line says why.
      if (outcome.current) load();
    });
  };

  const saveEdit = (opened: MissionItem) => {
    const values = view.readValues();
    void editor.save(opened, values).then((outcome) => {
      if (!outcome) return;
      if (outcome.ok) {
        stopEdit();
        view.selectTab('list');
        return saved(values.title, outcome);
      }
      // Everything typed stays in the form.
      view.showErrors(outcome.errors);
      const current = outcome.current;
      if (!current) return;
      view.showConflict(conflictLines(opened, current, config.lang, labelOf), config.labels, () => {
        editing = current;
        view.clearErrors();
        view.writeValues(rebase(opened, values, current));
        view.setEditing(current.row);
      });
    });
  };

  view.showTabs();
  list.render(config);
  const tab = (id: string, to: 'new' | 'list') =>
    document.getElementById(id)!.addEventListener('click', () => {
      view.selectTab(to);
      if (to === 'list') load();
    });
  tab('tab-new', 'new');
  tab('tab-list', 'list');
  document.getElementById('edit-cancel')!.addEventListener('click', () => {
    stopEdit();
    view.selectTab('list');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  list.search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.query = list.search.value;
      load();
    }, 250);
  });
  list.year.addEventListener('change', () => {
    state.fiscalYear = Number(list.year.value);
    load();
  });
  list.more.addEventListener('click', () => load(true));
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (editing) saveEdit(editing);
    else saveNew();
  });
}

function wire(view: SidebarView, config: FormConfig): void {
  const submitter = createSubmitter({
    lang: config.lang,
    send: (input) => server.submitMission(input),
    newId: () => newMissionId(),
    today: () => calendarDateAt(new Date()),
    onBusy: (busy) => view.setSending(busy),
  });
  view.writeValues(blankValues(config.today));

  const save = (confirmDuplicate: boolean) =>
    void submitter.submit(view.readValues(), confirmDuplicate).then((outcome) => {
      if (!outcome) return; // a mission is already on its way
      if (outcome.ok) view.showSaved(outcome.input.title, outcome.result, blankValues(today()));
      // Everything typed stays; a likely duplicate may be saved all the same, by the person's choice.
      else
        view.showErrors(
          outcome.errors,
          outcome.likelyDuplicateOf === undefined ? undefined : () => save(true),
        );
    });
  wireList(view, config, () => save(false));

  // An error goes away as soon as its field is changed; a form-level one stays until the next try.
  const clearOnEdit = (event: Event) => {
    const field = view.fieldOf(event.target);
    if (!field) return;
    view.clearError(field);
    view.checkLength(field, config.labels);
    if (field === 'date') view.showDateHint();
    if (field === 'kind') view.showKindHint();
  };
  view.form.addEventListener('input', clearOnEdit);
  view.form.addEventListener('change', clearOnEdit);
  const picker = view.control('pick-date');
  picker.addEventListener('input', () => view.takePickedDate());
  picker.addEventListener('change', () => view.takePickedDate());
  view.control('field-date').addEventListener('keydown', (event) => view.stepDate(event as KeyboardEvent));
}

function start(view: SidebarView): void {
  view.showLoading();
  server.getFormConfig().then(
    (config) => {
      view.render(config);
      wire(view, config);
    },
    (error: unknown) =>
      view.showLoadFailure(errorDetail(error, languageOf(navigator.language)), () => start(view)),
  );
}

// Before the configuration arrives, the browser's language is the best guess of the user's.
start(new SidebarView(document, languageOf(navigator.language)));
