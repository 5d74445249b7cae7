// The one IndexedDB database, opened once per page. When another page upgrades it, this page closes
// its connection (holding on would block that page forever) and later operations say so.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const databaseName = 'nianbao';
const databaseVersion = 1;

export interface NianbaoDatabase extends DBSchema {
  /** Keyed by whatever was stored (another version may have used other keys). Library records, read through libraryRecordSchema and the parse door: stored values are untrusted. */
  reports: { key: IDBValidKey; value: unknown };
  /** Set-aside values, read through quarantinedSchema: another version may have written them. */
  quarantine: { key: IDBValidKey; value: unknown };
}

export type Database = IDBPDatabase<NianbaoDatabase>;

/** A storage failure, with a sentence for the user. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}

/** Every failure of the browser's storage, in words the user can act on. */
export function describeStorageFailure(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return '浏览器的存储空间已满';
    case 'VersionError':
      return '浏览器中的草稿库由较新版本的年报写入，本页无法使用；请关闭其他年报页面，升级后重新载入';
    case 'InvalidStateError':
    case 'TransactionInactiveError':
      return '与浏览器存储的连接已断开（可能另一个页面升级了草稿库）；请重新载入页面';
    case 'SecurityError':
      return '浏览器不允许本页保存数据（隐私模式或浏览器设置）';
    case 'AbortError':
    case 'UnknownError':
      return '浏览器未能写入存储（可能磁盘已满或存储已损坏）';
    default:
      return `浏览器存储出错${name ? `（${name}）` : ''}`;
  }
}

let connection: Promise<Database> | undefined;
/** Why the last connection went away, for the next failure's message. */
let closedBecause: string | undefined;

function open(): Promise<Database> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageError('此浏览器不提供本地存储（IndexedDB）'));
  }
  return new Promise<Database>((resolve, reject) => {
    openDB<NianbaoDatabase>(databaseName, databaseVersion, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('reports'))
          db.createObjectStore('reports', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('quarantine')) {
          db.createObjectStore('quarantine', { keyPath: 'key' });
        }
      },
      blocked() {
        reject(
          new StorageError(
            '另一个标签页中的旧版年报阻止了草稿库升级；请关闭其他年报标签页后重新载入',
          ),
        );
      },
      blocking() {
        forget('另一个页面正在升级草稿库，本页已断开；请重新载入页面');
      },
      terminated() {
        forget('浏览器关闭了草稿库（可能存储已被清理）');
      },
    }).then((db) => {
      db.addEventListener('close', () => forget('浏览器关闭了草稿库'));
      resolve(db);
    }, reject);
  });
}

function forget(reason: string): void {
  const current = connection;
  connection = undefined;
  closedBecause = reason;
  void current?.then((db) => db.close()).catch(() => undefined);
}

/** The shared connection; a failed or closed one is retried on the next call. */
export async function getDatabase(): Promise<Database> {
  connection ??= open();
  try {
    return await connection;
  } catch (error) {
    connection = undefined;
    const reason = describeStorageFailure(error);
    throw new StorageError(
      closedBecause && reason !== closedBecause ? `${reason}（${closedBecause}）` : reason,
    );
  }
}
