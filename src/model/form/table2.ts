// 表二 主动公开政府信息情况: four blocks, one per item of 条例第二十条, labels verbatim.

export const table2Title = '二、主动公开政府信息情况';

/** The label over the row-name column of every block. */
export const table2RowHeader = '信息内容';

export const table2Blocks = [
  {
    id: 'item1',
    label: '第二十条第（一）项',
    columns: [
      { id: 'issued', label: '本年制发件数' },
      { id: 'repealed', label: '本年废止件数' },
      { id: 'inForce', label: '现行有效件数' },
    ],
    rows: [
      { id: 'rules', label: '规章' },
      { id: 'normativeDocs', label: '行政规范性文件' },
    ],
  },
  {
    id: 'item5',
    label: '第二十条第（五）项',
    columns: [{ id: 'decisions', label: '本年处理决定数量' }],
    rows: [{ id: 'licensing', label: '行政许可' }],
  },
  {
    id: 'item6',
    label: '第二十条第（六）项',
    columns: [{ id: 'decisions', label: '本年处理决定数量' }],
    rows: [
      { id: 'penalty', label: '行政处罚' },
      { id: 'enforcement', label: '行政强制' },
    ],
  },
  {
    id: 'item8',
    label: '第二十条第（八）项',
    columns: [{ id: 'amount', label: '本年收费金额（单位：万元）' }],
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
] as const;

export type Table2Block = (typeof table2Blocks)[number];
export type Table2RowId = Table2Block['rows'][number]['id'];
export type Table2ColumnId = Table2Block['columns'][number]['id'];
