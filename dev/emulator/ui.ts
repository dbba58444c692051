// SpreadsheetApp.getUi(): menus, sidebars, dialogs and alerts, recorded so tests and the preview can see them.
// https://developers.google.com/apps-script/reference/base/ui

import type { HtmlOutput } from './html';
import type { EnumValue, Runtime } from './runtime';

export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { submenu: RecordedMenu };

export interface RecordedMenu {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedAlert {
  title: string;
  prompt: string;
  buttons: string;
}

export interface RecordedPanel {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | undefined;
  height: number | undefined;
}

const BUTTONS = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;
const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;

export class UiService {
  readonly menus: RecordedMenu[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly panels: RecordedPanel[] = [];
  /** The button the next alerts return (an Ui.Button name). */
  alertResponse: (typeof BUTTONS)[number] = 'OK';
  readonly Button: Record<(typeof BUTTONS)[number], EnumValue>;
  readonly ButtonSet: Record<(typeof BUTTON_SETS)[number], EnumValue>;
  private uiApi?: object;

  constructor(
    private readonly runtime: Runtime,
    private readonly addonName: string,
  ) {
    this.Button = runtime.enumOf('Button', BUTTONS);
    this.ButtonSet = runtime.enumOf('ButtonSet', BUTTON_SETS);
  }

  /** The add-on menu as it would appear under Extensions (the last one added). */
  addonMenu(): RecordedMenu | undefined {
    return [...this.menus].reverse().find((m) => m.addon);
  }

  api(): object {
    if (this.uiApi) return this.uiApi;
    const panel = (kind: RecordedPanel['kind'], output: unknown, title?: string) => {
      const html = output as HtmlOutput;
      if (!html || typeof html.getContent !== 'function') {
        this.runtime.fail(`The parameters (${typeof output}) don't match the method signature for Ui.show.`);
      }
      this.panels.push({
        kind,
        title: title ?? html.getTitle(),
        html: html.getContent(),
        width: html.getWidth(),
        height: html.getHeight(),
      });
    };
    const ui = {
      createAddonMenu: () => this.menu({ title: this.addonName, addon: true, items: [] }),
      createMenu: (caption: string) => this.menu({ title: String(caption), addon: false, items: [] }),
      showSidebar: (userInterface: unknown) => panel('sidebar', userInterface),
      showModalDialog: (userInterface: unknown, title: string) =>
        panel('modal', userInterface, String(title)),
      showModelessDialog: (userInterface: unknown, title: string) =>
        panel('modeless', userInterface, String(title)),
      alert: (...args: unknown[]) => {
        // alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons)
        let title = '';
        let prompt = '';
        let buttons: unknown = this.ButtonSet.OK;
        if (args.length >= 3) [title, prompt, buttons] = [String(args[0]), String(args[1]), args[2]];
        else if (args.length === 2) [prompt, buttons] = [String(args[0]), args[1]];
        else prompt = String(args[0]);
        this.alerts.push({ title, prompt, buttons: String(buttons) });
        return this.Button[this.alertResponse];
      },
      Button: this.Button,
      ButtonSet: this.ButtonSet,
    };
    this.uiApi = this.runtime.wrap(ui, 'Ui');
    return this.uiApi;
  }

  private menu(recorded: RecordedMenu): object {
    const menu = {
      addItem: (caption: string, functionName: string) => {
        recorded.items.push({ caption: String(caption), functionName: String(functionName) });
        return wrapped;
      },
      addSeparator: () => {
        recorded.items.push({ separator: true });
        return wrapped;
      },
      addSubMenu: (sub: unknown) => {
        const inner = (sub as { __emulatorMenu?: () => RecordedMenu }).__emulatorMenu?.();
        if (!inner)
          this.runtime.fail("The parameters (Object) don't match the method signature for Menu.addSubMenu.");
        recorded.items.push({ submenu: inner });
        return wrapped;
      },
      addToUi: () => {
        // Adding the same menu again replaces it, as a re-run onOpen does.
        const i = this.menus.findIndex((m) => m.title === recorded.title && m.addon === recorded.addon);
        if (i >= 0) this.menus.splice(i, 1);
        this.menus.push(structuredClone(recorded));
      },
      __emulatorMenu: () => recorded,
    };
    const wrapped: object = this.runtime.wrap(menu, 'Menu');
    return wrapped;
  }
}
