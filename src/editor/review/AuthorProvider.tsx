// Signing review actions: `sign(run)` runs with a stamp (who, now), asking for the name first the
// one time this browser does not know it. Changing the name later goes through the same dialog.

import {
  createContext,
  useCallback,
  useContext,
  useId,
  useMemo,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import type { Stamp } from '../../model/review/schema.ts';
import { Dialog } from '../shared/Dialog.tsx';
import { readAuthor, saveAuthor } from './author.ts';

interface AuthorApi {
  readonly author: string | undefined;
  /** Runs `run` signed by the user, once their name is known. */
  readonly sign: (run: (stamp: Stamp) => void) => void;
  readonly changeName: () => void;
}

const AuthorContext = createContext<AuthorApi | null>(null);

export function useAuthor(): AuthorApi {
  const api = useContext(AuthorContext);
  if (!api) throw new Error('useAuthor outside AuthorProvider');
  return api;
}

const stampNow = (by: string): Stamp => ({ by, at: new Date().toISOString() });

export function AuthorProvider({ children }: { readonly children: ReactNode }) {
  const [author, setAuthor] = useState(readAuthor);
  /** While the dialog is open: what to run once the name is given (nothing when only renaming). */
  const [asking, setAsking] = useState<{ run?: (stamp: Stamp) => void } | undefined>();

  const sign = useCallback(
    (run: (stamp: Stamp) => void) => {
      if (author) run(stampNow(author));
      else setAsking({ run });
    },
    [author],
  );
  const changeName = useCallback(() => setAsking({}), []);
  const api = useMemo(() => ({ author, sign, changeName }), [author, sign, changeName]);

  const named = (name: string) => {
    saveAuthor(name);
    setAuthor(name);
    const run = asking?.run;
    setAsking(undefined);
    run?.(stampNow(name));
  };

  return (
    <AuthorContext.Provider value={api}>
      {children}
      {asking ? (
        <NameDialog initial={author ?? ''} onName={named} onClose={() => setAsking(undefined)} />
      ) : null}
    </AuthorContext.Provider>
  );
}

function NameDialog(props: {
  readonly initial: string;
  readonly onName: (name: string) => void;
  readonly onClose: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(props.initial);
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem('请填写姓名');
    props.onName(name.trim());
  };
  return (
    <Dialog title="您的姓名" onClose={props.onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <p className="dialog-text">审核意见和定稿都署上这个名字。本浏览器只问这一次。</p>
        <label htmlFor={id}>姓名</label>
        <input
          id={id}
          className="form-input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="name"
          autoFocus
        />
        {problem ? <p role="alert">{problem}</p> : null}
        <div className="dialog-actions">
          <button type="submit">确定</button>
          <button type="button" onClick={props.onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}
