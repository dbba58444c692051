// Just enough of a DOM to run build/Sidebar.html's script in Node (no jsdom here): elements by id, labels, events, and a record of any HTML written.

export interface FakeEvent {
  type: string;
  target: FakeElement;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export class FakeElement {
  id = '';
  type = '';
  value = '';
  checked = false;
  disabled = false;
  hidden = false;
  className = '';
  children: FakeElement[] = [];
  nextElementSibling: FakeElement | null = null;
  readonly attributes = new Map<string, string>();
  private text = '';
  private readonly listeners = new Map<string, ((event: FakeEvent) => void)[]>();

  constructor(
    readonly tagName: string,
    private readonly doc: FakeDocument,
  ) {}

  get textContent(): string {
    return this.text;
  }

  set textContent(value: string) {
    this.text = String(value);
    this.children = [];
  }

  /** The page must never write HTML: every attempt is recorded on the document (see htmlWrites). */
  get innerHTML(): string {
    return '';
  }

  set innerHTML(html: string) {
    this.doc.htmlWrites.push({ id: this.id, via: 'innerHTML', html: String(html) });
  }

  get outerHTML(): string {
    return '';
  }

  set outerHTML(html: string) {
    this.doc.htmlWrites.push({ id: this.id, via: 'outerHTML', html: String(html) });
  }

  insertAdjacentHTML(_position: string, html: string): void {
    this.doc.htmlWrites.push({ id: this.id, via: 'insertAdjacentHTML', html: String(html) });
  }

  get classList() {
    return { contains: (name: string) => this.className.split(/\s+/).includes(name) };
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  replaceChildren(...nodes: FakeElement[]): void {
    for (const child of this.children) this.doc.forgetTree(child);
    this.children = nodes;
    this.text = '';
    for (const node of nodes) this.doc.adoptTree(node);
    if (this.tagName === 'SELECT') this.value = nodes[0]?.value ?? '';
  }

  append(...nodes: FakeElement[]): void {
    this.children = [...this.children, ...nodes];
    for (const node of nodes) this.doc.adoptTree(node);
  }

  /** The text of this element and of everything in it, as a person reads it. */
  get allText(): string {
    return [this.text, ...this.children.map((child) => child.allText)].filter(Boolean).join(' ');
  }

  after(node: FakeElement): void {
    node.nextElementSibling = this.nextElementSibling;
    this.nextElementSibling = node;
    this.doc.adopt(node);
  }

  remove(): void {
    this.doc.forget(this);
  }

  focus(): void {
    this.doc.activeElement = this;
  }

  addEventListener(type: string, listener: (event: FakeEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Fires an event here and, as events bubble, at the form (all the page listens to). */
  dispatch(type: string, target: FakeElement = this, detail: Record<string, unknown> = {}): FakeEvent {
    const event: FakeEvent = {
      ...detail,
      type,
      target,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    for (const listener of this.listeners.get(type) ?? []) listener(event);
    return event;
  }

  click(): void {
    this.dispatch('click');
  }
}

/** A document holding the elements of an HTML page that have an id, and its labels. */
export class FakeDocument {
  title = '';
  activeElement: FakeElement | null = null;
  readonly documentElement = { lang: '' };
  /** Every HTML the page tried to write (innerHTML, outerHTML, insertAdjacentHTML, document.write). */
  readonly htmlWrites: { id: string; via: string; html: string }[] = [];
  private readonly byId = new Map<string, FakeElement>();
  private readonly labels = new Map<string, FakeElement>();

  constructor(html: string) {
    for (const match of html.matchAll(/<(\w+)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
      const tag = match[1]!.toUpperCase();
      const attributes = new Map(
        [...match[2]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''] as const),
      );
      const element = new FakeElement(tag, this);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      element.id = attributes.get('id') ?? '';
      element.type = attributes.get('type') ?? '';
      element.className = attributes.get('class') ?? '';
      element.hidden = attributes.has('hidden');
      if (element.id) this.byId.set(element.id, element);
      if (tag === 'LABEL' && attributes.has('for')) this.labels.set(attributes.get('for')!, element);
    }
  }

  write(...html: string[]): void {
    this.htmlWrites.push({ id: '', via: 'document.write', html: html.join('') });
  }

  writeln(...html: string[]): void {
    this.htmlWrites.push({ id: '', via: 'document.writeln', html: html.join('') });
  }

  getElementById(id: string): FakeElement | null {
    return this.byId.get(id) ?? null;
  }

  querySelector(selector: string): FakeElement | null {
    const label = /^label\[for="([^"]+)"\]$/.exec(selector);
    if (!label) throw new Error(`the fake DOM does not know the selector ${selector}`);
    return this.labels.get(label[1]!) ?? null;
  }

  createElement(tag: string): FakeElement {
    return new FakeElement(tag.toUpperCase(), this);
  }

  adopt(element: FakeElement): void {
    if (element.id) this.byId.set(element.id, element);
  }

  forget(element: FakeElement): void {
    if (this.byId.get(element.id) === element) this.byId.delete(element.id);
  }

  /** An element put in the page with everything in it: their ids become findable. */
  adoptTree(element: FakeElement): void {
    this.adopt(element);
    for (const child of element.children) this.adoptTree(child);
  }

  forgetTree(element: FakeElement): void {
    this.forget(element);
    for (const child of element.children) this.forgetTree(child);
  }
}
