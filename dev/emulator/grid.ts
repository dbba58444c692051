// A sparse 2-D store (rows of columns, 0-based) used for every per-cell layer of a sheet.

export class Grid<T> {
  rows: (Array<T | undefined> | undefined)[] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let r = this.rows[row];
    if (!r) {
      if (value === undefined) return;
      r = [];
      this.rows[row] = r;
    }
    r[column] = value;
  }

  /** Last row index holding a defined value, or -1. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some((v) => v !== undefined)) return r;
    }
    return -1;
  }

  /** Last column index holding a defined value in any row, or -1. */
  lastColumn(): number {
    let last = -1;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c > last; c--) {
        if (row[c] !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  clearRect(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows && r < this.rows.length; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      for (let c = column; c < column + numColumns && c < cells.length; c++) cells[c] = undefined;
    }
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, 0, ...new Array<undefined>(count));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const row of this.rows) {
      if (row && at < row.length) row.splice(at, 0, ...new Array<undefined>(count));
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const row of this.rows) row?.splice(at, count);
  }

  /** Every defined cell as [row, column, value]. */
  *entries(): Generator<[number, number, T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined) yield [r, c, v];
      }
    }
  }

  toJSON(): Array<[number, Array<T | null>]> {
    const out: Array<[number, Array<T | null>]> = [];
    this.rows.forEach((row, r) => {
      if (row?.some((v) => v !== undefined))
        out.push([r, Array.from(row, (v) => (v === undefined ? null : v))]);
    });
    return out;
  }

  static fromJSON<T>(data: Array<[number, Array<T | null>]> | undefined): Grid<T> {
    const grid = new Grid<T>();
    for (const [r, row] of data ?? []) grid.rows[r] = row.map((v) => (v === null ? undefined : v));
    return grid;
  }
}
