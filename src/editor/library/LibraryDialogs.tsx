// The library's questions: a new report's agency and year, a new agency name, and confirmations.

import { useId, useState, type FormEvent } from 'react';
import { agencyCategories, type AgencyCategory } from '../../model/form/header.ts';
import { headerSchema } from '../../model/report.ts';
import { Dialog } from '../shared/Dialog.tsx';

const asCategory = (value: string): AgencyCategory | null =>
  agencyCategories.find((category) => category === value) ?? null;

export function NewReportDialog({
  onCreate,
  onClose,
}: {
  readonly onCreate: (agencyName: string, year: number, category: AgencyCategory | null) => void;
  readonly onClose: () => void;
}) {
  const [agencyName, setAgencyName] = useState('');
  const [category, setCategory] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const ids = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsedYear = headerSchema.shape.year.safeParse(Number(year));
    if (!agencyName.trim()) setProblem('请填写机关名称');
    else if (!parsedYear.success)
      setProblem(`年度${parsedYear.error.issues[0]?.message ?? '不正确'}`);
    else onCreate(agencyName.trim(), parsedYear.data, asCategory(category));
  };

  return (
    <Dialog title="新建报告" onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <label htmlFor={`${ids}-agency`}>机关名称</label>
        <input
          id={`${ids}-agency`}
          className="form-input"
          value={agencyName}
          onChange={(event) => setAgencyName(event.target.value)}
          autoFocus
        />
        <label htmlFor={`${ids}-year`}>年度</label>
        <input
          id={`${ids}-year`}
          className="form-input"
          inputMode="numeric"
          value={year}
          onChange={(event) => setYear(event.target.value)}
        />
        <label htmlFor={`${ids}-category`}>
          机关类别（决定发布期限和规章件数的检查，可以稍后再选）
        </label>
        <select
          id={`${ids}-category`}
          value={category}
          onChange={(event) => setCategory(event.target.value)}
        >
          <option value="">暂不选择</option>
          {agencyCategories.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        {problem ? <p role="alert">{problem}</p> : null}
        <div className="dialog-actions">
          <button type="submit">创建</button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function RenameDialog({
  current,
  onRename,
  onClose,
}: {
  readonly current: string;
  readonly onRename: (agencyName: string) => void;
  readonly onClose: () => void;
}) {
  const [agencyName, setAgencyName] = useState(current);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (agencyName.trim()) onRename(agencyName.trim());
  };
  return (
    <Dialog title="重命名" onClose={onClose}>
      <form className="dialog-form" onSubmit={submit}>
        <p className="dialog-text">
          报告库以机关名称称呼报告：改名会同时改动报告中的机关名称和标题。
        </p>
        <label htmlFor={id}>机关名称</label>
        <input
          id={id}
          className="form-input"
          value={agencyName}
          onChange={(event) => setAgencyName(event.target.value)}
          required
          autoFocus
        />
        <div className="dialog-actions">
          <button type="submit">保存</button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ConfirmDialog({
  title,
  text,
  items,
  confirm,
  onConfirm,
  onClose,
}: {
  readonly title: string;
  readonly text: string;
  /** What the action will do, point by point, under the text. */
  readonly items?: readonly string[];
  readonly confirm: string;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{text}</p>
      {items ? (
        <ul className="dialog-list">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </Dialog>
  );
}
