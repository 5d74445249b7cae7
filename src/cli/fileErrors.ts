// Node's file-system error codes (ENOENT, ENOSPC …) in words a user can act on.

const readErrorReasons: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
};

const writeErrorReasons: Readonly<Record<string, string>> = {
  ENOENT: '所在的文件夹不存在',
  ENOTDIR: '所在的路径不是文件夹',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '磁盘只读',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  EFBIG: '文件过大',
};

/** A Node file-system error's code (ENOENT …), if it has one. */
export const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error ? String(error.code) : undefined;

/** Why a file could not be read, in words: 文件不存在, 没有读取权限 … */
export function describeReadError(error: unknown): string {
  const code = errorCode(error);
  return (code && readErrorReasons[code]) ?? `读取时出错（错误代码 ${code ?? '未知'}）`;
}

/** Why a file could not be written, in words: 磁盘空间不足, 没有写入权限 … */
export function describeWriteError(error: unknown): string {
  const code = errorCode(error);
  return (code && writeErrorReasons[code]) ?? `写入时出错（错误代码 ${code ?? '未知'}）`;
}
