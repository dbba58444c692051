// The argument errors the spreadsheet classes share, so that each words them as Google does.

import { isDateValue } from './cells';

export const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

/** How Google names an argument's type in "The parameters (…) don't match the method signature". */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return Array.isArray(value[0]) ? 'Object[][]' : 'Object[]';
  if (isDateValue(value)) return 'Date';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}
