import { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveContainer } from 'recharts';

export interface TableRow {
  key: string;
  /** The row's heading (first column), then one cell per further column. */
  head: ReactNode;
  cells: ReactNode[];
}

interface ChartWithTableProps {
  /** What the chart shows, for screen readers (the chart itself is an image to them). */
  label: string;
  /** A recharts chart; it fills the figure. */
  chart: ReactElement;
  /** The same figures as a table, behind "as a table". */
  caption: string;
  columns: string[];
  rows: TableRow[];
  testId: string;
  children?: ReactNode;
}

/**
 * A chart with its figures as a table under a disclosure: the chart is one image with a label,
 * the table is what a screen reader (or anyone who wants the numbers) reads.
 */
export function ChartWithTable(props: ChartWithTableProps) {
  const { t } = useTranslation('regional');
  return (
    <>
      <figure className="wt-chart" role="img" aria-label={props.label}>
        <ResponsiveContainer width="100%" height="100%">
          {props.chart}
        </ResponsiveContainer>
      </figure>
      <details>
        <summary>{t('asTable')}</summary>
        <table className="wt-table" data-testid={props.testId}>
          <caption className="wt-visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.head}</th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {props.children}
    </>
  );
}
