// Text styles: SpreadsheetApp.newTextStyle(), and the TextStyle that Range.setTextStyle(s) applies in one call.
// https://developers.google.com/apps-script/reference/spreadsheet/text-style-builder

import type { Style } from './model';
import type { SpreadsheetService } from './spreadsheetService';

/** What a TextStyle sets; an attribute left unset leaves the cell's own as it is. */
export interface TextStyleModel {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  foregroundColor?: string;
  fontFamily?: string;
  underline?: boolean;
  strikethrough?: boolean;
}

export class TextStyleBuilder {
  private readonly model: TextStyleModel = {};

  constructor(private readonly s: SpreadsheetService) {}

  private set<K extends keyof TextStyleModel>(key: K, value: TextStyleModel[K]): this {
    this.model[key] = value;
    return this;
  }

  setBold(bold: boolean): this {
    return this.set('bold', Boolean(bold));
  }
  setItalic(italic: boolean): this {
    return this.set('italic', Boolean(italic));
  }
  setFontSize(size: number): this {
    if (!(Number(size) > 0)) this.s.runtime.fail('Invalid argument: fontSize');
    return this.set('fontSize', Number(size));
  }
  setForegroundColor(color: string): this {
    return this.set('foregroundColor', String(color));
  }
  setFontFamily(family: string): this {
    return this.set('fontFamily', String(family));
  }
  setUnderline(underline: boolean): this {
    return this.set('underline', Boolean(underline));
  }
  setStrikethrough(strikethrough: boolean): this {
    return this.set('strikethrough', Boolean(strikethrough));
  }
  build(): TextStyle {
    return this.s.runtime.wrap(new TextStyle({ ...this.model }), 'TextStyle');
  }
}

export class TextStyle {
  constructor(readonly model: TextStyleModel) {}

  __emulatorTextStyle(): TextStyleModel {
    return this.model;
  }

  isBold(): boolean | null {
    return this.model.bold ?? null;
  }
  isItalic(): boolean | null {
    return this.model.italic ?? null;
  }
  getFontSize(): number | null {
    return this.model.fontSize ?? null;
  }
  getForegroundColor(): string | null {
    return this.model.foregroundColor ?? null;
  }
  getFontFamily(): string | null {
    return this.model.fontFamily ?? null;
  }
  isUnderline(): boolean | null {
    return this.model.underline ?? null;
  }
  isStrikethrough(): boolean | null {
    return this.model.strikethrough ?? null;
  }
}

export function textStyleModelOf(s: SpreadsheetService, style: unknown, method: string): TextStyleModel {
  const model = (style as { __emulatorTextStyle?: () => TextStyleModel } | null)?.__emulatorTextStyle?.();
  if (!model)
    s.runtime.fail(`The parameters don't match the method signature for SpreadsheetApp.Range.${method}.`);
  return model;
}

/** A cell's style with a text style applied over it. */
export function withTextStyle(style: Style | undefined, text: TextStyleModel): Style {
  const next: Style = { ...style };
  if (text.bold !== undefined) next.fontWeight = text.bold ? 'bold' : 'normal';
  if (text.italic !== undefined) next.fontStyle = text.italic ? 'italic' : 'normal';
  if (text.fontSize !== undefined) next.fontSize = text.fontSize;
  if (text.foregroundColor !== undefined) next.fontColor = text.foregroundColor;
  if (text.fontFamily !== undefined) next.fontFamily = text.fontFamily;
  if (text.underline !== undefined || text.strikethrough !== undefined) {
    next.fontLine = text.strikethrough ? 'line-through' : text.underline ? 'underline' : 'none';
  }
  return next;
}

/** The text style a cell has. */
export function textStyleOf(style: Style | undefined): TextStyleModel {
  return {
    bold: (style?.fontWeight ?? 'normal') === 'bold',
    italic: (style?.fontStyle ?? 'normal') === 'italic',
    fontSize: style?.fontSize ?? 10,
    foregroundColor: style?.fontColor ?? '#000000',
    fontFamily: style?.fontFamily ?? 'Arial',
    underline: style?.fontLine === 'underline',
    strikethrough: style?.fontLine === 'line-through',
  };
}
