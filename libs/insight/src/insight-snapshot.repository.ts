import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One cell of a daily snapshot: counts only, people counts below 5 already null. */
export interface SnapshotCell {
  figure: string;
  /** The cell's dimensions, e.g. `{group: '721', municipality: 'GM0153'}`. */
  dimensions: Record<string, string | number | null>;
  counts: Record<string, number | null>;
}

export interface StoredSnapshotCell extends SnapshotCell {
  day: string;
}

const CHUNK = 2_000;

/** The daily aggregate snapshots (`insight.daily_snapshot`), one row per day, figure and cell. */
@Injectable()
export class InsightSnapshotRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hasDay(day: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM insight.daily_snapshot WHERE day = $1 LIMIT 1`,
      [day],
    );
    return rows.length > 0;
  }

  /** Writes a day's cells in one transaction; a day already taken (another process) is kept. */
  async saveDay(day: string, cells: readonly SnapshotCell[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      let written = 0;
      for (let i = 0; i < cells.length; i += CHUNK) {
        const rows = cells.slice(i, i + CHUNK).map((c) => ({
          day,
          figure: c.figure,
          cell_key: cellKey(c.dimensions),
          dimensions: c.dimensions,
          counts: c.counts,
        }));
        const result: Array<{ day: string }> = await manager.query(
          `INSERT INTO insight.daily_snapshot (day, figure, cell_key, dimensions, counts)
           SELECT day, figure, cell_key, dimensions, counts
             FROM jsonb_to_recordset($1::jsonb) AS x(day date, figure text, cell_key text, dimensions jsonb, counts jsonb)
           ON CONFLICT (day, figure, cell_key) DO NOTHING
           RETURNING day`,
          [JSON.stringify(rows)],
        );
        written += result.length;
      }
      return written;
    });
  }

  /** The cells of `figure` between two days (inclusive) whose dimensions contain `match`. */
  async series(
    figure: string,
    from: string,
    to: string,
    match: Record<string, string | number | null>,
  ): Promise<StoredSnapshotCell[]> {
    const rows: Array<{
      day: string;
      figure: string;
      dimensions: SnapshotCell['dimensions'];
      counts: SnapshotCell['counts'];
    }> = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, figure, dimensions, counts
         FROM insight.daily_snapshot
        WHERE figure = $1 AND day BETWEEN $2 AND $3 AND dimensions @> $4::jsonb
        ORDER BY cell_key, day`,
      [figure, from, to, JSON.stringify(match)],
    );
    return rows;
  }
}

/** A stable key of a cell's dimensions (sorted), unique per day and figure. */
export function cellKey(dimensions: Record<string, unknown>): string {
  return Object.keys(dimensions)
    .sort()
    .map((k) => `${k}=${dimensions[k] ?? ''}`)
    .join('|');
}
