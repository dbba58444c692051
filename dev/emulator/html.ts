// HtmlService: HtmlOutput, and HtmlTemplate with <?= ?> (escaped), <?!= ?> (raw) and <? ?> scriptlets.
// https://developers.google.com/apps-script/guides/html/templates

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../../src/core/i18n/html';
import type { EnumValue, Runtime } from './runtime';

export interface HtmlHost {
  runtime: Runtime;
  /** Folder of the loaded bundle, where `<name>.html` files live. */
  folder(): string | undefined;
  /** Compiles a function in the bundle's context, so scriptlets see its globals. */
  compile(source: string): (...args: unknown[]) => unknown;
  SandboxMode: Record<string, EnumValue>;
  XFrameOptionsMode: Record<string, EnumValue>;
}

export class HtmlOutput {
  private title = '';
  private width: number | undefined;
  private height: number | undefined;
  private sandboxMode = 'IFRAME';
  private xFrameOptionsMode = 'DEFAULT';
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly host: HtmlHost,
    private content: string,
  ) {}

  private self(): HtmlOutput {
    return this.host.runtime.wrap(this, 'HtmlOutput');
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this.self();
  }

  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.self();
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this.self();
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): HtmlOutput {
    this.width = Number(width);
    return this.self();
  }

  getWidth(): number | undefined {
    return this.width;
  }

  setHeight(height: number): HtmlOutput {
    this.height = Number(height);
    return this.self();
  }

  getHeight(): number | undefined {
    return this.height;
  }

  /** Only IFRAME exists today; NATIVE and EMULATED are accepted and ignored, as Google documents. */
  setSandboxMode(mode: EnumValue): HtmlOutput {
    this.sandboxMode = String(mode);
    return this.self();
  }

  getSandboxMode(): string {
    return this.sandboxMode;
  }

  setXFrameOptionsMode(mode: EnumValue): HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }

  getXFrameOptionsMode(): string {
    return this.xFrameOptionsMode;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }

  setFaviconUrl(_iconUrl: string): HtmlOutput {
    return this.self();
  }
}

/** Turns a template into JS: text is pushed as is, <?= ?> escaped, <?!= ?> raw, <? ?> run as code. */
export function compileTemplate(source: string): string {
  let code = 'var __out = [];\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) code += `__out.push(${JSON.stringify(source.slice(last, m.index))});\n`;
    const body = m[2] ?? '';
    if (m[1] === '=') code += `__out.push(__escape(${body}));\n`;
    else if (m[1] === '!=') code += `__out.push(__raw(${body}));\n`;
    else code += `${body}\n`;
    last = m.index + m[0].length;
  }
  if (last < source.length) code += `__out.push(${JSON.stringify(source.slice(last))});\n`;
  return `${code}return __out.join('');`;
}

export class HtmlTemplate {
  [key: string]: unknown;

  constructor(
    private readonly __host: HtmlHost,
    private readonly __source: string,
  ) {}

  getRawContent(): string {
    return this.__source;
  }

  getCode(): string {
    return compileTemplate(this.__source);
  }

  evaluate(): HtmlOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (!key.startsWith('__')) data[key] = this[key];
    const fn = this.__host.compile(
      `(function (__data, __escape, __raw) { with (__data) { ${compileTemplate(this.__source)} } })`,
    );
    const toText = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    const html = String(fn(data, (v: unknown) => escapeHtml(toText(v)), toText));
    return this.__host.runtime.wrap(new HtmlOutput(this.__host, html), 'HtmlOutput');
  }
}

export function createHtmlService(host: HtmlHost): object {
  const readFile = (filename: string): string => {
    const folder = host.folder();
    const name = String(filename).replace(/\.html$/, '');
    const path = folder ? join(folder, `${name}.html`) : undefined;
    if (!path || !existsSync(path)) host.runtime.fail(`No HTML file named ${name} was found.`);
    return readFileSync(path, 'utf8');
  };
  const service = {
    createHtmlOutput: (html?: unknown) =>
      host.runtime.wrap(new HtmlOutput(host, html === undefined ? '' : String(html)), 'HtmlOutput'),
    createHtmlOutputFromFile: (filename: string) =>
      host.runtime.wrap(new HtmlOutput(host, readFile(filename)), 'HtmlOutput'),
    createTemplate: (html: string) => host.runtime.wrap(new HtmlTemplate(host, String(html)), 'HtmlTemplate'),
    createTemplateFromFile: (filename: string) =>
      host.runtime.wrap(new HtmlTemplate(host, readFile(filename)), 'HtmlTemplate'),
    SandboxMode: host.SandboxMode,
    XFrameOptionsMode: host.XFrameOptionsMode,
  };
  return host.runtime.wrap(service, 'HtmlService');
}
