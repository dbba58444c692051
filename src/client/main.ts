// The sidebar's entry: loads the form's configuration from the server, then wires the form to submitMission.
import { calendarDateAt, toIsoDate } from '../core/calendar';
import { languageOf } from '../core/messages';
import { blankValues, createSubmitter, errorDetail } from './form';
import { newMissionId } from './missionId';
import { type FormConfig, server } from './server';
import { SidebarView } from './view';

/**
 * Today in Bangkok by this computer's clock: the server's `today` is right when the sidebar opens, but a
 * sidebar left open past midnight must offer the new day to the next mission.
 */
function today(): string {
  return toIsoDate(calendarDateAt(new Date()));
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
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(false);
  });

  // An error goes away as soon as its field is changed; a form-level one stays until the next try.
  const clearOnEdit = (event: Event) => {
    const field = view.fieldOf(event.target);
    if (field) view.clearError(field);
  };
  view.form.addEventListener('input', clearOnEdit);
  view.form.addEventListener('change', clearOnEdit);
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
